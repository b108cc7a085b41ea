"""Which map layers the plugin made, and what for: a custom property on each layer (saved with the project).

- ``mapflow_processing/role``: ``result`` (a GeoPackage layer of a result), ``tiles`` (a result's vector tiles),
  ``imagery`` (the imagery a processing used, as tiles), ``preview`` (an imagery preview), ``footprints`` (image
  footprints of an imagery search), ``aois`` (the AOIs of a processing, loaded from the list), ``template-aois``
  (the areas of an open planned search), ``corrections`` (a reviewer's marks on a result, never an AOI);
- ``mapflow_processing/processing_id``: the processing a result, tile, AOI or corrections layer belongs to.

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
TEMPLATE_AOIS = "template-aois"  # the areas of an open planned search, edited there (layers/template_aois.py)
CORRECTIONS = "corrections"  # where a reviewer marks wrong or missing objects (layers/corrections.py)

# what the plugin produced from imagery or results: never an area of interest unless picked on purpose
NOT_AN_AOI = frozenset({RESULT, TILES, IMAGERY, PREVIEW, FOOTPRINTS, TEMPLATE_AOIS})
# marks on a result in review: never an area of interest, even when the user asks for the plugin's layers
NEVER_AN_AOI = frozenset({CORRECTIONS})


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


def not_offered_as_aoi(project: QgsProject, outputs_shown: bool) -> List[QgsMapLayer]:
    """The layers the AOI list leaves out: corrections always, the plugin's outputs unless the user asked for them."""
    left_out = NEVER_AN_AOI if outputs_shown else NEVER_AN_AOI | NOT_AN_AOI
    return [layer for layer in project.mapLayers().values() if role_of(layer) in left_out]


def layers_of_processing(project: QgsProject, processing_id: str,
                         roles=frozenset({RESULT, TILES, IMAGERY})) -> List[QgsMapLayer]:
    """The layers "Load results" added for this processing (GeoPackage, tiles, imagery) that are still there."""
    return [layer for layer in project.mapLayers().values()
            if processing_of(layer) == processing_id and role_of(layer) in roles]
