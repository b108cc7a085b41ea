"""Small GeoTIFFs (and not-quite-GeoTIFFs) made with GDAL for the upload tests."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()


def make_geotiff(path: Path, width: int = 64, height: int = 64, bands: int = 3, epsg: int | None = 3857,
                 pixel: float = 0.5, origin: tuple = (4187000.0, 7497000.0), dtype=gdal.GDT_Byte) -> Path:
    """A GeoTIFF with a gradient so previews are not blank; ``epsg=None`` leaves it without a CRS."""
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), width, height, bands, dtype)
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        dataset.SetProjection(srs.ExportToWkt())
    ramp = (np.add.outer(np.arange(height), np.arange(width)) % 256).astype(np.uint8)
    for band in range(1, bands + 1):
        dataset.GetRasterBand(band).WriteArray((ramp + band * 40) % 256)
    dataset.FlushCache()
    dataset = None
    return path


def make_png_named_tif(path: Path) -> Path:
    source = make_geotiff(path.with_name("source.tif"))
    gdal.Translate(str(path), str(source), format="PNG")
    return path


def upload(api, path: Path, route: str, **params):
    with open(path, "rb") as handle:
        return api.session.post(api.url(route), files={"file": (path.name, handle, "image/tiff")}, params=params,
                                timeout=60)
