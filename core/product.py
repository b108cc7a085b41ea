"""Names the user sees in QGIS itself (kept import-free: QGIS start-up loads this before anything heavy)."""

PRODUCT_NAME = "Mapflow Processing"
LOG_TAB = PRODUCT_NAME  # the log panel's tab the user guide names; the one tag of every message and traceback
