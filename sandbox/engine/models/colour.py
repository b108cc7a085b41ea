"""Colour categories of pixels, defined in CIE L*C*h (lightness, chroma, hue) by what surfaces look like in
daylight imagery, not by any one palette: greens are vegetation, saturated reds and browns are tiles, blue-greys
are slate or painted metal, whites and light greys are flat roofs or concrete, dark neutral greys are asphalt,
yellow-browns are bare soil, saturated yellows are machinery. Whatever falls outside every category (water, very
dark pixels, purples, cyans...) is ``NONE``: left unclassified, never forced into the nearest class.

A category only says what a pixel's colour could be; the detectors then ask for texture, shape and cast-shadow
evidence before they call anything an object. Classification is a lookup in a 64x64x64 cube of RGB, computed once.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Callable

import numpy as np

from .raster_ops import box_mean


class Colour(IntEnum):
    NONE = 0
    VEGETATION = 1
    RED = 2  # red, terracotta, orange and brown tiles or paint
    BLUE = 3  # blue-grey: slate, painted metal
    LIGHT = 4  # white and light grey: flat roofs, concrete, also snow (shape decides)
    GREY = 5  # mid grey: roofs, concrete, rooftop units
    ASPHALT = 6  # dark neutral grey
    SOIL = 7  # sand, bare earth, excavations
    MACHINE = 8  # saturated yellow: site machinery
    DARK = 9  # too dark to tell (deep shadow, water, night)


ROOF_COLOURS = (Colour.RED, Colour.BLUE, Colour.LIGHT, Colour.GREY)
# roofs of one building share a family: regions are cut per family so a red roof and a grey yard stay apart
ROOF_FAMILIES = {"red": (Colour.RED,), "blue": (Colour.BLUE,), "light": (Colour.LIGHT, Colour.GREY)}


def rgb_to_lch(rgb: np.ndarray) -> tuple:
    """CIE L*, C*, h (degrees) of sRGB values (any shape ending in 3, 0-255), D65 white."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    c = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    matrix = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = c @ matrix.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16.0 / 116.0)
    lightness = 116.0 * f[..., 1] - 16.0
    a = 500.0 * (f[..., 0] - f[..., 1])
    b = 200.0 * (f[..., 1] - f[..., 2])
    return lightness, np.hypot(a, b), np.degrees(np.arctan2(b, a)) % 360.0


def category_of_lch(lightness, chroma, hue) -> np.ndarray:
    """The colour category of L*C*h values (arrays); the rules are checked in order, first match wins."""
    lightness, chroma, hue = np.broadcast_arrays(np.asarray(lightness), np.asarray(chroma), np.asarray(hue))
    out = np.full(lightness.shape, int(Colour.NONE), dtype=np.uint8)
    rules = (
        (Colour.DARK, lightness < 12),
        (Colour.VEGETATION, (hue >= 95) & (hue < 175) & (chroma >= 12)),
        (Colour.MACHINE, (hue >= 62) & (hue < 100) & (chroma >= 45) & (lightness >= 50)),
        (Colour.RED, ((hue < 58) | (hue >= 340)) & (chroma >= 20) & (lightness >= 20) & (lightness <= 75)),
        (Colour.SOIL, (hue >= 40) & (hue < 95) & (chroma >= 14) & (chroma < 45) & (lightness >= 30)),
        (Colour.BLUE, (hue >= 200) & (hue < 320) & (chroma >= 9) & (chroma < 40) & (lightness >= 28) &
         (lightness <= 70)),
        (Colour.LIGHT, (lightness >= 66) & (chroma < 12)),
        (Colour.GREY, (lightness >= 50) & (lightness < 66) & (chroma < 10)),
        (Colour.ASPHALT, (lightness >= 12) & (lightness < 50) & (chroma < 10)),
    )
    assigned = np.zeros(lightness.shape, bool)
    for category, match in rules:
        take = match & ~assigned
        out[take] = int(category)
        assigned |= match
    return out


_LOOKUP = None


def _lookup() -> np.ndarray:
    global _LOOKUP
    if _LOOKUP is None:
        centres = np.arange(64) * 4 + 2.0
        cube = np.stack(np.meshgrid(centres, centres, centres, indexing="ij"), axis=-1).reshape(-1, 3)
        _LOOKUP = category_of_lch(*rgb_to_lch(cube))
    return _LOOKUP


def smooth_rgb(rgb: np.ndarray, rows: slice = slice(None)) -> list:
    """3x3 box-smoothed channels (sensor grain averages out), as float32 arrays."""
    return [box_mean(rgb[rows][:, :, c], 1) for c in range(3)]


def classify(rgb: np.ndarray, report: Callable[[float], None] = lambda f: None, rows_per_chunk: int = 1024):
    """(colour category per pixel as uint8 ``Colour`` values, smoothed brightness 0-255 as float32, smoothed RGB
    as uint8)."""
    table = _lookup()
    height = rgb.shape[0]
    categories = np.empty(rgb.shape[:2], dtype=np.uint8)
    brightness = np.empty(rgb.shape[:2], dtype=np.float32)
    smoothed = np.empty(rgb.shape, dtype=np.uint8)
    for start in range(0, height, rows_per_chunk):
        # chunks overlap by a row so the smoothing sees the same neighbours as on the whole image
        lo, hi = max(0, start - 1), min(height, start + rows_per_chunk + 1)
        end = min(height, start + rows_per_chunk)
        smooth = smooth_rgb(rgb, slice(lo, hi))
        codes = sum((np.clip(s, 0, 255).astype(np.int64) >> 2) << shift for s, shift in zip(smooth, (12, 6, 0)))
        categories[start:end] = table[codes][start - lo:end - lo]
        brightness[start:end] = ((smooth[0] + smooth[1] + smooth[2]) / 3.0)[start - lo:end - lo]
        for channel in range(3):
            smoothed[start:end, :, channel] = np.clip(smooth[channel][start - lo:end - lo] + 0.5, 0, 255)
        report(min(1.0, end / height))
    return categories, brightness, smoothed


def family_of(mean_rgb) -> str:
    """A roof's colour family from its mean colour: red, blue or light (light also covers greys)."""
    lightness, chroma, hue = (float(v) for v in rgb_to_lch(np.asarray(mean_rgb, dtype=np.float64)))
    if chroma >= 16 and (hue < 70 or hue >= 330):
        return "red"
    if chroma >= 7 and 190 <= hue < 320:
        return "blue"
    return "light"
