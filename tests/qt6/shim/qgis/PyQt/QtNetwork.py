"""``qgis.PyQt.QtNetwork``: PyQt6.QtNetwork."""
from PyQt6.QtNetwork import *  # noqa: F403
