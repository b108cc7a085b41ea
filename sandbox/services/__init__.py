"""Business rules of the sandbox: accounts, projects, processings, billing, rasters, stats."""
