"""Tile services in EPSG:3395 (World Mercator on the ellipsoid, which the plugin also offers): the same tile
pyramid numbers as EPSG:3857 but rows at other latitudes, so tiles are mosaicked on their own grid and then
warped by GDAL onto the EPSG:3857 grid of the AOI."""
from __future__ import annotations

import math

import numpy as np
from osgeo import gdal, osr

from ..geo import HALF_WORLD, Window, window_for_bounds, zoom_resolution
from ..raster_io import Imagery

gdal.UseExceptions()

MERCATOR_CRS = ("EPSG:3857", "EPSG:900913", "EPSG:102100")
WORLD_MERCATOR_CRS = ("EPSG:3395",)


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def world_mercator_bounds(bounds_lonlat: tuple) -> tuple:
    """The lon/lat box in EPSG:3395 metres (both projections are cylindrical: corners suffice)."""
    transform = osr.CoordinateTransformation(_srs(4326), _srs(3395))
    west, south, east, north = bounds_lonlat
    x0, y0 = transform.TransformPoint(west, south)[:2]
    x1, y1 = transform.TransformPoint(east, north)[:2]
    return x0, y0, x1, y1


def grid_tiles(bounds_xy: tuple, zoom: int) -> list:
    """(x, y) of the tiles of a ±HALF_WORLD pyramid that cover projected bounds, row by row."""
    west, south, east, north = bounds_xy
    span = 2 * HALF_WORLD / 2 ** zoom
    last = 2 ** zoom - 1
    cols = range(max(0, math.floor((west + HALF_WORLD) / span)), min(last, math.floor((east + HALF_WORLD) / span)) + 1)
    rows = range(max(0, math.floor((HALF_WORLD - north) / span)),
                 min(last, math.floor((HALF_WORLD - south) / span)) + 1)
    return [(x, y) for y in rows for x in cols]


def world_mercator_window(bounds_lonlat: tuple, zoom: int) -> Window:
    return window_for_bounds(world_mercator_bounds(bounds_lonlat), zoom_resolution(zoom))


def to_web_mercator(imagery: Imagery, target: Window) -> Imagery:
    """Warp an EPSG:3395 mosaic onto an EPSG:3857 window."""
    source = gdal.GetDriverByName("MEM").Create("", imagery.window.width, imagery.window.height, 4, gdal.GDT_Byte)
    source.SetGeoTransform(imagery.window.geotransform)
    source.SetProjection(_srs(3395).ExportToWkt())
    for index in range(3):
        source.GetRasterBand(index + 1).WriteArray(imagery.rgb[:, :, index])
    source.GetRasterBand(4).WriteArray(np.where(imagery.valid, 255, 0).astype(np.uint8))
    source.GetRasterBand(4).SetColorInterpretation(gdal.GCI_AlphaBand)
    warped = gdal.Warp("", source, format="MEM", dstSRS="EPSG:3857", outputBounds=(target.west, target.south,
                       target.east, target.north), width=target.width, height=target.height,
                       resampleAlg="bilinear")
    bands = [warped.GetRasterBand(i + 1).ReadAsArray() for i in range(4)]
    return Imagery(np.dstack(bands[:3]), bands[3] > 0, target)

