"""Which shipped QML style fits a result layer, and applying it.

Styles are chosen by a stable *model key* derived from the workflow name, never by the display name itself:
display names carry emoji and change between releases and languages ("🏠 Buildings", "Forest and trees").
The choice of variant then depends on the geometry family and the fields the result really has.
The QML files come from ``scripts/generate_styles.py``; polygon outlines there are hairlines, which keeps drawing a
result of 100k+ polygons about twice as fast as with 0.3-0.4 mm outlines (the reasons are in that script).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional

from qgis.core import QgsMapLayer
from ..integration.messages import tr

STYLES_DIR = Path(__file__).resolve().parents[1] / "styles"

BUILDINGS = "buildings"
FOREST = "forest"
ROADS = "roads"
CONSTRUCTION = "construction"
DEFAULT = "default"
MODEL_KEYS = (BUILDINGS, FOREST, ROADS, CONSTRUCTION, DEFAULT)

# Geometry families of a result, as named in layers/result_convert.py.
POLYGONS = "polygons"
LINES = "lines"
POINTS = "points"

# Word prefixes per model; a word must *start* with the prefix ("streets" must not match "tree").
# Russian stems cover the localized workflow names of the service.
_MODEL_WORD_PREFIXES = (
    (BUILDINGS, ("building", "здани", "строени")),
    (FOREST, ("forest", "tree", "лес", "дерев")),
    (ROADS, ("road", "дорог")),
    (CONSTRUCTION, ("construction", "строй", "строительн")),
)
_WORD = re.compile(r"[^\W\d_]+")  # runs of letters: emoji, digits and punctuation fall away


def model_key_for_workflow(workflow_name: Optional[str]) -> str:
    """The stable style key of a workflow: buildings, forest, roads, construction or default.

    A name that mentions no known model, or more than one (a combined model), gets the default style.
    """
    words = _WORD.findall((workflow_name or "").casefold())
    matched = [
        key for key, prefixes in _MODEL_WORD_PREFIXES
        if any(word.startswith(prefix) for word in words for prefix in prefixes)
    ]
    return matched[0] if len(matched) == 1 else DEFAULT


def file_style_name(model_key: str, family: str, field_names: Iterable[str]) -> str:
    """The QML (without extension) for a GeoPackage layer of one geometry family."""
    fields = {name.casefold() for name in field_names}
    if family == LINES:
        return "roads_lines" if model_key == ROADS else "default_lines"
    if family == POINTS:
        return "default_points"
    if model_key == BUILDINGS:
        return "buildings_classified" if "class_id" in fields else "buildings"
    if model_key == FOREST:
        return "forest_heights" if "class_id" in fields else "forest"
    if model_key in (ROADS, CONSTRUCTION):
        return model_key
    return "default_polygons"


def tile_style_name(model_key: str) -> str:
    """The QML for the vector-tile layer. Tile styles filter on class_id, so one file serves both variants."""
    return f"{model_key}_tiles" if model_key in (BUILDINGS, FOREST, ROADS, CONSTRUCTION) else "default_tiles"



def style_path(style_name: str) -> Path:
    return STYLES_DIR / f"{style_name}.qml"


def apply_style(layer: QgsMapLayer, style_name: str) -> Optional[str]:
    """Load a shipped QML onto ``layer``; returns a readable problem, or None when the style was applied."""
    path = style_path(style_name)
    if not path.is_file():
        return tr("The style file {name} is missing from the plugin folder; the layer keeps the default "
                   "style.").format(name=path.name)
    message, ok = layer.loadNamedStyle(str(path))
    if not ok:
        return tr("The style {name} could not be applied: {reason}").format(name=path.name, reason=message)
    layer.triggerRepaint()
    return None
