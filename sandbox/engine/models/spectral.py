"""A minimum-distance colour classifier: every pixel (after 3x3 smoothing against sensor grain) takes the land-cover
class of the nearest reference signature. Signatures come from the demo palette, under the lighting conditions
the imagery shows (sunlit and dark roof slopes, crowns in light and shade, surfaces in cast shadow). Classification
is a lookup in a 32x32x32 colour cube, so it costs one indexing operation per pixel."""
from __future__ import annotations

from enum import IntEnum
from typing import Callable

import numpy as np

from ..demo.palette import PAINTS, SHADOW_FACTOR, Material
from .raster_ops import box_mean


class Cover(IntEnum):
    OTHER = 0
    ROOF_RED = 1
    ROOF_BLUE = 2
    ROOF_LIGHT = 3
    ROAD = 4
    TREE_LOW = 5
    TREE_MID = 6
    TREE_HIGH = 7
    SITE = 8
    HVAC = 9


ROOF_COVERS = (Cover.ROOF_RED, Cover.ROOF_BLUE, Cover.ROOF_LIGHT)
TREE_COVERS = (Cover.TREE_LOW, Cover.TREE_MID, Cover.TREE_HIGH)
FAMILY_OF_COVER = {Cover.ROOF_RED: "red", Cover.ROOF_BLUE: "blue", Cover.ROOF_LIGHT: "light"}

_COVER_OF_MATERIAL = {
    Material.GRASS: Cover.OTHER, Material.CROP: Cover.OTHER, Material.OLIVE: Cover.OTHER,
    Material.ASPHALT: Cover.ROAD,  # lane marks are left out: too thin to matter, too close to light roofs
    Material.SAND: Cover.SITE, Material.PIT: Cover.SITE, Material.MACHINE: Cover.SITE,
    Material.ROOF_RED_LIT: Cover.ROOF_RED, Material.ROOF_RED_DARK: Cover.ROOF_RED,
    Material.ROOF_TERRA_LIT: Cover.ROOF_RED, Material.ROOF_TERRA_DARK: Cover.ROOF_RED,
    Material.ROOF_BLUE_LIT: Cover.ROOF_BLUE, Material.ROOF_BLUE_DARK: Cover.ROOF_BLUE,
    Material.ROOF_LIGHT: Cover.ROOF_LIGHT, Material.HVAC: Cover.HVAC,
    Material.TREE_LOW: Cover.TREE_LOW, Material.TREE_MID: Cover.TREE_MID, Material.TREE_HIGH: Cover.TREE_HIGH,
}
_ROOFS = {Material.ROOF_RED_LIT, Material.ROOF_RED_DARK, Material.ROOF_TERRA_LIT, Material.ROOF_TERRA_DARK,
          Material.ROOF_BLUE_LIT, Material.ROOF_BLUE_DARK, Material.ROOF_LIGHT, Material.HVAC}
_TREES = {Material.TREE_LOW, Material.TREE_MID, Material.TREE_HIGH}


def signatures():
    """(colour, cover) reference pairs under the lighting the imagery can show."""
    pairs = []
    for material, cover in _COVER_OF_MATERIAL.items():
        base = np.array(PAINTS[material].rgb, dtype=np.float64)
        if material in _TREES:
            factors = list(np.arange(0.45, 1.16, 0.1)) + [f * SHADOW_FACTOR for f in (0.8, 1.0, 1.1)]
        elif material in _ROOFS:
            factors = [0.94, 1.0, 1.06]  # roofs are never in cast shadow (shadows are painted under them)
        else:
            factors = [0.94, 1.0, 1.06, SHADOW_FACTOR * 0.94, SHADOW_FACTOR, SHADOW_FACTOR * 1.06]
        pairs.extend((base * f, cover) for f in factors)
    return pairs


def _build_lookup() -> np.ndarray:
    refs = signatures()
    colours = np.array([c for c, _ in refs])
    covers = np.array([int(k) for _, k in refs], dtype=np.uint8)
    centres = np.arange(32) * 8 + 4.0
    cube = np.stack(np.meshgrid(centres, centres, centres, indexing="ij"), axis=-1).reshape(-1, 3)
    nearest = np.empty(len(cube), dtype=np.int64)
    for start in range(0, len(cube), 4096):
        chunk = cube[start:start + 4096]
        nearest[start:start + 4096] = ((chunk[:, None, :] - colours[None]) ** 2).sum(-1).argmin(1)
    return covers[nearest]


_LOOKUP = None


def classify(rgb: np.ndarray, report: Callable[[float], None] = lambda f: None, rows_per_chunk: int = 1024):
    """Land-cover class of every pixel (uint8 array of ``Cover`` values)."""
    global _LOOKUP
    if _LOOKUP is None:
        _LOOKUP = _build_lookup()
    height = rgb.shape[0]
    out = np.empty(rgb.shape[:2], dtype=np.uint8)
    for start in range(0, height, rows_per_chunk):
        # overlap chunks by one row so the smoothing sees the same neighbours as on the whole image
        lo, hi = max(0, start - 1), min(height, start + rows_per_chunk + 1)
        smooth = [np.clip(box_mean(rgb[lo:hi, :, c], 1), 0, 255).astype(np.int64) >> 3 for c in range(3)]
        codes = (smooth[0] << 10) | (smooth[1] << 5) | smooth[2]
        out[start:min(height, start + rows_per_chunk)] = _LOOKUP[codes][start - lo:start - lo + min(
            rows_per_chunk, height - start)]
        report(min(1.0, (start + rows_per_chunk) / height))
    return out
