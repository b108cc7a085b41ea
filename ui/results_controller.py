"""“Load results” from the processing list: one LoadResultsTask per processing, in the mode the user chose
(GeoPackage, tiles or both). TileJSONs are read with the Mapflow Authorization header for the Mapflow host only.

Each load has its own message-bar topic: a failure offers Retry, a cancel from the task manager says "Loading
cancelled", and a success replaces both."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QStandardPaths

from ..api.http import HttpTransport
from ..api.models import Processing
from ..core import settings as catalogue
from ..core.choices import ResultsRequest
from ..integration.auth import AuthError, SecretStore
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from ..layers.tiles import HostAuth, TileService
from ..tasks.result_download import LoadMode, LoadResultsRequest, LoadResultsTask, client_downloader
from .controller_support import SectionController


def output_directory(settings: SettingsStore, project: Optional[QgsProject] = None) -> Path:
    """The folder set in the settings; else next to the saved QGIS project; else Documents/Mapflow results."""
    chosen = settings.get(catalogue.OUTPUT_DIRECTORY)
    if chosen:
        return Path(chosen)
    if project is not None and project.fileName():
        return Path(project.homePath())
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "Mapflow results"


def tile_service(layer) -> Optional[TileService]:
    if layer is None or not (layer.tile_url or layer.tile_json_url):
        return None
    return TileService(layer.tile_url, layer.tile_json_url)


class ResultsController(SectionController):
    def __init__(self, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 secrets: SecretStore, make_http_transport: Callable[[], HttpTransport],
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(state, tasks, notifier, None, parent)
        self.settings = settings
        self.secrets = secrets
        self.make_http_transport = make_http_transport
        self._project = project

    @guarded("Loading results")
    def load(self, request: ResultsRequest) -> None:
        session = self.state.session
        if session is None:
            return
        mode = LoadMode.parse(request.mode)
        target = output_directory(self.settings, self._project())
        target.mkdir(parents=True, exist_ok=True)
        auth = self._mapflow_auth(session)
        for processing in request.processings:
            self._load_one(session, processing, mode, target, auth)

    def _load_one(self, session, processing: Processing, mode: LoadMode, target: Path,
                  auth: Optional[HostAuth]) -> LoadResultsTask:
        vector, raster = tile_service(processing.vector_layer), tile_service(processing.raster_layer)
        item_mode = mode
        if mode is LoadMode.TILES and vector is None and raster is None:
            item_mode = LoadMode.GPKG  # no tiles offered: the file is the only way to see the result
        request = LoadResultsRequest(
            processing_id=processing.id, processing_name=processing.name,
            workflow_name=processing.model_name or "", mode=item_mode, output_dir=target,
            downloader=client_downloader(session.client, processing.id), vector_tiles=vector,
            raster_tiles=raster, http=self._http(session), mapflow_auth=auth)
        task = LoadResultsTask(request, self._project())
        topic = Topic.load(processing.id)
        task.succeeded.connect(lambda outcome, name=processing.name: self._loaded(topic, name, outcome))
        task.failed.connect(lambda _message, t=task: self._failed(topic, processing, mode, t))
        task.aborted.connect(lambda name=processing.name: self.notifier.info(
            tr("Loading cancelled: the results of “{name}” were not added.").format(name=name), topic=topic))
        self.tasks.submit(task)
        return task

    def _failed(self, topic: str, processing: Processing, mode: LoadMode, task: LoadResultsTask) -> None:
        retry = lambda: self.load(ResultsRequest((processing,), mode.value))  # noqa: E731
        self.notifier.report(task.error, task.description(), topic=topic, retry=retry, worded=task.expected_errors,
                             traceback_logged=True,
                             template=tr("The results of “{name}” could not be loaded: {reason}"),
                             name=processing.name)

    def _http(self, session) -> HttpTransport:
        """A session signed in with the Mapflow account reads TileJSONs through its own transport (QGIS adds the
        Bearer token); a token session through a new one with the token's header (``_mapflow_auth``)."""
        return session.client.http_transport if session.sign_in_method == "oauth2" else self.make_http_transport()

    def _mapflow_auth(self, session) -> Optional[HostAuth]:
        server_url = session.server_url
        if session.sign_in_method == "oauth2":
            return HostAuth(server_url)  # no header of its own: the transport authenticates the Mapflow host
        try:
            token = self.secrets.load_api_token(server_url)
        except AuthError as error:
            self.notifier.warning(str(error), topic=Topic.SIGN_IN)
            return None
        return HostAuth(server_url, {"Authorization": token.authorization_header()}) if token else None

    @guarded("Adding the results")
    def _loaded(self, topic: str, name: str, outcome) -> None:
        self.notifier.success(tr("The results of “{name}” were added to the map.").format(name=name), topic=topic)
        for message in outcome.messages:
            self.notifier.warning(message)
