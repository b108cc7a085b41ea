"""The general vector-tile cutter, for results that hold points or lines (the engine itself only writes polygons):
one shapely ``STRtree`` per result, features clipped and simplified per tile and encoded by ``mapbox_vector_tile``.
About a millisecond a feature, so it suits small results; polygon results use ``vector_index`` + ``mvt``."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import mapbox_vector_tile
import shapely
from shapely.geometry import box, shape
from shapely.strtree import STRtree

from ..engine.geo import tile_window, to_merc


@dataclass
class GeneralIndex:
    tree: STRtree
    geometries: list  # EPSG:3857
    properties: list
    bounds_lonlat: tuple  # (west, south, east, north) or None when empty
    fields: dict  # attribute name -> "Number" | "String" | "Boolean"


def _mvt_value(value):
    if isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value)


def _field_type(value) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, (int, float)):
        return "Number"
    return "String"


def build(path: Path) -> GeneralIndex:
    data = json.loads(Path(path).read_text())
    geometries, properties, fields, lonlat = [], [], {}, []
    for feature in data.get("features") or []:
        if not feature.get("geometry"):
            continue
        geometry = shape(feature["geometry"])
        if geometry.is_empty:
            continue
        lonlat.append(geometry)
        geometries.append(to_merc(geometry))
        props = {k: _mvt_value(v) for k, v in (feature.get("properties") or {}).items() if v is not None}
        properties.append(props)
        for key, value in props.items():
            fields.setdefault(key, _field_type(value))
    bounds = tuple(shapely.GeometryCollection(lonlat).bounds) if lonlat else None
    return GeneralIndex(STRtree(geometries), geometries, properties, bounds, fields)


def encode(index: GeneralIndex, z: int, x: int, y: int, layer_name: str, extent: int, buffer: int) -> bytes:
    window = tile_window(z, x, y)
    unit = (window.east - window.west) / extent
    clip = box(window.west - buffer * unit, window.south - buffer * unit,
               window.east + buffer * unit, window.north + buffer * unit)
    features = []
    for i in index.tree.query(clip):
        geometry = index.geometries[i]
        if not geometry.intersects(clip):
            continue
        piece = geometry.intersection(clip).simplify(unit, preserve_topology=True)
        if piece.is_empty or (piece.geom_type.endswith("Polygon") and piece.area < unit * unit):
            continue  # smaller than a tile unit: invisible at this zoom
        props = index.properties[i]
        feature = {"geometry": piece, "properties": props}
        if isinstance(props.get("id"), int) and props["id"] >= 0:
            feature["id"] = props["id"]
        features.append(feature)
    if not features:
        return b""
    return mapbox_vector_tile.encode(
        [{"name": layer_name, "features": features}],
        default_options={"quantize_bounds": (window.west, window.south, window.east, window.north),
                         "extents": extent, "y_coord_down": False})
