"""“Load results” from the processing list: one LoadResultsTask per processing, in the mode the user chose
(GeoPackage, tiles or both). TileJSONs are read with the Mapflow Authorization header for the Mapflow host only.

One load per processing at a time: a second request while one runs is refused with a message (and the list's
button is disabled through ``loads_changed``). Results already on the map are not loaded again silently: the user
chooses to replace them, add another copy, or leave them. The GeoPackage goes into the folder chosen in the
Processings tab (remembered per QGIS project, ``ChoiceKey.RESULTS_FOLDER``), else next to the saved project, else
Documents/Mapflow results; the success message names the file and offers "Open folder".

Each load has its own message-bar topic: a failure offers Retry, a cancel from the task manager says "Loading
cancelled", and a success replaces both."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QStandardPaths, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices

from ..api.http import HttpTransport
from ..api.models import Processing
from ..core import settings as catalogue
from ..core.choices import ChoiceKey, ResultsRequest
from ..integration.auth import AuthError, SecretStore
from ..integration.message_actions import MessageAction
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from ..layers import layer_roles
from ..layers.tiles import HostAuth, TileService
from ..tasks.result_download import LoadMode, LoadResultsRequest, LoadResultsTask, client_downloader
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .dialogs import Prompts, ReloadChoice

OPEN_FOLDER_ACTION = "mapflowOpenFolderButton"  # object name of the success message's button


def default_results_folder(project: Optional[QgsProject] = None) -> Path:
    """Next to the saved QGIS project; else Documents/Mapflow results."""
    if project is not None and project.fileName():
        return Path(project.homePath())
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or str(Path.home())
    return Path(documents) / "Mapflow results"


def results_folder(chosen: str, project: Optional[QgsProject] = None) -> Path:
    """The folder the user chose, else the default one."""
    return Path(chosen).expanduser() if chosen and chosen.strip() else default_results_folder(project)


def open_folder(folder: Path) -> None:
    """The system's file manager on ``folder`` (QGIS's own way to open local files)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def tile_service(layer) -> Optional[TileService]:
    if layer is None or not (layer.tile_url or layer.tile_json_url):
        return None
    return TileService(layer.tile_url, layer.tile_json_url)


class ResultsController(SectionController):
    loads_changed = pyqtSignal(object)  # frozenset of the ids of processings whose results are being loaded

    def __init__(self, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 secrets: SecretStore, make_http_transport: Callable[[], HttpTransport],
                 project: Callable[[], QgsProject] = QgsProject.instance, memory: Optional[ChoiceMemory] = None,
                 prompts: Optional[Prompts] = None, widget=None, parent=None):
        """``widget``: the Processings tab, whose "Save results in" field this controller keeps."""
        super().__init__(state, tasks, notifier, widget, parent)
        self.settings = settings
        self.secrets = secrets
        self.make_http_transport = make_http_transport
        self.memory = memory
        self.prompts = prompts or Prompts()
        self._project = project
        self._loading: Dict[str, LoadResultsTask] = {}
        self._transports: Dict[str, HttpTransport] = {}  # made for a load; closed when it ends
        if widget is not None and memory is not None:
            self.listen(widget.results_folder_changed, self._on_folder_chosen)
            self.listen(memory.restored, self.show_folder)
            for signal in (project().homePathChanged, project().fileNameChanged, project().projectSaved):
                self.listen(signal, self.show_folder)  # the default folder follows the project's place
            self.show_folder()

    # --- state ----------------------------------------------------------------------------------------------
    @property
    def loading(self) -> frozenset:
        """Ids of the processings whose results are being loaded now."""
        return frozenset(self._loading)

    def output_folder(self) -> Path:
        # no choice memory (a script, a benchmark): the user's last folder from the settings
        chosen = self.memory.get(ChoiceKey.RESULTS_FOLDER) if self.memory is not None \
            else self.settings.get(catalogue.OUTPUT_DIRECTORY)
        return results_folder(chosen, self._project())

    # --- the folder ---------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the results folder"))
    def show_folder(self, *_args) -> None:
        chosen = self.memory.get(ChoiceKey.RESULTS_FOLDER)
        self.widget.set_results_folder(chosen, str(default_results_folder(self._project())))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the results folder"))
    def _on_folder_chosen(self, folder: str) -> None:
        self.memory.remember(ChoiceKey.RESULTS_FOLDER, folder)
        self.widget.set_results_folder(folder, str(default_results_folder(self._project())))

    # --- loading ------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Loading results"))
    def load(self, request: ResultsRequest) -> None:
        session = self.state.session
        if session is None:
            return
        mode = LoadMode.parse(request.mode)
        wanted = self._not_loading(request.processings)
        replacing = self._ask_about_loaded(wanted)
        if replacing is None:
            return
        target = self.output_folder()
        if mode.wants_geopackage and wanted:
            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                self.notifier.report(error, tr("Loading results"), topic=Topic.RESULTS_FOLDER,
                                     template=tr("The results folder {folder} cannot be used: {reason}"),
                                     folder=str(target))
                return
        auth = self._mapflow_auth(session)
        for processing in wanted:
            self._load_one(session, processing, mode, target, auth, replacing.get(processing.id, []))

    def _not_loading(self, processings) -> List[Processing]:
        """The processings not being loaded already; the others are named in a message."""
        wanted = []
        for processing in processings:
            if processing.id in self._loading:
                self.notifier.info(tr("The results of “{name}” are being loaded already; their progress is in the "
                                      "task manager.").format(name=processing.name), topic=Topic.load(processing.id))
            else:
                wanted.append(processing)
        return wanted

    def _ask_about_loaded(self, processings: List[Processing]) -> Optional[Dict[str, List[str]]]:
        """Layers to replace per processing id; None when the user cancels. Asks only when results of these
        processings are on the map already."""
        project = self._project()
        loaded = {p.id: [layer.id() for layer in layer_roles.layers_of_processing(project, p.id)] for p in processings}
        names = [p.name for p in processings if loaded[p.id]]
        if not names:
            return {}
        choice = self.prompts.reload_results(self.widget, names)
        if choice is ReloadChoice.CANCEL:
            return None
        return loaded if choice is ReloadChoice.REPLACE else {}

    def _load_one(self, session, processing: Processing, mode: LoadMode, target: Path,
                  auth: Optional[HostAuth], replace: List[str]) -> LoadResultsTask:
        vector, raster = tile_service(processing.vector_layer), tile_service(processing.raster_layer)
        item_mode = mode
        if mode is LoadMode.TILES and vector is None and raster is None:
            item_mode = LoadMode.GPKG  # no tiles offered: the file is the only way to see the result
        http = self._http(session)
        if http is not getattr(session.client, "http_transport", None):
            self._transports[processing.id] = http  # the load's own: its connections go with it
        request = LoadResultsRequest(
            processing_id=processing.id, processing_name=processing.name,
            workflow_name=processing.model_name or "", mode=item_mode, output_dir=target,
            downloader=client_downloader(session.client, processing.id), vector_tiles=vector,
            raster_tiles=raster, http=http, mapflow_auth=auth)
        task = LoadResultsTask(request, self._project())
        topic = Topic.load(processing.id)
        task.succeeded.connect(lambda outcome, p=processing: self._loaded(topic, p, outcome, replace))
        task.failed.connect(lambda _message, t=task: self._failed(topic, processing, mode, t))
        task.aborted.connect(lambda name=processing.name: self.notifier.info(
            tr("Loading cancelled: the results of “{name}” were not added.").format(name=name), topic=topic))
        for signal in (task.succeeded, task.failed, task.aborted):
            signal.connect(lambda *_args, pid=processing.id: self._ended(pid))
        self._loading[processing.id] = task
        self.loads_changed.emit(self.loading)
        try:
            self.tasks.submit(task)
        except Exception:
            self._ended(processing.id)
            raise
        return task

    def _ended(self, processing_id: str) -> None:
        http = self._transports.pop(processing_id, None)
        if http is not None:  # its connections go with the load
            http.close()
        if self._loading.pop(processing_id, None) is not None:
            self.loads_changed.emit(self.loading)

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

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Adding the results"))
    def _loaded(self, topic: str, processing: Processing, outcome, replace: List[str]) -> None:
        project = self._project()
        gone = [layer_id for layer_id in replace if project.mapLayer(layer_id) is not None]
        if gone:  # the fresh layers are in place: the ones they replace go
            project.removeMapLayers(gone)
        name = processing.name
        package = outcome.package
        if package is not None:
            folder = package.path.parent
            text = tr("The results of “{name}” were added to the map. Saved as {file} in {folder}.").format(
                name=name, file=package.path.name, folder=str(folder))
            actions = [MessageAction(OPEN_FOLDER_ACTION, tr("Open folder"), lambda: open_folder(folder))]
            self.notifier.success(text, duration=15, topic=topic, actions=actions)
        else:
            self.notifier.success(tr("The results of “{name}” were added to the map.").format(name=name),
                                  topic=topic)
        for message in outcome.messages:
            self.notifier.warning(message)

    def shutdown(self) -> None:
        super().shutdown()
        self._loading.clear()
