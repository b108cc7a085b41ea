"""Web-Mercator arithmetic shared by the engine and the tile server (no GDAL needed here)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import mercantile
import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

HALF_WORLD = 20037508.342789244  # EPSG:3857 half extent, metres
TILE_SIZE = 256
MAX_LAT = 85.0511287798066


def zoom_resolution(zoom: int) -> float:
    """Mercator metres per pixel of a 256-px tile pyramid at ``zoom``."""
    return 2 * HALF_WORLD / TILE_SIZE / (2 ** zoom)


def lonlat_to_merc(lon, lat):
    lon = np.asarray(lon, dtype=float)
    lat = np.clip(np.asarray(lat, dtype=float), -MAX_LAT, MAX_LAT)
    x = lon * HALF_WORLD / 180.0
    y = np.log(np.tan((90.0 + lat) * math.pi / 360.0)) * 6378137.0
    return x, y


def merc_to_lonlat(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    lon = x * 180.0 / HALF_WORLD
    lat = np.degrees(2.0 * np.arctan(np.exp(y / 6378137.0)) - math.pi / 2.0)
    return lon, lat


def ground_scale(y_merc) -> np.ndarray:
    """Ground metres per Mercator metre at northing ``y`` (= cos(latitude))."""
    _, lat = merc_to_lonlat(0.0, y_merc)
    return np.cos(np.radians(lat))


def _transform(geom: BaseGeometry, func) -> BaseGeometry:
    return shapely.transform(geom, lambda xy: np.column_stack(func(xy[:, 0], xy[:, 1])))


def to_merc(geom: BaseGeometry) -> BaseGeometry:
    return _transform(geom, lonlat_to_merc)


def to_lonlat(geom: BaseGeometry) -> BaseGeometry:
    return _transform(geom, merc_to_lonlat)


def ground_area(geom_merc: BaseGeometry) -> float:
    """Area in m² on the ground of a Mercator geometry (scale corrected by cos² of its latitude)."""
    if geom_merc.is_empty:
        return 0.0
    scale = float(ground_scale(geom_merc.centroid.y))
    return geom_merc.area * scale * scale


@dataclass(frozen=True)
class Window:
    """A north-up pixel grid in EPSG:3857: bounds and size."""

    west: float
    south: float
    east: float
    north: float
    width: int
    height: int

    @property
    def res_x(self) -> float:
        return (self.east - self.west) / self.width

    @property
    def res_y(self) -> float:
        return (self.north - self.south) / self.height

    @property
    def geotransform(self) -> tuple:
        return (self.west, self.res_x, 0.0, self.north, 0.0, -self.res_y)

    def pixel_centres(self):
        xs = self.west + (np.arange(self.width) + 0.5) * self.res_x
        ys = self.north - (np.arange(self.height) + 0.5) * self.res_y
        return xs, ys

    def to_pixel(self, x, y):
        return (np.asarray(x) - self.west) / self.res_x, (self.north - np.asarray(y)) / self.res_y


def tile_window(z: int, x: int, y: int, size: int = TILE_SIZE) -> Window:
    res = zoom_resolution(z) * TILE_SIZE / size
    west = -HALF_WORLD + x * res * size
    north = HALF_WORLD - y * res * size
    return Window(west, north - res * size, west + res * size, north, size, size)


def tiles_covering(bounds_lonlat: tuple, zoom: int) -> list:
    """(x, y) of every tile at ``zoom`` that intersects the lon/lat bounds, row by row."""
    west, south, east, north = bounds_lonlat
    tiles = mercantile.tiles(west, max(south, -MAX_LAT), east, min(north, MAX_LAT), zooms=[zoom])
    return sorted(((t.x, t.y) for t in tiles), key=lambda xy: (xy[1], xy[0]))


def window_for_bounds(bounds_merc: tuple, resolution: float) -> Window:
    """A pixel grid snapped to ``resolution`` that covers the bounds (the AOI's bbox)."""
    west, south, east, north = bounds_merc
    west = math.floor((west + HALF_WORLD) / resolution) * resolution - HALF_WORLD
    north = HALF_WORLD - math.floor((HALF_WORLD - north) / resolution) * resolution
    width = max(1, int(math.ceil((east - west) / resolution - 1e-9)))
    height = max(1, int(math.ceil((north - south) / resolution - 1e-9)))
    return Window(west, north - height * resolution, west + width * resolution, north, width, height)


def quadkey(z: int, x: int, y: int) -> str:
    return mercantile.quadkey(x, y, z)
