"""Stage 3, postprocess: the model's option blocks applied to raw detections (still EPSG:3857).

Buildings: outlines are always scored against a fitted rectangle / L-shape (``shape_type``,
``simplification_confidence_score``); Simplification replaces the outline by the fit; Classification assigns a use
class from roof colour and size; OSM cannot run offline and says so with a warning message.
Forest: Heights assigns a height class and a maximum height from the crowns' appearance."""
from __future__ import annotations

from dataclasses import dataclass, field

from .demo.content import building_class
from .demo.palette import HEIGHT_CLASSES, HEIGHT_RANGES
from .geo import ground_area, ground_scale
from .models.common import Detection
from .models.regularize import regularize

MIN_BUILDING_AREA = 20.0  # m², as the real service (contract section 6.1)
OSM_UNAVAILABLE = "vector-processor.OSMUnavailable"


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
        return Postprocessed(_forest(detections, enabled(blocks, "Heights")))
    return Postprocessed([Detection(d.geometry.simplify(_tolerance(d.geometry, 0.5)), {}) for d in detections])


def _tolerance(geometry, metres: float) -> float:
    """A ground distance in Mercator metres at the geometry's latitude."""
    return metres / float(ground_scale(geometry.centroid.y))


def _buildings(detections: list, blocks: dict) -> Postprocessed:
    simplify, classify = enabled(blocks, "Simplification"), enabled(blocks, "Classification")
    out = []
    for detection in detections:
        fit = regularize(detection.geometry, _tolerance(detection.geometry, 0.5))
        geometry = fit.geometry if simplify else detection.geometry.simplify(_tolerance(detection.geometry, 0.4))
        area = ground_area(geometry)
        if area < MIN_BUILDING_AREA:
            continue
        attributes = {"shape_type": fit.shape_type, "simplification_confidence_score": fit.score}
        if classify:
            attributes["class_id"] = building_class(detection.attributes.get("roof", "light"), area)
        out.append(Detection(geometry, attributes))
    messages = []
    if enabled(blocks, "OSM"):
        messages.append({"code": OSM_UNAVAILABLE,
                         "parameters": {"level": "warning",
                                        "message": "Merge with OSM needs OpenStreetMap data, which the offline "
                                                   "sandbox does not have; buildings are the model's own."}})
    return Postprocessed(out, messages)


# the typical maximum height of each crown class (inside the generator's range for that class)
_TYPICAL_HEIGHT = tuple(round(low + 0.7 * (high - low), 1) for low, high in HEIGHT_RANGES)


def _forest(detections: list, heights: bool) -> list:
    out = []
    for detection in detections:
        geometry = detection.geometry.simplify(_tolerance(detection.geometry, 0.5))
        attributes = {}
        if heights:
            height_class = int(detection.attributes.get("height_class", 1))
            attributes = {"class_id": HEIGHT_CLASSES[height_class], "max_height": _TYPICAL_HEIGHT[height_class]}
        out.append(Detection(geometry, attributes))
    return out
