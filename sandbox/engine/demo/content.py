"""What stands in one demo cell: ground cover, roads, construction sites, trees and buildings, generated from the
cell's seed in local ground metres and stored as Mercator polygons ready to paint and to serve as ground truth."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

from .cells import ROAD_WIDTH, URBAN_KINDS, Cell, CellKind, make_cell
from .noise import seed_of
from .palette import HEIGHT_RANGES, TREE_MATERIALS, Material

SUN = (0.78, 0.62)  # direction cast shadows point to (east, north), unit-ish vector
BUILDING_SHADOW = 0.45  # shadow length per metre of height (times |SUN|): one sun for buildings and trees
TREE_SHADOW = BUILDING_SHADOW
# the same sun as the imagery's metadata states it (what a provider publishes with its images): where it stands,
# clockwise from north, and how high; the engine reads these, never the two constants above
SUN_AZIMUTH_DEG = round((math.degrees(math.atan2(SUN[0], SUN[1])) + 180.0) % 360.0, 2)
SUN_ELEVATION_DEG = round(math.degrees(math.atan2(1.0, BUILDING_SHADOW * math.hypot(*SUN))), 2)


@dataclass(frozen=True)
class Shape:
    material: Material
    ring: tuple  # ((x, y), ...) Mercator, not closed


@dataclass(frozen=True)
class BuildingTruth:
    parts: tuple  # rings; their union is the footprint
    family: str  # roof colour family: red | blue | light
    building_class: str  # contract class_id 101-105
    height: float
    shape_type: str


@dataclass(frozen=True)
class ForestTruth:
    ring: tuple
    height_class: int  # index into palette.HEIGHT_CLASSES
    max_height: float


@dataclass
class CellContent:
    cell: Cell
    ground: list = field(default_factory=list)
    roads: list = field(default_factory=list)
    sites: list = field(default_factory=list)
    tree_shadows: list = field(default_factory=list)  # rings
    trees: list = field(default_factory=list)
    building_shadows: list = field(default_factory=list)  # rings
    roofs: list = field(default_factory=list)
    buildings: list = field(default_factory=list)  # BuildingTruth
    forests: list = field(default_factory=list)  # ForestTruth
    road_rings: list = field(default_factory=list)
    site_rings: list = field(default_factory=list)


def building_class(family: str, area: float) -> str:
    """The demo world's rule for building use; the Classification block infers the same from colour and size."""
    if family == "blue":
        return "101"
    if family == "red":
        return "102" if area < 400 else "105"
    return "103" if area >= 1500 else "104"


class _Builder:
    """Turns local ground-metre shapes into Mercator shapes of one cell."""

    def __init__(self, cell: Cell):
        self.cell = cell
        self.content = CellContent(cell)
        self.rng = random.Random(seed_of(cell.band, cell.row, cell.col, 101))
        self.size = cell.ground_size

    def merc(self, points) -> tuple:
        k = 1.0 / self.cell.scale
        return tuple((self.cell.west + u * k, self.cell.south + v * k) for u, v in points)

    def rect(self, u0, v0, u1, v1) -> tuple:
        return self.merc(((u0, v0), (u1, v0), (u1, v1), (u0, v1)))

    # -- ground, roads, sites -------------------------------------------------------------------------
    def ground(self, material: Material) -> None:
        self.content.ground.append(Shape(material, self.rect(0, 0, self.size, self.size)))

    def roads(self) -> None:
        s, w = self.size, ROAD_WIDTH
        for ring in (self.rect(0, 0, s, w), self.rect(0, 0, w, s)):
            self.content.roads.append(Shape(Material.ASPHALT, ring))
            self.content.road_rings.append(ring)
        for start in range(int(w) + 3, int(s) - 3, 9):  # dashed centre lines
            self.content.roads.append(Shape(Material.MARK, self.rect(start, w / 2 - 0.15, start + 3, w / 2 + 0.15)))
            self.content.roads.append(Shape(Material.MARK, self.rect(w / 2 - 0.15, start, w / 2 + 0.15, start + 3)))

    # -- buildings -----------------------------------------------------------------------------------
    def building(self, centre, parts, angle, family, height, shape_type) -> None:
        """``parts``: (u0, v0, u1, v1) rectangles in the building's own frame around ``centre``."""
        ca, sa = math.cos(angle), math.sin(angle)

        def place(points):
            return [(centre[0] + u * ca - v * sa, centre[1] + u * sa + v * ca) for u, v in points]

        rings, area = [], 0.0
        lit, dark = _roof_materials(family, self.rng)
        for u0, v0, u1, v1 in parts:
            corners = place(((u0, v0), (u1, v0), (u1, v1), (u0, v1)))
            rings.append(self.merc(corners))
            area += (u1 - u0) * (v1 - v0)
            shadow = [(u + SUN[0] * height * BUILDING_SHADOW, v + SUN[1] * height * BUILDING_SHADOW)
                      for u, v in corners]
            self.content.building_shadows.append(self.merc(_convex_hull(corners + shadow)))
            if lit == dark:
                self.content.roofs.append(Shape(lit, self.merc(corners)))
                continue
            # gabled roof: the half facing the sun is lighter; the ridge runs along the longer side
            if (u1 - u0) >= (v1 - v0):
                mid = (v0 + v1) / 2
                halves = (((u0, v0), (u1, v0), (u1, mid), (u0, mid)), ((u0, mid), (u1, mid), (u1, v1), (u0, v1)))
            else:
                mid = (u0 + u1) / 2
                halves = (((u0, v0), (mid, v0), (mid, v1), (u0, v1)), ((mid, v0), (u1, v0), (u1, v1), (mid, v1)))
            self.content.roofs.append(Shape(lit, self.merc(place(halves[0]))))
            self.content.roofs.append(Shape(dark, self.merc(place(halves[1]))))
        self.content.buildings.append(
            BuildingTruth(tuple(rings), family, building_class(family, area), round(height, 1), shape_type))

    def hvac_units(self, centre, half_u, half_v, count) -> None:
        for _ in range(count):
            u = centre[0] + self.rng.uniform(-half_u + 4, half_u - 7)
            v = centre[1] + self.rng.uniform(-half_v + 4, half_v - 7)
            side = self.rng.uniform(2.0, 3.0)
            self.content.roofs.append(Shape(Material.HVAC, self.rect(u, v, u + side, v + side)))

    # -- trees ---------------------------------------------------------------------------------------
    def forest(self, points, height_class: int) -> None:
        low, high = HEIGHT_RANGES[height_class]
        max_height = round(self.rng.uniform(low, high), 1)
        ring = self.merc(points)
        offset = TREE_SHADOW * max_height
        moved = [(u + SUN[0] * offset, v + SUN[1] * offset) for u, v in points]
        # the shadow is the canopy swept along the sun's direction: the moved outline plus every edge's sweep
        self.content.tree_shadows.append(self.merc(moved))
        for i in range(len(points)):
            a, b = points[i], points[(i + 1) % len(points)]
            self.content.tree_shadows.append(self.merc((a, b, moved[(i + 1) % len(points)], moved[i])))
        self.content.trees.append(Shape(TREE_MATERIALS[height_class], ring))
        self.content.forests.append(ForestTruth(ring, height_class, max_height))

    def blob(self, cu, cv, radius, vertices=14) -> list:
        step = 2 * math.pi / vertices
        return [(cu + radius * self.rng.uniform(0.82, 1.12) * math.cos(i * step),
                 cv + radius * self.rng.uniform(0.82, 1.12) * math.sin(i * step)) for i in range(vertices)]


def _roof_materials(family: str, rng: random.Random):
    if family == "red":
        return (Material.ROOF_RED_LIT, Material.ROOF_RED_DARK) if rng.random() < 0.6 else \
            (Material.ROOF_TERRA_LIT, Material.ROOF_TERRA_DARK)
    if family == "blue":
        return Material.ROOF_BLUE_LIT, Material.ROOF_BLUE_DARK
    return Material.ROOF_LIGHT, Material.ROOF_LIGHT


def _convex_hull(points) -> list:
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

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
    return lower[:-1] + upper[:-1]


@lru_cache(maxsize=4096)
def cell_content(band: int, row: int, col: int) -> CellContent:
    """The cell's content; cached because neighbouring tiles and zooms ask for the same cells."""
    builder = _Builder(make_cell(band, row, col))
    from .layouts import LAYOUTS  # local import: layouts build on this module's _Builder

    cell = builder.cell
    builder.ground(Material.GRASS)
    if cell.kind in URBAN_KINDS:
        builder.roads()
    LAYOUTS[CellKind(cell.kind)](builder)
    return builder.content
