"""Mapbox Vector Tiles of a processing's result.

A result's tiles are cut from its on-disk index (``vector_index``), built once per version of ``result.geojson``:
when the processing is published (``prepare_result_tiles``, called by the worker pool when it merges the result)
or, for a result written some other way, by the first tile request (one build; parallel requests wait for it).
Serving a tile is then a bounding-box lookup, a clip of the few features that cross the tile's edge, and the
vectorised encoder of ``mvt``. Encoded tiles are gzip-compressed once and kept in memory and on disk
(``result.geojson.tiles/<version>/tiles/z/x/y.pbf.gz`` up to zoom 18), and ``prepare_result_tiles`` encodes the
zooms a map opened on the whole result shows first, so the first view of a large result reads files instead of
encoding.

Results holding points or lines are cut by the general (slower) encoder in ``vector_general``.
"""
from __future__ import annotations

import gzip
import json
import logging
import os
import queue
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import shapely
from shapely import GeometryType

from ..engine.geo import tile_window
from . import mvt, vector_general, vector_index
from .cache import LruCache
from .first_view import first_view_tiles

log = logging.getLogger("sandbox.tiles")

LAYER_NAME = "vector_layer"  # the source-layer name the plugin's styles expect (contract section 6.2)
EXTENT = mvt.EXTENT
BUFFER = 64  # tile units of overlap so outlines do not show seams
DISK_MAX_ZOOM = 18  # deeper tiles (the plugin opens layers up to zoom 25) are cheap and too many to keep
SIMPLE_VERTICES = 32  # features with more vertices are simplified to the tile's resolution
PREPARE_MAX_TILES = 2048  # a cap on the tiles encoded ahead at publish time


@dataclass
class WorkCounters:
    """What the tile server did, for tests and benchmarks that judge work rather than wall-clock time."""

    index_builds: int = 0  # GeoJSON parsed into an index
    index_loads: int = 0  # index opened from disk
    tiles_encoded: int = 0
    features_encoded: int = 0  # features handed to the encoder, over all encoded tiles
    features_clipped: int = 0  # of those, features that needed a geometric clip or simplification
    disk_hits: int = 0  # tiles read from the disk cache
    general_tiles: int = 0  # tiles cut by the general encoder (results with points or lines)
    per_tile: dict = field(default_factory=dict)  # (z, x, y) -> features encoded

    def reset(self) -> None:
        self.__init__()


STATS = WorkCounters()
_INDEXES = LruCache(16)
_TILES = LruCache(4096)


@dataclass
class ResultTiles:
    """What the TileJSON needs to know of a result, and how its tiles are cut."""

    version: str
    folder: Path
    polygons: Optional[vector_index.PolygonIndex]  # None: the general encoder serves this result
    general: Optional[vector_general.GeneralIndex]
    bounds_lonlat: Optional[tuple]
    fields: dict
    _values: Optional[list] = None

    @property
    def values(self) -> list:
        """Encoded Value messages of the polygon index (only encoding needs them: tiles read from disk do not)."""
        if self._values is None:
            self._values = self.polygons.value_messages()
        return self._values


def _open(path: Path, version: str) -> ResultTiles:
    folder = vector_index.folder_for(path, version)
    index = vector_index.load(folder)
    if index is None:
        with vector_index.build_lock(path):
            index = vector_index.load(folder)  # a parallel request may have built it while this one waited
            if index is None:
                try:
                    features = json.loads(Path(path).read_text()).get("features") or []
                    vector_index.write(path, version, vector_index.build(features))
                    STATS.index_builds += 1
                except vector_index.NotPolygonal:
                    general = vector_general.build(path)
                    return ResultTiles(version, folder, None, general, general.bounds_lonlat, general.fields)
                index = vector_index.load(folder)
    STATS.index_loads += 1
    return ResultTiles(version, folder, index, None, index.bounds_lonlat, index.fields)


def result_tiles(path: Path) -> ResultTiles:
    """The result's index, opened (and built when missing) once per version of the file."""
    version = vector_index.version_of(path)
    return _INDEXES.get_or_make(("index", str(path), version), lambda: _open(Path(path), version))


def vector_tile(path: Path, z: int, x: int, y: int, gzipped: bool = False) -> bytes:
    """MVT bytes, gzip-compressed when asked (tiles are compressed once, when they are made); empty bytes when no
    feature touches the tile (an empty protobuf is a valid, empty tile)."""
    tiles = result_tiles(path)
    data = _TILES.get_or_make(("tile", str(path), tiles.version, z, x, y), lambda: _tile(tiles, z, x, y))
    return data if gzipped or not data else gzip.decompress(data)


def _disk_path(tiles: ResultTiles, z: int, x: int, y: int) -> Path:
    return tiles.folder / "tiles" / str(z) / str(x) / f"{y}.pbf.gz"


def _compressed(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0) if data else b""


def _tile(tiles: ResultTiles, z: int, x: int, y: int) -> bytes:
    """The gzip-compressed tile: from the disk cache, or encoded (and then kept on disk up to zoom 18)."""
    if tiles.polygons is None:
        STATS.general_tiles += 1
        return _compressed(vector_general.encode(tiles.general, z, x, y, LAYER_NAME, EXTENT, BUFFER))
    cached = _disk_path(tiles, z, x, y)
    if z <= DISK_MAX_ZOOM:
        try:
            data = cached.read_bytes()
            STATS.disk_hits += 1
            return data
        except OSError:
            pass
    data = _compressed(encode_polygon_tile(tiles, z, x, y))
    if z <= DISK_MAX_ZOOM:
        _write_quietly(cached, data)
    return data


def _write_quietly(path: Path, data: bytes) -> None:
    """A disk cache entry, written atomically; a failure (disk full, folder removed meanwhile) only costs speed.
    Only the tiles/z/x folders are made: if the index folder is gone (its processing deleted), nothing is."""
    try:
        if not path.parents[3].is_dir():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        pass


# ---- cutting a tile out of the polygon index ----------------------------------------------------------------
def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(start, end)`` for many ranges."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    return np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths) + np.repeat(starts, lengths)


def _offsets(lengths: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)


def _gather(index: vector_index.PolygonIndex, features: np.ndarray) -> mvt.RaggedPolygons:
    """The ragged polygons of some features (indices into the index), in that order."""
    fo, po, ro = index.feature_offsets, index.part_offsets, index.ring_offsets
    parts = _ranges(fo[features], fo[features + 1])
    rings = _ranges(po[parts], po[parts + 1])
    coords = index.coords[_ranges(ro[rings], ro[rings + 1])]
    return mvt.RaggedPolygons(np.asarray(coords), _offsets(ro[rings + 1] - ro[rings]),
                              _offsets(po[parts + 1] - po[parts]), _offsets(fo[features + 1] - fo[features]))


def _polygonal(geometry):
    """The polygons of a clipped geometry (a clip can leave lines or points where an outline touches the edge)."""
    parts = [g for g in shapely.get_parts(geometry) if g.geom_type in ("Polygon", "MultiPolygon") and not g.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.multipolygons(shapely.get_parts(parts))


def _clipped(index: vector_index.PolygonIndex, features: np.ndarray, clip: tuple, unit: float) -> tuple:
    """Clip (and, for detailed outlines, simplify) features that cross the tile's edge; returns the survivors'
    indices and their ragged polygons."""
    gathered = _gather(index, features)
    geometries = shapely.from_ragged_array(GeometryType.MULTIPOLYGON, gathered.coords,
                                           (gathered.ring_offsets, gathered.part_offsets, gathered.feature_offsets))
    detailed = index.vertex_counts[features] > SIMPLE_VERTICES
    if detailed.any():
        geometries[detailed] = shapely.simplify(geometries[detailed], unit, preserve_topology=True)
    geometries = shapely.clip_by_rect(geometries, *clip)
    kinds = shapely.get_type_id(geometries)
    odd = np.nonzero(~np.isin(kinds, (3, 6)) & ~shapely.is_empty(geometries))[0]
    for i in odd:
        geometries[i] = _polygonal(geometries[i])
    keep = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    geometries = geometries[keep]
    if not len(geometries):
        return features[keep], None
    kind, coords, offsets = shapely.to_ragged_array(geometries)
    if kind == GeometryType.POLYGON:
        offsets = (offsets[0], offsets[1], np.arange(len(geometries) + 1))
    return features[keep], mvt.RaggedPolygons(coords, *(np.asarray(o, dtype=np.int64) for o in offsets))


def _concat(first: Optional[mvt.RaggedPolygons], second: Optional[mvt.RaggedPolygons]) -> mvt.RaggedPolygons:
    pieces = [p for p in (first, second) if p is not None and p.feature_count]
    if not pieces:
        return mvt.RaggedPolygons(np.zeros((0, 2)), np.zeros(1, np.int64), np.zeros(1, np.int64),
                                  np.zeros(1, np.int64))
    if len(pieces) == 1:
        return pieces[0]
    a, b = pieces
    return mvt.RaggedPolygons(np.concatenate([a.coords, b.coords]),
                              np.concatenate([a.ring_offsets, b.ring_offsets[1:] + a.ring_offsets[-1]]),
                              np.concatenate([a.part_offsets, b.part_offsets[1:] + a.part_offsets[-1]]),
                              np.concatenate([a.feature_offsets, b.feature_offsets[1:] + a.feature_offsets[-1]]))


def _properties(index: vector_index.PolygonIndex, features: np.ndarray) -> mvt.TileProperties:
    starts, ends = index.tag_offsets[features], index.tag_offsets[features + 1]
    tags = index.tags[_ranges(starts, ends)]
    return mvt.TileProperties(np.asarray(index.ids[features]), _offsets(ends - starts), np.asarray(tags))


def encode_polygon_tile(tiles: ResultTiles, z: int, x: int, y: int) -> bytes:
    index = tiles.polygons
    window = tile_window(z, x, y)
    unit = (window.east - window.west) / EXTENT
    clip = (window.west - BUFFER * unit, window.south - BUFFER * unit, window.east + BUFFER * unit,
            window.north + BUFFER * unit)
    b = index.bounds
    hits = np.nonzero((b[:, 0] <= clip[2]) & (b[:, 2] >= clip[0]) & (b[:, 1] <= clip[3]) & (b[:, 3] >= clip[1]))[0]
    hits = hits[np.asarray(index.areas[hits]) >= unit * unit]  # smaller than a tile unit: invisible at this zoom
    STATS.tiles_encoded += 1
    STATS.per_tile[(z, x, y)] = len(hits)
    if not len(hits):
        return b""
    hb = b[hits]
    inside = (hb[:, 0] >= clip[0]) & (hb[:, 2] <= clip[2]) & (hb[:, 1] >= clip[1]) & (hb[:, 3] <= clip[3]) & \
        (np.asarray(index.vertex_counts[hits]) <= SIMPLE_VERTICES)
    direct = hits[inside]
    crossing, clipped = _clipped(index, hits[~inside], clip, unit) if (~inside).any() else (hits[:0], None)
    STATS.features_encoded += len(hits)
    STATS.features_clipped += int((~inside).sum())
    order = np.concatenate([direct, crossing])
    polygons = _concat(_gather(index, direct) if len(direct) else None, clipped)
    return mvt.encode_layer(LAYER_NAME, polygons, (window.west, window.south, window.east, window.north),
                            _properties(index, order), index.keys, tiles.values)


# ---- publish time -------------------------------------------------------------------------------------------
def prepare_result_tiles(path: Path, canvas_px: tuple = (1000, 700)) -> dict:
    """Build the result's index and encode ahead the tiles a map opened on the whole result asks first (the
    canvas's zoom and the next one), so the first view reads files. Returns what was done."""
    path = Path(path)
    tiles = result_tiles(path)
    summary = {"features": 0, "tiles": 0, "zooms": []}
    if tiles.polygons is None or tiles.bounds_lonlat is None:
        return summary
    summary["features"] = tiles.polygons.count
    addresses = []
    for zoom, wanted in first_view_tiles(tiles.bounds_lonlat, canvas_px, depth=2):
        addresses.extend((zoom, x, y) for x, y in wanted)
        summary["zooms"].append(zoom)
    for z, x, y in addresses[:PREPARE_MAX_TILES]:
        if z <= DISK_MAX_ZOOM and not _disk_path(tiles, z, x, y).exists():
            _write_quietly(_disk_path(tiles, z, x, y), _compressed(encode_polygon_tile(tiles, z, x, y)))
            summary["tiles"] += 1
    return summary


# one background thread prepares published results in turn, so publishing never waits for it and a burst of
# finished processings does not start a thread each; tile requests arriving meanwhile wait for the index build
_QUEUE: "queue.Queue" = queue.Queue()
_PREPARER: Optional[threading.Thread] = None
_PREPARER_GUARD = threading.Lock()


def _prepare_forever() -> None:
    while True:
        path = _QUEUE.get()
        try:
            if Path(path).is_file():
                summary = prepare_result_tiles(path)
                log.info("vector tiles of %s ready: %s", path, summary)
        except Exception:  # a broken result must not stop the thread; its tiles are then cut on demand
            log.exception("preparing the vector tiles of %s failed", path)
        finally:
            _QUEUE.task_done()


def prepare_in_background(path: Path) -> None:
    """Queue a freshly published result for ``prepare_result_tiles`` (daemon thread; never raises)."""
    global _PREPARER
    with _PREPARER_GUARD:
        if _PREPARER is None or not _PREPARER.is_alive():
            _PREPARER = threading.Thread(target=_prepare_forever, name="sandbox-tile-preparer", daemon=True)
            _PREPARER.start()
    _QUEUE.put(Path(path))
