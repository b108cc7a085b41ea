"""``qgis.PyQt.QtGui`` as QGIS 4 provides it: all of PyQt6.QtGui (QAction, QActionGroup, QShortcut live here)."""
from PyQt6.QtGui import *  # noqa: F403
