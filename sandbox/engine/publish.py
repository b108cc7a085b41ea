"""Stage 4, publish: clip to the AOI, convert to EPSG:4326, number the features and write ``result.geojson`` with
the per-model properties of contract section 6.1."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon, mapping, shape

from .geo import ground_area, to_lonlat, to_merc

RESULT_FILE = "result.geojson"
SLIVER_M2 = 1.0  # pieces left by clipping smaller than this are noise


def _polygons(geometry) -> list:
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    return [g for part in getattr(geometry, "geoms", []) for g in _polygons(part)]


def _rounded(value):
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return round(value, 7)


def publish(model_key: str, detections: list, aoi_geojson: dict, work_dir: Path) -> tuple:
    """Returns (path, feature count, AOI bounds in EPSG:4326)."""
    aoi = shape(aoi_geojson)
    aoi_merc = to_merc(aoi).buffer(0)
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    features = []
    for detection in detections:
        geometry = detection.geometry
        if not geometry.is_valid:
            geometry = geometry.buffer(0)
        # a user's model names the object type per class; the built-in models are their type
        object_type = detection.attributes.get("object_type", model_key)
        for piece in _polygons(geometry.intersection(aoi_merc)):
            area = ground_area(piece)
            if area < SLIVER_M2 or (object_type == "buildings" and area < 20.0):
                continue
            properties = {"id": len(features) + 1, "object_type": object_type}
            if object_type != "roads":
                properties["area"] = int(round(area))
            if object_type == "buildings":
                properties.update({"GAN": "False", "processing_date": today})
            properties.update(detection.attributes)
            geo = mapping(to_lonlat(piece))
            geo = {"type": geo["type"], "coordinates": _rounded(geo["coordinates"])}
            features.append({"type": "Feature", "geometry": geo, "properties": properties})
    collection = {"type": "FeatureCollection", "name": model_key, "features": features}
    path = Path(work_dir) / RESULT_FILE
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(collection, separators=(",", ":")))
    os.replace(tmp, path)
    return path, len(features), tuple(aoi.bounds)
