"""The corrections layer of a result in review: where the reviewer marks wrong or missing objects.

One GeoPackage per processing (``corrections-<id>.gpkg`` in the plugin's folder of the QGIS profile), so marks
survive a QGIS restart during the review period; polygons in EPSG:4326 with a ``remark`` field, styled, in the
processing's sub-group of the "Mapflow" group. The layer carries the custom properties
``mapflow_processing/role = corrections`` and ``mapflow_processing/processing_id``: it is found again by them and
never offered as an area of interest. When the result is sent back, its features go as a GeoJSON
FeatureCollection in EPSG:4326 (``feature_collection``), with the remark as a property.

GUI thread for everything that touches the layer or the project; ``feature_collection`` works on captured copies
and may run in a worker thread.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

from osgeo import ogr, osr
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsCoordinateTransformContext, QgsFillSymbol, QgsGeometry, QgsMapLayer, QgsProject,
                       QgsVectorLayer)

from .layer_roles import CORRECTIONS, PROCESSING_PROPERTY, ROLE_PROPERTY
from .result_tree import add_to_processing_group

LAYER_NAME_IN_FILE = "corrections"
REMARK_FIELD = "remark"
WGS84 = "EPSG:4326"


def default_directory() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "mapflow_processing" / "corrections"


def is_corrections_layer(layer: Optional[QgsMapLayer]) -> bool:
    return layer is not None and str(layer.customProperty(ROLE_PROPERTY, "") or "") == CORRECTIONS


def corrections_layers(project: QgsProject) -> List[QgsMapLayer]:
    return [layer for layer in project.mapLayers().values() if is_corrections_layer(layer)]


def find_corrections_layer(project: QgsProject, processing_id: str) -> Optional[QgsVectorLayer]:
    for layer in corrections_layers(project):
        if str(layer.customProperty(PROCESSING_PROPERTY, "")) == processing_id and isinstance(layer, QgsVectorLayer):
            return layer
    return None


def _create_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    if dataset is None:
        raise OSError(f"cannot create {path.name}")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer(LAYER_NAME_IN_FILE, srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn(REMARK_FIELD, ogr.OFTString))
    layer = None
    dataset = None  # closes and writes the file


def _style(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "230,40,40,60", "outline_color": "230,40,40,255",
                                         "outline_width": "0.6", "outline_style": "dash"})
    layer.renderer().setSymbol(symbol)


def open_corrections_layer(processing_id: str, processing_name: str, layer_name: str,
                           project: QgsProject, directory: Optional[Path] = None) -> QgsVectorLayer:
    """The processing's corrections layer: the one on the map, or its file opened again, or a new one; added to
    the processing's sub-group of the "Mapflow" group. Raises OSError when the file cannot be made."""
    found = find_corrections_layer(project, processing_id)
    if found is not None:
        return found
    path = (directory or default_directory()) / f"corrections-{processing_id}.gpkg"
    if not path.exists():
        _create_file(path)
    layer = QgsVectorLayer(f"{path}|layername={LAYER_NAME_IN_FILE}", layer_name, "ogr")
    if not layer.isValid():
        raise OSError(f"cannot open {path.name}")
    layer.setCustomProperty(ROLE_PROPERTY, CORRECTIONS)
    layer.setCustomProperty(PROCESSING_PROPERTY, processing_id)
    _style(layer)
    add_to_processing_group(project, processing_name, [layer])
    return layer


@dataclass(frozen=True)
class CapturedCorrections:
    """Copies of a corrections layer's features (its edit buffer included), safe to hand to a worker thread."""

    items: Tuple[Tuple[QgsGeometry, str], ...]
    crs: QgsCoordinateReferenceSystem
    context: QgsCoordinateTransformContext

    def __len__(self) -> int:
        return len(self.items)


def capture(layer: QgsVectorLayer, project: QgsProject) -> CapturedCorrections:
    """GUI thread: the features as they are now (unsaved edits too); features without a geometry are left out."""
    index = layer.fields().indexOf(REMARK_FIELD)
    items = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        remark = feature.attribute(index) if index >= 0 else None
        items.append((QgsGeometry(geometry), "" if remark is None or str(remark) == "NULL" else str(remark)))
    return CapturedCorrections(tuple(items), layer.crs(), project.transformContext())


def count_marked(layer: Optional[QgsVectorLayer]) -> int:
    if layer is None:
        return 0
    return sum(1 for f in layer.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty())


def feature_collection(captured: CapturedCorrections, precision: int = 7) -> dict:
    """The marks as a GeoJSON FeatureCollection in EPSG:4326 with ``{"remark": ...}`` properties."""
    to_wgs84 = QgsCoordinateTransform(captured.crs, QgsCoordinateReferenceSystem(WGS84), captured.context)
    features: List[dict] = []
    for geometry, remark in captured.items:
        copy = QgsGeometry(geometry)
        if not captured.crs.isValid() or captured.crs.authid() != WGS84:
            copy.transform(to_wgs84)
        features.append({"type": "Feature", "properties": {REMARK_FIELD: remark},
                         "geometry": json.loads(copy.asJson(precision))})
    return {"type": "FeatureCollection", "features": features}
