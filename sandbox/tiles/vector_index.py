"""The on-disk index a result's vector tiles are cut from, built once per version of ``result.geojson``.

Building it parses the GeoJSON (the slow part: seconds for 100k features), projects every coordinate to EPSG:3857
and pre-encodes the properties for MVT. It is written next to the result as plain ``.npy`` arrays in
``result.tiles/<version>/``, where ``<version>`` is the result file's mtime and size; a rewritten result gets a new
folder and the old ones are removed. Loading memory-maps the arrays, so a freshly started server serves its first
tile after reading a few kilobytes of metadata, not after parsing the result.

Polygons are stored as ragged arrays (coordinates; ring, part and feature offsets), the layout ``mvt`` encodes
from. A result holding points or lines gets no index (``None``): the tile server then cuts it the slow, general way.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from ..engine.geo import lonlat_to_merc
from . import mvt

FORMAT = 3  # bump when the layout changes: older folders are then rebuilt
FOLDER_SUFFIX = ".tiles"
ABANDONED_S = 3600.0  # a partial build this old was left by a server that stopped while writing it
_ARRAYS = ("coords", "ring_offsets", "part_offsets", "feature_offsets", "bounds", "areas", "vertex_counts", "ids",
           "tag_offsets", "tags", "value_offsets")


class NotPolygonal(Exception):
    """The result holds geometries other than polygons; it is served by the general encoder."""


@dataclass
class PolygonIndex:
    folder: Path
    coords: np.ndarray  # (n, 2) EPSG:3857, rings closed
    ring_offsets: np.ndarray
    part_offsets: np.ndarray
    feature_offsets: np.ndarray
    bounds: np.ndarray  # (features, 4) west, south, east, north in EPSG:3857
    areas: np.ndarray  # EPSG:3857 m² per feature (holes subtracted)
    vertex_counts: np.ndarray
    ids: np.ndarray  # MVT feature id per feature, -1 when the feature has no usable id
    tag_offsets: np.ndarray
    tags: np.ndarray  # (n, 2) uint32 key index, value index
    value_offsets: np.ndarray  # into values_blob
    values_blob: bytes
    keys: list
    fields: dict  # attribute name -> "Number" | "String" | "Boolean" (for the TileJSON)
    bounds_lonlat: Optional[tuple]

    @property
    def count(self) -> int:
        return len(self.feature_offsets) - 1

    def value_messages(self) -> list:
        offsets = self.value_offsets
        return [self.values_blob[offsets[i]:offsets[i + 1]] for i in range(len(offsets) - 1)]


def version_of(path: Path) -> str:
    stat = Path(path).stat()
    return f"{stat.st_mtime_ns}-{stat.st_size}"


def folder_for(path: Path, version: str) -> Path:
    return Path(f"{path}{FOLDER_SUFFIX}") / f"v{FORMAT}-{version}"


# ---- building -----------------------------------------------------------------------------------------------
def _field_type(value) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, (int, float)):
        return "Number"
    return "String"


def _mvt_value(value):
    if isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value)


def _ring_areas(coords: np.ndarray, ring_offsets: np.ndarray) -> np.ndarray:
    """Signed shoelace areas of closed rings."""
    if len(coords) < 2:
        return np.zeros(len(ring_offsets) - 1)
    x, y = coords[:, 0], coords[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    cross = np.append(cross, 0.0)
    cross[ring_offsets[1:] - 1] = 0.0  # the step from a ring's last point into the next ring is not an edge
    owner = np.repeat(np.arange(len(ring_offsets) - 1), np.diff(ring_offsets))
    return np.bincount(owner, weights=cross, minlength=len(ring_offsets) - 1) / 2.0


def build(features: list) -> dict:
    """Arrays and metadata of a polygon index for GeoJSON features (EPSG:4326). Raises ``NotPolygonal``."""
    coords, ring_offsets, part_offsets, feature_offsets = [], [0], [0], [0]
    keys, key_index, value_index, value_messages = [], {}, {}, []
    tags, tag_offsets, ids, fields = [], [0], [], {}
    for feature in features:
        geometry = feature.get("geometry") or {}
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["coordinates"]]
        elif kind == "MultiPolygon":
            polygons = geometry["coordinates"]
        elif kind is None:
            continue  # a feature without geometry draws nothing
        else:
            raise NotPolygonal(kind)
        marks = (len(coords), len(ring_offsets), len(part_offsets))
        for polygon in polygons:
            for ring in polygon:
                coords.extend(ring)  # 3-D points are cut to 2-D below
                ring_offsets.append(len(coords))
            part_offsets.append(len(ring_offsets) - 1)
        if len(coords) == marks[0]:  # empty coordinates: nothing to draw
            del ring_offsets[marks[1]:], part_offsets[marks[2]:]
            continue
        feature_offsets.append(len(part_offsets) - 1)
        properties = feature.get("properties") or {}
        for key, raw in properties.items():
            if raw is None:
                continue
            value = _mvt_value(raw)
            k = key_index.get(key)
            if k is None:
                k = key_index[key] = len(keys)
                keys.append(key)
            if key not in fields:
                fields[key] = _field_type(value)
            typed = (type(value).__name__, value)
            v = value_index.get(typed)
            if v is None:
                v = value_index[typed] = len(value_messages)
                value_messages.append(mvt.encode_value(value))
            tags.append((k, v))
        tag_offsets.append(len(tags))
        number = properties.get("id", feature.get("id"))
        ids.append(number if isinstance(number, int) and not isinstance(number, bool) and number >= 0 else -1)
    try:
        lonlat = np.array(coords, dtype=np.float64).reshape(len(coords), -1)[:, :2] if coords else np.zeros((0, 2))
    except ValueError:  # 2-D and 3-D points mixed
        lonlat = np.array([point[:2] for point in coords], dtype=np.float64).reshape(-1, 2)
    ring_offsets = np.array(ring_offsets, dtype=np.int64)
    part_offsets = np.array(part_offsets, dtype=np.int64)
    feature_offsets = np.array(feature_offsets, dtype=np.int64)
    x, y = lonlat_to_merc(lonlat[:, 0], lonlat[:, 1])
    merc = np.column_stack([x, y]) if len(lonlat) else np.zeros((0, 2))
    count = len(feature_offsets) - 1
    coord_starts = ring_offsets[part_offsets[feature_offsets[:-1]]]
    coord_ends = ring_offsets[part_offsets[feature_offsets[1:]]]
    vertex_counts = coord_ends - coord_starts
    if count:
        bounds = np.column_stack([np.minimum.reduceat(merc[:, 0], coord_starts), np.minimum.reduceat(merc[:, 1],
                                  coord_starts), np.maximum.reduceat(merc[:, 0], coord_starts),
                                  np.maximum.reduceat(merc[:, 1], coord_starts)])
        ring_area = _ring_areas(merc, ring_offsets)
        ring_of_part = np.repeat(np.arange(len(part_offsets) - 1), np.diff(part_offsets))
        exterior = np.zeros(len(ring_area), bool)
        exterior[part_offsets[:-1][np.diff(part_offsets) > 0]] = True
        signed = np.where(exterior, np.abs(ring_area), -np.abs(ring_area))
        part_area = np.bincount(ring_of_part, weights=signed, minlength=len(part_offsets) - 1)
        feature_of_part = np.repeat(np.arange(count), np.diff(feature_offsets))
        areas = np.bincount(feature_of_part, weights=part_area, minlength=count)
        bounds_lonlat = (float(lonlat[:, 0].min()), float(lonlat[:, 1].min()), float(lonlat[:, 0].max()),
                         float(lonlat[:, 1].max()))
    else:
        bounds, areas, bounds_lonlat = np.zeros((0, 4)), np.zeros(0), None
    blob = b"".join(value_messages)
    value_offsets = np.concatenate([[0], np.cumsum([len(m) for m in value_messages], dtype=np.int64)])
    arrays = {"coords": merc, "ring_offsets": ring_offsets, "part_offsets": part_offsets,
              "feature_offsets": feature_offsets, "bounds": bounds, "areas": areas,
              "vertex_counts": vertex_counts, "ids": np.array(ids, dtype=np.int64),
              "tag_offsets": np.array(tag_offsets, dtype=np.int64),
              "tags": np.array(tags, dtype=np.uint32).reshape(-1, 2), "value_offsets": value_offsets}
    meta = {"format": FORMAT, "keys": keys, "fields": fields, "bounds_lonlat": bounds_lonlat, "count": count}
    return {"arrays": arrays, "blob": blob, "meta": meta}


def write(path: Path, version: str, built: dict) -> Path:
    """Write the index folder atomically (a temporary sibling renamed into place) and drop older versions."""
    target = folder_for(path, version)
    parent = target.parent
    parent.mkdir(exist_ok=True)  # not its parents: a processing deleted meanwhile must stay deleted
    partial = parent / f".part-{uuid.uuid4().hex}"
    partial.mkdir()
    for name, array in built["arrays"].items():
        np.save(partial / f"{name}.npy", array, allow_pickle=False)
    (partial / "values.bin").write_bytes(built["blob"])
    (partial / "meta.json").write_text(json.dumps(built["meta"]))
    try:
        os.rename(partial, target)
    except OSError:  # another process wrote the same version meanwhile: keep theirs
        shutil.rmtree(partial, ignore_errors=True)
    for other in parent.iterdir():
        abandoned = other.name.startswith(".part-") and time.time() - other.stat().st_mtime > ABANDONED_S
        if other.name != target.name and (abandoned or not other.name.startswith(".part-")):
            shutil.rmtree(other, ignore_errors=True)  # older versions, and builds a stopped server left behind
    return target


def load(folder: Path) -> Optional[PolygonIndex]:
    """The index in ``folder`` (arrays memory-mapped), or None when it is missing or of another format."""
    try:
        meta = json.loads((folder / "meta.json").read_text())
        if meta.get("format") != FORMAT:
            return None
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
        blob = (folder / "values.bin").read_bytes()
    except (OSError, ValueError):
        return None
    bounds = tuple(meta["bounds_lonlat"]) if meta.get("bounds_lonlat") else None
    return PolygonIndex(folder=folder, values_blob=blob, keys=list(meta["keys"]), fields=dict(meta["fields"]),
                        bounds_lonlat=bounds, **arrays)


# ---- one build at a time per result -------------------------------------------------------------------------
_LOCKS: dict = {}
_LOCKS_GUARD = threading.Lock()


def build_lock(path: Path) -> threading.Lock:
    """Tile requests arrive in parallel; the first one builds, the others wait for it instead of building too."""
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(str(path), threading.Lock())
