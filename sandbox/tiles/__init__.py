"""Tile endpoints of the sandbox: MVT and PNG tiles with their TileJSON (see routes.py)."""
