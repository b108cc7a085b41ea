"""The fetch checkpoint: an RGBA GeoTIFF in EPSG:3857 (alpha marks pixels that hold imagery), with overviews so
the raster tile server can render low zooms quickly."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

from .geo import Window, ground_scale

gdal.UseExceptions()


@dataclass
class Imagery:
    rgb: np.ndarray  # (height, width, 3) uint8
    valid: np.ndarray  # (height, width) bool
    window: Window
    # what the imagery's provider or file tells about it (SUN_AZIMUTH, SUN_ELEVATION in degrees); kept as
    # metadata of the fetch checkpoint
    metadata: dict = field(default_factory=dict)

    @property
    def ground_resolution(self) -> float:
        """Ground metres per pixel at the centre of the window."""
        return self.window.res_x * float(ground_scale((self.window.south + self.window.north) / 2))


def mercator_srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    return srs


def write_imagery(path: Path, imagery: Imagery) -> None:
    """Write atomically: a crash mid-write must not leave a checkpoint that looks complete."""
    tmp = path.with_name(path.name + ".part")
    height, width = imagery.valid.shape
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(tmp), width, height, 4, gdal.GDT_Byte,
                       options=["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=2", "PHOTOMETRIC=RGB",
                                "ALPHA=YES", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform(imagery.window.geotransform)
    ds.SetProjection(mercator_srs().ExportToWkt())
    if imagery.metadata:
        ds.SetMetadata({str(k): str(v) for k, v in imagery.metadata.items()})
    for index in range(3):
        ds.GetRasterBand(index + 1).WriteArray(imagery.rgb[:, :, index])
    ds.GetRasterBand(4).WriteArray(np.where(imagery.valid, 255, 0).astype(np.uint8))
    ds.GetRasterBand(4).SetColorInterpretation(gdal.GCI_AlphaBand)
    levels = [f for f in (2, 4, 8, 16, 32, 64) if min(width, height) // f >= 64]
    if levels:
        ds.BuildOverviews("AVERAGE", levels)
    ds.FlushCache()
    ds = None
    os.replace(tmp, path)


def read_imagery(path: Path) -> Imagery:
    ds = gdal.Open(str(path))
    gt = ds.GetGeoTransform()
    width, height = ds.RasterXSize, ds.RasterYSize
    window = Window(gt[0], gt[3] + gt[5] * height, gt[0] + gt[1] * width, gt[3], width, height)
    rgb = np.dstack([ds.GetRasterBand(i + 1).ReadAsArray() for i in range(3)])
    valid = ds.GetRasterBand(4).ReadAsArray() > 0
    metadata = {k: v for k, v in (ds.GetMetadata() or {}).items() if k != "AREA_OR_POINT"}
    return Imagery(rgb, valid, window, metadata)
