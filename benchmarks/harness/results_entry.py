"""The plugin's "Load results" button, driven the way the processing list drives it, and watched from outside.

The one place the benchmarks touch the plugin's result loading (``ui/results_controller.py`` → its tasks): the
click is ``ResultsController.load(ResultsRequest((processing,), mode))`` on a signed-in session with the plugin's
settings; what the click produced is read from outside the plugin (the QgsTasks it submitted, the layers that
joined the project, the messages it logged), so a refactor that changes how the work is split keeps the cases
valid. Phase marks (download ended, worker part ended) are best effort: taken when the task still has those
parts, else left out.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

LOG_TAG = "Mapflow"


def default_load_mode() -> str:
    """The plugin's default "Load results as" setting (what a user who never changed it gets)."""
    from mapflow_processing.core import settings as catalogue

    return catalogue.RESULT_LOAD_MODE.default


class _RecordingTasks:
    """The plugin's task registry, recording each task it is handed (and marking its phases) before it starts."""

    def __init__(self, marks: Dict[str, float]):
        from mapflow_processing.integration.task_registry import TaskRegistry

        self.inner = TaskRegistry()
        self.submitted: list = []
        self.ended: list = []
        self.marks = marks

    def submit(self, task):
        _mark_phases(task, self.marks)
        self.submitted.append(task)
        task.taskCompleted.connect(lambda: self.ended.append((time.perf_counter(), "completed")))
        task.taskTerminated.connect(lambda: self.ended.append((time.perf_counter(), "terminated")))
        return self.inner.submit(task)

    @property
    def running(self) -> list:
        return self.inner.running

    def cancel_all(self, wait_ms: int = 5000) -> None:
        self.inner.cancel_all(wait_ms)


def _mark_phases(task, marks: Dict[str, float]) -> None:
    """Note when the download and the task's worker part end, where the task has such parts."""
    request = getattr(task, "request", None)
    download = getattr(request, "downloader", None)
    if download is not None:
        def timed_download(*args, **kwargs):
            outcome = download(*args, **kwargs)
            marks.setdefault("downloaded", time.perf_counter())
            return outcome

        request.downloader = timed_download
    execute = getattr(task, "execute", None)
    if execute is not None:
        def timed_execute():
            outcome = execute()
            marks.setdefault("worker_done", time.perf_counter())
            return outcome

        task.execute = timed_execute


@dataclass
class ResultLoad:
    """What one click produced, as seen from outside the plugin."""

    tasks: _RecordingTasks
    marks: Dict[str, float]  # downloaded / worker_done, when known
    layers: List[Tuple[float, object]] = field(default_factory=list)  # (when it joined the project, layer)
    errors: List[str] = field(default_factory=list)  # critical messages the plugin logged

    @property
    def finished(self) -> bool:
        return bool(self.tasks.submitted) and len(self.tasks.ended) >= len(self.tasks.submitted)

    @property
    def failed(self) -> bool:
        return bool(self.errors) or any(kind == "terminated" for _, kind in self.tasks.ended)

    def ended_at(self) -> Optional[float]:
        return max(at for at, _ in self.tasks.ended) if self.finished else None

    def first_layer(self, wanted: Callable[[object], bool]) -> Optional[Tuple[float, object]]:
        return next(((at, layer) for at, layer in self.layers if wanted(layer)), None)

    def cancel(self) -> None:
        for task in self.tasks.submitted:
            task.cancel()


def is_geopackage_layer(layer) -> bool:
    from qgis.core import QgsVectorLayer

    return isinstance(layer, QgsVectorLayer) and ".gpkg" in layer.source().lower()


def is_vector_tile_layer(layer) -> bool:
    from qgis.core import QgsVectorTileLayer

    return isinstance(layer, QgsVectorTileLayer)


def is_feature_layer(layer) -> bool:
    """A layer that draws result features (the GeoPackage or the vector tiles; not the imagery tiles)."""
    return is_geopackage_layer(layer) or is_vector_tile_layer(layer)


class PluginResults:
    """The processing list's "Load results" on a signed-in session, into ``project``, files into ``out_dir``."""

    def __init__(self, client, server_url: str, project, out_dir: Path, mode: Optional[str] = None):
        from qgis.core import QgsApplication

        from mapflow_processing.core import settings as catalogue
        from mapflow_processing.integration.auth import SecretStore
        from mapflow_processing.integration.messages import Notifier
        from mapflow_processing.integration.qgis_transport import QgisTransport
        from mapflow_processing.integration.session_state import Session, SessionState
        from mapflow_processing.integration.settings_store import SettingsStore
        from mapflow_processing.ui.results_controller import ResultsController

        self.project = project
        self.settings = SettingsStore()  # QgsSettings of the throwaway profile
        self.settings.set(catalogue.OUTPUT_DIRECTORY, str(out_dir))
        self.mode = mode or default_load_mode()
        self.settings.set(catalogue.RESULT_LOAD_MODE, self.mode)
        state = SessionState()
        state.sign_in(Session(client=client, server_url=server_url, email=client.email,
                              user_status=client.user_status()))
        self.marks: Dict[str, float] = {}
        self.tasks = _RecordingTasks(self.marks)
        self.controller = ResultsController(state, self.tasks, Notifier(None), self.settings,
                                            SecretStore(self.settings), QgisTransport, lambda: project)
        self._load: Optional[ResultLoad] = None
        project.layersAdded.connect(self._on_layers)
        QgsApplication.messageLog().messageReceived.connect(self._on_message)

    def click(self, processing) -> ResultLoad:
        """The user clicks "Load results" with this processing selected."""
        self._load = ResultLoad(self.tasks, self.marks)
        from mapflow_processing.core.choices import ResultsRequest

        self.controller.load(ResultsRequest((processing,), self.mode))
        return self._load

    def _on_layers(self, layers) -> None:
        if self._load is not None:
            now = time.perf_counter()
            self._load.layers.extend((now, layer) for layer in layers)

    def _on_message(self, message: str, tag: str, level) -> None:
        from qgis.core import Qgis

        if self._load is not None and tag == LOG_TAG and level == Qgis.Critical:
            self._load.errors.append(message)
