"""“Load results” from the processing list: one LoadResultsTask per processing, in the mode the user chose
(GeoPackage, tiles or both). TileJSONs are read with the Mapflow Authorization header for the Mapflow host only."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Sequence

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QStandardPaths

from ..api.http import HttpTransport
from ..api.models import Processing
from ..core import settings as catalogue
from ..integration.auth import AuthError, SecretStore
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from ..layers.tiles import HostAuth, TileService
from ..tasks.result_download import LoadMode, LoadResultsRequest, LoadResultsTask, client_downloader

LOAD_MODE = catalogue.RESULT_LOAD_MODE
LOAD_MODE_ORDER = ("both", "gpkg", "tiles")  # order of the "Load as" combo box in processings.ui


def load_mode(settings: SettingsStore) -> LoadMode:
    return LoadMode.parse(settings.get(LOAD_MODE))


def output_directory(settings: SettingsStore, project: Optional[QgsProject] = None) -> Path:
    """The folder set in the settings; else next to the saved QGIS project; else Documents/Mapflow results."""
    chosen = settings.get(catalogue.OUTPUT_DIRECTORY)
    if chosen:
        return Path(chosen)
    if project is not None and project.fileName():
        return Path(project.homePath())
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Mapflow results"


def tile_service(layer) -> Optional[TileService]:
    if layer is None or not (layer.tile_url or layer.tile_json_url):
        return None
    return TileService(layer.tile_url, layer.tile_json_url)


class ResultsController(QObject):
    def __init__(self, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 secrets: SecretStore, make_http_transport: Callable[[], HttpTransport],
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(parent)
        self.state = state
        self.tasks = tasks
        self.notifier = notifier
        self.settings = settings
        self.secrets = secrets
        self.make_http_transport = make_http_transport
        self._project = project

    @guarded("Loading results")
    def load(self, processings: Sequence[Processing]) -> None:
        session = self.state.session
        if session is None:
            return
        mode = load_mode(self.settings)
        target = output_directory(self.settings, self._project())
        target.mkdir(parents=True, exist_ok=True)
        auth = self._mapflow_auth(session.server_url)
        for processing in processings:
            vector, raster = tile_service(processing.vector_layer), tile_service(processing.raster_layer)
            item_mode = mode
            if mode is LoadMode.TILES and vector is None and raster is None:
                item_mode = LoadMode.GPKG  # no tiles offered: the file is the only way to see the result
            request = LoadResultsRequest(
                processing_id=processing.id, processing_name=processing.name,
                workflow_name=processing.model_name or "", mode=item_mode, output_dir=target,
                downloader=client_downloader(session.client, processing.id), vector_tiles=vector,
                raster_tiles=raster, http=self.make_http_transport(), mapflow_auth=auth)
            task = LoadResultsTask(request, self._project())
            task.succeeded.connect(lambda outcome, name=processing.name: self._loaded(name, outcome))
            task.failed.connect(lambda message, name=processing.name: self.notifier.error(
                tr("The results of “{name}” could not be loaded: {reason}").format(name=name, reason=message)))
            self.tasks.submit(task)

    def bind_mode_combo(self, combo) -> None:
        """The list's "Load as" combo box shows and changes the load mode setting."""
        combo.setCurrentIndex(LOAD_MODE_ORDER.index(load_mode(self.settings).value)
                              if load_mode(self.settings).value in LOAD_MODE_ORDER else 0)
        combo.currentIndexChanged.connect(lambda index: self.settings.set(LOAD_MODE, LOAD_MODE_ORDER[index]))

    def _mapflow_auth(self, server_url: str) -> Optional[HostAuth]:
        try:
            token = self.secrets.load_api_token(server_url)
        except AuthError as error:
            self.notifier.warning(str(error))
            return None
        return HostAuth(server_url, {"Authorization": token.authorization_header()}) if token else None

    @guarded("Adding the results")
    def _loaded(self, name: str, outcome) -> None:
        self.notifier.success(tr("The results of “{name}” were added to the map.").format(name=name))
        for message in outcome.messages:
            self.notifier.warning(message)
