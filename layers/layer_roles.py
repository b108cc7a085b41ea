"""Which map layers the plugin made, and what for: a custom property on each layer (saved with the project).

- ``mapflow_processing/role``: ``result`` (a GeoPackage layer of a result), ``tiles`` (a result's vector tiles),
  ``imagery`` (the imagery a processing used, as tiles), ``preview`` (an imagery preview), ``footprints`` (image
  footprints of an imagery search), ``aois`` (the AOIs of a processing, loaded from the list);
- ``mapflow_processing/processing_id``: the processing a result, tile or AOI layer belongs to.

Whoever creates such a layer marks it before adding it to the project. The AOI section does not offer result,
tile, imagery, preview and footprint layers as AOI sources unless the user asks for them; "Load results" finds the
layers a processing already has on the map by the id.
"""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsMapLayer, QgsProject

ROLE_PROPERTY = "mapflow_processing/role"
PROCESSING_PROPERTY = "mapflow_processing/processing_id"

RESULT = "result"
TILES = "tiles"
IMAGERY = "imagery"
PREVIEW = "preview"
FOOTPRINTS = "footprints"
AOIS = "aois"

# what the plugin produced from imagery or results: never an area of interest unless picked on purpose
NOT_AN_AOI = frozenset({RESULT, TILES, IMAGERY, PREVIEW, FOOTPRINTS})


def mark(layer: QgsMapLayer, role: str, processing_id: str = "") -> QgsMapLayer:
    layer.setCustomProperty(ROLE_PROPERTY, role)
    if processing_id:
        layer.setCustomProperty(PROCESSING_PROPERTY, processing_id)
    return layer


def role_of(layer: Optional[QgsMapLayer]) -> str:
    if layer is None:
        return ""
    return str(layer.customProperty(ROLE_PROPERTY, "") or "")


def processing_of(layer: Optional[QgsMapLayer]) -> str:
    if layer is None:
        return ""
    return str(layer.customProperty(PROCESSING_PROPERTY, "") or "")


def is_plugin_output(layer: Optional[QgsMapLayer]) -> bool:
    """A result, tile, imagery, preview or footprint layer of the plugin (not offered as an AOI by default)."""
    return role_of(layer) in NOT_AN_AOI


def plugin_outputs(project: QgsProject) -> List[QgsMapLayer]:
    return [layer for layer in project.mapLayers().values() if is_plugin_output(layer)]


def layers_of_processing(project: QgsProject, processing_id: str,
                         roles=frozenset({RESULT, TILES, IMAGERY})) -> List[QgsMapLayer]:
    """The layers "Load results" added for this processing (GeoPackage, tiles, imagery) that are still there."""
    return [layer for layer in project.mapLayers().values()
            if processing_of(layer) == processing_id and role_of(layer) in roles]
