"""What every detector reads from one image: colour categories, smoothed brightness and colour, texture, and the
sun's position as far as the imagery's metadata tells it."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from ..raster_io import Imagery
from . import colour

ASSUMED_ELEVATION = 45.0  # degrees; heights from imagery without sun metadata assume it (and say so)


@dataclass
class Sun:
    azimuth: Optional[float]  # degrees clockwise from north, where the sun stands
    elevation: Optional[float]  # degrees above the horizon

    @property
    def tan_elevation(self) -> float:
        return math.tan(math.radians(self.elevation if self.elevation is not None else ASSUMED_ELEVATION))


_AZIMUTH_KEYS = ("sunazimuth", "meansunaz", "sunaz", "solarazimuth")
_ELEVATION_KEYS = ("sunelevation", "meansunel", "sunel", "solarelevation", "sunaltitude")


def sun_from_metadata(metadata: dict) -> Sun:
    """SUN_AZIMUTH / SUN_ELEVATION (and the usual spellings of satellite metadata) in degrees, when present."""
    normalised = {re.sub(r"[^a-z]", "", str(k).lower()): v for k, v in (metadata or {}).items()}

    def number(keys, low, high):
        for key in keys:
            try:
                value = float(normalised[key])
            except (KeyError, TypeError, ValueError):
                continue
            if low <= value <= high:
                return value
        return None

    return Sun(number(_AZIMUTH_KEYS, 0.0, 360.0), number(_ELEVATION_KEYS, 1.0, 90.0))


@dataclass
class Scene:
    imagery: Imagery
    categories: np.ndarray  # colour.Colour per pixel
    brightness: np.ndarray  # 3x3-smoothed mean of R, G, B (0-255)
    rgb_smooth: np.ndarray  # 3x3-smoothed RGB, uint8
    sun: Sun

    @property
    def valid(self) -> np.ndarray:
        return self.imagery.valid

    def in_categories(self, *categories) -> np.ndarray:
        return np.isin(self.categories, [int(c) for c in categories]) & self.imagery.valid


def analyse(imagery: Imagery, report: Callable[[float], None] = lambda f: None) -> Scene:
    categories, brightness, smoothed = colour.classify(imagery.rgb, report)
    return Scene(imagery, categories, brightness, smoothed, sun_from_metadata(imagery.metadata))
