"""Deterministic integer hashing and noise fields in world coordinates (vectorised, seamless across tiles)."""
from __future__ import annotations

import numpy as np

_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_M3 = np.uint64(0x94D049BB133111EB)
_MASK = (1 << 64) - 1


def hash_ints(*parts) -> np.ndarray:
    """A 64-bit avalanche hash of integer arrays (splitmix64 per component); same result for scalars and arrays."""
    with np.errstate(over="ignore"):
        acc = np.uint64(0x243F6A8885A308D3)
        for part in parts:
            value = np.asarray(part).astype(np.int64).astype(np.uint64)
            acc = acc ^ (value + _M1 + (acc << np.uint64(6)) + (acc >> np.uint64(2)))
            acc = (acc ^ (acc >> np.uint64(30))) * _M2
            acc = (acc ^ (acc >> np.uint64(27))) * _M3
            acc = acc ^ (acc >> np.uint64(31))
    return acc


def hash_unit(*parts) -> np.ndarray:
    """Uniform floats in [0, 1) from integer coordinates."""
    return (hash_ints(*parts) >> np.uint64(11)).astype(np.float64) / float(1 << 53)


_TABLE_BITS = 10
_TABLE_MASK = (1 << _TABLE_BITS) - 1
_TABLE = None


def table_unit(ix, iy, salt: int) -> np.ndarray:
    """Like ``hash_unit`` for two lattice coordinates, but a lookup into a 1024x1024 table of hashed values:
    ten times faster, periodic only every 1024 lattice cells (invisible in imagery)."""
    global _TABLE
    if _TABLE is None:
        grid = np.arange(1 << _TABLE_BITS)
        _TABLE = hash_unit(grid[:, None], grid[None, :], 977).astype(np.float32)
    row = (np.asarray(iy).astype(np.int64) + salt * 313) & _TABLE_MASK
    col = (np.asarray(ix).astype(np.int64) + salt * 171) & _TABLE_MASK
    return _TABLE[row, col]


def seed_of(*parts) -> int:
    """A Python int seed for ``random.Random`` (stable across processes, unlike ``hash``)."""
    return int(hash_ints(*parts)) & _MASK


def white_noise(x: np.ndarray, y: np.ndarray, cell: float, salt: int) -> np.ndarray:
    """Per-lattice-cell noise in [-1, 1): looks like sensor/texture grain when ``cell`` is about a pixel."""
    return table_unit(np.floor(x / cell), np.floor(y / cell), salt) * 2.0 - 1.0


def value_noise(x: np.ndarray, y: np.ndarray, cell: float, salt: int) -> np.ndarray:
    """Smooth (bilinear) value noise in [-1, 1) with features of size ``cell``."""
    gx, gy = x / cell, y / cell
    ix, iy = np.floor(gx), np.floor(gy)
    fx, fy = gx - ix, gy - iy
    fx = fx * fx * (3 - 2 * fx)
    fy = fy * fy * (3 - 2 * fy)
    v00 = table_unit(ix, iy, salt)
    v10 = table_unit(ix + 1, iy, salt)
    v01 = table_unit(ix, iy + 1, salt)
    v11 = table_unit(ix + 1, iy + 1, salt)
    top = v00 + (v10 - v00) * fx
    bottom = v01 + (v11 - v01) * fx
    return (top + (bottom - top) * fy) * 2.0 - 1.0


def crown_field(u: np.ndarray, v: np.ndarray, spacing: float, salt: int):
    """Cellular (Worley) pattern of tree crowns: distance to the nearest jittered crown centre and the offset
    from it, in units of ``spacing``. Only the 2x2 lattice cells nearest each point are searched (the jitter
    keeps centres inside their cell's middle 70 %), which is what makes a forest tile cheap."""
    gu, gv = u / spacing, v / spacing
    base_u = np.floor(gu - 0.5)
    base_v = np.floor(gv - 0.5)
    best = np.full(gu.shape, 9.0)
    best_du = np.zeros(gu.shape)
    best_dv = np.zeros(gu.shape)
    for du in (0, 1):
        for dv in (0, 1):
            cell_u, cell_v = base_u + du, base_v + dv
            cu = cell_u + 0.15 + 0.7 * table_unit(cell_u, cell_v, salt)
            cv = cell_v + 0.15 + 0.7 * table_unit(cell_u, cell_v, salt + 1)
            off_u, off_v = gu - cu, gv - cv
            dist = np.hypot(off_u, off_v)
            closer = dist < best
            best = np.where(closer, dist, best)
            best_du = np.where(closer, off_u, best_du)
            best_dv = np.where(closer, off_v, best_dv)
    return best, best_du, best_dv
