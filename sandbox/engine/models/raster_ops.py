"""Classical raster operations in numpy and GDAL: box smoothing, binary morphology, sieving, polygonization and
per-region statistics."""
from __future__ import annotations

from typing import Callable, Optional

import numpy as np
from osgeo import gdal, ogr
from shapely import wkb
from shapely.geometry import Polygon

from ..geo import Window
from ..raster_io import mercator_srs

gdal.UseExceptions()


def box_mean(channel: np.ndarray, radius: int) -> np.ndarray:
    """Mean over a (2r+1)² square via an integral image (edges use the available neighbours)."""
    if radius <= 0:
        return channel.astype(np.float32)
    data = channel.astype(np.float64)
    padded = np.pad(data, radius, mode="edge")
    integral = np.pad(padded.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    size = 2 * radius + 1
    h, w = data.shape
    total = (integral[size:size + h, size:size + w] - integral[:h, size:size + w]
             - integral[size:size + h, :w] + integral[:h, :w])
    return (total / (size * size)).astype(np.float32)


def isotropic_texture(brightness: np.ndarray, radius: int, mask: np.ndarray) -> np.ndarray:
    """Texture in more than one direction, relative to brightness: the square root of the smaller eigenvalue of
    the gradient structure tensor over a (2r+1)² square, divided by the mean brightness. Tree crowns vary in
    every direction (high); a lawn is flat and the straight edge of a shadow or a path varies across one
    direction only (both low). Only pixels of ``mask`` take part, so neighbouring surfaces add no texture."""
    b = brightness.astype(np.float32)
    m = mask.astype(np.float32)
    pair = m.copy()  # a central difference counts when both of its neighbours are in the mask
    pair[:, 1:-1] *= m[:, 2:] * m[:, :-2]
    pair[1:-1] *= m[2:] * m[:-2]
    pair[:, 0] = pair[:, -1] = pair[0] = pair[-1] = 0.0
    gx = np.zeros_like(b)
    gy = np.zeros_like(b)
    gx[:, 1:-1] = (b[:, 2:] - b[:, :-2]) / 2.0
    gy[1:-1] = (b[2:] - b[:-2]) / 2.0
    gx *= pair
    gy *= pair
    count = np.maximum(box_mean(pair, radius), 1e-3)
    jxx = box_mean(gx * gx, radius) / count
    jyy = box_mean(gy * gy, radius) / count
    jxy = box_mean(gx * gy, radius) / count
    smaller = (jxx + jyy - np.sqrt((jxx - jyy) ** 2 + 4.0 * jxy * jxy)) / 2.0
    mean = box_mean(b * m, radius) / np.maximum(box_mean(m, radius), 1e-3)
    return np.sqrt(np.maximum(smaller, 0.0)) / np.maximum(mean, 8.0)


def masked_mean(values: np.ndarray, mask: np.ndarray, radius: int) -> np.ndarray:
    """Mean of ``values`` over the ``mask`` pixels of a (2r+1)² square (0 where the square holds none)."""
    m = mask.astype(np.float32)
    return box_mean(values * m, radius) / np.maximum(box_mean(m, radius), 1e-3)


def gradient_energy(brightness: np.ndarray, radius: int) -> np.ndarray:
    """Mean squared brightness gradient over a (2r+1)² square, relative to the squared local mean brightness:
    low inside flat surfaces (a lawn, a shadow on it), high on shading, crowns and edges."""
    b = brightness.astype(np.float32)
    gx = np.zeros_like(b)
    gy = np.zeros_like(b)
    gx[:, 1:-1] = (b[:, 2:] - b[:, :-2]) / 2.0
    gy[1:-1] = (b[2:] - b[:-2]) / 2.0
    mean = box_mean(b, radius)
    return np.maximum(box_mean(gx * gx + gy * gy, radius), 0.0) / np.maximum(mean * mean, 64.0)


def _shift_reduce(mask: np.ndarray, radius: int, op) -> np.ndarray:
    """Dilation (op=np.logical_or) or erosion (np.logical_and) with a square of side 2r+1, separably."""
    out = mask
    for axis in (0, 1):
        padded = np.pad(out, [(radius, radius) if a == axis else (0, 0) for a in (0, 1)],
                        constant_values=(op is np.logical_and))
        acc = None
        for offset in range(2 * radius + 1):
            piece = padded[offset:offset + out.shape[0]] if axis == 0 else padded[:, offset:offset + out.shape[1]]
            acc = piece.copy() if acc is None else op(acc, piece)
        out = acc
    return out


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    return _shift_reduce(mask, radius, np.logical_or) if radius > 0 else mask


def erode(mask: np.ndarray, radius: int) -> np.ndarray:
    return _shift_reduce(mask, radius, np.logical_and) if radius > 0 else mask


def opening(mask: np.ndarray, radius: int) -> np.ndarray:
    return dilate(erode(mask, radius), radius)


def closing(mask: np.ndarray, radius: int) -> np.ndarray:
    return erode(dilate(mask, radius), radius)


def _mem_raster(values: np.ndarray, window: Window) -> gdal.Dataset:
    ds = gdal.GetDriverByName("MEM").Create("", window.width, window.height, 1, gdal.GDT_Int32)
    ds.SetGeoTransform(window.geotransform)
    ds.SetProjection(mercator_srs().ExportToWkt())
    ds.GetRasterBand(1).WriteArray(values.astype(np.int32))
    return ds


def sieve(labels: np.ndarray, window: Window, min_pixels: int) -> np.ndarray:
    """Merge connected regions smaller than ``min_pixels`` into their neighbours (GDAL's sieve filter)."""
    if min_pixels <= 1:
        return labels
    ds = _mem_raster(labels, window)
    band = ds.GetRasterBand(1)
    gdal.SieveFilter(band, None, band, min_pixels, 8)
    return band.ReadAsArray()


def polygonize(labels: np.ndarray, window: Window,
               progress: Optional[Callable[[float], bool]] = None) -> list:
    """(polygon, value) for each 8-connected region of non-zero ``labels``, in EPSG:3857."""
    ds = _mem_raster(labels, window)
    band = ds.GetRasterBand(1)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("regions")
    layer = vector.CreateLayer("regions", srs=mercator_srs(), geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))

    def callback(fraction, _message, _data):
        return 1 if progress is None or progress(fraction) else 0

    gdal.Polygonize(band, band, layer, 0, ["8CONNECTED=8"], callback=callback)
    regions = []
    for feature in layer:
        geometry = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
        regions.append((geometry, feature.GetField("value")))
    return regions


def region_ids(polygons: list, window: Window) -> np.ndarray:
    """A raster where each pixel holds 1 + the index of the polygon covering its centre (0: none)."""
    ds = _mem_raster(np.zeros((window.height, window.width), np.int32), window)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("ids")
    layer = vector.CreateLayer("ids", srs=mercator_srs(), geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("rid", ogr.OFTInteger))
    for index, polygon in enumerate(polygons):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("rid", index + 1)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(polygon.wkb))
        layer.CreateFeature(feature)
    gdal.RasterizeLayer(ds, [1], layer, options=["ATTRIBUTE=rid"])
    return ds.GetRasterBand(1).ReadAsArray()


def majority(ids: np.ndarray, values: np.ndarray, count: int, n_values: int) -> np.ndarray:
    """For each region id 1..count: the most frequent of ``values`` (small non-negative ints) inside it, and the
    full (count, n_values) table of counts."""
    flat = ids.ravel().astype(np.int64) * n_values + values.ravel().astype(np.int64)
    table = np.bincount(flat, minlength=(count + 1) * n_values).reshape(count + 1, n_values)
    return table[1:].argmax(axis=1), table[1:]


def region_means(ids: np.ndarray, channel: np.ndarray, count: int) -> np.ndarray:
    sums = np.bincount(ids.ravel(), weights=channel.ravel().astype(np.float64), minlength=count + 1)
    counts = np.bincount(ids.ravel(), minlength=count + 1)
    return (sums / np.maximum(counts, 1))[1:]


def exterior(polygon: Polygon, min_hole_area: float = float("inf")) -> Polygon:
    """The polygon with holes smaller than ``min_hole_area`` filled (default: all holes)."""
    holes = [h for h in polygon.interiors if Polygon(h).area >= min_hole_area]
    return Polygon(polygon.exterior, holes)
