"""Buildings: roofs are regions of one roof colour family that are shaped like buildings and cast a shadow.

1. Candidates: connected regions of red, blue-grey or light/grey pixels (``colour``), opened by 0.6 m against
   lane marks and specks, holes filled (rooftop units).
2. Shape: 20 m² to 3 ha, at least 60 % of their smallest rotated rectangle, which is at least 3 m wide and at
   most 15 times longer than wide (a sidewalk is not a roof), touching at most two sides of the image and covering
   at most 60 % of it (a snowfield or a car park filling the view is not a roof either).
3. Cast shadow: the side away from the sun must show a shadow that starts darker than the sunny side and ends
   at a brightness jump on the same surface (``shadows``). Flat ground casts none, however roof-coloured.

What the blocks need is recorded per building: the roof's mean colour and its family, and the shadow's length.
"""
from __future__ import annotations

import math

import numpy as np

from . import raster_ops, shadows, shapes
from .colour import ROOF_FAMILIES, family_of
from .common import Detection, Report, pixels_for, regions_of
from .scene import Scene

MIN_AREA_M2 = 20.0
MAX_AREA_M2 = 30_000.0
MIN_RECTANGULARITY = 0.6
MIN_WIDTH_M = 3.0  # the shorter side of the smallest rotated rectangle: a sidewalk or a wall top is narrower
MAX_ASPECT = 15.0  # longer over shorter side: nothing built is a ribbon
MAX_SHARE_OF_IMAGE = 0.6
MAX_HEIGHT_M = 80.0


def shadow_steps(scene: Scene, max_height_m: float) -> int:
    """Ray length (pixels) that covers the shadow of the tallest object expected, at this sun elevation."""
    metres = max_height_m / max(scene.sun.tan_elevation, 0.25)
    return int(min(400, max(8, math.ceil(metres / scene.imagery.ground_resolution) + 2)))


def sun_shadow_direction(scene: Scene):
    return shadows.shadow_direction_from_sun(scene.sun.azimuth) if scene.sun.azimuth is not None else None


def _candidates(scene: Scene, report: Report) -> list:
    imagery = scene.imagery
    found = []
    families = list(ROOF_FAMILIES.items())
    for index, (_family, colours) in enumerate(families):
        mask = raster_ops.opening(scene.in_categories(*colours), pixels_for(0.6, imagery))
        step = (lambda i: lambda f: report((i + f) / len(families)))(index)
        found.extend(raster_ops.exterior(p) for p in regions_of(mask, imagery, 15.0, step))
    valid_m2 = float(imagery.valid.sum()) * imagery.ground_resolution ** 2
    window = imagery.window
    margin = 1.5 * window.res_x
    plausible = []
    for polygon in found:
        facts = shapes.facts(polygon)
        west, south, east, north = polygon.bounds
        sides = (west <= window.west + margin) + (east >= window.east - margin) + \
            (south <= window.south + margin) + (north >= window.north - margin)
        if MIN_AREA_M2 <= facts.area_m2 <= min(MAX_AREA_M2, MAX_SHARE_OF_IMAGE * valid_m2) and \
                facts.rectangularity >= MIN_RECTANGULARITY and sides <= 2 and facts.short_side_m >= MIN_WIDTH_M \
                and facts.long_side_m <= MAX_ASPECT * facts.short_side_m:
            plausible.append(polygon)
    return plausible


def detect_buildings(scene: Scene, report: Report) -> list:
    imagery = scene.imagery
    polygons = _candidates(scene, lambda f: report(0.6 * f))
    if not polygons:
        return []
    ids = raster_ops.region_ids(polygons, imagery.window)
    measured = shadows.measure(ids, scene.brightness, scene.rgb_smooth, imagery.valid, len(polygons),
                               shadow_steps(scene, MAX_HEIGHT_M), sun_shadow_direction(scene))
    report(0.85)
    colour_sums = [np.bincount(ids.ravel(), weights=imagery.rgb[:, :, c].ravel(), minlength=len(polygons) + 1)[1:]
                   for c in range(3)]
    counts = np.bincount(ids.ravel(), minlength=len(polygons) + 1)[1:]
    out = []
    for i, polygon in enumerate(polygons):
        if not measured.evidence[i] or counts[i] == 0:
            continue  # no cast shadow: flat ground of a roof's colour
        mean_rgb = [float(s[i] / counts[i]) for s in colour_sums]
        length = measured.length_px[i]
        out.append(Detection(polygon, {
            "roof": family_of(mean_rgb), "mean_rgb": [round(v, 1) for v in mean_rgb],
            "shadow_m": None if np.isnan(length) else round(float(length) * imagery.ground_resolution, 2),
            "sun_elevation": scene.sun.elevation, "direction_source": measured.direction_source}))
    report(1.0)
    return out
