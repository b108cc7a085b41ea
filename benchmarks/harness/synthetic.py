"""Generated inputs: a Buildings result of N polygons (the shape the sandbox publishes) and a large GeoTIFF."""
from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

from .sandbox import KM_PER_DEGREE_LAT, MOSCOW

SPACING_M = 30.0  # between building centres: a dense town


def write_buildings_geojson(path: Path, count: int, seed: int = 8, centre=MOSCOW) -> int:
    """Write a FeatureCollection of ``count`` rotated rectangular buildings (8–24 m sides) on a jittered grid, with
    the properties the sandbox's Buildings model publishes. Returns the file size in bytes."""
    rng = np.random.default_rng(seed)
    per_row = int(math.ceil(math.sqrt(count)))
    index = np.arange(count)
    metres_x = (index % per_row - per_row / 2) * SPACING_M + rng.uniform(-4, 4, count)
    metres_y = (index // per_row - per_row / 2) * SPACING_M + rng.uniform(-4, 4, count)
    half_w, half_h = rng.uniform(4, 12, count), rng.uniform(4, 12, count)
    angle = rng.uniform(0, math.pi / 2, count)
    corners_x = np.array([-1, 1, 1, -1, -1])[None, :] * half_w[:, None]
    corners_y = np.array([-1, -1, 1, 1, -1])[None, :] * half_h[:, None]
    cos_a, sin_a = np.cos(angle)[:, None], np.sin(angle)[:, None]
    ring_x = metres_x[:, None] + corners_x * cos_a - corners_y * sin_a
    ring_y = metres_y[:, None] + corners_x * sin_a + corners_y * cos_a
    lon0, lat0 = centre
    metres_per_deg_lat = KM_PER_DEGREE_LAT * 1000.0
    lon = lon0 + ring_x / (metres_per_deg_lat * math.cos(math.radians(lat0)))
    lat = lat0 + ring_y / metres_per_deg_lat
    areas = np.rint(4 * half_w * half_h).astype(int)
    tmp = Path(f"{path}.part")
    with open(tmp, "w", encoding="utf-8") as out:
        out.write('{"type":"FeatureCollection","name":"buildings","features":[\n')
        for number in range(count):
            ring = ",".join(f"[{x:.7f},{y:.7f}]" for x, y in zip(lon[number], lat[number]))
            out.write(f'{"," if number else ""}{{"type":"Feature","id":{number + 1},"geometry":{{"type":"Polygon",'
                      f'"coordinates":[[{ring}]]}},"properties":{{"id":{number + 1},"object_type":"buildings",'
                      f'"area":{areas[number]},"GAN":"False","processing_date":"2025-01-15"}}}}\n')
        out.write("]}\n")
    os.replace(tmp, path)
    return path.stat().st_size


def write_geotiff(path: Path, size_bytes: int, pixel_m: float = 0.5, centre=MOSCOW) -> int:
    """An uncompressed 3-band uint8 GeoTIFF in EPSG:3857 of about ``size_bytes``; returns its real size.

    Bands are filled block by block with a cheap gradient so the file is real imagery-sized data, not sparse."""
    from osgeo import gdal, osr

    side = int(math.ceil(math.sqrt(size_bytes / 3) / 256)) * 256  # whole 256-px blocks, at least size_bytes
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    lon, lat = centre
    x0 = lon * 20037508.342789244 / 180.0
    y0 = math.log(math.tan((90.0 + lat) * math.pi / 360.0)) * 6378137.0
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), side, side, 3, gdal.GDT_Byte, options=["TILED=YES", "INTERLEAVE=PIXEL"])
    dataset.SetProjection(srs.ExportToWkt())
    dataset.SetGeoTransform((x0, pixel_m, 0.0, y0, 0.0, -pixel_m))
    rows = 1024
    column = (np.arange(side, dtype=np.uint32) % 251).astype(np.uint8)
    for band_number in (1, 2, 3):
        band = dataset.GetRasterBand(band_number)
        for top in range(0, side, rows):
            height = min(rows, side - top)
            block = (column[None, :] + np.arange(top, top + height, dtype=np.uint32)[:, None] * band_number) % 256
            band.WriteArray(block.astype(np.uint8), 0, top)
    dataset.FlushCache()
    dataset = None
    return path.stat().st_size
