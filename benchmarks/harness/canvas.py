"""A shown map canvas bound to the project's layer tree, as in QGIS, and knowing when a render has finished."""
from __future__ import annotations

import time
from typing import List, Optional, Tuple

CANVAS_SIZE = (1000, 700)  # a typical map area next to a dock


class WatchedCanvas:
    """``QgsMapCanvas`` + ``QgsLayerTreeMapCanvasBridge`` in EPSG:3857; records each finished render.

    A render cancelled by a newer one emits nothing, so a ``mapCanvasRefreshed`` that comes after a layer joined the
    canvas belongs to a render that drew it.
    """

    def __init__(self, project):
        from qgis.core import QgsCoordinateReferenceSystem
        from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsMapCanvas

        self.project = project
        self.crs = QgsCoordinateReferenceSystem("EPSG:3857")
        project.setCrs(self.crs)
        self.canvas = QgsMapCanvas()
        self.canvas.setDestinationCrs(self.crs)
        self.canvas.setCachingEnabled(False)  # every measured render draws the layer, none is served from a cache
        self.canvas.resize(*CANVAS_SIZE)
        self.canvas.show()
        self.bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), self.canvas)
        self.renders: List[Tuple[float, Tuple[str, ...]]] = []  # (perf_counter, layer ids drawn)
        self.canvas.mapCanvasRefreshed.connect(self._on_refreshed)

    def _on_refreshed(self) -> None:
        self.renders.append((time.perf_counter(), tuple(layer.id() for layer in self.canvas.layers())))

    def zoom_to(self, layer) -> None:
        """Show the whole layer (what "zoom to the results" does) and ask for a render."""
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(layer.crs(), self.crs, self.project)
        extent = transform.transformBoundingBox(layer.extent())
        extent.scale(1.05)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def render_done_with(self, layer_id: str, after: float) -> Optional[float]:
        """When the first render that drew ``layer_id`` finished after ``after``; None if none has yet."""
        for moment, layer_ids in self.renders:
            if moment >= after and layer_id in layer_ids:
                return moment
        return None

    def close(self) -> None:
        self.canvas.mapCanvasRefreshed.disconnect(self._on_refreshed)
        self.canvas.hide()
