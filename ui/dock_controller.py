"""Connects the dock's sections to the services by composing one controller per section; no logic of its own.

The controllers talk through shared objects only: ``SessionState`` (who is signed in, which project, whether the
server answers), ``ProcessingDraft`` (the AOI, model, imagery and cost being chosen) and ``ChoiceMemory`` (the
choices kept per QGIS project). Direct wires: the list's "Load results" request goes to the results
controller, and the results controller tells the list which results are being loaded (its button waits); the
search's "Use for processing" goes to the Imagery section's scene source (and shows the Start tab); the Imagery
section's "Search imagery…" shows the Search tab; the planned searches (ui/templates_install.py) wire their
own to the search, the AOI, model and scene-source sections and the results loader.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer

from ..api.http import HttpTransport
from ..integration.auth import SecretStore
from ..integration.messages import Topic, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.qgis_transport import QgisTransport
from ..integration.session_state import SessionState
from ..integration.oauth_config import OAuthConfigStore
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .aoi_controller import AoiController
from .controller_support import SignalGroup
from .cost_controller import CostController, default_timer
from .dialogs import Prompts
from .dialogs_imagery import ImageryPrompts
from .dialogs_review import ReviewPrompts
from .dialogs_start import StartPrompts
from .draft import ProcessingDraft, SourcePick
from .duplicate_controller import DuplicateController
from .fitting import scrolled
from .imagery_controller import ImageryController
from .model_controller import ModelController
from .my_imagery_controller import MyImageryController
from .my_imagery_map_actions import MyImageryMapActions
from .my_imagery_widget import MyImageryWidget
from .oauth_controller import OAuthController
from .processing_extras_widget import ProcessingExtrasWidget
from .preview_controller import PreviewController
from .processings_controller import ProcessingsController
from .processings_widget import ProcessingsWidget
from .project_controller import ProjectController
from .results_controller import ResultsController
from .scene_preview_controller import ScenePreviewController
from .scene_source_controller import SceneSourceController
from .search_controller import SearchController
from .search_widget import SearchWidget
from .review_controller import ReviewController
from .session_controller import SessionController
from .source_controller import SourceController, find_provider
from .start_controller import StartController
from .help_controller import HelpController
from .help_widget import HelpWidget
from .stats_controller import StatsController
from .stats_widget import StatsWidget
from .version_controller import VersionController
from .templates_install import install_templates


class DockController:
    """``clock`` and ``timer_factory`` drive the cost preview's debounce (tests give controllable ones)."""

    def __init__(self, dock, iface, notifier, tasks, settings: Optional[SettingsStore] = None,
                 secrets: Optional[SecretStore] = None, prompts: Optional[StartPrompts] = None,
                 list_prompts: Optional[Prompts] = None,
                 make_http_transport: Callable[[], HttpTransport] = QgisTransport,
                 project: Callable[[], QgsProject] = QgsProject.instance, auto_sign_in: bool = True,
                 clock: Callable[[], float] = time.monotonic, timer_factory=default_timer,
                 review_prompts: Optional[ReviewPrompts] = None, imagery_prompts: Optional[ImageryPrompts] = None,
                 oauth_options: Optional[dict] = None, corrections_dir: Optional[Path] = None,
                 preview_dir: Optional[Path] = None, template_prompts=None):
        self.dock = dock
        self.iface = iface
        self.notifier = notifier
        self.tasks = tasks
        self.settings = settings or SettingsStore()
        self.secrets = secrets or SecretStore(self.settings)
        prompts = prompts or StartPrompts()
        self.state = SessionState()
        self.draft = ProcessingDraft()
        self.memory = ChoiceMemory(self.settings, project)
        self.project_getter = project
        self._alive = True
        notifier.server_url = lambda: self.state.session.server_url if self.state.session else ""
        self.state.server_status_changed.connect(self._on_server_status)

        self.oauth_store = OAuthConfigStore(self.secrets)
        self.session = SessionController(dock, self.state, tasks, notifier, self.settings, self.secrets,
                                         make_http_transport, oauth_store=self.oauth_store)
        self.oauth = OAuthController(dock, self.session, self.state, notifier, self.settings, self.oauth_store,
                                     **(oauth_options or {}))
        self.version = VersionController(self.state, tasks, notifier, self.settings)
        self.projects = ProjectController(dock.project, self.state, tasks, notifier, self.settings, prompts)
        self.aoi = AoiController(dock.aoi, self.draft, iface.mapCanvas(), tasks, notifier, self.memory, project)
        self.models = ModelController(dock.model, self.state, self.draft, notifier, self.memory)
        self.sources = SourceController(dock.source, self.state, self.draft, notifier, self.memory, self.secrets)
        self.imagery = ImageryController(dock.source, self.state, tasks, notifier, prompts, self.memory)
        self.preview = PreviewController(dock.source, self.state, tasks, notifier, self.secrets, project)
        self.cost = CostController(dock.start, self.state, self.draft, tasks, notifier, self.settings, clock,
                                   timer_factory)
        self.start = StartController(dock.start, self.state, self.draft, tasks, notifier, self.settings, prompts)

        self.search_widget = SearchWidget()
        dock.searchTabLayout.addWidget(scrolled(self.search_widget, dock.searchTab))
        self.search = SearchController(self.search_widget, self.state, self.draft, tasks, notifier, self.memory,
                                       iface.mapCanvas(), project)
        self.scene_source = SceneSourceController(dock.source, self.state, self.draft, notifier)
        self.scene_previews = ScenePreviewController(self.search_widget, dock.source, self.state, tasks, notifier,
                                                     self.search.images_by_id, lambda: self.scene_source.images,
                                                     project)

        self.processings_widget = ProcessingsWidget(dock.processingsTab)
        dock.processingsTabLayout.addWidget(self.processings_widget)
        self.processings = ProcessingsController(self.processings_widget, self.state, tasks, notifier,
                                                 self.settings, prompts=list_prompts)
        self.results = ResultsController(self.state, tasks, notifier, self.settings, self.secrets,
                                         make_http_transport, project, memory=self.memory,
                                         prompts=list_prompts, widget=self.processings_widget)
        self._add_processing_extras(tasks, notifier, iface, project, review_prompts, corrections_dir)
        self._add_my_imagery(tasks, notifier, project, imagery_prompts, preview_dir)
        self.stats_widget = StatsWidget(dock.statsTab)
        dock.statsTabLayout.addWidget(self.stats_widget)
        self.stats = StatsController(self.stats_widget, self.state, tasks, notifier, prompts=list_prompts)
        self.templates = install_templates(self, template_prompts)  # first in the Processings tab
        # below the tabs, not in them: the help links work before anyone signs in (the tabs wait for a session)
        self.help_widget = HelpWidget(dock.dockContents)
        dock.mainLayout.addWidget(self.help_widget)
        self.help = HelpController(self.help_widget, self.state, tasks, notifier)

        dock.show_status(tr("Not signed in."))
        self.aoi.restore()
        # the direct wires between sections (docs/ARCHITECTURE.md); shutdown() undoes them
        self._wires = [(self.search.scenes_chosen, self._use_scenes),
                       (self.scene_source.search_requested, self._show_search),
                       (self.processings.load_results_requested, self.results.load),
                       (self.results.loads_changed, self.processings.set_loading),
                       (self.duplicates.duplicated, self._show_start),
                       (self.duplicates.scenes_chosen, self._use_search_scenes),
                       (self.imagery_map.start_requested, self._show_start)]
        for signal, slot in self._wires:
            signal.connect(slot)
        if auto_sign_in:
            QTimer.singleShot(0, self._sign_in_with_stored_token)

    def _add_processing_extras(self, tasks, notifier, iface, project, prompts, corrections_dir) -> None:
        """Review and Duplicate below the processing list; they follow its selection and refreshed rows."""
        self.extras_widget = ProcessingExtrasWidget(self.dock.processingsTab)
        self.dock.processingsTabLayout.addWidget(self.extras_widget)
        rows = SignalGroup(self.processings_widget.selection_changed, self.processings.model.dataChanged,
                           self.processings.model.layoutChanged)
        self._rows_changed = rows
        self.review = ReviewController(self.extras_widget, self.state, tasks, notifier, prompts or ReviewPrompts(),
                                       self.processings.selected_processings, rows.changed, iface, project,
                                       corrections_dir)
        self.duplicates = DuplicateController(
            self.extras_widget, self.state, tasks, notifier, self.draft, self.memory, self.secrets,
            self.processings.selected_processings, rows.changed,
            existing_names=lambda: [row.processing.name for row in self.processings.model.snapshot()],
            project=project)

    def _add_my_imagery(self, tasks, notifier, project, prompts, preview_dir) -> None:
        self.my_imagery_widget = MyImageryWidget()
        self.my_imagery_tab = scrolled(self.my_imagery_widget, self.dock.tabs)  # its button grid is wide
        self.dock.tabs.addTab(self.my_imagery_tab, tr("My imagery"))
        prompts = prompts or ImageryPrompts()
        self.my_imagery = MyImageryController(self.my_imagery_widget, self.state, tasks, notifier, prompts)
        self.imagery_map = MyImageryMapActions(self.my_imagery, self.state, tasks, notifier, prompts, self.memory,
                                               project, preview_dir)

    @property
    def controllers(self) -> tuple:
        return (self.session, self.oauth, self.version, self.projects, self.aoi, self.models, self.sources,
                self.imagery, self.preview, self.cost, self.start, self.search, self.scene_source, self.scene_previews,
                self.processings, self.results, self.stats, self.review, self.duplicates, self.my_imagery,
                self.imagery_map, self.templates, self.help)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Using the chosen scenes"))
    def _use_scenes(self, images: list) -> None:
        self.scene_source.use(images)
        if self.scene_source.images == list(images):
            self.dock.tabs.setCurrentWidget(self.dock.startTab)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the imagery search"))
    def _show_search(self) -> None:
        self.dock.tabs.setCurrentWidget(self.dock.searchTab)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the Start tab"))
    def _show_start(self) -> None:
        self.dock.tabs.setCurrentWidget(self.dock.startTab)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Using the scenes of the copy"))
    def _use_search_scenes(self, source) -> None:
        """The copy's imagery is scenes of an imagery search: into the draft as they are (the Imagery section has
        no page for them; choosing another imagery there replaces them)."""
        session = self.state.session
        providers = session.user_status.search_data_providers if session is not None else ()
        provider = find_provider(providers, source.data_provider)
        label = tr("{count} scene(s) of {provider}").format(count=len(source.image_ids),
                                                           provider=provider.display_name if provider
                                                           else source.data_provider)
        self.draft.set_source(SourcePick(source, label, provider, source.zoom))
        self.notifier.info(tr("The imagery of the copy: {scenes} (as in the original). Choosing another imagery in "
                              "the Imagery section replaces them.").format(scenes=label), duration=20,
                           topic="duplicate:scenes")

    def _on_server_status(self, answering: bool) -> None:
        if answering:  # the outage is over: its messages go, and the sections ask again by themselves
            self.notifier.clear(Topic.SERVER)
            self.notifier.clear(Topic.PROCESSINGS)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Signing in with the stored token"))
    def _sign_in_with_stored_token(self) -> None:
        if self._alive and not self.oauth.sign_in_automatically():
            self.session.sign_in_with_stored_token()

    def shutdown(self) -> None:
        """Stop timers, map tools and connections the controllers started (tasks are cancelled by the plugin)."""
        self._alive = False
        for signal, slot in [*self._wires, (self.state.server_status_changed, self._on_server_status)]:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._rows_changed.shutdown()
        for controller in self.controllers:
            controller.shutdown()
        self.memory.shutdown()
