"""Start: the reasons against a start (shown next to the disabled button), the confirmation, and the create call.

The reasons come from ``core.aoi_rules.validate`` (AOI, limits, balance, provider minimum) plus what the draft
still misses and the user's role in the project. ``POST /processings/v2`` runs in a task and is never retried
(a retry could create and charge twice); success is announced and ``processings_changed`` refreshes the list.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable, List, Optional

from qgis.PyQt.QtCore import QObject

from ..api.models import Processing
from ..core import settings as catalogue
from ..core.aoi_rules import validate
from ..core.choices import StartForm
from ..core.roles import ProjectAction, allowed, why_not
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from .controller_support import SignalConnections, readable_error, submit_call
from .cost_controller import CostController
from .dialogs_start import StartPrompts, StartSummary
from .draft import ProcessingDraft, account_limits, provider_price


def default_name(model_name: str, now: Optional[datetime] = None) -> str:
    """e.g. "🏠 Buildings 2024-05-01 14:30"."""
    return f"{model_name} {(now or datetime.now()).strftime('%Y-%m-%d %H:%M')}".strip()


class StartController(QObject):
    def __init__(self, widget, state: SessionState, draft: ProcessingDraft, cost: CostController, tasks,
                 notifier: Notifier, settings: SettingsStore, prompts: StartPrompts, plugin_version: str = "",
                 after_start: Callable[[Processing], None] = lambda _processing: None, parent=None):
        super().__init__(parent)
        self._links = SignalConnections()  # undone by shutdown(): widgets may outlive us briefly
        self.widget = widget
        self.state = state
        self.draft = draft
        self.cost = cost
        self.tasks = tasks
        self.notifier = notifier
        self.settings = settings
        self.prompts = prompts
        self.plugin_version = plugin_version
        self.after_start = after_start
        self.starting = False
        self.reasons: List[str] = []
        widget.confirmCheck.setChecked(settings.get(catalogue.CONFIRM_BEFORE_START))
        self._links.connect(widget.confirmCheck.toggled, self._remember_confirm)
        self._links.connect(widget.start_requested, self.start)
        self._links.connect(draft.changed, self.update)
        self._links.connect(cost.cost_changed, self.update)
        for signal in (state.changed, state.project_changed, state.account_changed):
            self._links.connect(signal, self.update)
        self.update()

    @guarded("Remembering the confirmation choice")
    def _remember_confirm(self, on: bool) -> None:
        self.settings.set(catalogue.CONFIRM_BEFORE_START, bool(on))

    # --- reasons ---------------------------------------------------------------------------------------------
    def blocking_reasons(self) -> List[str]:
        session = self.state.session
        if session is None:
            return [tr("Sign in first.")]
        if session.project is None:
            return [tr("Choose a project.")]
        if not allowed(session.role, ProjectAction.RUN):
            return [why_not(session.role, ProjectAction.RUN)]
        if self.starting:
            return [tr("Starting…")]
        texts = list(self.draft.missing())
        aoi = self.draft.aoi
        if aoi is not None and not self.draft.aoi_busy:
            provider = self.draft.source.provider if self.draft.source is not None else None
            reasons = validate(aoi.summary(), account_limits(session),
                               provider_price(provider) if provider is not None else None, self.cost.view.credits)
            texts = [r.text for r in reasons if r.blocking] + texts
        return texts

    @guarded("Checking the processing")
    def update(self, *_args) -> None:
        self.reasons = self.blocking_reasons()
        self.widget.set_blockers(self.reasons)
        model = self.draft.model
        self.widget.nameEdit.setPlaceholderText(default_name(model.model.name) if model else tr("Processing name"))

    # --- start -----------------------------------------------------------------------------------------------
    @guarded("Starting the processing")
    def start(self, form: StartForm) -> None:
        self.update()
        if self.reasons:
            self.notifier.warning(self.reasons[0])
            return
        session = self.state.session
        name = form.name.strip() or default_name(self.draft.model.model.name)
        request = self.draft.processing_request(name, session.project.id, self.plugin_version)
        if form.confirm and not self.prompts.confirm_start(self.widget, self.summary(name)):
            return
        client = session.client
        self.starting = True
        self.update()
        submit_call(self.tasks, self.notifier, tr("Mapflow: start “{name}”").format(name=name),
                    lambda _ctx: client.create_processing(request), self._started, self._failed,
                    can_cancel=False)

    def summary(self, name: str) -> StartSummary:
        session, draft = self.state.session, self.draft
        return StartSummary(name=name, project=session.project.name, model=draft.model.model.name,
                            options=tuple(draft.model.enabled_labels()), source=draft.source.label,
                            area_km2=draft.area_km2(), parts=len(draft.aoi.parts), cost=self.cost.view.text)

    def _started(self, processing: Processing) -> None:
        self.starting = False
        self.widget.nameEdit.clear()
        self.update()
        self.notifier.success(tr("Processing “{name}” started.").format(name=processing.name))
        self.state.processings_changed.emit()
        self.after_start(processing)

    def _failed(self, error: BaseException) -> None:
        self.starting = False
        self.update()
        self.notifier.error(tr("The processing could not be started: {reason}").format(
            reason=readable_error(error, self.notifier, tr("Starting the processing"))), duration=15)

    def shutdown(self) -> None:
        self._links.disconnect_all()
