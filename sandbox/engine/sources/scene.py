"""Catalog scenes as a tile source: the pixels of the chosen scenes (sourceParams.imagerySearch), rendered tile by
tile with each scene's season, clouds, view angle and sun. Several scenes are laid in the order given: where they
overlap the first one wins. Pixels off every footprint are left out (alpha 0)."""
from __future__ import annotations

from typing import Optional

import numpy as np

from ..geo import tile_window
from ..interface import StageError
from ..scenes.look import look_of
from ..scenes.render import render_scene


class SceneTileLoader:
    def __init__(self, scenes: list):
        if not scenes:
            raise StageError("source-validator.ImageReadError", {"message": "no catalog scene to read"})
        self.looks = [look_of(params) for params in scenes]

    def __call__(self, z: int, x: int, y: int) -> Optional[np.ndarray]:
        window = tile_window(z, x, y)
        rgba = None
        for look in self.looks:
            west, south, east, north = look.footprint_merc.bounds
            if east <= window.west or west >= window.east or north <= window.south or south >= window.north:
                continue
            rgb, valid = render_scene(window, look)
            if rgba is None:
                rgba = np.zeros((window.height, window.width, 4), np.uint8)
            fresh = valid & (rgba[:, :, 3] == 0)
            rgba[fresh, :3] = rgb[fresh]
            rgba[fresh, 3] = 255
        return rgba
