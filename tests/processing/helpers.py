"""Helpers of the Processing-provider tests: a feedback that records messages, polygon layers in the demo area,
and ``processing.run``."""
from __future__ import annotations

import itertools
from typing import List

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

_areas = itertools.count()


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message, as the Processing dialog's log would show them."""

    def __init__(self):
        super().__init__()
        self.infos: List[str] = []
        self.warnings: List[str] = []
        self.errors: List[str] = []
        self.progress: List[float] = []
        self.texts: List[str] = []  # progress texts
        self.progressChanged.connect(self.progress.append)

    def setProgressText(self, text):  # noqa: N802
        self.texts.append(text)
        super().setProgressText(text)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    @property
    def text(self) -> str:
        return "\n".join(self.infos + self.warnings + self.errors)


def square(size_deg: float = 0.004, lon: float = None, lat: float = 55.70) -> QgsGeometry:
    """A rectangle about size × 0.6·size degrees in the demo area; each call takes a new place by default."""
    if lon is None:
        lon = 37.55 + (next(_areas) % 40) * 0.006
    east, north = lon + size_deg, lat + size_deg * 0.6
    return QgsGeometry.fromWkt(f"POLYGON(({lon} {lat}, {east} {lat}, {east} {north}, {lon} {north}, {lon} {lat}))")


def polygon_layer(*features, name: str = "aoi", crs: str = "EPSG:4326") -> QgsVectorLayer:
    """A memory layer of (geometry, name) pairs with a text field "name"."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", name, "memory")
    rows = []
    for geometry, label in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([label])
        rows.append(feature)
    assert layer.dataProvider().addFeatures(rows)
    return layer


def run(algorithm_id, parameters: dict, feedback=None, context=None) -> dict:
    """``processing.run`` as a script would call it (prepare, process, post-process); ``algorithm_id`` may also be
    an algorithm object (a model loaded from a .model3 file)."""
    import processing

    return processing.run(algorithm_id, parameters, feedback=feedback or RecordingFeedback(), context=context)
