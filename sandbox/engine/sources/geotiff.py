"""Reads the AOI's window of the user's GeoTIFFs with GDAL: checks bands and pixel size, warps to EPSG:3857 at
the image's own ground resolution (or the requested zoom's) and converts to 8-bit RGB with a validity mask."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Optional

import numpy as np
from osgeo import gdal, osr

from ...catalog import ModelDef
from ..geo import ground_scale, window_for_bounds, zoom_resolution
from ..interface import StageError
from ..raster_io import Imagery
from ..validation import check_bands, check_pixel_size
from .mosaic import check_size

gdal.UseExceptions()


def _open(path: str) -> gdal.Dataset:
    if not Path(path).is_file():
        raise StageError("source-validator.ReadFromS3Failed", {"s3_link": Path(path).name})
    try:
        ds = gdal.Open(str(path))
    except RuntimeError:
        ds = None
    if ds is None or ds.RasterCount == 0:
        raise StageError("source-validator.ImageReadError")
    return ds


def ground_pixel_size(ds: gdal.Dataset) -> float:
    """Mean ground size (m) of a pixel at the image centre, whatever the image's CRS."""
    wkt = ds.GetProjection()
    if not wkt:
        raise StageError("source-validator.ImageCheckError",
                         {"checked_param": "crs", "message": "the image has no coordinate reference system",
                          "metadata": ""})
    src = osr.SpatialReference(wkt=wkt)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lonlat = osr.CoordinateTransformation(src, dst)
    gt = ds.GetGeoTransform()
    col, row = ds.RasterXSize / 2, ds.RasterYSize / 2

    def lonlat(c, r):
        return to_lonlat.TransformPoint(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5])[:2]

    lon0, lat0 = lonlat(col, row)
    metres_per_deg_lat = 110_574.0
    metres_per_deg_lon = 111_320.0 * math.cos(math.radians(lat0))
    sizes = []
    for c, r in ((col + 1, row), (col, row + 1)):
        lon, lat = lonlat(c, r)
        sizes.append(math.hypot((lon - lon0) * metres_per_deg_lon, (lat - lat0) * metres_per_deg_lat))
    return sum(sizes) / 2


def _has_alpha(ds: gdal.Dataset) -> bool:
    return ds.RasterCount in (2, 4) and \
        ds.GetRasterBand(ds.RasterCount).GetColorInterpretation() == gdal.GCI_AlphaBand


def read_geotiffs(paths: list, model: ModelDef, zoom: Optional[int], bounds_merc: tuple) -> Imagery:
    try:
        return _read(paths, model, zoom, bounds_merc)
    except StageError as error:
        failure = StageError(error.code, error.parameters, error.stage)
    # raised here, outside the frames that hold GDAL datasets: a traceback that keeps datasets alive until
    # interpreter exit crashes GDAL when its drivers are already gone (seen under QGIS)
    raise failure


def _read(paths: list, model: ModelDef, zoom: Optional[int], bounds_merc: tuple) -> Imagery:
    if not paths:
        raise StageError("source-validator.LocalRequestKeyError")
    datasets = [_open(str(p)) for p in paths]
    sizes = []
    for ds in datasets:
        check_bands(ds.RasterCount, model)
        sizes.append(ground_pixel_size(ds))
        check_pixel_size(sizes[-1], model)
    centre_scale = float(ground_scale((bounds_merc[1] + bounds_merc[3]) / 2))
    resolution = zoom_resolution(zoom) if zoom is not None else min(sizes) / centre_scale
    window = window_for_bounds(bounds_merc, resolution)
    check_size(window)
    # colour bands only: drop an alpha band (GDAL's warper builds a fresh one) and any 4th non-alpha band
    sources = []
    for ds in datasets:
        colour_bands = ds.RasterCount - 1 if _has_alpha(ds) else min(ds.RasterCount, 3)
        band_list = list(range(1, colour_bands + 1))
        if _has_alpha(ds):
            band_list.append(ds.RasterCount)
        sources.append(gdal.Translate("", ds, format="VRT", bandList=band_list))
    try:
        warped = gdal.Warp("", sources, format="MEM", dstSRS="EPSG:3857", outputBounds=(window.west, window.south,
                           window.east, window.north), width=window.width, height=window.height,
                           resampleAlg="bilinear", dstAlpha=True, multithread=True)
    except RuntimeError as exc:
        raise StageError("source-validator.ImageReadError", {"message": str(exc)[:200]}) from None
    bands = [warped.GetRasterBand(i + 1).ReadAsArray() for i in range(warped.RasterCount)]
    valid = bands[-1] > 0
    colour = bands[:-1]
    if not valid.any():
        raise StageError("source-validator.NoDataInAOI")
    rgb = np.dstack([_to_byte(b, valid) for b in (colour * 3 if len(colour) == 1 else colour[:3])])
    return Imagery(rgb, valid, window, _sun_metadata(datasets))


def _sun_metadata(datasets: list) -> dict:
    """The sun's azimuth and elevation from the first image that states them (GDAL metadata: the file's own tags
    or the IMAGERY domain GDAL fills from satellite metadata files)."""
    from ..models.scene import sun_from_metadata

    for ds in datasets:
        for domain in ("", "IMAGERY"):
            sun = sun_from_metadata(ds.GetMetadata(domain) or {})
            if sun.azimuth is not None or sun.elevation is not None:
                return {k: v for k, v in (("SUN_AZIMUTH", sun.azimuth), ("SUN_ELEVATION", sun.elevation))
                        if v is not None}
    return {}


def _to_byte(band: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """8-bit as the real service preprocesses uploads: other types are stretched between the 2nd and 98th
    percentiles of the valid pixels."""
    if band.dtype == np.uint8:
        return band
    values = band[valid].astype(np.float64)
    low, high = np.percentile(values, (2, 98)) if values.size else (0.0, 1.0)
    if high <= low:
        high = low + 1.0
    return np.clip((band.astype(np.float64) - low) / (high - low) * 255.0, 0, 255).astype(np.uint8)
