"""What every detector shares: the raw detection record and pixel/metre conversions."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from shapely.geometry import Polygon

from ..raster_io import Imagery
from . import raster_ops

Report = Callable[[float], bool]  # fraction of the stage done -> False when the work must stop


@dataclass
class Detection:
    geometry: Polygon  # EPSG:3857
    attributes: dict = field(default_factory=dict)


def pixels_for(metres: float, imagery: Imagery, minimum: int = 1) -> int:
    """A ground distance in whole pixels of this image."""
    return max(minimum, int(round(metres / imagery.ground_resolution)))


def pixel_area_m2(imagery: Imagery) -> float:
    return imagery.ground_resolution ** 2


def regions_of(mask: np.ndarray, imagery: Imagery, min_area_m2: float, report: Report) -> list:
    """Polygons of the 8-connected regions of ``mask`` that are at least ``min_area_m2`` on the ground."""
    min_pixels = max(2, int(min_area_m2 / pixel_area_m2(imagery)))
    labels = raster_ops.sieve(mask.astype(np.int32), imagery.window, min_pixels) * mask
    return [geometry for geometry, value in raster_ops.polygonize(labels, imagery.window, report) if value]
