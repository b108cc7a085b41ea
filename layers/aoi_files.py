"""Open a vector file as an AOI source: pick the named layer or the first polygon layer (GPKG, KML, ...).

Works without the project or the GUI, so it can run inside a QgsTask. Problems come back as a status with a
detail for ``core.aoi_rules`` (the file name, the layers it does have), never as an exception.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProviderRegistry,
    QgsProviderSublayerDetails,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.aoi_rules import SourceStatus
from .qgis_compat import (LINE_GEOMETRY, NULL_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY, VECTOR_LAYER_TYPE,
                          WKB_GEOMETRY_COLLECTION, WKB_UNKNOWN)

# RFC 7946: GeoJSON is always WGS84 lon/lat. QGIS reports no CRS for some GeoJSON layers (GeometryCollection).
GEOJSON_DRIVER = "GeoJSON"
_KIND_BY_GEOMETRY_TYPE = {POINT_GEOMETRY: "point", LINE_GEOMETRY: "line", POLYGON_GEOMETRY: "polygon",
                          NULL_GEOMETRY: "no"}
_MIXED_OR_UNKNOWN = (WKB_UNKNOWN, WKB_GEOMETRY_COLLECTION)


@dataclass
class FileLayerInfo:
    """One layer of a file, for a layer picker."""

    name: str
    kind: str  # "polygon", "point", "line", "no" (a table), "" (mixed or unknown until read)
    uri: str
    provider_key: str
    driver: str

    @property
    def maybe_polygonal(self) -> bool:
        return self.kind in ("polygon", "")


@dataclass
class OpenedLayer:
    display_name: str
    layer: Optional[QgsVectorLayer] = None
    status: SourceStatus = SourceStatus.OK
    status_detail: str = ""
    other_layers: List[str] = field(default_factory=list)


def _kind_of_wkb(wkb_type: int) -> str:
    flat = QgsWkbTypes.flatType(wkb_type)
    if flat in _MIXED_OR_UNKNOWN:
        return ""
    return _KIND_BY_GEOMETRY_TYPE.get(QgsWkbTypes.geometryType(wkb_type), "")


def list_layers(path: str) -> List[FileLayerInfo]:
    """The vector layers in a file (empty when OGR cannot read it)."""
    details: List[QgsProviderSublayerDetails] = QgsProviderRegistry.instance().querySublayers(path)
    return [FileLayerInfo(d.name(), _kind_of_wkb(d.wkbType()), d.uri(), d.providerKey(), d.driverName())
            for d in details if d.type() == VECTOR_LAYER_TYPE]


def _open(info: FileLayerInfo) -> Optional[QgsVectorLayer]:
    layer = QgsVectorLayer(info.uri, info.name, info.provider_key)
    if not layer.isValid():
        return None
    if not layer.crs().isValid() and info.driver == GEOJSON_DRIVER:
        layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    return layer


def _opened_kind(layer: QgsVectorLayer) -> str:
    if QgsWkbTypes.flatType(layer.wkbType()) in _MIXED_OR_UNKNOWN:
        return ""
    return _KIND_BY_GEOMETRY_TYPE.get(layer.geometryType(), "")


def open_polygon_layer(path: str, layer_name: Optional[str] = None) -> OpenedLayer:
    base = os.path.basename(path or "") or str(path)
    if not path or not os.path.exists(path):
        return OpenedLayer(base, status=SourceStatus.UNREADABLE, status_detail=f"{base}: no such file")
    if os.path.isfile(path) and os.path.getsize(path) == 0:
        return OpenedLayer(base, status=SourceStatus.UNREADABLE, status_detail=f"{base} is empty (0 bytes)")
    layers = list_layers(path)
    if not layers:
        return OpenedLayer(base, status=SourceStatus.UNREADABLE,
                           status_detail=f"{base} is not a vector format QGIS can read")
    names = [info.name for info in layers]
    if layer_name:
        wanted = [info for info in layers if info.name == layer_name] or \
                 [info for info in layers if info.name.lower() == layer_name.lower()]
        if not wanted:
            return OpenedLayer(base, status=SourceStatus.UNREADABLE, other_layers=names,
                               status_detail=f"{base} has no layer “{layer_name}”; it has: {', '.join(names)}")
        candidates = wanted[:1]
    else:
        # declared polygon layers first, then mixed/unknown ones (KML folders, GeometryCollections)
        candidates = [i for i in layers if i.kind == "polygon"] + [i for i in layers if i.kind == ""]
    display = base if len(layers) == 1 else f"{base} › {candidates[0].name if candidates else names[0]}"
    for info in candidates:
        layer = _open(info)
        if layer is None:
            continue
        kind = _opened_kind(layer)
        if kind not in ("polygon", "") and not layer_name:
            continue  # an unknown-typed layer turned out to be points or lines: look further
        display = base if len(layers) == 1 else f"{base} › {info.name}"
        if kind not in ("polygon", ""):
            return OpenedLayer(display, status=SourceStatus.NON_POLYGON_LAYER, status_detail=kind,
                               other_layers=names)
        if layer.featureCount() == 0:
            return OpenedLayer(display, status=SourceStatus.NO_POLYGON, status_detail=f"{display} has no features",
                               other_layers=names)
        return OpenedLayer(display, layer, other_layers=names)
    if layer_name:
        return OpenedLayer(display, status=SourceStatus.UNREADABLE, status_detail=f"{display} cannot be opened")
    first_kind = next((i.kind for i in layers if i.kind), "")
    if first_kind == "no" or not first_kind:
        # a table, or an empty file whose geometry type OGR cannot tell
        empty = all(_layer_is_empty(i) for i in layers)
        if empty:
            return OpenedLayer(display, status=SourceStatus.NO_POLYGON, status_detail=f"{base} has no features")
    return OpenedLayer(display, status=SourceStatus.NON_POLYGON_LAYER, status_detail=first_kind or "no",
                       other_layers=names)


def _layer_is_empty(info: FileLayerInfo) -> bool:
    layer = _open(info)
    return layer is None or layer.featureCount() == 0
