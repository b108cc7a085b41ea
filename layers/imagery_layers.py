"""Map layers made from My imagery: a preview picture placed on the image's footprint, and an image's or mosaic's
extent as a polygon layer (an area of interest).

The Data API's preview (``/rasters/image/{id}/preview/s|l``) is a picture of the whole image stretched to a square;
its corners belong on the footprint's corners (north-west, north-east, south-east, south-west). ``georeference``
writes a small GeoTIFF in EPSG:4326 from it with GDAL (worker thread); the layer is made on the GUI thread.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from osgeo import gdal
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsRasterLayer, QgsVectorLayer

ROLE_PROPERTY = "mapflow_processing/role"
PREVIEW = "preview"
EXTENT = "extent"  # an image's or mosaic's footprint, made to be an area of interest

Point = Tuple[float, float]


def default_preview_directory() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "mapflow_processing" / "previews"


def footprint_geometry(wkt: Optional[str]) -> Optional[QgsGeometry]:
    if not wkt:
        return None
    geometry = QgsGeometry.fromWkt(wkt)
    return None if geometry is None or geometry.isNull() or geometry.isEmpty() else geometry


def footprint_corners(wkt: Optional[str]) -> Optional[Tuple[Point, Point, Point, Point]]:
    """North-west, north-east, south-east, south-west corners: the footprint's own four corners when it is a
    quadrilateral (an image's footprint), else those of its bounding box."""
    geometry = footprint_geometry(wkt)
    if geometry is None:
        return None
    ring: List[Point] = []
    if not geometry.isMultipart():
        polygon = geometry.asPolygon()
        if polygon:
            ring = [(p.x(), p.y()) for p in polygon[0]]
    if len(ring) == 5 and ring[0] == ring[-1]:
        corners = ring[:4]
        north = sorted(corners, key=lambda p: -p[1])[:2]
        south = [p for p in corners if p not in north]
        if len(south) == 2:
            nw, ne = sorted(north)
            sw, se = sorted(south)
            return nw, ne, se, sw
    box = geometry.boundingBox()
    return ((box.xMinimum(), box.yMaximum()), (box.xMaximum(), box.yMaximum()),
            (box.xMaximum(), box.yMinimum()), (box.xMinimum(), box.yMinimum()))


def georeference(picture: bytes, corners: Sequence[Point], target: Path) -> Path:
    """Write ``picture`` (PNG or JPEG bytes) as a GeoTIFF in EPSG:4326 whose corners lie on ``corners``
    (north-west, north-east, south-east, south-west). Worker thread. Raises OSError when GDAL cannot read it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = target.with_suffix(".picture")
    source.write_bytes(picture)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.Open(str(source))
        if dataset is None:
            raise OSError("the preview is not a picture GDAL can read")
        width, height = dataset.RasterXSize, dataset.RasterYSize
        pixels = ((0, 0), (width, 0), (width, height), (0, height))
        gcps = [gdal.GCP(x, y, 0, column, row) for (x, y), (column, row) in zip(corners, pixels)]
        placed = gdal.Translate("", dataset, format="VRT", GCPs=gcps, outputSRS="EPSG:4326")
        warped = gdal.Warp(str(target), placed, format="GTiff", dstSRS="EPSG:4326", polynomialOrder=1,
                           dstAlpha=dataset.RasterCount in (1, 3), resampleAlg="bilinear")
        if warped is None:
            raise OSError("the preview could not be placed on the map")
        warped = placed = dataset = None
    finally:
        gdal.PopErrorHandler()
        source.unlink(missing_ok=True)
    return target


def preview_layer(path: Path, name: str) -> QgsRasterLayer:
    layer = QgsRasterLayer(str(path), name, "gdal")
    layer.setCustomProperty(ROLE_PROPERTY, PREVIEW)
    return layer


def extent_layer(name: str, footprints: Sequence[Tuple[str, str]]) -> Optional[QgsVectorLayer]:
    """A memory layer of (label, footprint WKT) polygons in EPSG:4326, or None when none can be read."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name:string", name, "memory")
    features = []
    for label, wkt in footprints:
        geometry = footprint_geometry(wkt)
        if geometry is None:
            continue
        geometry.convertToMultiType()
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttribute("name", label)
        features.append(feature)
    if not features:
        return None
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setCustomProperty(ROLE_PROPERTY, EXTENT)
    return layer
