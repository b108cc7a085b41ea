"""GeoTIFF checks of the Data API, done with GDAL on the uploaded file (contract 2.6 and 4.3)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from osgeo import gdal, osr

from ..errors import DataApiError

gdal.UseExceptions()
osr.UseExceptions()

MAX_PIXEL_SIZE_M = 20.0
ALLOWED_BAND_COUNTS = (1, 3, 4)
RESOLUTION_TOLERANCE = 0.1  # images of one mosaic may differ by 10 % in pixel size (sensor jitter)


@dataclass
class ImageProfile:
    crs_wkt: str
    crs_label: str  # "EPSG:32631" when the CRS has an authority code, else its WKT
    count: int
    width: int
    height: int
    dtypes: list
    nodata: Optional[float]
    pixel_size: list  # [x, y] in CRS units
    pixel_size_m: float
    footprint_wkt: str  # POLYGON in lon/lat
    bounds: tuple  # (west, south, east, north) in EPSG:4326

    def meta_data(self) -> dict:
        return {"crs": self.crs_label, "count": self.count, "width": self.width, "height": self.height,
                "dtypes": self.dtypes, "nodata": self.nodata, "pixel_size": self.pixel_size}


def _check_failed(filename: str, **bad) -> DataApiError:
    detail = "; ".join(f"{k}: {v}" for k, v in bad.items())
    return DataApiError(400, "FileCheckFailed", {"filename": filename, "bad_parameters": bad},
                        f"{filename} does not meet the upload requirements ({detail})")


def _wgs84() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _label(srs: osr.SpatialReference) -> str:
    if srs.GetAuthorityCode(None) is None:
        try:
            srs.AutoIdentifyEPSG()
        except RuntimeError:  # not every CRS has an EPSG code; the WKT then names it
            pass
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    return f"{name}:{code}" if name and code else srs.ExportToWkt()


def _footprint(dataset, srs: osr.SpatialReference) -> tuple:
    gt = dataset.GetGeoTransform()
    w, h = dataset.RasterXSize, dataset.RasterYSize
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    projected = [(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5]) for c, r in corners]
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(srs, _wgs84())
    try:
        lonlat = [transform.TransformPoint(x, y)[:2] for x, y in projected]
    except RuntimeError:
        raise DataApiError(400, "ImageOutOfBounds", {}, "The image extent cannot be placed on the globe") from None
    if any(not (math.isfinite(x) and math.isfinite(y)) or abs(x) > 180 or abs(y) > 90 for x, y in lonlat):
        raise DataApiError(400, "ImageOutOfBounds", {}, "The image extent is outside the coordinate range")
    ring = lonlat + [lonlat[0]]
    wkt = "POLYGON ((" + ", ".join(f"{x:.9f} {y:.9f}" for x, y in ring) + "))"
    xs, ys = [p[0] for p in lonlat], [p[1] for p in lonlat]
    return wkt, (min(xs), min(ys), max(xs), max(ys))


def _pixel_size_m(srs: osr.SpatialReference, gt: tuple, bounds: tuple) -> float:
    size = max(abs(gt[1]), abs(gt[5]))
    if srs.IsGeographic():
        mid_lat = (bounds[1] + bounds[3]) / 2
        return size * 111_320 * max(math.cos(math.radians(mid_lat)), 0.01)
    return size * srs.GetLinearUnits()


def inspect_geotiff(path: str, filename: str, max_pixel_count: int) -> ImageProfile:
    """Open and check an uploaded file; raises DataApiError with the contract's codes."""
    try:
        dataset = gdal.Open(path)
    except RuntimeError:
        dataset = None
    if dataset is None or dataset.GetDriver().ShortName != "GTiff":
        raise DataApiError(400, "FileOpenError", {"filename": filename}, f"{filename} is not a readable GeoTIFF")
    wkt = dataset.GetProjection()
    if not wkt:
        raise _check_failed(filename, crs="the file has no coordinate reference system")
    srs = osr.SpatialReference(wkt=wkt)
    count = dataset.RasterCount
    dtypes = [gdal.GetDataTypeName(dataset.GetRasterBand(i + 1).DataType).lower() for i in range(count)]
    dtypes = ["uint8" if d == "byte" else d for d in dtypes]
    if count not in ALLOWED_BAND_COUNTS:
        raise _check_failed(filename, count=f"{count} bands; allowed: 1 (single band), 3 (RGB) or 4 (RGBA)")
    if any(d != "uint8" for d in dtypes):
        raise _check_failed(filename, dtypes=f"{sorted(set(dtypes))}; only uint8 is accepted")
    width, height = dataset.RasterXSize, dataset.RasterYSize
    if max(width, height) > max_pixel_count:
        raise _check_failed(filename, size=f"{width}x{height} px; at most {max_pixel_count} px per side")
    gt = dataset.GetGeoTransform()
    footprint, bounds = _footprint(dataset, srs)
    pixel_m = _pixel_size_m(srs, gt, bounds)
    if pixel_m > MAX_PIXEL_SIZE_M:
        raise _check_failed(filename, pixel_size=f"{pixel_m:.2f} m; at most {MAX_PIXEL_SIZE_M:g} m")
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    return ImageProfile(crs_wkt=wkt, crs_label=_label(srs), count=count, width=width, height=height, dtypes=dtypes,
                        nodata=nodata, pixel_size=[abs(gt[1]), abs(gt[5])], pixel_size_m=pixel_m,
                        footprint_wkt=footprint, bounds=bounds)


def check_matches_mosaic(profile: ImageProfile, filename: str, mosaic_id: str, crs_wkt: Optional[str],
                         band_count: Optional[int], pixel_size: Optional[float]) -> None:
    """A mosaic holds images of one CRS, band count and resolution; the first image sets them."""
    if crs_wkt is None:
        return

    def mismatch(param: str, got, expected) -> DataApiError:
        return DataApiError(422, "FileValidationFailed",
                            {"filename": filename, "mosaic_id": mosaic_id, "param_name": param,
                             "got_param": str(got), "expected_param": str(expected)},
                            f"{filename} does not match the mosaic: {param} is {got}, expected {expected}")

    if not osr.SpatialReference(wkt=crs_wkt).IsSame(osr.SpatialReference(wkt=profile.crs_wkt)):
        expected = _label(osr.SpatialReference(wkt=crs_wkt))
        raise mismatch("crs", profile.crs_label, expected)
    if band_count != profile.count:
        raise mismatch("count", profile.count, band_count)
    if pixel_size and abs(profile.pixel_size_m - pixel_size) > RESOLUTION_TOLERANCE * pixel_size:
        raise mismatch("pixel_size", round(profile.pixel_size_m, 3), round(pixel_size, 3))
