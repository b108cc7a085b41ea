"""Minimal stand-ins for the qgis.core classes that ``ui/`` widget modules import at module level.

They expose only what those modules call. Enums behave as in a QGIS 4 build: scoped Python enums, plus exactly
the unscoped aliases that QGIS 4 itself keeps for these classes (its generated ``auto_additions`` set
``Qgis.Critical = Qgis.MessageLevel.Critical`` and ``QgsMapLayerProxyModel.PolygonLayer =
Qgis.LayerFilter.PolygonLayer``). The checker still reports those aliases: the house rule is scoped enums.
Listed in tests/qt6/README.md.
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

    # the enums layers/qgis_compat.py names (QGIS 4 values; only their existence and identity matter here)
    class GeometryType(enum.IntEnum):
        Point = 0
        Line = 1
        Polygon = 2
        Unknown = 3
        Null = 4

    class WkbType(enum.IntEnum):
        Unknown = 0
        Polygon = 3
        GeometryCollection = 7
        MultiPolygon = 6
        MultiSurface = 12

    class LayerType(enum.IntEnum):
        Vector = 0

    class DistanceUnit(enum.IntEnum):
        Meters = 0


# QGIS 4's compatibility aliases for the message levels
for _name, _level in Qgis.MessageLevel.__members__.items():
    setattr(Qgis, _name, _level)


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
    # QGIS 4 aliases QgsMapLayerProxyModel.Filter and its members to Qgis.LayerFilter (moved there in QGIS 3.34)
    Filter = Qgis.LayerFilter


for _name, _filter in Qgis.LayerFilter.__members__.items():
    setattr(QgsMapLayerProxyModel, _name, _filter)
