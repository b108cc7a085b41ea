"""Footprints of search results as a styled temporary layer, linked to a table by scene id.

- ``footprint_features(images)`` builds the features on any thread (a task prepares 1,000 of them off the GUI
  thread); ``FootprintLayer.show(images, features)`` puts them into a memory layer in one provider call.
- Filtering never deletes features: each has a ``match`` attribute and the layer's subset string is
  ``"match" = 1``; ``set_matches`` rewrites that attribute for the whole page in one provider call.
- ``select_scenes(ids)`` selects without echo; a selection the user makes on the map comes out as
  ``selection_changed(list of scene ids)``. The two never loop: an echo of our own selection is swallowed.
- The layer lives in the "Mapflow" group with a custom property that tells the AOI picker not to offer it.

GUI thread for everything but ``footprint_features``/``footprint_geometry``.
"""
from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Optional, Sequence

from qgis.core import (QgsFeature, QgsFields, QgsFillSymbol, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle,
                       QgsSimpleLineSymbolLayer, QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QDateTime, QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..api.models import CatalogImage
from ..core.search_rules import bounds_of
from ..integration.messages import tr
from . import layer_roles
from .layer_roles import ROLE_PROPERTY
from .result_tree import mapflow_group

# the plugin's helper layers of a search (footprints, scene previews, a planned search's areas) carry a role
# (layers/layer_roles.py), so the AOI picker leaves them out
FOOTPRINTS_ROLE = layer_roles.FOOTPRINTS
PREVIEW_ROLE = layer_roles.PREVIEW
TEMPLATE_AOIS_ROLE = layer_roles.TEMPLATE_AOIS
HELPER_ROLES = (FOOTPRINTS_ROLE, PREVIEW_ROLE, TEMPLATE_AOIS_ROLE)
MATCH_FIELD = "match"
MATCH_SUBSET = f'"{MATCH_FIELD}" = 1'

# field types by memory-provider name: no QVariant/QMetaType type codes, which differ between Qt5 and Qt6
_FIELD_SPECS = (("scene_id", "string"), ("provider", "string"), ("acquired", "datetime"), ("cloud", "double"),
                ("off_nadir", "double"), ("resolution", "double"), ("sensor", "string"), ("product", "string"),
                ("zoom", "integer"), ("cover", "double"), (MATCH_FIELD, "integer"))
LAYER_URI = "Polygon?crs=EPSG:4326&" + "&".join(f"field={name}:{kind}" for name, kind in _FIELD_SPECS)


def footprint_fields() -> QgsFields:
    """The footprint layer's fields (any thread: a memory layer that never joins a project)."""
    return QgsVectorLayer(LAYER_URI, "fields", "memory").fields()


def is_helper_layer(layer) -> bool:
    """A footprint, preview or planned-search AOI layer of the plugin: not an area of interest."""
    try:
        return layer is not None and layer.customProperty(ROLE_PROPERTY, "") in HELPER_ROLES
    except RuntimeError:  # deleted meanwhile
        return False


# --- geometry ----------------------------------------------------------------------------------------------------
def _ring(coordinates) -> List[QgsPointXY]:
    return [QgsPointXY(float(point[0]), float(point[1])) for point in coordinates]


def footprint_geometry(footprint) -> QgsGeometry:
    """A GeoJSON Polygon/MultiPolygon (or ``{"wkt": ...}``) in EPSG:4326 as a QgsGeometry; null when unreadable."""
    try:
        if "wkt" in footprint:
            return QgsGeometry.fromWkt(str(footprint["wkt"]))
        kind, coordinates = footprint.get("type"), footprint.get("coordinates")
        if kind == "Polygon":
            return QgsGeometry.fromPolygonXY([_ring(ring) for ring in coordinates])
        if kind == "MultiPolygon":
            return QgsGeometry.fromMultiPolygonXY([[_ring(ring) for ring in polygon] for polygon in coordinates])
    except (AttributeError, TypeError, ValueError, IndexError):
        pass
    return QgsGeometry()


def footprints_union(footprints: Iterable) -> QgsGeometry:
    """The union of footprints (made valid first: a footprint ring may come in either order)."""
    geometries = []
    for footprint in footprints:
        geometry = footprint_geometry(footprint)
        if not geometry.isNull() and not geometry.isEmpty():
            geometries.append(geometry if geometry.isGeosValid() else geometry.makeValid())
    if not geometries:
        return QgsGeometry()
    return geometries[0] if len(geometries) == 1 else QgsGeometry.unaryUnion(geometries)


# --- features (any thread) ---------------------------------------------------------------------------------------
def _datetime(moment) -> QDateTime:
    if moment is None:
        return QDateTime()
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), Qt.TimeSpec.UTC)


def footprint_features(images: Sequence[CatalogImage], fields: Optional[QgsFields] = None,
                       is_cancelled: Callable[[], bool] = lambda: False) -> List[QgsFeature]:
    """One feature per image, in the images' order, with ``match`` = 1. Safe on a worker thread."""
    fields = fields or footprint_fields()
    features = []
    for index, image in enumerate(images):
        if index % 200 == 0 and is_cancelled():
            break
        feature = QgsFeature(fields)
        feature.setGeometry(footprint_geometry(image.footprint))
        feature.setAttributes([image.id, image.provider_name, _datetime(image.acquisition_date), image.cloud_cover,
                               image.off_nadir_angle, image.pixel_resolution, image.sensor, image.product_type,
                               image.zoom, image.aoi_intersection_percent, 1])
        features.append(feature)
    return features


# --- the layer ---------------------------------------------------------------------------------------------------
def _style(layer: QgsVectorLayer) -> None:
    # an outline-only symbol layer, no fill: many footprints overlap, and QGIS fills a *selected* polygon with the
    # selection colour whatever the fill style, which would hide the preview drawn below it
    outline = QgsSimpleLineSymbolLayer(QColor(255, 120, 0), 0.4)  # millimetres
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, outline)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setOpacity(1.0)


class FootprintLayer(QObject):
    """One temporary footprint layer; re-created if the user removes it. ``name`` is its title in the layer tree."""

    selection_changed = pyqtSignal(list)  # scene ids the user selected on the map

    def __init__(self, name: str = "", project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(parent)
        self._name = name or tr("Search footprints")
        self._project = project
        self.layer: Optional[QgsVectorLayer] = None
        self._fid_of: Dict[str, int] = {}
        self._id_of: Dict[int, str] = {}
        self._footprints: Dict[str, dict] = {}  # scene id -> GeoJSON footprint, for extents
        self._order: List[int] = []  # feature ids in the order of the shown images
        self._matches: List[bool] = []
        self._echo = False  # True while we select: the layer's selectionChanged is our own echo

    # --- contents --------------------------------------------------------------------------------------------
    def show(self, images: Sequence[CatalogImage], features: Optional[List[QgsFeature]] = None,
             matches: Optional[Sequence[bool]] = None) -> QgsVectorLayer:
        """Replace the footprints by those of ``images`` (``features``: prepared by ``footprint_features``;
        ``matches``: which pass the local filters, all by default). One provider call."""
        layer = self._ensure_layer()
        if features is None:
            features = footprint_features(images, layer.fields())
        matches = list(matches) if matches is not None else [True] * len(images)
        if not all(matches):
            index = layer.fields().indexOf(MATCH_FIELD)
            for feature, ok in zip(features, matches):
                if not ok:
                    feature.setAttribute(index, 0)
        provider = layer.dataProvider()
        self._echo = True
        try:
            layer.removeSelection()
            provider.truncate()
            ok, added = provider.addFeatures(features)
        finally:
            self._echo = False
        self._footprints = {image.id: image.footprint for image in images}
        if ok:
            ids = [image.id for image in images]
            self._order = [feature.id() for feature in added]
            self._fid_of = dict(zip(ids, self._order))
            self._id_of = dict(zip(self._order, ids))
            self._matches = [bool(match) for match in matches]
        else:
            self._fid_of, self._id_of, self._order, self._matches = {}, {}, [], []
        layer.updateExtents()
        layer.triggerRepaint()
        return layer

    def set_matches(self, matches: Sequence[bool]) -> None:
        """Hide the footprints that do not match (``matches`` in the order of the shown images): one provider
        call for the features whose state changed; the subset string does the hiding."""
        layer = self._live_layer()
        if layer is None or len(matches) != len(self._order):
            return
        index = layer.fields().indexOf(MATCH_FIELD)
        changes = {fid: {index: 1 if ok else 0} for fid, ok, was in zip(self._order, matches, self._matches)
                   if bool(ok) != was}
        self._matches = [bool(ok) for ok in matches]
        if changes:
            layer.dataProvider().changeAttributeValues(changes)
            layer.triggerRepaint()

    def clear(self) -> None:
        layer = self._live_layer()
        if layer is not None:
            self._echo = True
            try:
                layer.removeSelection()
                layer.dataProvider().truncate()
            finally:
                self._echo = False
            layer.triggerRepaint()
        self._fid_of, self._id_of, self._footprints = {}, {}, {}
        self._order, self._matches = [], []

    # --- selection --------------------------------------------------------------------------------------------
    def select_scenes(self, scene_ids: Iterable[str]) -> None:
        """Select these footprints (the table's selection); emits nothing."""
        layer = self._live_layer()
        if layer is None:
            return
        fids = [self._fid_of[i] for i in scene_ids if i in self._fid_of]
        if sorted(fids) == sorted(layer.selectedFeatureIds()):
            return
        self._echo = True
        try:
            layer.selectByIds(fids)
        finally:
            self._echo = False

    def selected_scenes(self) -> List[str]:
        layer = self._live_layer()
        if layer is None:
            return []
        return [self._id_of[fid] for fid in layer.selectedFeatureIds() if fid in self._id_of]

    def extent_of(self, scene_ids: Iterable[str]) -> Optional[QgsRectangle]:
        """The bounding box (EPSG:4326) of these footprints, hidden ones included; None for none."""
        boxes = [bounds_of(self._footprints[i]) for i in scene_ids if i in self._footprints]
        boxes = [b for b in boxes if b is not None]
        if not boxes:
            return None
        return QgsRectangle(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                            max(b[3] for b in boxes))

    def feature_id(self, scene_id: str) -> Optional[int]:
        return self._fid_of.get(scene_id)

    # --- the layer's life -------------------------------------------------------------------------------------
    def _live_layer(self) -> Optional[QgsVectorLayer]:
        layer = self.layer
        if layer is None:
            return None
        try:
            if self._project().mapLayer(layer.id()) is None:
                self._forget()
                return None
        except RuntimeError:  # deleted with its project
            self._forget()
            return None
        return layer

    def _forget(self) -> None:
        self.layer = None
        self._fid_of, self._id_of, self._footprints = {}, {}, {}
        self._order, self._matches = [], []

    def _ensure_layer(self) -> QgsVectorLayer:
        layer = self._live_layer()
        if layer is not None:
            return layer
        layer = QgsVectorLayer(LAYER_URI, self._name, "memory")
        layer.setCustomProperty(ROLE_PROPERTY, FOOTPRINTS_ROLE)
        layer.setCustomProperty("skipMemoryLayersCheck", 1)  # a temporary layer: QGIS need not warn on close
        layer.setSubsetString(MATCH_SUBSET)
        _style(layer)
        layer.selectionChanged.connect(self._on_layer_selection)
        project = self._project()
        project.addMapLayer(layer, False)
        mapflow_group(project).insertLayer(0, layer)
        self.layer = layer
        return layer

    def _on_layer_selection(self, *_args) -> None:
        if self._echo or self.layer is None:
            return
        try:
            selected = self.layer.selectedFeatureIds()
        except RuntimeError:
            return
        self.selection_changed.emit([self._id_of[fid] for fid in selected if fid in self._id_of])

    def remove(self) -> None:
        """Take the layer out of the project (the plugin unloads or the user signs out)."""
        layer = self._live_layer()
        self._forget()
        if layer is not None:
            try:
                layer.selectionChanged.disconnect(self._on_layer_selection)
            except (TypeError, RuntimeError):
                pass
            self._project().removeMapLayer(layer.id())

    def shutdown(self) -> None:
        """Disconnect from the layer but leave it on the map (the user may want the footprints)."""
        layer = self.layer
        if layer is not None:
            try:
                layer.selectionChanged.disconnect(self._on_layer_selection)
            except (TypeError, RuntimeError):
                pass
        self._forget()
