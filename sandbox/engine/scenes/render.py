"""Paints a scene's pixels into any EPSG:3857 window: the demo world as this scene saw it. Buildings and trees lean
away from the satellite by their height times tan(off-nadir), shadows fall away from the sun by height /
tan(sun elevation), vegetation takes the season's colours, clouds (and their shadows) cover the share of the
footprint the scene's cloud cover says, and the detail is that of the scene's own ground resolution."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from PIL import Image, ImageDraw
from shapely.geometry import Polygon

from ..demo.cells import BAND_HEIGHT, cell_indices, cell_kinds, cells_in_bounds
from ..demo.content import cell_content
from ..demo.noise import crown_field, value_noise, white_noise
from ..demo.palette import CROWN_SPACING, PAINTS, SHADOW_FACTOR, TREE_MATERIALS, Material
from ..geo import HALF_WORLD, Window, ground_scale
from ..demo.cells import band_layout
from .look import CLOUD_RGB, CLOUD_SHADOW, WALL, SceneLook

DETAIL_LIMIT = 5.0  # Mercator metres per pixel; coarser windows get the land-use overview
SCENE_MARGIN = 190.0  # ground metres: the longest shadow or lean reaching into a window from outside
RESAMPLE_AT = 1.15  # render at the scene's own resolution when it is this much coarser than the window's
TREE_LEAN = 0.7  # crowns stand at about this share of a wood's top height
CLOUD_STEP = 40.0  # Mercator metres between cloud-field samples (its finest features are 320 m)

_GRAIN = np.array([PAINTS[m].grain for m in Material] + [4.0], dtype=np.float32)


@dataclass
class SceneCell:
    """A demo cell prepared for oblique views: each roof and crown with the height it stands at."""

    roofs: list = field(default_factory=list)  # (material, ring (n, 2), height)
    parts: list = field(default_factory=list)  # (corner ring (4, 2), height) of every building part
    trees: list = field(default_factory=list)  # (material, ring (n, 2), height)


@lru_cache(maxsize=4096)
def scene_cell(band: int, row: int, col: int) -> SceneCell:
    content = cell_content(band, row, col)
    cell = SceneCell()
    footprints = [shapely.union_all([Polygon(p) for p in b.parts]) for b in content.buildings]
    for building in content.buildings:
        for part in building.parts:
            cell.parts.append((np.asarray(part, dtype=np.float64), building.height))
    if content.roofs:
        rings = [np.asarray(shape.ring, dtype=np.float64) for shape in content.roofs]
        centres = np.array([ring.mean(axis=0) for ring in rings])
        heights = np.zeros(len(rings))
        for footprint, building in zip(footprints, content.buildings):
            inside = shapely.contains_xy(footprint.buffer(0.05), centres[:, 0], centres[:, 1])
            heights[inside & (heights == 0)] = building.height
        cell.roofs = [(shape.material, ring, height) for shape, ring, height in zip(content.roofs, rings, heights)]
    tree_heights = [wood.max_height for wood in content.forests]
    if len(tree_heights) != len(content.trees):
        tree_heights = [8.0] * len(content.trees)
    cell.trees = [(shape.material, np.asarray(shape.ring, dtype=np.float64), height * TREE_LEAN)
                  for shape, height in zip(content.trees, tree_heights)]
    return cell


def _hull(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain) of a few points."""
    pts = sorted(set(map(tuple, np.round(points, 3))))
    if len(pts) <= 2:
        return np.array(pts)

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1])


@dataclass
class Layer:
    """Polygons of one drawing pass: fill values, rings (n, 2) in Mercator metres and their bounding boxes."""

    fills: list
    rings: list
    boxes: np.ndarray  # (n, 4): west, south, east, north

    @classmethod
    def of(cls, items: list) -> "Layer":
        fills = [fill for fill, _ in items]
        rings = [ring for _, ring in items]
        boxes = np.array([(r[:, 0].min(), r[:, 1].min(), r[:, 0].max(), r[:, 1].max()) for r in rings]) \
            if rings else np.zeros((0, 4))
        return cls(fills, rings, boxes)


PASSES = ("ground", "tree_shadows", "trees", "building_shadows", "walls", "roofs")


@lru_cache(maxsize=2048)
def scene_layers(band: int, row: int, col: int, lean: tuple, shadow: tuple) -> dict:
    """A cell's polygons as a scene with this lean and shadow vector sees them, one Layer per drawing pass."""
    content = cell_content(band, row, col)
    cell = scene_cell(band, row, col)
    lean_v, shadow_v = np.array(lean), np.array(shadow)
    ground = [(int(shape.material), np.asarray(shape.ring, dtype=np.float64))
              for layer in ("ground", "sites", "roads") for shape in getattr(content, layer)]
    tree_shadows = [(1, ring + shadow_v * height * 0.8) for _, ring, height in cell.trees]
    trees = [(int(material), ring + lean_v * height) for material, ring, height in cell.trees]
    building_shadows = [(1, _hull(np.vstack([c, c + shadow_v * h]))) for c, h in cell.parts]
    walls = [(WALL, _hull(np.vstack([c, c + lean_v * h]))) for c, h in cell.parts] \
        if abs(lean[0]) + abs(lean[1]) > 1e-3 else []
    roofs = [(int(material), ring + lean_v * height) for material, ring, height in cell.roofs]
    return {name: Layer.of(items) for name, items in zip(PASSES, (ground, tree_shadows, trees, building_shadows,
                                                                    walls, roofs))}


def _rasterise(window: Window, look: SceneLook):
    margin = SCENE_MARGIN / float(ground_scale((window.south + window.north) / 2))
    cells = cells_in_bounds(window.west - margin, window.south - margin, window.east + margin,
                            window.north + margin)
    materials = Image.new("L", (window.width, window.height), int(Material.GRASS))
    shadows = Image.new("1", (window.width, window.height), 0)
    draw_m, draw_s = ImageDraw.Draw(materials), ImageDraw.Draw(shadows)
    origin = np.array((window.west, window.north))
    scale = np.array((1.0 / window.res_x, -1.0 / window.res_y))
    lean = tuple(round(v, 6) for v in look.lean)
    shadow = tuple(round(v, 6) for v in look.shadow)
    layers = [scene_layers(c.band, c.row, c.col, lean, shadow) for c in cells]
    pad = 2 * max(window.res_x, window.res_y)
    for name in PASSES:
        for cell_layers in layers:
            layer = cell_layers[name]
            if not layer.fills:
                continue
            boxes = layer.boxes
            inside = np.flatnonzero((boxes[:, 0] < window.east + pad) & (boxes[:, 2] > window.west - pad)
                                    & (boxes[:, 1] < window.north + pad) & (boxes[:, 3] > window.south - pad))
            for index in inside:
                # Pillow puts integer coordinates on pixel centres
                xy = ((layer.rings[index] - origin) * scale - 0.5).ravel().tolist()
                fill = layer.fills[index]
                if name.endswith("shadows"):
                    draw_s.polygon(xy, fill=1)
                    continue
                draw_m.polygon(xy, fill=fill)
                if name != "ground":
                    draw_s.polygon(xy, fill=0)  # what stands up is lit, whatever shadow lies beneath
    return np.asarray(materials), np.asarray(shadows).astype(bool)


def _paint(window: Window, look: SceneLook, grid_x: np.ndarray, grid_y: np.ndarray) -> np.ndarray:
    materials, shadows = _rasterise(window, look)
    rgb = look.palette[materials].copy()
    rgb *= (1.0 + 0.06 * value_noise(grid_x, grid_y, 60.0, 3))[..., None]
    rgb += (_GRAIN[materials] * white_noise(grid_x, grid_y, 0.3, 5))[..., None]
    band = np.floor((grid_y[:, 0] + HALF_WORLD) / BAND_HEIGHT)
    scale = band_layout(band)[2][:, None] * np.ones((1, window.width))
    for material in TREE_MATERIALS:
        mask = materials == material
        if not mask.any():
            continue
        dist, du, dv = crown_field(grid_x[mask] * scale[mask], grid_y[mask] * scale[mask], CROWN_SPACING[material],
                                   17 + material)
        shade = 0.55 + 0.45 * (1.0 - dist * dist) - 0.25 * (du + dv)
        rgb[mask] *= np.clip(shade, 0.45, 1.15)[:, None]
    rgb[shadows] *= SHADOW_FACTOR
    return rgb


def _overview(look: SceneLook, grid_x: np.ndarray, grid_y: np.ndarray, res: float) -> np.ndarray:
    kinds = cell_kinds(*cell_indices(grid_x, grid_y))
    rgb = look.overview[kinds] * (1.0 + 0.08 * value_noise(grid_x, grid_y, 900.0, 3))[..., None]
    rgb += 6.0 * white_noise(grid_x, grid_y, res, 5)[..., None]
    return rgb


def smooth_sample(field, xs: np.ndarray, ys: np.ndarray, step: float = CLOUD_STEP) -> np.ndarray:
    """``field(x, y)`` at every (xs[j], ys[i]), evaluated on a world-aligned lattice of ``step`` metres and
    interpolated linearly: the same values on both sides of a tile edge, at a fraction of the cost."""
    gx = np.arange(np.floor(xs.min() / step), np.floor(xs.max() / step) + 2) * step
    gy = np.arange(np.floor(ys.min() / step), np.floor(ys.max() / step) + 2) * step
    lattice = field(*np.meshgrid(gx, gy))
    fx = (xs - gx[0]) / step
    fy = (ys - gy[0]) / step
    ix = np.clip(np.floor(fx).astype(int), 0, len(gx) - 2)
    iy = np.clip(np.floor(fy).astype(int), 0, len(gy) - 2)
    wx = (fx - ix)[None, :]
    wy = (fy - iy)[:, None]
    top = lattice[iy][:, ix] * (1 - wx) + lattice[iy][:, ix + 1] * wx
    bottom = lattice[iy + 1][:, ix] * (1 - wx) + lattice[iy + 1][:, ix + 1] * wx
    return top * (1 - wy) + bottom * wy


def cloud_alpha(look: SceneLook, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Cloud opacity at the pixel centres xs (columns) x ys (rows)."""
    if look.cloud_cover <= 0:
        return np.zeros((len(ys), len(xs)), dtype=np.float32)
    step = max(CLOUD_STEP, 3.0 * abs(float(xs[-1] - xs[0])) / max(1, len(xs) - 1))
    return look.alpha_of(smooth_sample(look.cloud_field, xs, ys, step))


def _clouds(rgb: np.ndarray, look: SceneLook, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    if look.cloud_cover <= 0:
        return rgb
    dx, dy = look.cloud_shadow_offset
    shade = cloud_alpha(look, xs + dx, ys + dy)
    rgb = rgb * (1.0 - (1.0 - CLOUD_SHADOW) * shade)[..., None]
    alpha = cloud_alpha(look, xs, ys)[..., None]
    texture = 1.0 + 0.03 * smooth_sample(lambda x, y: value_noise(x, y, 150.0, 9), xs, ys)[..., None]
    return rgb * (1.0 - alpha) + CLOUD_RGB * texture * alpha


def footprint_mask(window: Window, look: SceneLook) -> np.ndarray:
    image = Image.new("1", (window.width, window.height), 0)
    ring = (look.corners_merc - np.array((window.west, window.north))) * \
        np.array((1.0 / window.res_x, -1.0 / window.res_y)) - 0.5
    ImageDraw.Draw(image).polygon([tuple(p) for p in ring], fill=1)
    return np.asarray(image).astype(bool)


def render_scene(window: Window, look: SceneLook) -> tuple:
    """(RGB uint8 (h, w, 3), valid bool (h, w)): the scene in ``window``; pixels off its footprint are not valid."""
    window_ground = window.res_x * look.scale
    if look.resolution > window_ground * RESAMPLE_AT and window.res_x <= DETAIL_LIMIT:
        factor = look.resolution / window_ground
        coarse = Window(window.west, window.south, window.east, window.north,
                        max(1, int(round(window.width / factor))), max(1, int(round(window.height / factor))))
        rgb = _render(coarse, look)
        rgb = np.asarray(Image.fromarray(rgb, "RGB").resize((window.width, window.height), Image.BILINEAR))
    else:
        rgb = _render(window, look)
    return rgb, footprint_mask(window, look)


def _render(window: Window, look: SceneLook) -> np.ndarray:
    xs, ys = window.pixel_centres()
    grid_x, grid_y = np.meshgrid(xs, ys)
    if window.res_x > DETAIL_LIMIT:
        rgb = _overview(look, grid_x, grid_y, window.res_x)
    else:
        rgb = _paint(window, look, grid_x, grid_y)
    rgb = _clouds(rgb, look, xs, ys)
    return np.clip(rgb, 0, 255).astype(np.uint8)
