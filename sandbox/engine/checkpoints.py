"""Detections saved between stages (EPSG:3857 GeoJSON) so a restart resumes at the stage that failed."""
from __future__ import annotations

import json
import os
from pathlib import Path

from shapely.geometry import mapping, shape

from .models.common import Detection

DETECTIONS_FILE = "detections.geojson"
POSTPROCESSED_FILE = "postprocessed.geojson"


def save(path: Path, detections: list, messages: list = ()) -> None:
    data = {"type": "FeatureCollection", "crs_note": "EPSG:3857", "messages": list(messages),
            "features": [{"type": "Feature", "geometry": mapping(d.geometry), "properties": d.attributes}
                         for d in detections]}
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data))
    os.replace(tmp, path)


def load(path: Path) -> tuple:
    """(detections, messages)."""
    data = json.loads(Path(path).read_text())
    detections = [Detection(shape(f["geometry"]), dict(f.get("properties") or {})) for f in data["features"]]
    return detections, list(data.get("messages") or [])
