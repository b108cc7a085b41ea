"""SQLite persistence of the sandbox: schema, connections, typed rows and repositories."""
