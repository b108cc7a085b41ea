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

    def __init__(self, project, measure_ink: bool = False):
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
        # QGIS zooms to the first layer of an empty project; a user loading results has the AOI and the view set
        # already (and a tile layer's extent would be the whole world)
        self.bridge.setAutoSetupOnFirstLayer(False)
        self.renders: List[Tuple[float, Tuple[str, ...]]] = []  # (perf_counter, layer ids drawn)
        self.measure_ink = measure_ink
        self.inks: List[Tuple[float, float]] = []  # (perf_counter, share of the canvas drawn), when measured
        self.canvas.mapCanvasRefreshed.connect(self._on_refreshed)

    def _on_refreshed(self) -> None:
        now = time.perf_counter()
        layer_ids = tuple(layer.id() for layer in self.canvas.layers())
        self.renders.append((now, layer_ids))
        if self.measure_ink and layer_ids:
            self.inks.append((now, self.ink_share()))

    def ink_share(self) -> float:
        """The share of a probe area's pixels that differ from the canvas's background, as shown on screen now.

        The probe is a fifth of the canvas, left of and above the centre: inside the extent of a result the view
        was set to, away from the AOI's own imagery (in the centre). Reading a small area keeps each look cheap
        (well under a millisecond), so it can be taken often."""
        import numpy as np
        from qgis.PyQt.QtCore import QRect
        from qgis.PyQt.QtGui import QImage

        view = self.canvas.viewport()
        probe = QRect(int(view.width() * 0.25), int(view.height() * 0.2), int(view.width() * 0.15),
                      int(view.height() * 0.2))
        image = view.grab(probe).toImage().convertToFormat(QImage.Format_RGB32)
        width, height = image.width(), image.height()
        if not width or not height:
            return 0.0
        pointer = image.constBits()
        pointer.setsize(image.bytesPerLine() * height)
        pixels = np.frombuffer(pointer, np.uint32).reshape(height, image.bytesPerLine() // 4)[:, :width]
        background = self.canvas.canvasColor().rgb() & 0xFFFFFFFF
        return float(np.count_nonzero((pixels | 0xFF000000) != (background | 0xFF000000))) / (width * height)

    def watch_ink(self, every_ms: int = 50) -> None:
        """Look at the probe area every ``every_ms`` as well as after each render: QGIS shows a render's layers as
        they are drawn (every 250 ms by default), before the whole render has finished."""
        from qgis.PyQt.QtCore import QTimer

        self._ink_timer = QTimer()
        self._ink_timer.setInterval(every_ms)
        self._ink_timer.timeout.connect(lambda: self.inks.append((time.perf_counter(), self.ink_share())))
        self._ink_timer.start()

    def first_ink(self, after: float, share: float) -> Optional[float]:
        """When the probe area was first seen at least ``share`` drawn, after ``after``."""
        return next((moment for moment, inked in self.inks if moment >= after and inked >= share), None)

    def show_extent(self, extent, crs) -> None:
        """Show ``extent`` (in ``crs``): where the user is looking, e.g. the AOI they drew."""
        from qgis.core import QgsCoordinateTransform

        transform = QgsCoordinateTransform(crs, self.crs, self.project)
        shown = transform.transformBoundingBox(extent)
        shown.scale(1.05)
        self.canvas.setExtent(shown)
        self.canvas.refresh()

    def show_lonlat(self, view: str) -> None:
        """Show ``west,south,east,north`` in degrees (EPSG:4326)."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

        west, south, east, north = (float(value) for value in view.split(","))
        self.show_extent(QgsRectangle(west, south, east, north), QgsCoordinateReferenceSystem("EPSG:4326"))

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
        if getattr(self, "_ink_timer", None) is not None:
            self._ink_timer.stop()
        self.canvas.mapCanvasRefreshed.disconnect(self._on_refreshed)
        self.canvas.hide()
