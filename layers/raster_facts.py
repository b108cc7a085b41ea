"""What a GeoTIFF is, read with GDAL before an upload: the facts ``core.upload_rules`` checks.

Read in a worker thread (a large file's header is still a disk read). The pixel size on the ground is measured the
way the Mapflow server measures it (a degree of longitude is 111 320 m × cos(latitude) at the image's middle; a
projected CRS counts in its linear unit), so that the plugin refuses exactly what the server would refuse.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Optional, Tuple

from osgeo import gdal, osr

from ..core.upload_rules import UploadFileFacts

_METRES_PER_DEGREE = 111_320


def _crs_label(srs: osr.SpatialReference) -> str:
    if srs.GetAuthorityCode(None) is None:
        try:
            srs.AutoIdentifyEPSG()
        except RuntimeError:  # not every CRS has an EPSG code: the WKT names it
            pass
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    return f"{name}:{code}" if name and code else srs.ExportToWkt()


def _lonlat_bounds(dataset, srs: osr.SpatialReference) -> Optional[Tuple[float, float, float, float]]:
    """West, south, east, north of the corners in EPSG:4326; None when they cannot be placed on the globe."""
    gt = dataset.GetGeoTransform()
    width, height = dataset.RasterXSize, dataset.RasterYSize
    corners = [(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5])
               for c, r in ((0, 0), (width, 0), (width, height), (0, height))]
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = srs.Clone()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        transform = osr.CoordinateTransformation(source, wgs84)
        points = [transform.TransformPoint(x, y)[:2] for x, y in corners]
    except (RuntimeError, TypeError):
        return None
    if any(not (math.isfinite(x) and math.isfinite(y)) or abs(x) > 180 or abs(y) > 90 for x, y in points):
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def read_upload_facts(path: str) -> UploadFileFacts:
    """The facts of ``path``; a file GDAL cannot open gets ``driver=None`` (not a GeoTIFF)."""
    file = Path(path)
    size = file.stat().st_size if file.is_file() else 0
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a file that is not a raster is an answer, not an error
    try:
        try:
            dataset = gdal.Open(str(file))
        except RuntimeError:  # someone enabled gdal.UseExceptions() in this interpreter
            dataset = None
        if dataset is None:
            return UploadFileFacts(file.name, size, None)
        return _facts(file.name, size, dataset)
    finally:
        gdal.PopErrorHandler()


def _facts(name: str, size: int, dataset) -> UploadFileFacts:
    driver = dataset.GetDriver().ShortName
    count = dataset.RasterCount
    names = [gdal.GetDataTypeName(dataset.GetRasterBand(i + 1).DataType).lower() for i in range(count)]
    dtypes = tuple("uint8" if n == "byte" else n for n in names)
    gt = dataset.GetGeoTransform()
    pixel = (abs(gt[1]), abs(gt[5]))
    wkt = dataset.GetProjection()
    crs, pixel_m, on_globe = None, None, True
    if wkt:
        srs = osr.SpatialReference(wkt=wkt)
        crs = _crs_label(srs)
        bounds = _lonlat_bounds(dataset, srs)
        on_globe = bounds is not None
        size_crs = max(pixel)
        if srs.IsGeographic():
            if bounds is not None:
                middle = (bounds[1] + bounds[3]) / 2
                pixel_m = size_crs * _METRES_PER_DEGREE * max(math.cos(math.radians(middle)), 0.01)
        else:
            pixel_m = size_crs * srs.GetLinearUnits()
    return UploadFileFacts(name, size, driver, crs, dataset.RasterXSize, dataset.RasterYSize, count, dtypes,
                           pixel, pixel_m, on_globe)
