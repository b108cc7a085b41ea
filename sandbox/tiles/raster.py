"""PNG tiles of GeoTIFFs (a processing's imagery, an uploaded image or a whole mosaic), warped with GDAL into the
tile's EPSG:3857 window; transparent where there is no data."""
from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
from osgeo import gdal, osr
from PIL import Image

from ..engine.geo import HALF_WORLD, TILE_SIZE, tile_window
from .cache import LruCache, file_version

gdal.UseExceptions()

_TILES = LruCache(2048)
_INFO = LruCache(256)
_EMPTY_PNG = None


def empty_png() -> bytes:
    global _EMPTY_PNG
    if _EMPTY_PNG is None:
        out = io.BytesIO()
        Image.new("RGBA", (TILE_SIZE, TILE_SIZE), (0, 0, 0, 0)).save(out, format="PNG")
        _EMPTY_PNG = out.getvalue()
    return _EMPTY_PNG


def _info(path: Path) -> dict:
    """Bounds (EPSG:4326 and 3857), native zoom and an 8-bit stretch for one raster."""
    ds = gdal.Open(str(path))
    gt, width, height = ds.GetGeoTransform(), ds.RasterXSize, ds.RasterYSize
    src = osr.SpatialReference(wkt=ds.GetProjection())
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    corners = [(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5])
               for c in (0, width) for r in (0, height)]
    result = {}
    for epsg in (4326, 3857):
        dst = osr.SpatialReference()
        dst.ImportFromEPSG(epsg)
        dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(src, dst)
        points = [transform.TransformPoint(x, y)[:2] for x, y in corners]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        result[epsg] = (min(xs), min(ys), max(xs), max(ys))
    west, south, east, north = result[3857]
    res = max((east - west) / width, (north - south) / height)
    # the first zoom whose pixels are at least as fine as the raster's (tolerant of float noise at exact zooms)
    result["native_zoom"] = int(min(22, max(0, math.ceil(math.log2(2 * HALF_WORLD / TILE_SIZE / res) - 1e-3))))
    band = ds.GetRasterBand(1)
    result["stretch"] = None
    if band.DataType != gdal.GDT_Byte:
        low, high = band.ComputeRasterMinMax(True)
        result["stretch"] = (low, high if high > low else low + 1)
    result["bands"] = ds.RasterCount
    return result


def raster_info(path: Path) -> dict:
    return _INFO.get_or_make(("info",) + file_version(path), lambda: _info(path))


def union_bounds(paths: list, epsg: int = 4326) -> tuple:
    boxes = [raster_info(p)[epsg] for p in paths]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def raster_tile_png(paths: list, z: int, x: int, y: int) -> bytes:
    key = ("png", z, x, y) + tuple(v for p in paths for v in file_version(p))
    return _TILES.get_or_make(key, lambda: _render(paths, z, x, y))


def _render(paths: list, z: int, x: int, y: int) -> bytes:
    window = tile_window(z, x, y)
    tile_box = (window.west, window.south, window.east, window.north)
    sources = [p for p in paths if _overlaps(raster_info(p)[3857], tile_box)]
    if not sources:
        return empty_png()
    canvas = np.zeros((TILE_SIZE, TILE_SIZE, 4), np.uint8)
    for path in sources:  # one by one: rasters may differ in band count and data type
        rgba = _warp_one(path, tile_box)
        opaque = rgba[:, :, 3] > 0
        canvas[opaque] = rgba[opaque]
    if not canvas[:, :, 3].any():
        return empty_png()
    out = io.BytesIO()
    Image.fromarray(canvas, "RGBA").save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _warp_one(path: Path, tile_box: tuple) -> np.ndarray:
    info = raster_info(path)
    warped = gdal.Warp("", str(path), format="MEM", dstSRS="EPSG:3857", outputBounds=tile_box,
                       width=TILE_SIZE, height=TILE_SIZE, resampleAlg="bilinear", dstAlpha=True)
    bands = [warped.GetRasterBand(i + 1).ReadAsArray() for i in range(warped.RasterCount)]
    alpha = bands[-1]
    colour = bands[:-1]
    colour = colour * 3 if len(colour) == 1 else colour[:3]
    if info["stretch"] is not None:
        low, high = info["stretch"]
        colour = [np.clip((c.astype(np.float64) - low) / (high - low) * 255, 0, 255) for c in colour]
    rgb = np.dstack([c.astype(np.uint8) for c in colour])
    return np.dstack([rgb, (alpha > 0).astype(np.uint8) * 255])
