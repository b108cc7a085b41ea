"""Connects the dock's sections to the services by composing one controller per section; no logic of its own.

The controllers talk through two shared objects: ``SessionState`` (who is signed in, which project) and
``ProcessingDraft`` (the AOI, model and imagery being chosen).
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer

from ..api.http import HttpTransport
from ..integration.auth import SecretStore
from ..integration.messages import guarded, tr
from ..integration.qgis_transport import QgisTransport
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from .aoi_controller import AoiController
from .cost_controller import CostController
from .dialogs import Prompts
from .dialogs_start import StartPrompts
from .draft import ProcessingDraft
from .imagery_controller import ImageryController
from .model_controller import ModelController
from .preview_controller import PreviewController
from .processings_controller import ProcessingsController
from .processings_widget import ProcessingsWidget
from .project_controller import ProjectController
from .results_controller import ResultsController
from .session_controller import SessionController, plugin_version
from .source_controller import SourceController
from .start_controller import StartController
from .stats_controller import StatsController
from .stats_widget import StatsWidget


class DockController:
    def __init__(self, dock, iface, notifier, tasks, settings: Optional[SettingsStore] = None,
                 secrets: Optional[SecretStore] = None, prompts: Optional[StartPrompts] = None,
                 list_prompts: Optional[Prompts] = None,
                 make_http_transport: Callable[[], HttpTransport] = QgisTransport,
                 project: Callable[[], QgsProject] = QgsProject.instance, auto_sign_in: bool = True):
        self.dock = dock
        self.iface = iface
        self.notifier = notifier
        self.tasks = tasks
        self.settings = settings or SettingsStore()
        self.secrets = secrets or SecretStore(self.settings)
        prompts = prompts or StartPrompts()
        self.state = SessionState()
        self.draft = ProcessingDraft()
        self._alive = True

        self.session = SessionController(dock, self.state, tasks, notifier, self.settings, self.secrets,
                                         make_http_transport)
        self.projects = ProjectController(dock.project, self.state, tasks, notifier, self.settings, prompts,
                                          lambda: self.session.projects)
        self.aoi = AoiController(dock.aoi, self.draft, iface.mapCanvas(), tasks, notifier, project)
        self.models = ModelController(dock.model, self.state, self.draft, notifier, self.settings)
        self.imagery = ImageryController(dock.source, self.state, tasks, notifier, prompts,
                                         on_listed=lambda: self.sources.refresh())
        self.sources = SourceController(dock.source, self.state, self.draft, notifier, self.settings, self.secrets,
                                        imagery_names=self.imagery.name_of)
        self.preview = PreviewController(dock.source, self.sources, self.state, tasks, notifier, project)
        self.cost = CostController(dock.start, self.state, self.draft, tasks, notifier, self.settings)
        self.start = StartController(dock.start, self.state, self.draft, self.cost, tasks, notifier, self.settings,
                                     prompts, plugin_version(), after_start=lambda _p: self.session.refresh_account())

        self.processings_widget = ProcessingsWidget(dock.processingsTab)
        dock.processingsTabLayout.addWidget(self.processings_widget)
        self.processings = ProcessingsController(self.processings_widget, self.state, tasks, notifier,
                                                 prompts=list_prompts)
        self.results = ResultsController(self.state, tasks, notifier, self.settings, self.secrets,
                                         make_http_transport, project)
        self.processings.load_results_requested.connect(self.results.load)
        self.results.bind_mode_combo(self.processings_widget.loadModeCombo)
        self.stats_widget = StatsWidget(dock.statsTab)
        dock.statsTabLayout.addWidget(self.stats_widget)
        self.stats = StatsController(self.stats_widget, self.state, tasks, notifier, prompts=list_prompts)

        dock.show_status(tr("Not signed in."))
        self.aoi.reload_source()
        if auto_sign_in:
            QTimer.singleShot(0, self._sign_in_with_stored_token)

    @guarded("Signing in with the stored token")
    def _sign_in_with_stored_token(self) -> None:
        if self._alive:
            self.session.sign_in_with_stored_token()

    def shutdown(self) -> None:
        """Stop timers, map tools and connections the controllers started (tasks are cancelled by the plugin)."""
        self._alive = False
        for controller in (self.session, self.projects, self.aoi, self.models, self.imagery, self.sources,
                           self.preview, self.cost, self.start, self.processings):
            controller.shutdown()
