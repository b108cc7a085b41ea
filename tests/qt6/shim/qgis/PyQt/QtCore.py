"""``qgis.PyQt.QtCore`` as QGIS 4 provides it: all of PyQt6.QtCore, QVariant made null-aware, and ``NULL``."""
from PyQt6.QtCore import *  # noqa: F403
from PyQt6.QtCore import QVariant


def _variant_bool(self):
    return not self.isNull()


# QGIS makes a null QVariant falsy and exports NULL (QGIS builds it as a null int variant; a null one will do).
QVariant.__bool__ = _variant_bool
NULL = QVariant()
