"""Quick-looks of search results on the map: a PNG/JPG stretched onto the scene's footprint, or its XYZ/TMS tiles.

- A picture preview is fetched without Mapflow credentials (``MapflowClient.catalog_preview``: the preview host is
  often a third party) and georeferenced in a task: its four corners become ground control points (top-left,
  top-right, bottom-right, bottom-left = the footprint's corners) and GDAL warps it into a GeoTIFF (EPSG:4326, with
  an alpha band so that the frame around a turned footprint is transparent). The GeoTIFF lives in a temporary folder
  that is kept as long as its layer is in the project, and removed with it.
- A tile preview is a QGIS XYZ layer (percent-encoded URL, no authentication: QGIS fetches the tiles itself).
- One layer per scene: asking again for a scene already on the map reuses its layer.

GUI thread except ``georeference_picture`` (any thread).
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from osgeo import gdal
from qgis.core import QgsMapLayer, QgsProject, QgsRasterLayer, QgsRectangle

from ..api.models import CatalogImage
from ..core.search_rules import bounds_of
from ..integration.messages import tr
from .footprints import FOOTPRINTS_ROLE, PREVIEW_ROLE, ROLE_PROPERTY
from .result_tree import mapflow_group
from .tiles import bounds_to_web_mercator, xyz_source

PICTURE_TYPES = ("png", "jpg", "jpeg")
TILE_TYPES = ("xyz", "tms")
PREVIEW_MAX_ZOOM = 20
SCENE_PROPERTY = "mapflow_processing/scene_id"


class PreviewError(Exception):
    """The picture cannot be placed on the map; the text is for the user."""


def preview_kind(image: CatalogImage) -> str:
    """"picture", "tiles", or "" when the result offers no preview the plugin can show."""
    kind = (image.preview_type or "").lower()
    if not image.preview_url:
        return ""
    if kind in PICTURE_TYPES and image.footprint_corners is not None:
        return "picture"
    if kind in TILE_TYPES and "{z}" in image.preview_url:
        return "tiles"
    return ""


def georeference_picture(picture: bytes, corners: Sequence[Tuple[float, float]], folder: Path,
                         name: str) -> Path:
    """Write ``picture`` and warp it onto ``corners`` (lon/lat of its top-left, top-right, bottom-right and
    bottom-left pixels) into ``folder/name.tif``. Any thread; raises :class:`PreviewError`."""
    folder = Path(folder)
    raw = folder / f"{name}.img"
    raw.write_bytes(picture)
    messages: List[str] = []

    def collect(error_class: int, _number: int, message: str) -> None:
        if error_class >= gdal.CE_Failure:
            messages.append(str(message).strip())

    gdal.PushErrorHandler(collect)
    try:
        return _warp(raw, corners, folder / f"{name}.vrt", folder / f"{name}.tif")
    except RuntimeError as error:  # gdal.UseExceptions() was switched on by someone in this interpreter
        messages.append(str(error))
        raise PreviewError(tr("GDAL could not place the preview on the map: {reason}").format(
            reason="; ".join(messages[:2]))) from None
    finally:
        gdal.PopErrorHandler()


def _warp(raw: Path, corners: Sequence[Tuple[float, float]], vrt: Path, target: Path) -> Path:
    source = gdal.Open(str(raw))
    if source is None:
        raise PreviewError(tr("The preview is not a picture GDAL can read."))
    width, height = source.RasterXSize, source.RasterYSize
    source = None  # closes the dataset
    pixels = ((0, 0), (width, 0), (width, height), (0, height))
    gcps = [gdal.GCP(lon, lat, 0.0, px, py) for (lon, lat), (px, py) in zip(corners, pixels)]
    referenced = gdal.Translate(str(vrt), str(raw), format="VRT", GCPs=gcps, outputSRS="EPSG:4326")
    if referenced is None:
        raise PreviewError(tr("GDAL could not georeference the preview."))
    referenced = None  # flushes the VRT
    warped = gdal.Warp(str(target), str(vrt), format="GTiff", dstSRS="EPSG:4326", dstAlpha=True,
                       resampleAlg="bilinear", polynomialOrder=1, creationOptions=["COMPRESS=DEFLATE"])
    if warped is None:
        raise PreviewError(tr("GDAL could not warp the preview onto the scene's footprint."))
    warped = None  # closes the GeoTIFF before QGIS opens it
    return target


def tile_source(image: CatalogImage) -> str:
    """The XYZ source of a tile preview (TMS rows count from the south: QGIS spells that {-y})."""
    url = image.preview_url or ""
    if (image.preview_type or "").lower() == "tms":
        url = url.replace("{y}", "{-y}")
    zmax = image.zoom if image.zoom else PREVIEW_MAX_ZOOM
    return xyz_source(url, 0, max(1, min(PREVIEW_MAX_ZOOM, int(zmax))))


def preview_name(image: CatalogImage) -> str:
    when = image.acquisition_date.date().isoformat() if image.acquisition_date else ""
    return tr("Preview: {provider} {date} ({id})").format(provider=image.provider_name or "", date=when,
                                                         id=image.id).replace("  ", " ")


class ScenePreviews:
    """The preview layers of the session, one per scene; their temporary folders go with them."""

    def __init__(self, project: Callable[[], QgsProject] = QgsProject.instance):
        self._project = project
        self._layers: Dict[str, str] = {}  # scene id -> layer id
        self._folders: Dict[str, tempfile.TemporaryDirectory] = {}  # layer id -> its folder
        self._watched = None
        self._watch()

    def new_folder(self) -> tempfile.TemporaryDirectory:
        """A folder for one picture preview: handed to the task, then to ``add_picture`` (or cleaned up)."""
        return tempfile.TemporaryDirectory(prefix="mapflow-preview-")

    def existing(self, scene_id: str) -> Optional[QgsMapLayer]:
        layer_id = self._layers.get(scene_id)
        layer = self._project().mapLayer(layer_id) if layer_id else None
        if layer is None:
            self._layers.pop(scene_id, None)
        return layer

    def add_picture(self, image: CatalogImage, path: Path, folder: tempfile.TemporaryDirectory) -> QgsRasterLayer:
        layer = QgsRasterLayer(str(path), preview_name(image), "gdal")
        if not layer.isValid():
            folder.cleanup()
            raise PreviewError(tr("QGIS could not open the georeferenced preview of {id}.").format(id=image.id))
        self._folders[layer.id()] = folder
        return self._add(image, layer)

    def add_tiles(self, image: CatalogImage) -> QgsRasterLayer:
        layer = QgsRasterLayer(tile_source(image), preview_name(image), "wms")
        if not layer.isValid():
            raise PreviewError(tr("QGIS could not open the preview tiles of {id}.").format(id=image.id))
        bounds = bounds_of(image.footprint)
        if bounds is not None:
            layer.setExtent(bounds_to_web_mercator(bounds))
        return self._add(image, layer)

    def _add(self, image: CatalogImage, layer: QgsRasterLayer) -> QgsRasterLayer:
        layer.setCustomProperty(ROLE_PROPERTY, PREVIEW_ROLE)
        layer.setCustomProperty(SCENE_PROPERTY, image.id)
        project = self._project()
        self._watch()
        project.addMapLayer(layer, False)
        group = mapflow_group(project)
        # below the footprints, so their outlines stay visible on top of the pictures
        position = 0
        for index, child in enumerate(group.children()):
            found = getattr(child, "layer", lambda: None)()
            if found is not None and found.customProperty(ROLE_PROPERTY, "") == FOOTPRINTS_ROLE:
                position = index + 1
                break
        group.insertLayer(position, layer)
        self._layers[image.id] = layer.id()
        return layer

    def extent_of(self, scene_id: str) -> Optional[QgsRectangle]:
        layer = self.existing(scene_id)
        return layer.extent() if layer is not None else None

    # --- life of the folders ---------------------------------------------------------------------------------
    def _watch(self) -> None:
        project = self._project()
        if self._watched is project:
            return
        self._unwatch()
        project.layersRemoved.connect(self._on_removed)
        self._watched = project

    def _unwatch(self) -> None:
        if self._watched is not None:
            try:
                self._watched.layersRemoved.disconnect(self._on_removed)
            except (TypeError, RuntimeError):
                pass
            self._watched = None

    def _on_removed(self, layer_ids) -> None:
        """The layers are gone (and with them GDAL's file handles): their folders can go."""
        for layer_id in layer_ids:
            folder = self._folders.pop(layer_id, None)
            if folder is not None:
                folder.cleanup()
        gone = set(layer_ids)
        self._layers = {scene: layer for scene, layer in self._layers.items() if layer not in gone}

    def shutdown(self) -> None:
        """The plugin unloads: previews are temporary, they leave the map with their folders."""
        project = self._project()
        ids = [layer_id for layer_id in self._folders if project.mapLayer(layer_id) is not None]
        ids += [layer_id for layer_id in self._layers.values() if layer_id not in ids
                and project.mapLayer(layer_id) is not None]
        if ids:
            project.removeMapLayers(ids)  # layersRemoved cleans their folders
        self._unwatch()
        for folder in self._folders.values():
            folder.cleanup()
        self._folders, self._layers = {}, {}
