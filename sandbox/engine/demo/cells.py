"""The demo world's grid: Mercator latitude bands split into square city-block cells of about 180 m on the ground,
grouped into districts that decide the land use (city, suburb, industrial zone, countryside, woods).
Everything is a pure function of world coordinates, so every tile and every zoom sees the same world."""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from ..geo import HALF_WORLD, ground_scale
from .noise import hash_unit

BAND_HEIGHT = 8192.0  # Mercator metres; cells are square within a band
CELL_GROUND = 180.0  # target cell size on the ground, metres
DISTRICT_SIZE = 1400.0  # Mercator metres
ROAD_WIDTH = 10.0  # ground metres


class CellKind(IntEnum):
    HOUSES = 0
    APARTMENTS = 1
    COMMERCIAL = 2
    INDUSTRIAL = 3
    CONSTRUCTION = 4
    PARK = 5
    FOREST = 6
    FARMLAND = 7


URBAN_KINDS = (CellKind.HOUSES, CellKind.APARTMENTS, CellKind.COMMERCIAL, CellKind.INDUSTRIAL, CellKind.CONSTRUCTION)

# district profiles: (weight of the profile, weights of the cell kinds in the order of CellKind)
_PROFILES = (
    (0.25, (0.30, 0.28, 0.16, 0.08, 0.07, 0.06, 0.05, 0.00)),  # city
    (0.33, (0.62, 0.04, 0.08, 0.02, 0.06, 0.08, 0.08, 0.02)),  # suburb
    (0.10, (0.12, 0.00, 0.22, 0.46, 0.14, 0.02, 0.04, 0.00)),  # industrial zone
    (0.17, (0.16, 0.00, 0.02, 0.02, 0.02, 0.10, 0.28, 0.40)),  # countryside
    (0.15, (0.04, 0.00, 0.00, 0.00, 0.00, 0.14, 0.72, 0.10)),  # woods
)
_PROFILE_CUM = np.cumsum([w for w, _ in _PROFILES])
_PROFILE_CUM /= _PROFILE_CUM[-1]
_KIND_CUM = np.array([np.cumsum(k) / np.sum(k) for _, k in _PROFILES])


@dataclass(frozen=True)
class Cell:
    band: int
    row: int
    col: int
    west: float  # Mercator bounds
    south: float
    size: float  # Mercator metres
    scale: float  # ground metres per Mercator metre in this band
    kind: CellKind

    @property
    def ground_size(self) -> float:
        return self.size * self.scale

    @property
    def bounds(self) -> tuple:
        return (self.west, self.south, self.west + self.size, self.south + self.size)


def band_layout(band):
    """Southern edge, cell size (Mercator) and ground scale of latitude band(s)."""
    band = np.asarray(band, dtype=np.int64)
    south = -HALF_WORLD + band * BAND_HEIGHT
    scale = ground_scale(south + BAND_HEIGHT / 2)
    count = np.maximum(1, np.round(BAND_HEIGHT * scale / CELL_GROUND))
    return south, BAND_HEIGHT / count, scale


def cell_indices(x, y):
    """Band, row and column of the cell containing each point (arrays)."""
    band = np.floor((np.asarray(y, dtype=float) + HALF_WORLD) / BAND_HEIGHT).astype(np.int64)
    south, size, _ = band_layout(band)
    row = np.floor((y - south) / size).astype(np.int64)
    col = np.floor((np.asarray(x, dtype=float) + HALF_WORLD) / size).astype(np.int64)
    return band, row, col


def cell_kinds(band, row, col) -> np.ndarray:
    """Land use of cells (vectorised): the district picks a profile, the cell's own hash picks from it."""
    south, size, _ = band_layout(band)
    centre_x = -HALF_WORLD + (np.asarray(col) + 0.5) * size
    centre_y = south + (np.asarray(row) + 0.5) * size
    district_x = np.floor(centre_x / DISTRICT_SIZE)
    district_y = np.floor(centre_y / DISTRICT_SIZE)
    profile = np.searchsorted(_PROFILE_CUM, hash_unit(district_x, district_y, 7), side="right")
    profile = np.minimum(profile, len(_PROFILES) - 1)
    pick = hash_unit(band, row, col, 11)
    kinds = np.zeros(np.shape(pick), dtype=np.int64)
    for index in range(len(_PROFILES)):
        chosen = profile == index
        kinds = np.where(chosen, np.searchsorted(_KIND_CUM[index], pick, side="right"), kinds)
    return np.minimum(kinds, len(CellKind) - 1)


def make_cell(band: int, row: int, col: int) -> Cell:
    south, size, scale = band_layout(band)
    kind = int(cell_kinds(np.array([band]), np.array([row]), np.array([col]))[0])
    return Cell(int(band), int(row), int(col), float(-HALF_WORLD + col * size), float(south + row * size),
                float(size), float(scale), CellKind(kind))


def cells_in_bounds(west: float, south: float, east: float, north: float) -> list:
    """Every cell that intersects the Mercator bounds."""
    first_band = int(np.floor((south + HALF_WORLD) / BAND_HEIGHT))
    last_band = int(np.floor((north + HALF_WORLD) / BAND_HEIGHT))
    cells = []
    for band in range(first_band, last_band + 1):
        band_south, size, _ = band_layout(band)
        band_south, size = float(band_south), float(size)
        low = max(south, band_south)
        high = min(north, band_south + BAND_HEIGHT)
        rows = range(int(np.floor((low - band_south) / size)), int(np.floor((high - band_south) / size)) + 1)
        cols = range(int(np.floor((west + HALF_WORLD) / size)), int(np.floor((east + HALF_WORLD) / size)) + 1)
        for row in rows:
            if row < 0 or band_south + row * size >= band_south + BAND_HEIGHT - 1e-6:
                continue
            for col in cols:
                cells.append(make_cell(band, row, col))
    return cells
