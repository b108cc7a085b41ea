"""The "Mapflow" Processing provider: Estimate cost, Start processing, Wait and load result, List processings."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider

from ..integration.messages import tr
from .base import icon
from .estimate_cost import EstimateCost
from .list_processings import ListProcessings
from .load_result import WaitAndLoadResult
from .start_processing import StartProcessing

PROVIDER_ID = "mapflow"
ALGORITHMS = (EstimateCost, StartProcessing, WaitAndLoadResult, ListProcessings)


class MapflowProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Mapflow")

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Mapflow: AI extraction of buildings, forest, roads and construction from imagery")

    def icon(self):
        return icon("mapflow_processing.svg")

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
