"""Paints the demo world into any EPSG:3857 pixel window: polygons are rasterised with Pillow into a material
map and a shadow map, then coloured with numpy (paint, grain, patchiness, crown texture, cast shadows)."""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from ..geo import HALF_WORLD, Window, ground_scale, tile_window
from .cells import BAND_HEIGHT, CellKind, band_layout, cell_indices, cell_kinds, cells_in_bounds
from .content import cell_content
from .noise import crown_field, value_noise, white_noise
from .palette import CROWN_SPACING, PAINTS, SHADOW_FACTOR, TREE_MATERIALS, Material

DETAIL_LIMIT = 5.0  # Mercator metres per pixel; coarser windows get the land-use overview
SHADOW_MARGIN = 25.0  # ground metres: the longest cast shadow reaching into a window from outside

_RGB = np.array([PAINTS[m].rgb for m in Material], dtype=np.float32)
_GRAIN = np.array([PAINTS[m].grain for m in Material], dtype=np.float32)
_OVERVIEW_RGB = {
    CellKind.HOUSES: (150, 128, 104), CellKind.APARTMENTS: (120, 124, 132), CellKind.COMMERCIAL: (168, 160, 150),
    CellKind.INDUSTRIAL: (176, 172, 164), CellKind.CONSTRUCTION: (196, 172, 134), CellKind.PARK: (118, 148, 84),
    CellKind.FOREST: (48, 90, 50), CellKind.FARMLAND: (164, 164, 100),
}
_OVERVIEW_TABLE = np.array([_OVERVIEW_RGB[k] for k in CellKind], dtype=np.float32)


def render_window(window: Window) -> np.ndarray:
    """RGB uint8 array (height, width, 3) of the demo world in ``window``."""
    if window.res_x > DETAIL_LIMIT:
        return _render_overview(window)
    materials, shadows = _rasterise(window)
    xs, ys = window.pixel_centres()
    grid_x, grid_y = np.meshgrid(xs, ys)
    rgb = _RGB[materials].copy()
    patchiness = 1.0 + 0.06 * value_noise(grid_x, grid_y, 60.0, 3)
    grain = _GRAIN[materials] * white_noise(grid_x, grid_y, 0.3, 5)
    rgb *= patchiness[..., None]
    rgb += grain[..., None]
    # ground metres per Mercator metre, constant within a latitude band so crowns keep their shape
    band = np.floor((ys + HALF_WORLD) / BAND_HEIGHT)
    scale = band_layout(band)[2][:, None] * np.ones((1, window.width))
    for material in TREE_MATERIALS:
        mask = materials == material
        if not mask.any():
            continue
        spacing = CROWN_SPACING[material]
        dist, du, dv = crown_field(grid_x[mask] * scale[mask], grid_y[mask] * scale[mask], spacing, 17 + material)
        shade = 0.55 + 0.45 * (1.0 - dist * dist) - 0.25 * (du + dv)  # domes lit from the south-west
        rgb[mask] *= np.clip(shade, 0.45, 1.15)[:, None]
    rgb[shadows] *= SHADOW_FACTOR
    return np.clip(rgb, 0, 255).astype(np.uint8)


def _rasterise(window: Window):
    margin = SHADOW_MARGIN / float(ground_scale((window.south + window.north) / 2))
    cells = cells_in_bounds(window.west - margin, window.south - margin, window.east + margin,
                            window.north + margin)
    contents = [cell_content(c.band, c.row, c.col) for c in cells]
    material_img = Image.new("L", (window.width, window.height), int(Material.GRASS))
    shadow_img = Image.new("1", (window.width, window.height), 0)
    draw_m, draw_s = ImageDraw.Draw(material_img), ImageDraw.Draw(shadow_img)
    rx, ry = window.res_x, window.res_y
    west, north = window.west, window.north

    def pixels(ring):
        # Pillow puts integer coordinates on pixel centres
        return [((x - west) / rx - 0.5, (north - y) / ry - 0.5) for x, y in ring]

    def paint(shapes):
        for shape in shapes:
            draw_m.polygon(pixels(shape.ring), fill=int(shape.material))

    for layer in ("ground", "sites", "roads"):
        for content in contents:
            paint(getattr(content, layer))
    for content in contents:
        for ring in content.tree_shadows:
            draw_s.polygon(pixels(ring), fill=1)
    for content in contents:
        for shape in content.trees:
            xy = pixels(shape.ring)
            draw_m.polygon(xy, fill=int(shape.material))
            draw_s.polygon(xy, fill=0)
    for content in contents:
        for ring in content.building_shadows:
            draw_s.polygon(pixels(ring), fill=1)
    for content in contents:
        for shape in content.roofs:
            xy = pixels(shape.ring)
            draw_m.polygon(xy, fill=int(shape.material))
            draw_s.polygon(xy, fill=0)
    return np.asarray(material_img), np.asarray(shadow_img).astype(bool)


def _render_overview(window: Window) -> np.ndarray:
    """Low zooms: each pixel takes its cell's land-use colour (a city reads as a city from afar)."""
    xs, ys = window.pixel_centres()
    grid_x, grid_y = np.meshgrid(xs, ys)
    kinds = cell_kinds(*cell_indices(grid_x, grid_y))
    rgb = _OVERVIEW_TABLE[kinds] * (1.0 + 0.08 * value_noise(grid_x, grid_y, 900.0, 3))[..., None]
    rgb += 6.0 * white_noise(grid_x, grid_y, window.res_x, 5)[..., None]
    return np.clip(rgb, 0, 255).astype(np.uint8)


def demo_tile_png(z: int, x: int, y: int) -> bytes:
    """The demo provider's 256-px XYZ tile as PNG bytes."""
    rgb = render_window(tile_window(z, x, y))
    out = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(out, format="PNG", compress_level=1)
    return out.getvalue()
