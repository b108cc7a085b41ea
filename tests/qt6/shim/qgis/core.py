"""Minimal stand-ins for the qgis.core classes that ``ui/`` widget modules import at module level.

They expose only what those modules call, with **scoped** enums only: stricter than QGIS 4, which still accepts
many unscoped QGIS enum names through compatibility aliases. Listed in tests/qt6/README.md.
"""
import enum
from typing import List, Tuple

from PyQt6.QtGui import QIcon


class Qgis:
    QGIS_VERSION = "4.2.0-Stand-in"
    QGIS_VERSION_INT = 40200

    class MessageLevel(enum.IntEnum):
        Info = 0
        Warning = 1
        Critical = 2
        Success = 3
        NoLevel = 4

    class LayerFilter(enum.IntFlag):
        RasterLayer = 1
        NoGeometry = 2
        PointLayer = 4
        LineLayer = 8
        PolygonLayer = 16
        HasGeometry = PointLayer | LineLayer | PolygonLayer
        VectorLayer = NoGeometry | HasGeometry
        All = 0xFFFF


class QgsMessageLog:
    """Keeps what was logged, so a test can look at it."""

    messages: List[Tuple[str, str, object]] = []

    @classmethod
    def logMessage(cls, message, tag="", level=Qgis.MessageLevel.Warning, notifyUser=True):  # noqa: N802, N803
        cls.messages.append((str(message), str(tag), level))


class QgsApplication:
    @staticmethod
    def getThemeIcon(name, fillColor=None, strokeColor=None):  # noqa: N802, N803
        return QIcon()


class QgsMapLayerProxyModel:
    # QGIS 4 aliases QgsMapLayerProxyModel.Filter to Qgis.LayerFilter (the enum moved in QGIS 3.34)
    Filter = Qgis.LayerFilter
