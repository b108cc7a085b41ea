"""Shape facts of a candidate outline, in ground metres, for the plausibility rules of the detectors: buildings
are compact and close to rectangles (or L-shapes), roads are long and narrow, nothing is as large as the image."""
from __future__ import annotations

import math
from dataclasses import dataclass

from shapely.geometry import Polygon

from ..geo import ground_scale


@dataclass(frozen=True)
class ShapeFacts:
    area_m2: float
    rectangularity: float  # area / area of the smallest rotated rectangle around it (1 for a rectangle)
    mean_width_m: float  # 2 x area / perimeter: the width of a strip, about the radius of a blob
    elongation: float  # (area / width) / width: length over width of a strip
    short_side_m: float  # sides of the smallest rotated rectangle around it
    long_side_m: float

    @property
    def length_m(self) -> float:
        return self.area_m2 / self.mean_width_m if self.mean_width_m else 0.0


def facts(polygon: Polygon) -> ShapeFacts:
    scale = float(ground_scale(polygon.centroid.y))
    area = polygon.area * scale * scale
    perimeter = polygon.length * scale
    box = polygon.minimum_rotated_rectangle
    rectangle = box.area * scale * scale
    width = 2.0 * area / perimeter if perimeter else 0.0
    sides = sorted(math.dist(a, b) * scale for a, b in zip(box.exterior.coords[:2], box.exterior.coords[1:3])) \
        if box.geom_type == "Polygon" else [0.0, 0.0]
    return ShapeFacts(area, area / rectangle if rectangle else 0.0, width,
                      (area / width) / width if width else 0.0, sides[0], sides[-1])


def long_axis(polygon: Polygon) -> float:
    """Angle (radians, counter-clockwise from east) of the longer side of the smallest rotated rectangle."""
    coords = list(polygon.minimum_rotated_rectangle.exterior.coords)
    edges = [(coords[i + 1][0] - coords[i][0], coords[i + 1][1] - coords[i][1]) for i in range(2)]
    longest = max(edges, key=lambda e: math.hypot(*e))
    return math.atan2(longest[1], longest[0])
