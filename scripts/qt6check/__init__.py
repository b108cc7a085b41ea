"""Static Qt6 / QGIS 4 readiness checker of the shipped code (see scripts/qt6_check.py and docs/DEVELOPING.md)."""
