"""The "Load results" task: GeoPackage and/or tile layers of one processing, per the user's load setting.

``run()`` (worker thread) downloads and converts the GeoJSON and reads the TileJSONs; it touches no layer,
project or widget. ``finished()`` (GUI thread) creates the layers and puts them into the "Mapflow" group.
In mode "both" a part that fails becomes a note and the other part still loads; the task fails only when no
requested part could be prepared.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

from qgis.core import QgsProject

from ..api.errors import MapflowError
from ..api.http import HttpTransport
from ..api.requests_transport import RequestsTransport
from ..layers.result_convert import CancelCheck, ResultConversionError
from ..layers.result_package import DownloadProgress, Downloader, ResultDownloadError, ResultPackage, \
    build_result_package
from ..layers.results import ResultLayerError, add_result_layers
from ..layers.tiles import HostAuth, ResolvedTiles, TileJsonError, TileService, resolve_tiles
from .base import MapflowTask, TaskCancelled
from ..integration.messages import tr

if TYPE_CHECKING:
    from ..api.client import MapflowClient

GEOPACKAGE_SHARE = 0.9  # of the progress bar when tiles are loaded as well; TileJSONs are tiny



def client_downloader(client: "MapflowClient", processing_id: str) -> Downloader:
    """The REST client's streaming ``/result`` download, as the task's Downloader."""
    def download(target: Path, progress: DownloadProgress, should_cancel: CancelCheck) -> None:
        client.download_result(processing_id, target, progress=progress, is_cancelled=should_cancel)
    return download


class LoadMode(str, Enum):
    """The user's "load results as" setting."""

    GPKG = "gpkg"
    TILES = "tiles"
    BOTH = "both"

    @classmethod
    def parse(cls, value: "str | LoadMode") -> "LoadMode":
        try:
            return cls(str(value.value if isinstance(value, LoadMode) else value).strip().lower())
        except ValueError:
            raise ValueError(tr("Unknown result load mode \"{value}\": expected gpkg, tiles or both.").format(
                value=value)) from None

    @property
    def wants_geopackage(self) -> bool:
        return self in (LoadMode.GPKG, LoadMode.BOTH)

    @property
    def wants_tiles(self) -> bool:
        return self in (LoadMode.TILES, LoadMode.BOTH)


@dataclass
class LoadResultsRequest:
    processing_id: str
    processing_name: str
    workflow_name: str  # the model's display name, e.g. "🏠 Buildings"; it picks the style
    mode: LoadMode
    output_dir: Path  # where the GeoPackage goes
    downloader: Optional[Downloader] = None  # needed for gpkg/both
    vector_tiles: Optional[TileService] = None  # the processing's vectorLayer
    raster_tiles: Optional[TileService] = None  # the processing's rasterLayer
    http: Optional[HttpTransport] = None  # for TileJSON: the way the plugin's requests take (QGIS's network)
    mapflow_auth: Optional[HostAuth] = None  # sent with TileJSON requests to the Mapflow host only

    def __post_init__(self) -> None:
        self.mode = LoadMode.parse(self.mode)
        self.output_dir = Path(self.output_dir)
        if self.mode.wants_geopackage and self.downloader is None:
            raise ValueError(tr("Loading results as GeoPackage needs a downloader."))
        if self.mode == LoadMode.TILES and self.vector_tiles is None and self.raster_tiles is None:
            raise ValueError(tr("Loading results as tiles needs the processing's tile endpoints."))


@dataclass
class LoadResultsOutcome:
    package: Optional[ResultPackage] = None
    vector_tiles: Optional[ResolvedTiles] = None
    raster_tiles: Optional[ResolvedTiles] = None
    messages: List[str] = field(default_factory=list)  # notes for the message bar (empty result, failed part)
    layer_ids: List[str] = field(default_factory=list)  # filled on the GUI thread, top to bottom


class LoadResultsTask(MapflowTask[LoadResultsOutcome]):
    expected_errors = (ResultConversionError, ResultDownloadError, TileJsonError, ResultLayerError, ValueError)

    def __init__(self, request: LoadResultsRequest, project: Optional[QgsProject] = None):
        super().__init__(tr("Mapflow: load results of \"{name}\"").format(name=request.processing_name))
        self.request = request
        self._project = project

    def execute(self) -> LoadResultsOutcome:
        request, outcome = self.request, LoadResultsOutcome()
        failures: List[str] = []
        geopackage_share = GEOPACKAGE_SHARE if request.mode.wants_tiles else 1.0
        if request.mode.wants_geopackage:
            outcome.package = self._attempt(failures, lambda: build_result_package(
                request.downloader, request.processing_id, request.processing_name, request.output_dir,
                progress=lambda fraction: self.report_progress(fraction * geopackage_share),
                should_cancel=self.isCanceled))
            if outcome.package:
                outcome.messages.extend(outcome.package.messages)
        if request.mode.wants_tiles:
            http = request.http or RequestsTransport()
            try:
                if request.vector_tiles is not None:
                    outcome.vector_tiles = self._attempt(failures, lambda: resolve_tiles(
                        request.vector_tiles, http, request.mapflow_auth), tr("Vector tiles"))
                if request.raster_tiles is not None:
                    outcome.raster_tiles = self._attempt(failures, lambda: resolve_tiles(
                        request.raster_tiles, http, request.mapflow_auth), tr("Imagery tiles"))
            finally:
                if request.http is None:  # ours: close its connections
                    http.close()
        self.check_cancelled()
        if not (outcome.package or outcome.vector_tiles or outcome.raster_tiles):
            raise ResultLayerError(" ".join(failures))
        outcome.messages.extend(failures)
        self.report_progress(1.0)
        return outcome

    def _attempt(self, failures: List[str], step, label: Optional[str] = None):
        """Run one part; in mode "both" its failure is noted and the other parts go on."""
        self.check_cancelled()
        try:
            return step()
        except (MapflowError, ResultConversionError, ResultDownloadError, TileJsonError) as error:
            if self.isCanceled():
                raise TaskCancelled() from None
            failures.append(f"{label}: {error}" if label else str(error))
            return None
        except Exception:
            if self.isCanceled():
                raise TaskCancelled() from None
            raise

    def on_success(self, outcome: LoadResultsOutcome) -> None:
        project = self._project or QgsProject.instance()
        added = add_result_layers(project, self.request.processing_name, self.request.workflow_name,
                                  outcome.package, outcome.vector_tiles, outcome.raster_tiles,
                                  processing_id=self.request.processing_id)
        outcome.layer_ids = [layer.id() for layer in added.layers]
        outcome.messages.extend(added.problems)
