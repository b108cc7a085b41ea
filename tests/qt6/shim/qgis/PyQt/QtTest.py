"""``qgis.PyQt.QtTest``: PyQt6.QtTest."""
from PyQt6.QtTest import *  # noqa: F403
