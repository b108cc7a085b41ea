"""The areas (AOIs) of an open planned search on the map, and the geometry work of editing them.

- ``TemplateAoiLayer`` keeps one labelled feature per named AOI in a temporary memory layer of the "Mapflow"
  group. The layer is read-only for the user: the map changes only through ``show``/``set_aoi``/``remove_aois``,
  which the controller calls after the server confirmed an edit, so the map never shows an edit the server
  refused. Selecting AOIs on the map comes out as ``selection_changed(ids)``; ``select_aois`` selects without echo.
- ``area_of_drawing`` (any thread) cleans, reprojects and measures a drawn polygon as any AOI is
  (``layers.aoi_geometry.run_pipeline``); ``selection_of_aois`` makes the template's AOIs the processing's AOI.
- Like the search footprints, the layer carries the custom property ``mapflow_processing/role`` so the AOI picker
  never offers it as an area of interest.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Sequence

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature, QgsFillSymbol,
                       QgsGeometry, QgsPalLayerSettings, QgsProject, QgsRectangle, QgsSingleSymbolRenderer,
                       QgsTextFormat, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..api.models import Template, TemplateAoi
from ..core.aoi_rules import SourceStatus
from .aoi import AoiOrigin, AoiPart, AoiSelection
from .aoi_geometry import WGS84, AoiBuildCancelled, SourceProblem, run_pipeline
from .footprints import ROLE_PROPERTY, TEMPLATE_AOIS_ROLE, footprint_geometry
from .result_tree import mapflow_group

LAYER_URI = ("MultiPolygon?crs=EPSG:4326&field=aoi_id:string&field=name:string&field=area_km2:double"
             "&field=new_scenes:integer")
_ID, _NAME, _AREA, _NEW = 0, 1, 2, 3


def aoi_geometry(aoi: TemplateAoi) -> QgsGeometry:
    """An AOI's GeoJSON geometry (EPSG:4326) as a multipolygon QgsGeometry; null when unreadable."""
    geometry = footprint_geometry(aoi.geometry or {})
    if not geometry.isNull() and not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry


def _feature(fields, aoi: TemplateAoi) -> QgsFeature:
    feature = QgsFeature(fields)
    feature.setGeometry(aoi_geometry(aoi))
    feature.setAttributes([aoi.id, aoi.name, (aoi.area or 0) / 1e6, 1 if aoi.has_new_images else 0])
    return feature


def _style(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "30,110,200,30", "outline_color": "30,110,200,255",
                                         "outline_width": "0.7", "outline_style": "dash", "style": "solid"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.enabled = True
    text = QgsTextFormat()
    text.setColor(QColor(20, 70, 140))
    text.setSize(10)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


class TemplateAoiLayer(QObject):
    """The AOIs of one planned search at a time; re-created if the user removed the layer."""

    selection_changed = pyqtSignal(list)  # AOI ids the user selected on the map

    def __init__(self, project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(parent)
        self._project = project
        self.layer: Optional[QgsVectorLayer] = None
        self._fid_of: Dict[str, int] = {}
        self._echo = False
        self._title = ""

    # --- contents --------------------------------------------------------------------------------------------
    def show(self, template: Template, title: str) -> QgsVectorLayer:
        """Replace the features by ``template``'s AOIs (one provider call); ``title``: the layer's name."""
        layer = self._ensure_layer(title)
        features = [_feature(layer.fields(), aoi) for aoi in template.aois]
        self._echo = True
        try:
            layer.removeSelection()
            provider = layer.dataProvider()
            provider.truncate()
            ok, added = provider.addFeatures(features)
        finally:
            self._echo = False
        self._fid_of = {aoi.id: f.id() for aoi, f in zip(template.aois, added)} if ok else {}
        layer.updateExtents()
        layer.triggerRepaint()
        return layer

    def set_aoi(self, aoi: TemplateAoi) -> None:
        """One AOI renamed or redrawn (as the server answered), or a new one."""
        layer = self._live_layer()
        if layer is None:
            return
        fid = self._fid_of.get(aoi.id)
        provider = layer.dataProvider()
        if fid is None:
            ok, added = provider.addFeatures([_feature(layer.fields(), aoi)])
            if ok and added:
                self._fid_of[aoi.id] = added[0].id()
        else:
            if aoi.geometry:
                provider.changeGeometryValues({fid: aoi_geometry(aoi)})
            changes = {_NAME: aoi.name}
            if aoi.area is not None:
                changes[_AREA] = aoi.area / 1e6
            provider.changeAttributeValues({fid: changes})
        layer.updateExtents()
        layer.triggerRepaint()

    def remove_aois(self, aoi_ids: Iterable[str]) -> None:
        layer = self._live_layer()
        if layer is None:
            return
        fids = [self._fid_of.pop(aoi_id) for aoi_id in list(aoi_ids) if aoi_id in self._fid_of]
        if fids:
            layer.dataProvider().deleteFeatures(fids)
            layer.updateExtents()
            layer.triggerRepaint()

    def aoi_ids(self) -> List[str]:
        return list(self._fid_of)

    def names(self) -> Dict[str, str]:
        """AOI id -> the name on the map (what the labels show)."""
        layer = self._live_layer()
        if layer is None:
            return {}
        return {f[_ID]: f[_NAME] for f in layer.getFeatures()}

    def geometry_of(self, aoi_id: str) -> QgsGeometry:
        layer = self._live_layer()
        fid = self._fid_of.get(aoi_id)
        if layer is None or fid is None:
            return QgsGeometry()
        return QgsGeometry(layer.getFeature(fid).geometry())

    def extent_of(self, aoi_ids: Sequence[str]) -> Optional[QgsRectangle]:
        box = None
        for aoi_id in aoi_ids:
            geometry = self.geometry_of(aoi_id)
            if geometry.isNull():
                continue
            extent = geometry.boundingBox()
            if box is None:
                box = QgsRectangle(extent)
            else:
                box.combineExtentWith(extent)
        return box

    # --- selection ----------------------------------------------------------------------------------------------
    def select_aois(self, aoi_ids: Iterable[str]) -> None:
        layer = self._live_layer()
        if layer is None:
            return
        fids = [self._fid_of[i] for i in aoi_ids if i in self._fid_of]
        self._echo = True
        try:
            layer.selectByIds(fids)
        finally:
            self._echo = False

    def _on_layer_selection(self, *_args) -> None:
        if self._echo or self.layer is None:
            return
        try:
            selected = set(self.layer.selectedFeatureIds())
        except RuntimeError:
            return
        self.selection_changed.emit([aoi_id for aoi_id, fid in self._fid_of.items() if fid in selected])

    # --- the layer's life -----------------------------------------------------------------------------------------
    def _live_layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer
        if layer is None:
            return None
        try:
            if self._project().mapLayer(layer.id()) is None:
                self._forget()
                return None
        except RuntimeError:
            self._forget()
            return None
        return layer

    def _forget(self) -> None:
        self.layer = None
        self._fid_of = {}

    def _ensure_layer(self, title: str) -> QgsVectorLayer:
        layer = self._live_layer()
        if layer is not None:
            if title and layer.name() != title:
                layer.setName(title)
            return layer
        layer = QgsVectorLayer(LAYER_URI, title or "Planned search areas", "memory")
        layer.setCustomProperty(ROLE_PROPERTY, TEMPLATE_AOIS_ROLE)
        layer.setCustomProperty("skipMemoryLayersCheck", 1)
        layer.setReadOnly(True)  # edits go through the server first; the map follows its answer
        _style(layer)
        layer.selectionChanged.connect(self._on_layer_selection)
        project = self._project()
        project.addMapLayer(layer, False)
        mapflow_group(project).insertLayer(0, layer)
        self.layer = layer
        return layer

    def remove(self) -> None:
        """Take the layer off the map (the view closes)."""
        layer = self._live_layer()
        self._disconnect()
        self._forget()
        if layer is not None:
            self._project().removeMapLayer(layer.id())

    def _disconnect(self) -> None:
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self._on_layer_selection)
            except (TypeError, RuntimeError):
                pass

    def shutdown(self) -> None:
        """The plugin unloads: let go of the layer (it stays on the map)."""
        self._disconnect()
        self._forget()


# --- geometry work (any thread) --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DrawnArea:
    """A drawn polygon as the service will get it: GeoJSON in EPSG:4326 and its geodesic area (0 when empty)."""

    geojson: Optional[dict]
    area_km2: float
    repaired: bool = False


def area_of_drawing(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                    context: Optional[QgsCoordinateTransformContext] = None) -> DrawnArea:
    """Clean, repair, reproject and measure a drawn polygon (the same pipeline as any AOI)."""
    try:
        result = run_pipeline([QgsGeometry(geometry)], crs, context or QgsCoordinateTransformContext())
    except (SourceProblem, AoiBuildCancelled):
        return DrawnArea(None, 0.0)
    selection = AoiSelection(AoiOrigin.DRAWN, "", [AoiPart(p.geometry, p.area_km2, p.bbox_area_km2)
                                                    for p in result.parts])
    return DrawnArea(selection.to_geojson(), selection.total_area_km2, bool(result.notes))


def selection_of_aois(aois: Sequence[TemplateAoi], name: str) -> AoiSelection:
    """The AOIs of a planned search as the AOI of a processing (any thread): cleaned and measured like any AOI."""
    geometries = [aoi_geometry(aoi) for aoi in aois]
    selection = AoiSelection(AoiOrigin.LAYER, name)
    try:
        result = run_pipeline([g for g in geometries if not g.isNull()], WGS84, QgsCoordinateTransformContext())
    except SourceProblem as problem:
        selection.status, selection.status_detail = problem.status, problem.detail
        return selection
    selection.parts = [AoiPart(p.geometry, p.area_km2, p.bbox_area_km2) for p in result.parts]
    if not selection.parts:
        selection.status = SourceStatus.NO_POLYGON
    return selection
