"""Stage 3, postprocess: the model's option blocks applied to raw detections (still EPSG:3857).

Buildings: outlines are always scored against a fitted rectangle / L-shape (``shape_type``,
``simplification_confidence_score``); Simplification replaces the outline by the fit; Classification assigns a use
class from the roof's measured colour and the footprint's area; Heights gives ``building_height`` from the cast
shadow's length and the sun's elevation; OSM cannot run offline and says so with a warning message.
Forest: Heights gives ``max_height`` (and the height class) from the shadow the wood casts beyond its edge.

Heights need the sun's elevation: the imagery's metadata gives it (the demo provider's does, and GeoTIFF tags
SUN_ELEVATION or the usual satellite spellings); without it 45° is assumed and a warning says so.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Optional

from .geo import ground_area, ground_scale
from .models.common import Detection
from .models.regularize import regularize
from .models.scene import ASSUMED_ELEVATION, Sun

MIN_BUILDING_AREA = 20.0  # m², as the real service (contract section 6.1)
OSM_UNAVAILABLE = "vector-processor.OSMUnavailable"
SUN_ASSUMED = "inference.SunElevationAssumed"
HEIGHT_CLASSES = ("00m-04m", "04m-10m", "10m-99m")  # Forest class_id (contract section 6.1)
HOUSE_MAX_M2 = 350.0  # a detached house's footprint; larger red-roofed buildings are other non-residential
INDUSTRIAL_MIN_M2 = 1500.0  # flat light roofs this large are warehouses and factories


@dataclass
class Postprocessed:
    detections: list  # Detection, attributes already in their published form (minus id/date)
    messages: list = field(default_factory=list)  # [{"code", "parameters"}], warnings for the processing


def enabled(blocks: dict, name: str) -> bool:
    return any(k.lower() == name.lower() and bool(v) for k, v in (blocks or {}).items())


def postprocess(model_key: str, detections: list, blocks: dict) -> Postprocessed:
    if model_key == "buildings":
        return _buildings(detections, blocks)
    if model_key == "forest":
        return _forest(detections, enabled(blocks, "Heights"))
    # roads, construction sites and users' models: outlines simplified to 0.5 m; a user model's class and score
    # stay with each object
    return Postprocessed([Detection(d.geometry.simplify(_tolerance(d.geometry, 0.5)),
                                    {k: v for k, v in d.attributes.items() if k in ("object_type", "score")})
                          for d in detections])


def _tolerance(geometry, metres: float) -> float:
    """A ground distance in Mercator metres at the geometry's latitude."""
    return metres / float(ground_scale(geometry.centroid.y))


def building_use(roof_family: str, area_m2: float) -> str:
    """Contract class_id from what the image shows: slate and blue-grey roofs cover apartment blocks (101); red
    and brown tiles cover houses (102) or, on large footprints, other non-residential buildings (105); flat light
    roofs cover commercial buildings (104) or, when very large, industrial ones (103)."""
    if roof_family == "blue":
        return "101"
    if roof_family == "red":
        return "102" if area_m2 < HOUSE_MAX_M2 else "105"
    return "103" if area_m2 >= INDUSTRIAL_MIN_M2 else "104"


def _height(detection: Detection) -> Optional[float]:
    """Height above ground (m) from the cast shadow's length, or None when no shadow could be measured."""
    shadow = detection.attributes.get("shadow_m")
    if shadow is None:
        return None
    return float(shadow) * Sun(None, detection.attributes.get("sun_elevation")).tan_elevation


def _heights(detections: list) -> list:
    """Per detection: its measured height, or the median of the others' when its shadow was not measurable."""
    measured = [_height(d) for d in detections]
    known = [h for h in measured if h is not None]
    fallback = statistics.median(known) if known else None
    return [h if h is not None else fallback for h in measured]


def _sun_messages(detections: list) -> list:
    if detections and any(d.attributes.get("sun_elevation") is None for d in detections):
        return [{"code": SUN_ASSUMED, "parameters": {
            "level": "warning", "assumed_elevation": str(ASSUMED_ELEVATION),
            "message": "The imagery does not say how high the sun stood; heights assume "
                       f"{ASSUMED_ELEVATION:g}° and scale with its tangent."}}]
    return []


def _buildings(detections: list, blocks: dict) -> Postprocessed:
    simplify, classify = enabled(blocks, "Simplification"), enabled(blocks, "Classification")
    heights = _heights(detections) if enabled(blocks, "Heights") else [None] * len(detections)
    out = []
    for detection, height in zip(detections, heights):
        fit = regularize(detection.geometry, _tolerance(detection.geometry, 0.5))
        geometry = fit.geometry if simplify else detection.geometry.simplify(_tolerance(detection.geometry, 0.4))
        area = ground_area(geometry)
        if area < MIN_BUILDING_AREA:
            continue
        attributes = {"shape_type": fit.shape_type, "simplification_confidence_score": fit.score}
        if classify:
            attributes["class_id"] = building_use(detection.attributes.get("roof", "light"), area)
        if height is not None:
            attributes["building_height"] = round(height, 1)
        out.append(Detection(geometry, attributes))
    messages = _sun_messages(detections) if enabled(blocks, "Heights") else []
    if enabled(blocks, "OSM"):
        messages.append({"code": OSM_UNAVAILABLE,
                         "parameters": {"level": "warning",
                                        "message": "Merge with OSM needs OpenStreetMap data, which the offline "
                                                   "sandbox does not have; buildings are the model's own."}})
    return Postprocessed(out, messages)


def height_class(height: float) -> str:
    return HEIGHT_CLASSES[0] if height < 4.0 else HEIGHT_CLASSES[1] if height < 10.0 else HEIGHT_CLASSES[2]


def _forest(detections: list, heights_block: bool) -> Postprocessed:
    heights = _heights(detections) if heights_block else [None] * len(detections)
    out = []
    for detection, height in zip(detections, heights):
        geometry = detection.geometry.simplify(_tolerance(detection.geometry, 0.5))
        attributes = {}
        if height is not None:
            attributes = {"class_id": height_class(height), "max_height": round(height, 1)}
        out.append(Detection(geometry, attributes))
    return Postprocessed(out, _sun_messages(detections) if heights_block else [])
