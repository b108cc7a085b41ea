"""Building outline regularisation (the Simplification block): fit an oriented rectangle or L-shape to a raw
outline; the fit's IoU with the outline is the ``simplification_confidence_score``."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import Polygon, box

MIN_SCORE = 0.75  # below this neither shape explains the outline: keep the outline ("COMPLEX")
L_GAIN = 0.04  # an L-shape must beat the rectangle by this much IoU to be worth its two extra corners
GRID = 96  # samples along the longer side


@dataclass
class Regularized:
    geometry: Polygon
    shape_type: str
    score: float


def _orientation(polygon: Polygon) -> float:
    rect = polygon.minimum_rotated_rectangle
    coords = list(rect.exterior.coords)
    edges = [(coords[i + 1][0] - coords[i][0], coords[i + 1][1] - coords[i][1]) for i in range(2)]
    longest = max(edges, key=lambda e: math.hypot(*e))
    return math.atan2(longest[1], longest[0])


def regularize(polygon: Polygon, tolerance: float) -> Regularized:
    """``tolerance``: Douglas-Peucker tolerance (Mercator metres) for outlines kept as they are."""
    angle = _orientation(polygon)
    centre = polygon.centroid
    upright = affinity.rotate(polygon, -angle, origin=centre, use_radians=True)
    x0, y0, x1, y1 = upright.bounds
    step = max(x1 - x0, y1 - y0) / GRID
    xs = np.arange(x0 + step / 2, x1, step)
    ys = np.arange(y0 + step / 2, y1, step)
    inside = shapely.contains_xy(upright, *np.meshgrid(xs, ys)).astype(np.int64)  # rows: y, cols: x
    total = inside.sum()
    best_iou, best_shape, best_kind = total / inside.size, box(x0, y0, x1, y1), "RECTANGLE"
    l_iou, l_shape = _best_l_shape(inside, xs, ys, step, (x0, y0, x1, y1))
    if l_iou > best_iou + L_GAIN:
        best_iou, best_shape, best_kind = l_iou, l_shape, "L-SHAPE"
    if best_iou < MIN_SCORE:
        return Regularized(polygon.simplify(tolerance), "COMPLEX", round(float(best_iou), 3))
    fitted = affinity.rotate(best_shape, angle, origin=centre, use_radians=True)
    return Regularized(fitted, best_kind, round(float(best_iou), 3))


def _best_l_shape(inside: np.ndarray, xs, ys, step, bounds):
    """Best bounding box minus one corner rectangle, by IoU on the sample grid (all cuts at once via prefix
    sums, for each of the four corners)."""
    x0, y0, x1, y1 = bounds
    rows, cols = inside.shape
    if rows < 4 or cols < 4:
        return 0.0, None
    total = inside.sum()
    best = (0.0, None)
    for flip_rows in (False, True):
        for flip_cols in (False, True):
            grid = inside[::-1] if flip_rows else inside
            grid = grid[:, ::-1] if flip_cols else grid
            # cut = the corner block grid[:i, :j]; prefix[i, j] = pixels of the outline inside it
            prefix = np.pad(grid.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
            i = np.arange(rows + 1)[:, None]
            j = np.arange(cols + 1)[None, :]
            cut_area = i * j
            kept = total - prefix  # outline pixels outside the cut
            shape_area = rows * cols - cut_area
            iou = kept / np.maximum(shape_area + total - kept, 1)
            allowed = (i >= max(1, rows * 0.15)) & (i <= rows * 0.85) & (j >= max(1, cols * 0.15)) & \
                (j <= cols * 0.85)
            iou = np.where(allowed, iou, 0.0)
            index = np.unravel_index(np.argmax(iou), iou.shape)
            if iou[index] > best[0]:
                ci, cj = index
                cut_y = y0 + ci * step if not flip_rows else y1 - ci * step
                cut_x = x0 + cj * step if not flip_cols else x1 - cj * step
                corner_y = y0 if not flip_rows else y1
                corner_x = x0 if not flip_cols else x1
                cut = box(min(cut_x, corner_x), min(cut_y, corner_y), max(cut_x, corner_x), max(cut_y, corner_y))
                best = (float(iou[index]), box(x0, y0, x1, y1).difference(cut))
    return best
