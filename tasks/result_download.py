"""The "Load results" task: GeoPackage and/or tile layers of one processing, per the user's load setting.

``run()`` (worker thread) reads the TileJSONs and downloads and converts the GeoJSON; it touches no layer,
project or widget. ``finished()`` (GUI thread) creates the layers and puts them into the "Mapflow" group.
In mode "both" the tiles come first: as soon as their TileJSONs are read the tile layers are added (on the GUI
thread, through ``tiles_ready``), so the result is on the map in a moment whatever its size, and the GeoPackage
joins them, above, when it is ready (a cancelled or failed load takes the early tile layers away again).
A part that fails becomes a note and the other part still loads; the task fails only when no requested part
could be prepared.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import pyqtSignal

from ..api.errors import MapflowError
from ..api.http import HttpTransport
from ..api.requests_transport import RequestsTransport
from ..layers.result_convert import CancelCheck, ResultConversionError
from ..layers.result_package import DownloadProgress, Downloader, ResultDownloadError, ResultPackage, \
    build_result_package
from ..layers.results import AddedResults, ResultLayerError, add_result_layers
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
    # (vector ResolvedTiles or None, raster ResolvedTiles or None), from the worker thread in mode "both"
    tiles_ready = pyqtSignal(object)

    def __init__(self, request: LoadResultsRequest, project: Optional[QgsProject] = None):
        super().__init__(tr("Mapflow: load results of \"{name}\"").format(name=request.processing_name))
        self.request = request
        self._project = project
        self._early: Optional[AddedResults] = None  # the tile layers added before the GeoPackage was ready
        self._settled = False  # finished() ran: a tiles_ready still queued does nothing
        self.tiles_ready.connect(self._add_tiles_early)  # queued: this task lives in the GUI thread
        self.aborted.connect(self._remove_early_layers)
        self.failed.connect(self._remove_early_layers)

    def execute(self) -> LoadResultsOutcome:
        request, outcome = self.request, LoadResultsOutcome()
        failures: List[str] = []
        geopackage_share = GEOPACKAGE_SHARE if request.mode.wants_tiles else 1.0
        if request.mode.wants_tiles:  # first: TileJSONs are tiny, and the tiles show the result at once
            self._resolve_tiles(outcome, failures)
            if request.mode.wants_geopackage and (outcome.vector_tiles or outcome.raster_tiles):
                self.tiles_ready.emit((outcome.vector_tiles, outcome.raster_tiles))
            self.report_progress(1.0 - geopackage_share)
        if request.mode.wants_geopackage:
            outcome.package = self._attempt(failures, lambda: build_result_package(
                request.downloader, request.processing_id, request.processing_name, request.output_dir,
                progress=lambda fraction: self.report_progress(1.0 - geopackage_share + fraction * geopackage_share),
                should_cancel=self.isCanceled))
            if outcome.package:
                outcome.messages.extend(outcome.package.messages)
        self.check_cancelled()
        if not (outcome.package or outcome.vector_tiles or outcome.raster_tiles):
            raise ResultLayerError(" ".join(failures))
        outcome.messages.extend(failures)
        self.report_progress(1.0)
        return outcome

    def _resolve_tiles(self, outcome: LoadResultsOutcome, failures: List[str]) -> None:
        request = self.request
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

    def finished(self, result: bool) -> None:
        self._settled = True
        super().finished(result)

    def _add_tiles_early(self, tiles) -> None:
        """GUI thread, while the GeoPackage is still being made: the tile layers now."""
        if self._settled or self.isCanceled() or self._early is not None:
            return
        vector, raster = tiles
        try:
            self._early = add_result_layers(self._project or QgsProject.instance(), self.request.processing_name,
                                            self.request.workflow_name, None, vector, raster,
                                            processing_id=self.request.processing_id)
        except ResultLayerError:  # QGIS could open none of them: on_success tries again and says why
            self._early = None

    def _remove_early_layers(self, *_args) -> None:
        if self._early is None:
            return
        project = self._project or QgsProject.instance()
        ids = [layer.id() for layer in self._early.layers if project.mapLayer(layer.id()) is not None]
        self._early = None
        if ids:
            project.removeMapLayers(ids)

    def on_success(self, outcome: LoadResultsOutcome) -> None:
        project = self._project or QgsProject.instance()
        request = self.request
        early = self._early
        if early is None:  # everything at once (modes "gpkg" and "tiles", or the tiles' signal not yet handled)
            added = add_result_layers(project, request.processing_name, request.workflow_name,
                                      outcome.package, outcome.vector_tiles, outcome.raster_tiles,
                                      processing_id=request.processing_id)
        else:  # the tile layers are on the map already: the GeoPackage joins them, above
            added = AddedResults(problems=list(early.problems))
            if outcome.package is not None:
                try:
                    added.layers.extend(add_result_layers(project, request.processing_name, request.workflow_name,
                                                          outcome.package,
                                                          processing_id=request.processing_id).layers)
                except ResultLayerError as error:
                    added.problems.append(str(error))
            added.layers.extend(early.layers)
        outcome.layer_ids = [layer.id() for layer in added.layers]
        outcome.messages.extend(added.problems)
