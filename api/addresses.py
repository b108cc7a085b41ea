"""The production server's address: a module of its own, so reading it (the settings, the server box) does not
load the client and everything it imports."""

DEFAULT_BASE_URL = "https://api.mapflow.ai/rest"  # the production server; the only place its address is written
