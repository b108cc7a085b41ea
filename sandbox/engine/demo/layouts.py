"""Layouts of the demo cell kinds: where houses, apartment blocks, factories, sites, parks and woods go."""
from __future__ import annotations

import math

from .cells import ROAD_WIDTH, CellKind
from .content import Shape, _Builder
from .palette import Material

LOW, MID, HIGH = 0, 1, 2  # tree height classes


def _urban_interior(b: _Builder):
    return ROAD_WIDTH + 4.0, b.size - 4.0


def _house(b: _Builder, centre, room: float, angle: float, family: str) -> None:
    rng = b.rng
    w, d = rng.uniform(8.0, 14.0), rng.uniform(7.5, 12.0)
    parts = [(-w / 2, -d / 2, w / 2, d / 2)]
    shape = "RECTANGLE"
    if rng.random() < 0.35:
        wing_w, wing_d = rng.uniform(4.0, 0.6 * w), rng.uniform(4.0, 7.0)
        u0 = w / 2 - wing_w if rng.random() < 0.5 else -w / 2
        parts.append((u0, d / 2, u0 + wing_w, d / 2 + wing_d))
        shape = "L-SHAPE"
    # centre the parts on their bounding box, then shrink until the rotated house fits its lot
    mid_u = (min(p[0] for p in parts) + max(p[2] for p in parts)) / 2
    mid_v = (min(p[1] for p in parts) + max(p[3] for p in parts)) / 2
    parts = [(u0 - mid_u, v0 - mid_v, u1 - mid_u, v1 - mid_v) for u0, v0, u1, v1 in parts]
    corners = [(u, v) for u0, v0, u1, v1 in parts for u in (u0, u1) for v in (v0, v1)]
    extent_u = 2 * max(abs(u * math.cos(angle) - v * math.sin(angle)) for u, v in corners)
    extent_v = 2 * max(abs(u * math.sin(angle) + v * math.cos(angle)) for u, v in corners)
    scale = min(1.0, room / extent_u, room / extent_v)
    parts = [tuple(c * scale for c in p) for p in parts]
    extent_u, extent_v = extent_u * scale, extent_v * scale
    cu = centre[0] + rng.uniform(-1, 1) * (room - extent_u) / 2
    cv = centre[1] + rng.uniform(-1, 1) * (room - extent_v) / 2
    b.building((cu, cv), parts, angle, family, rng.uniform(4.0, 9.0), shape)


def houses(b: _Builder) -> None:
    lo, hi = _urban_interior(b)
    count = max(1, int((hi - lo) // 24))
    lot = (hi - lo) / count
    angle = 0.0 if b.rng.random() < 0.5 else math.radians(b.rng.uniform(-30, 30))
    for i in range(count):
        for j in range(count):
            cu, cv = lo + (i + 0.5) * lot, lo + (j + 0.5) * lot
            if b.rng.random() < 0.15:  # a garden: two trees on a diagonal
                q = lot / 4
                for sign in (-1, 1):
                    b.forest(b.blob(cu + sign * q, cv + sign * q, b.rng.uniform(2.5, min(4.0, q - 1.5)), 10),
                             b.rng.choice((MID, MID, HIGH)))
                continue
            family = "red" if b.rng.random() < 0.9 else "light"
            _house(b, (cu, cv), lot - 5.0, angle, family)


def apartments(b: _Builder) -> None:
    lo, hi = _urban_interior(b)
    rng = b.rng
    v = lo + 4.0
    while True:
        depth = rng.uniform(12.0, 16.0)
        if v + depth > hi - 2:
            break
        u = lo + rng.uniform(2.0, 8.0)
        while True:
            length = rng.uniform(36.0, 80.0)
            if u + length > hi - 2:
                length = hi - 2 - u
                if length < 30:
                    break
            b.building((u + length / 2, v + depth / 2), [(-length / 2, -depth / 2, length / 2, depth / 2)], 0.0,
                       "blue", rng.uniform(12.0, 27.0), "RECTANGLE")
            u += length + rng.uniform(10.0, 18.0)
        gap = rng.uniform(26.0, 34.0)
        tree_v = v + depth + gap / 2
        if tree_v < hi - 5:
            tree_u = lo + 6.0
            while tree_u < hi - 6:
                b.forest(b.blob(tree_u, tree_v, rng.uniform(2.5, 3.8), 10), rng.choice((MID, HIGH)))
                tree_u += rng.uniform(11.0, 16.0)
        v += depth + gap


def commercial(b: _Builder) -> None:
    lo, hi = _urban_interior(b)
    rng = b.rng
    slot = (hi - lo) / 2
    for i in range(2):
        for j in range(2):
            cu, cv = lo + (i + 0.5) * slot, lo + (j + 0.5) * slot
            pick = rng.random()
            if pick < 0.5:
                w, d = rng.uniform(14.0, slot - 8), rng.uniform(14.0, slot - 8)
                b.building((cu, cv), [(-w / 2, -d / 2, w / 2, d / 2)], 0.0, "light", rng.uniform(6.0, 15.0),
                           "RECTANGLE")
                if w > 20 and d > 20:
                    b.hvac_units((cu, cv), w / 2, d / 2, rng.randint(2, 5))
            elif pick < 0.75:
                w, d = rng.uniform(21.0, min(32.0, slot - 8)), rng.uniform(20.0, min(30.0, slot - 8))
                b.building((cu, cv), [(-w / 2, -d / 2, w / 2, d / 2)], 0.0, "red", rng.uniform(8.0, 16.0),
                           "RECTANGLE")
            else:
                b.forest(b.blob(cu, cv, rng.uniform(7.0, 12.0)), rng.choice((LOW, MID)))


def industrial(b: _Builder) -> None:
    lo, hi = _urban_interior(b)
    rng = b.rng
    columns, rows = rng.choice((1, 2)), rng.choice((1, 2))
    slot_u, slot_v = (hi - lo) / columns, (hi - lo) / rows
    for i in range(columns):
        for j in range(rows):
            w, d = slot_u * rng.uniform(0.55, 0.85), slot_v * rng.uniform(0.55, 0.85)
            cu, cv = lo + (i + 0.5) * slot_u, lo + (j + 0.5) * slot_v
            b.building((cu, cv), [(-w / 2, -d / 2, w / 2, d / 2)], 0.0, "light", rng.uniform(8.0, 14.0), "RECTANGLE")
            b.hvac_units((cu, cv), w / 2, d / 2, rng.randint(3, 8))


def construction(b: _Builder) -> None:
    lo, hi = _urban_interior(b)
    rng = b.rng
    u0, v0 = lo + rng.uniform(2, 10), lo + rng.uniform(2, 10)
    u1, v1 = hi - rng.uniform(2, 10), hi - rng.uniform(2, 10)
    site = b.rect(u0, v0, u1, v1)
    b.content.sites.append(Shape(Material.SAND, site))
    b.content.site_rings.append(site)
    for _ in range(rng.randint(1, 3)):
        w, d = rng.uniform(10, 28), rng.uniform(10, 28)
        pu, pv = rng.uniform(u0 + 5, u1 - 5 - w), rng.uniform(v0 + 5, v1 - 5 - d)
        b.content.sites.append(Shape(Material.PIT, b.rect(pu, pv, pu + w, pv + d)))
    for _ in range(rng.randint(3, 7)):
        mu, mv = rng.uniform(u0 + 3, u1 - 8), rng.uniform(v0 + 3, v1 - 8)
        w, d = (5.0, 2.5) if rng.random() < 0.5 else (2.5, 5.0)
        b.content.sites.append(Shape(Material.MACHINE, b.rect(mu, mv, mu + w, mv + d)))


def park(b: _Builder) -> None:
    lo, hi = 3.0, b.size - 3.0
    rng = b.rng
    placed = []  # (u, v, radius)

    def free(u, v, r):
        return all(math.hypot(u - pu, v - pv) > 1.15 * (r + pr) + 5 for pu, pv, pr in placed)

    for _ in range(40):
        if len(placed) >= 6:
            break
        r = rng.uniform(7.0, 18.0)
        u, v = rng.uniform(lo + r + 2, hi - r - 2), rng.uniform(lo + r + 2, hi - r - 2)
        if free(u, v, r):
            placed.append((u, v, r))
            b.forest(b.blob(u, v, r), rng.choice((LOW, MID, MID, HIGH)))
    for _ in range(30):
        r = rng.uniform(2.2, 4.0)
        u, v = rng.uniform(lo + r + 2, hi - r - 2), rng.uniform(lo + r + 2, hi - r - 2)
        if free(u, v, r):
            placed.append((u, v, r))
            b.forest(b.blob(u, v, r, 10), rng.choice((MID, HIGH)))


def _wobbly_rect(b: _Builder, u0, v0, u1, v1, depth=5.0, step=10.0) -> list:
    """A rectangle whose edges wander inwards: the outline of a wood."""
    rng = b.rng
    points = []
    n_u, n_v = max(2, int((u1 - u0) / step)), max(2, int((v1 - v0) / step))
    for i in range(n_u):
        points.append((u0 + (u1 - u0) * i / n_u, v0 + rng.uniform(0, depth)))
    for i in range(n_v):
        points.append((u1 - rng.uniform(0, depth), v0 + (v1 - v0) * i / n_v))
    for i in range(n_u):
        points.append((u1 - (u1 - u0) * i / n_u, v1 - rng.uniform(0, depth)))
    for i in range(n_v):
        points.append((u0 + rng.uniform(0, depth), v1 - (v1 - v0) * i / n_v))
    return points


def forest(b: _Builder) -> None:
    rng = b.rng
    lo, hi = 3.0, b.size - 3.0
    split = b.size * rng.uniform(0.35, 0.65)
    for u0, u1 in ((lo, split - 3.0), (split + 3.0, hi)):
        height_class = rng.choices((LOW, MID, HIGH), weights=(0.15, 0.35, 0.5))[0]
        b.forest(_wobbly_rect(b, u0, lo, u1, hi), height_class)


def farmland(b: _Builder) -> None:
    rng = b.rng
    vertical = rng.random() < 0.5
    position, material = 0.0, Material.CROP
    while position < b.size:
        width = rng.uniform(14.0, 24.0)
        end = min(b.size, position + width)
        ring = b.rect(position, 0, end, b.size) if vertical else b.rect(0, position, b.size, end)
        b.content.ground.append(Shape(material, ring))
        material = Material.OLIVE if material == Material.CROP else Material.CROP
        position = end
    if rng.random() < 0.4:  # a windbreak along the northern edge
        b.forest(_wobbly_rect(b, 3.0, b.size - 14.0, b.size - 3.0, b.size - 4.0, depth=2.0), MID)


LAYOUTS = {
    CellKind.HOUSES: houses,
    CellKind.APARTMENTS: apartments,
    CellKind.COMMERCIAL: commercial,
    CellKind.INDUSTRIAL: industrial,
    CellKind.CONSTRUCTION: construction,
    CellKind.PARK: park,
    CellKind.FOREST: forest,
    CellKind.FARMLAND: farmland,
}
