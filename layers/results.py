"""Put a processing's results on the map: styled GeoPackage layers, the vector-tile layer and the imagery.

GUI thread only; everything slow (download, conversion, TileJSON) has happened in the task before. Inside the
processing's sub-group the order, top to bottom, is points, lines, polygons, vector tiles, imagery.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from . import layer_roles
from .result_convert import LINE_FAMILY, POINT_FAMILY, POLYGON_FAMILY, ConvertedLayer
from .result_package import ResultPackage
from .result_tree import add_to_processing_group
from .styles import apply_style, file_style_name, model_key_for_workflow, tile_style_name
from .tiles import ResolvedTiles, TileJsonError, make_raster_tile_layer, make_vector_tile_layer
from ..integration.messages import tr

_FAMILY_ORDER = (POINT_FAMILY.name, LINE_FAMILY.name, POLYGON_FAMILY.name)  # top to bottom



class ResultLayerError(Exception):
    """QGIS could not open a result layer; the text is meant for the user."""


@dataclass
class AddedResults:
    layers: List[QgsMapLayer] = field(default_factory=list)  # top to bottom, as placed in the tree
    problems: List[str] = field(default_factory=list)  # readable notes on parts that failed or lack a style


def geopackage_layer_name(processing_name: str, family: str, family_count: int) -> str:
    if family_count <= 1:
        return processing_name
    label = {POLYGON_FAMILY.name: tr("polygons"), LINE_FAMILY.name: tr("lines"),
             POINT_FAMILY.name: tr("points")}.get(family, family)
    return f"{processing_name} ({label})"


def geopackage_layers(package: ResultPackage, processing_name: str,
                      model_key: str) -> Tuple[List[QgsVectorLayer], List[str]]:
    """One styled vector layer per GeoPackage table, top to bottom."""
    converted: Sequence[ConvertedLayer] = sorted(
        package.report.layers,
        key=lambda item: _FAMILY_ORDER.index(item.family) if item.family in _FAMILY_ORDER else len(_FAMILY_ORDER))
    layers, problems = [], []
    for item in converted:
        name = geopackage_layer_name(processing_name, item.family, len(converted))
        layer = QgsVectorLayer(f"{package.path}|layername={item.layer_name}", name, "ogr")
        if not layer.isValid():
            raise ResultLayerError(tr("QGIS cannot open the layer {layer} of {file}.").format(
                layer=item.layer_name, file=package.path.name))
        problem = apply_style(layer, file_style_name(model_key, item.family, layer.fields().names()))
        if problem:
            problems.append(problem)
        layers.append(layer)
    return layers, problems


def add_result_layers(project: QgsProject, processing_name: str, workflow_name: str,
                      package: Optional[ResultPackage] = None, vector_tiles: Optional[ResolvedTiles] = None,
                      raster_tiles: Optional[ResolvedTiles] = None, processing_id: str = "") -> AddedResults:
    """Create, style, mark (``layers.layer_roles``) and place every available part. A tile part that QGIS cannot
    open becomes a problem note; nothing is added to the project unless at least one layer could be made."""
    model_key = model_key_for_workflow(workflow_name)
    added = AddedResults()
    if package is not None:
        layers, problems = geopackage_layers(package, processing_name, model_key)
        added.layers.extend(layer_roles.mark(layer, layer_roles.RESULT, processing_id) for layer in layers)
        added.problems.extend(problems)
    if vector_tiles is not None:
        try:
            layer, problems = make_vector_tile_layer(
                tr("{name} (tiles)").format(name=processing_name), vector_tiles, tile_style_name(model_key))
            added.layers.append(layer_roles.mark(layer, layer_roles.TILES, processing_id))
            added.problems.extend(problems)
        except TileJsonError as error:
            added.problems.append(str(error))
    if raster_tiles is not None:
        try:
            added.layers.append(layer_roles.mark(make_raster_tile_layer(
                tr("{name} (imagery)").format(name=processing_name), raster_tiles),
                layer_roles.IMAGERY, processing_id))
        except TileJsonError as error:
            added.problems.append(str(error))
    if not added.layers:
        raise ResultLayerError("; ".join(added.problems) or tr("There were no result layers to add."))
    add_to_processing_group(project, processing_name, added.layers)
    return added
