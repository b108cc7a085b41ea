"""A map tool that draws an AOI polygon, and the memory layer "Mapflow AOI" that keeps the drawn polygon.

Left clicks add vertices (a rubber band follows the mouse), a right click or a double-click finishes, Esc cancels,
Backspace (or Delete) removes the last vertex. ``polygon_drawn`` carries the polygon in the map's CRS and that CRS.
"""
from __future__ import annotations

from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent

from .qgis_compat import POLYGON_GEOMETRY

AOI_LAYER_NAME = "Mapflow AOI"
# Marks the layer as ours, so it is found again even if the user renamed it.
AOI_LAYER_PROPERTY = "mapflow_processing/aoi_layer"
RUBBER_BAND_COLOR = QColor(255, 120, 0, 80)
RUBBER_BAND_STROKE = QColor(255, 120, 0, 220)


class PolygonDrawTool(QgsMapTool):
    polygon_drawn = pyqtSignal(QgsGeometry, QgsCoordinateReferenceSystem)
    drawing_cancelled = pyqtSignal()
    # A finish with fewer than 3 distinct vertices; the text says what is missing.
    drawing_rejected = pyqtSignal(str)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self._vertices: List[QgsPointXY] = []
        self._hover: Optional[QgsPointXY] = None
        # Qt sends press, release, double-click, release: the release after a double-click is not a new vertex
        self._ignore_next_release = False
        self._band = QgsRubberBand(canvas, POLYGON_GEOMETRY)
        self._band.setColor(RUBBER_BAND_STROKE)
        self._band.setFillColor(RUBBER_BAND_COLOR)
        self._band.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # --- state --------------------------------------------------------------------------------------------------
    @property
    def vertices(self) -> List[QgsPointXY]:
        return list(self._vertices)

    def reset(self) -> None:
        self._vertices = []
        self._hover = None
        self._band.reset(POLYGON_GEOMETRY)

    def _redraw(self) -> None:
        points = self._vertices + ([self._hover] if self._hover is not None else [])
        self._band.reset(POLYGON_GEOMETRY)
        for index, point in enumerate(points):
            self._band.addPoint(point, index == len(points) - 1)

    def rubber_band_geometry(self) -> QgsGeometry:
        return self._band.asGeometry()

    # --- events ------------------------------------------------------------------------------------------------
    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._vertices:
            self._hover = event.mapPoint()
            self._redraw()

    def canvasPressEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        # a real new click: whatever double-click came before is over
        self._ignore_next_release = False

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._ignore_next_release:
            self._ignore_next_release = False
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._add_vertex(event.mapPoint())
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasDoubleClickEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._ignore_next_release = True
        self._add_vertex(event.mapPoint())  # a no-op when the first click of the pair already put it there
        self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_last_vertex()
            event.accept()
        else:
            event.ignore()

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    # --- actions ------------------------------------------------------------------------------------------------
    def _add_vertex(self, point: QgsPointXY) -> None:
        if self._vertices and self._vertices[-1] == point:
            return
        self._vertices.append(QgsPointXY(point))
        self._hover = None
        self._redraw()

    def remove_last_vertex(self) -> None:
        if self._vertices:
            self._vertices.pop()
            self._hover = None
            self._redraw()

    def cancel(self) -> None:
        self.reset()
        self.drawing_cancelled.emit()

    def finish(self) -> None:
        distinct = []
        for point in self._vertices:
            if point not in distinct:
                distinct.append(point)
        if len(distinct) < 3:
            self.reset()
            self.drawing_rejected.emit(self.tr("A polygon needs at least 3 points; click to add points, "
                                              "then right-click or double-click to finish."))
            return
        ring = self._vertices + [self._vertices[0]]
        polygon = QgsGeometry.fromPolygonXY([ring])
        crs = self.canvas().mapSettings().destinationCrs()
        self.reset()
        self.polygon_drawn.emit(polygon, crs)


def _style_aoi_layer(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple({
        "color": "255,120,0,40", "outline_color": "255,120,0,255", "outline_width": "0.8", "style": "solid",
    })
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def find_aoi_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(AOI_LAYER_PROPERTY):
            return layer
    return None


def put_in_aoi_layer(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                     project: QgsProject) -> QgsVectorLayer:
    """Show a drawn polygon in the temporary layer "Mapflow AOI": reused when present (its old polygon is replaced),
    created and styled otherwise. Runs on the GUI thread (it changes the project)."""
    layer = find_aoi_layer(project)
    if layer is None:
        layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or 'EPSG:4326'}", AOI_LAYER_NAME, "memory")
        if not crs.authid():
            layer.setCrs(crs)
        layer.setCustomProperty(AOI_LAYER_PROPERTY, True)
        _style_aoi_layer(layer)
        project.addMapLayer(layer)
    elif layer.crs() != crs:
        layer.setCrs(crs)  # a memory layer holds whatever we put in; the new polygon sets the CRS
    provider = layer.dataProvider()
    provider.truncate()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry(geometry))
    provider.addFeatures([feature])
    layer.updateExtents()
    layer.triggerRepaint()
    return layer
