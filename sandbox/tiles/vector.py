"""Mapbox Vector Tiles of a processing's result, cut on demand from a spatial index (one STRtree per result file,
built once) and simplified to the tile's resolution."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import mapbox_vector_tile
import shapely
from shapely.geometry import box, shape
from shapely.strtree import STRtree

from ..engine.geo import tile_window, to_merc
from .cache import LruCache, file_version

LAYER_NAME = "vector_layer"  # the source-layer name the plugin's styles expect (contract section 6.2)
EXTENT = 4096
BUFFER = 64  # tile units of overlap so outlines do not show seams


@dataclass
class VectorIndex:
    tree: STRtree
    geometries: list  # EPSG:3857
    properties: list
    bounds_lonlat: tuple  # (west, south, east, north) or None when empty
    fields: dict  # attribute name -> "Number" | "String" | "Boolean"


_INDEXES = LruCache(16)
_TILES = LruCache(4096)


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


def _build_index(path: Path) -> VectorIndex:
    data = json.loads(path.read_text())
    geometries, properties, fields = [], [], {}
    lonlat = []
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
    return VectorIndex(STRtree(geometries), geometries, properties, bounds, fields)


def vector_index(path: Path) -> VectorIndex:
    return _INDEXES.get_or_make(("index",) + file_version(path), lambda: _build_index(path))


def vector_tile(path: Path, z: int, x: int, y: int) -> bytes:
    """MVT bytes; empty bytes when no feature touches the tile (an empty protobuf is a valid, empty tile)."""
    index = vector_index(path)
    return _TILES.get_or_make(("tile", z, x, y) + file_version(path), lambda: _encode(index, z, x, y))


def _encode(index: VectorIndex, z: int, x: int, y: int) -> bytes:
    window = tile_window(z, x, y)
    unit = (window.east - window.west) / EXTENT
    clip = box(window.west - BUFFER * unit, window.south - BUFFER * unit,
               window.east + BUFFER * unit, window.north + BUFFER * unit)
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
        [{"name": LAYER_NAME, "features": features}],
        default_options={"quantize_bounds": (window.west, window.south, window.east, window.north),
                         "extents": EXTENT, "y_coord_down": False})
