"""QGIS enum values whose home moved between QGIS 3.22 and 3.44, resolved once for the running QGIS.

QGIS 3.30 moved ``QgsWkbTypes.GeometryType``/``Type``, ``QgsMapLayerType`` and ``QgsUnitTypes.DistanceUnit`` into
``Qgis`` (and 3.34 ``QgsMapLayerProxyModel.Filter``); the old names are deprecated in 3.44 and survive in QGIS 4
only as compatibility aliases. Code that must run on both sides names the values from here.
"""
from __future__ import annotations

from qgis.core import Qgis

MOVED_TO_QGIS = Qgis.QGIS_VERSION_INT >= 33000  # GeometryType, WkbType, LayerType, DistanceUnit
LAYER_FILTER_MOVED = Qgis.QGIS_VERSION_INT >= 33400  # LayerFilter

if Qgis.QGIS_VERSION_INT >= 33000:
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
    NULL_GEOMETRY = Qgis.GeometryType.Null
    UNKNOWN_GEOMETRY = Qgis.GeometryType.Unknown

    WKB_UNKNOWN = Qgis.WkbType.Unknown
    WKB_POLYGON = Qgis.WkbType.Polygon
    WKB_MULTI_POLYGON = Qgis.WkbType.MultiPolygon
    WKB_MULTI_SURFACE = Qgis.WkbType.MultiSurface
    WKB_GEOMETRY_COLLECTION = Qgis.WkbType.GeometryCollection

    VECTOR_LAYER_TYPE = Qgis.LayerType.Vector
    METERS = Qgis.DistanceUnit.Meters
else:
    from qgis.core import QgsMapLayerType, QgsUnitTypes, QgsWkbTypes

    POINT_GEOMETRY = QgsWkbTypes.GeometryType.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.GeometryType.LineGeometry
    POLYGON_GEOMETRY = QgsWkbTypes.GeometryType.PolygonGeometry
    NULL_GEOMETRY = QgsWkbTypes.GeometryType.NullGeometry
    UNKNOWN_GEOMETRY = QgsWkbTypes.GeometryType.UnknownGeometry

    WKB_UNKNOWN = QgsWkbTypes.Type.Unknown
    WKB_POLYGON = QgsWkbTypes.Type.Polygon
    WKB_MULTI_POLYGON = QgsWkbTypes.Type.MultiPolygon
    WKB_MULTI_SURFACE = QgsWkbTypes.Type.MultiSurface
    WKB_GEOMETRY_COLLECTION = QgsWkbTypes.Type.GeometryCollection

    VECTOR_LAYER_TYPE = QgsMapLayerType.VectorLayer
    METERS = QgsUnitTypes.DistanceUnit.DistanceMeters

if Qgis.QGIS_VERSION_INT >= 33400:
    POLYGON_LAYER_FILTER = Qgis.LayerFilter.PolygonLayer
    ALL_LAYERS_FILTER = Qgis.LayerFilter.All
else:
    from qgis.core import QgsMapLayerProxyModel

    POLYGON_LAYER_FILTER = QgsMapLayerProxyModel.Filter.PolygonLayer
    ALL_LAYERS_FILTER = QgsMapLayerProxyModel.Filter.All
