"""Pictures of the catalog: a scene's quick-look PNG in its own image frame (the plugin stretches it onto the four
footprint corners), and XYZ tiles of a yearly mosaic."""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image

from ..geo import Window, tile_window
from .look import SceneLook, look_of
from .render import render_scene

PREVIEW_WIDTH = 512


def _png(rgba: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA" if rgba.shape[2] == 4 else "RGB").save(out, format="PNG", compress_level=6)
    return out.getvalue()


def preview_size(look: SceneLook, width: int = PREVIEW_WIDTH) -> tuple:
    nw, ne, _, sw = look.corners_merc
    across = math.dist(nw, ne)
    down = math.dist(nw, sw)
    return width, max(1, int(round(width * down / across)))


def preview_png(params: dict, width: int = PREVIEW_WIDTH) -> bytes:
    """The scene as seen from above, top-left pixel at the footprint's first corner, bottom-right at its third."""
    look = look_of(params)
    width, height = preview_size(look, width)
    s, t = np.meshgrid((np.arange(width) + 0.5) / width, (np.arange(height) + 0.5) / height)
    x, y = look.image_to_merc(s, t)
    west, south, east, north = look.footprint_merc.bounds
    res = max(east - west, north - south) / max(width, height)
    columns, rows = max(1, int(math.ceil((east - west) / res))), max(1, int(math.ceil((north - south) / res)))
    window = Window(west, north - rows * res, west + columns * res, north, columns, rows)
    rgb, _ = render_scene(window, look)
    col = np.clip(((x - window.west) / window.res_x).astype(int), 0, columns - 1)
    row = np.clip(((window.north - y) / window.res_y).astype(int), 0, rows - 1)
    return _png(rgb[row, col])


def mosaic_tile_png(tiles: list, z: int, x: int, y: int) -> bytes:
    """An XYZ tile of a mosaic made of ``tiles`` (render params of its parts); transparent off the mosaic."""
    window = tile_window(z, x, y)
    rgba = np.zeros((window.height, window.width, 4), np.uint8)
    for params in tiles:
        look = look_of(params)
        west, south, east, north = look.footprint_merc.bounds
        if east <= window.west or west >= window.east or north <= window.south or south >= window.north:
            continue
        rgb, valid = render_scene(window, look)
        fresh = valid & (rgba[:, :, 3] == 0)
        rgba[fresh, :3] = rgb[fresh]
        rgba[fresh, 3] = 255
    return _png(rgba)
