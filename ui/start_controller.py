"""Start: the reasons against a start (shown next to the disabled button), the confirmation, and the create call.

The reasons and the request come from ``core.processing_plan.plan_processing`` (project and role, AOI, limits,
balance, provider minimum, and a cost that must be known for accounts billed in credits). ``POST /processings/v2``
runs in a task and is never retried (a retry could create and charge twice); success is announced and
``processings_changed`` refreshes the list and the account line.
"""
from __future__ import annotations

from typing import List

from ..api.models import Processing
from ..core import settings as catalogue
from ..core import charges
from ..core.choices import StartForm
from ..core.reasons import Reason, ReasonCode, Severity
from ..core.processing_plan import default_name
from ..integration.environment import plugin_version
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .dialogs_start import StartPrompts, StartSummary
from .draft import ProcessingDraft

__all__ = ["StartController", "default_name"]


class StartController(SectionController):
    def __init__(self, widget, state: SessionState, draft: ProcessingDraft, tasks, notifier: Notifier,
                 settings: SettingsStore, prompts: StartPrompts, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.draft = draft
        self.settings = settings
        self.prompts = prompts
        self.starting = False
        self.reasons: List[str] = []
        widget.confirmCheck.setChecked(settings.get(catalogue.CONFIRM_BEFORE_START))
        self.listen(widget.confirmCheck.toggled, self._remember_confirm)
        self.listen(widget.start_requested, self.start)
        self.listen(draft.changed, self.update)
        self.listen(draft.cost_changed, self.update)
        self.listen(draft.name_suggested, widget.nameEdit.setText)
        for signal in (state.changed, state.project_changed, state.account_changed):
            self.listen(signal, self.update)
        self.update()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Remembering the confirmation choice"))
    def _remember_confirm(self, on: bool) -> None:
        self.settings.set(catalogue.CONFIRM_BEFORE_START, bool(on))

    # --- reasons ---------------------------------------------------------------------------------------------
    def _blocking(self) -> List[Reason]:
        session = self.state.session
        if session is None:
            return [Reason(ReasonCode.NO_PROJECT, Severity.ERROR, tr("Sign in first."))]
        if self.starting:
            return [Reason(ReasonCode.NO_PROJECT, Severity.ERROR, tr("Starting…"))]
        return list(self.draft.plan(session).blocking_reasons)

    def blocking_reasons(self) -> List[str]:
        return [reason.text for reason in self._blocking()]

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Checking the processing"))
    def update(self, *_args) -> None:
        blocking = self._blocking()
        self.reasons = [reason.text for reason in blocking]
        top_up = None
        if any(reason.code is ReasonCode.NOT_ENOUGH_CREDITS for reason in blocking):
            top_up = charges.top_up(self.state.session.server_url)  # where this server's balance is raised
        self.widget.set_blockers(self.reasons, top_up)
        model = self.draft.model
        self.widget.nameEdit.setPlaceholderText(default_name(model.model.name) if model else tr("Processing name"))

    # --- start -----------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Starting the processing"))
    def start(self, form: StartForm) -> None:
        self.update()
        if self.reasons:
            self.notifier.warning(self.reasons[0], topic=Topic.START)
            return
        session = self.state.session
        name = form.name.strip() or default_name(self.draft.model.model.name)
        request = self.draft.plan(session, name=name, plugin_version=plugin_version()).request
        if form.confirm and not self.prompts.confirm_start(self.widget, self.summary(name)):
            return
        client = session.client
        template_id = self.draft.source.template_id if self.draft.source is not None else None
        self.starting = True
        self.update()
        if template_id:  # scenes of a planned search: started through it, so it lists the processing per area
            create = lambda _ctx: client.create_template_processing(template_id, request)  # noqa: E731
        else:
            create = lambda _ctx: client.create_processing(request)  # noqa: E731
        self.run_call(tr("Mapflow: start “{name}”").format(name=name), create, self._started, self._failed,
                      can_cancel=False)

    def summary(self, name: str) -> StartSummary:
        session, draft = self.state.session, self.draft
        return StartSummary(name=name, project=session.project.name, model=draft.model.model.name,
                            options=tuple(draft.model.enabled_labels()), source=draft.source.label,
                            area_km2=draft.area_km2(), parts=len(draft.processed_aoi().parts), cost=draft.cost.text)

    def _started(self, processing: Processing) -> None:
        self.starting = False
        self.widget.nameEdit.clear()
        self.update()
        self.notifier.clear(Topic.START)
        self.notifier.success(tr("Processing “{name}” started.").format(name=processing.name), topic=Topic.START)
        self.state.report_server(True)
        self.state.processings_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.starting = False
        self.update()
        self.notifier.report(error, tr("Starting the processing"), topic=Topic.START,
                             template=tr("The processing could not be started: {reason}"))
