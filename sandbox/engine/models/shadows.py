"""Cast shadows: the evidence that a roof is raised, and the length that gives a building's or a wood's height.

Rays leave each object's outline on the side away from the sun, one per outline pixel, and walk outwards pixel
by pixel. A shadow is a run of pixels that starts darker than the ground on the object's sunny side and ends at a
jump in brightness (x1.35 or more: shadows in daylight keep about half the light) on the same surface. A ray is
*censored* (it says nothing) when it meets another object, leaves the image, or crosses onto another surface
(its chromaticity changes across the jump: shade darkens a surface but keeps its colour).

Height = shadow length x tan(sun elevation). The sun's direction comes from the imagery's metadata when it has
any, otherwise it is estimated from the scene: the direction in which most candidate objects show such shadows.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

DIRECTIONS = 16
JUMP = 1.35  # shadow edge: the next pixel is this much brighter than the shadow
DARK_RUN = 0.78  # shadow: darker than this share of the ground on the object's sunny side
DARKER = 0.85  # after the shadow, the ground is lit again: at least this share of the sunny side
SAME_SURFACE = 0.05  # rg-chromaticity distance beyond which a ray has crossed onto another surface
MIN_RAYS = 3
EVIDENCE = 0.4  # share of an outline's evaluable rays (on its shadow side) that must find a shadow
LONE_EVIDENCE = 0.6  # the same without a direction common to the scene: each object in its own best direction


@dataclass
class Rays:
    """Samples along rays from outline pixels: brightness, labels met and chromaticity, (rays, steps)."""

    region: np.ndarray  # region index (0-based) of each ray
    brightness: np.ndarray
    blocked: np.ndarray  # met an object, left the image or invalid pixels
    chroma: np.ndarray  # (rays, steps, 2)


@dataclass
class ShadowMeasure:
    direction: tuple  # (east, north) unit vector shadows point to
    direction_source: str  # "metadata" | "estimated" | "none"
    evidence: np.ndarray  # per region: the outline casts a shadow on its far side
    length_px: np.ndarray  # per region: median shadow length in pixels (nan when not measurable)
    edge_fraction: np.ndarray  # per region: share of its evaluable rays that found a shadow edge


def unit_vector(azimuth_deg: float) -> tuple:
    """(east, north) of a compass azimuth (clockwise from north)."""
    angle = math.radians(azimuth_deg)
    return math.sin(angle), math.cos(angle)


def shadow_direction_from_sun(sun_azimuth_deg: float) -> tuple:
    return unit_vector((sun_azimuth_deg + 180.0) % 360.0)


def _boundary(labels: np.ndarray):
    """Rows, columns and labels of object pixels with a 4-neighbour of another label."""
    edge = np.zeros(labels.shape, bool)
    edge[1:] |= labels[1:] != labels[:-1]
    edge[:-1] |= labels[:-1] != labels[1:]
    edge[:, 1:] |= labels[:, 1:] != labels[:, :-1]
    edge[:, :-1] |= labels[:, :-1] != labels[:, 1:]
    edge &= labels > 0
    rows, cols = np.nonzero(edge)
    return rows, cols, labels[rows, cols]


def _steps(direction: tuple, count: int):
    """Pixel offsets (rows down, columns right) of ``count`` unit steps along (east, north)."""
    s = np.arange(1, count + 1, dtype=np.float64)
    return np.rint(-direction[1] * s).astype(np.int64), np.rint(direction[0] * s).astype(np.int64)


def _chromaticity(rgb: np.ndarray) -> np.ndarray:
    total = np.maximum(rgb.sum(axis=-1, keepdims=True), 1.0)
    return rgb[..., :2] / total


def cast_rays(labels, brightness, rgb_smooth, valid, boundary, direction: tuple, count: int) -> Rays:
    rows, cols, lab = boundary
    first_r, first_c = _steps(direction, 1)
    height, width = labels.shape
    nr, nc = rows + first_r[0], cols + first_c[0]
    inside = (nr >= 0) & (nr < height) & (nc >= 0) & (nc < width)
    exposed = np.zeros(len(rows), bool)
    exposed[inside] = labels[nr[inside], nc[inside]] != lab[inside]  # the outline faces this direction here
    rows, cols, lab = rows[exposed], cols[exposed], lab[exposed]
    dr, dc = _steps(direction, count)
    rr, cc = rows[:, None] + dr[None, :], cols[:, None] + dc[None, :]
    inside = (rr >= 0) & (rr < height) & (cc >= 0) & (cc < width)
    rr, cc = np.clip(rr, 0, height - 1), np.clip(cc, 0, width - 1)
    blocked = ~inside | (labels[rr, cc] != 0) | ~valid[rr, cc]
    return Rays(lab.astype(np.int64) - 1, brightness[rr, cc], blocked,
                _chromaticity(rgb_smooth[rr, cc].astype(np.float32)))


def group_median(values: np.ndarray, groups: np.ndarray, count: int) -> np.ndarray:
    out = np.full(count, np.nan)
    if not len(values):
        return out
    order = np.lexsort((values, groups))
    values, groups = values[order], groups[order]
    starts = np.searchsorted(groups, np.arange(count), side="left")
    ends = np.searchsorted(groups, np.arange(count), side="right")
    have = ends > starts
    middle = (starts + ends - 1) // 2
    upper = (starts + ends) // 2
    out[have] = (values[middle[have]] + values[upper[have]]) / 2.0
    return out


def sunny_side(labels, brightness, valid, boundary, direction: tuple, count: int) -> np.ndarray:
    """Per region: mean brightness just outside the outline on the side facing ``direction`` (1-3 px out)."""
    rays = cast_rays(labels, brightness, np.zeros(labels.shape + (3,), np.uint8), valid, boundary, direction, 3)
    n = count
    use = ~rays.blocked
    weights = np.where(use, rays.brightness, 0.0).sum(axis=1)
    numbers = use.sum(axis=1)
    total = np.bincount(rays.region, weights=weights, minlength=n)
    counted = np.bincount(rays.region, weights=numbers, minlength=n)
    return np.where(counted > 0, total / np.maximum(counted, 1), np.nan)


def _surface_changes(rays: Rays, before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Whether each ray crosses onto another surface between samples ``before`` and ``after``."""
    rows = np.arange(len(before))
    return np.abs(rays.chroma[rows, after] - rays.chroma[rows, before]).max(axis=1) > SAME_SURFACE


def _run_end(rays: Rays, rows: np.ndarray, run_start: np.ndarray, run_level: np.ndarray):
    """Where a dark run that begins at ``run_start`` ends: the first jump to ``JUMP`` x its level, refined to where
    brightness passes halfway (smoothing spreads an edge over a couple of pixels). Returns (jump index, length,
    brightness after the jump)."""
    steps = rays.brightness.shape[1]
    index = np.arange(steps)[None, :]
    jump = (rays.brightness >= JUMP * run_level[:, None]) & (index > run_start[:, None])
    first_jump = np.where(jump.any(axis=1), jump.argmax(axis=1), steps)
    at = np.minimum(first_jump, steps - 1)
    after = np.maximum(rays.brightness[rows, at], rays.brightness[rows, np.minimum(at + 1, steps - 1)])
    passed = (rays.brightness >= ((run_level + after) / 2.0)[:, None]) & (index > run_start[:, None])
    length = np.minimum(np.where(passed.any(axis=1), passed.argmax(axis=1), first_jump), first_jump)
    return first_jump, length, after


def _ray_shadows(rays: Rays, lit: np.ndarray, trees: bool):
    """Per ray: (found a shadow, censored, distance in px from the outline to the shadow's far end).

    Buildings: the ray starts dark, at most ``DARKER`` x the object's sunny side, and jumps to ``JUMP`` x brighter
    on the same surface. Trees: a crown's shaded edge and its shadow are one run darker than ``DARK_RUN`` x the
    sunny side, ending where the ground is lit again (``DARKER`` x the sunny side) on the same surface; the run
    may start clear of the crown, as a lone tall tree's shadow does, if the ray reaches it on that surface."""
    steps = rays.brightness.shape[1]
    rows = np.arange(len(rays.region))
    first_blocked = np.where(rays.blocked.any(axis=1), rays.blocked.argmax(axis=1), steps)
    sunny = lit[rays.region]
    if not trees:
        # an outline traced a few pixels inside the roof, or blurred, reaches the shadow within four samples;
        # the roof's edge is where brightness passes halfway from the roof down to the shadow
        head = rays.brightness[:, :4]
        darkest = head.argmin(axis=1)
        level = head[rows, darkest]
        roof_edge = np.argmax(head <= ((head[:, 0] + level) / 2.0)[:, None], axis=1)
        jump, length, _ = _run_end(rays, rows, darkest, level)
        at = np.minimum(jump, steps - 1)
        found = (level <= DARKER * sunny) & (jump < steps)  # nan sunny side compares False
        censored = (first_blocked <= jump) | (found & _surface_changes(rays, np.maximum(at - 1, 0), at))
        return found & ~censored, censored, length - roof_edge
    index = np.arange(steps)[None, :]
    dark = rays.brightness < DARK_RUN * sunny[:, None]
    started = dark.any(axis=1)
    first_dark = np.where(started, dark.argmax(axis=1), steps - 1)
    relit = (rays.brightness >= DARKER * sunny[:, None]) & (index > first_dark[:, None])
    end = np.where(relit.any(axis=1), relit.argmax(axis=1), steps)
    at = np.minimum(end, steps - 1)
    found = started & (end < steps)
    censored = (first_blocked <= end) | (found & _surface_changes(rays, np.maximum(at - 1, 0), at))
    detached = first_dark >= 3
    censored |= found & detached & _surface_changes(rays, np.zeros(len(rows), np.int64), first_dark)
    # the edge is spread over a couple of pixels: the shadow ends where brightness passes halfway
    before = rays.brightness[rows, np.maximum(at - 2, 0)]
    halfway = (before + rays.brightness[rows, at]) / 2.0
    passed = (rays.brightness >= halfway[:, None]) & (index > first_dark[:, None])
    length = np.minimum(np.where(passed.any(axis=1), passed.argmax(axis=1), end), end)
    return found & ~censored, censored, length


def _in_direction(labels, brightness, rgb_smooth, valid, boundary, count, direction, steps, trees):
    """Per region, for one shadow direction: (rays with a shadow, their share of the evaluable rays, median
    shadow length in px)."""
    lit = sunny_side(labels, brightness, valid, boundary, (-direction[0], -direction[1]), count)
    rays = cast_rays(labels, brightness, rgb_smooth, valid, boundary, direction, steps)
    edge, censored, length = _ray_shadows(rays, lit, trees)
    edges = np.bincount(rays.region, weights=edge, minlength=count)
    judged = np.bincount(rays.region, weights=~censored, minlength=count)
    fraction = np.where(judged > 0, edges / np.maximum(judged, 1), 0.0)
    return edges, fraction, group_median(length[edge].astype(np.float64), rays.region[edge], count)


def _longest_agreed(per_direction: list) -> Optional[int]:
    """Of directions where nearly as many objects show shadows as in the best one (and at least three), the one
    with the longest shadows: a shadow reaches furthest along the sun's direction, while rays a little to either
    side still cross it."""
    agreeing = [int(((edges >= MIN_RAYS) & (fraction >= EVIDENCE)).sum()) for edges, fraction, _ in per_direction]
    most = max(agreeing) if agreeing else 0
    if most < MIN_RAYS:
        return None
    close = [i for i, n in enumerate(agreeing) if n >= 0.8 * most]

    def reach(i):
        edges, fraction, lengths = per_direction[i]
        agreed = (edges >= MIN_RAYS) & (fraction >= EVIDENCE)
        return float(np.nanmedian(lengths[agreed])) if agreed.any() else 0.0

    return max(close, key=reach)


def measure(labels, brightness, rgb_smooth, valid, count: int, max_steps: int,
            direction: Optional[tuple] = None, trees: bool = False) -> ShadowMeasure:
    """Shadow evidence and length of ``count`` labelled regions (labels 1..count).

    The direction comes from the imagery's metadata when known. Otherwise it is the scene's: of 16 directions,
    the one in which most regions show shadows (at least three must agree). A scene with fewer objects than
    that gets no common direction; each region is then judged in its own best direction, more strictly."""
    boundary = _boundary(labels)
    args = (labels, brightness, rgb_smooth, valid, boundary, count)
    if direction is not None:
        edges, fraction, lengths = _in_direction(*args, direction, max_steps, trees)
        evidence = (edges >= MIN_RAYS) & (fraction >= EVIDENCE)
        lengths[~evidence] = np.nan
        return ShadowMeasure(direction, "metadata", evidence, lengths, fraction)
    azimuths = [360.0 * i / DIRECTIONS for i in range(DIRECTIONS)]
    per_direction = [_in_direction(*args, unit_vector(a), max_steps, trees) for a in azimuths]
    best = _longest_agreed(per_direction)
    if best is not None:  # refine between the neighbouring directions, 7.5° apart
        centre = azimuths[best]
        finer = [(centre + offset) % 360.0 for offset in (-15.0, -7.5, 7.5, 15.0)]
        candidates = [per_direction[best]] + [_in_direction(*args, unit_vector(a), max_steps, trees) for a in finer]
        pick = _longest_agreed(candidates)
        azimuth = ([centre] + finer)[pick]
        edges, fraction, lengths = candidates[pick]
        evidence = (edges >= MIN_RAYS) & (fraction >= EVIDENCE)
        lengths = np.where(evidence, lengths, np.nan)
        return ShadowMeasure(unit_vector(azimuth), "estimated", evidence, lengths, fraction)
    # too few objects for a common direction: each in its own, the one with its longest clear shadow
    edges = np.array([e for e, _, _ in per_direction])  # (directions, regions)
    fractions = np.array([f for _, f, _ in per_direction])
    reach = np.array([np.nan_to_num(length, nan=-1.0) for _, _, length in per_direction])
    clear = (edges >= MIN_RAYS) & (fractions >= LONE_EVIDENCE)
    own = np.where(clear, reach, -1.0).argmax(axis=0)
    regions = np.arange(count)
    evidence = clear[own, regions]
    fraction = fractions[own, regions]
    lengths = np.where(evidence, reach[own, regions], np.nan)
    return ShadowMeasure((0.0, 0.0), "per object", evidence, lengths, fraction)
