"""Drives the planned searches of the project: the list first in the Processings tab, its light poll, the news of
new scenes, the list's actions, "Plan search" (from the Search tab), and the open planned search (its view).

The poll is light: one ``GET /processings/template/project/{id}`` per refresh, the rows formatted in the task, never
a reload of each planned search. It has its own schedule (``core.poll_schedule``; every 30 s while a planned search
still searches or watches, stopped when none does) because the processings list stops polling when its page is
final, which says nothing about planned searches; a manual Refresh of the processings, a new processing and a
project change refresh it as well.
"""
from __future__ import annotations

import time
from typing import Callable, Dict, Optional, Sequence

from qgis.PyQt.QtCore import QTimer, pyqtSignal

from ..api.errors import Cancelled, MapflowError
from ..api.models import TemplateDetails, TemplateShort
from ..core.errors import is_outage
from ..core.poll_schedule import PollPolicy, PollSchedule, PollTicket
from ..core.processings_list import short_reason
from ..core.search_rules import PlannedSearchIntent
from ..core.template_service import PlanForm, TemplatesRefresh, fetch_templates, new_template, rows_of, split_parts
from ..core.templates import (MAX_NAME_LENGTH, KeptParams, TemplateAction, action_states, new_scene_news,
                              waiting_summary)
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .template_actions import TemplateActions, topic_of
from .template_dialogs import PlanInput, TemplatePrompts
from .template_view_controller import TemplateViewController

TEMPLATE_POLL = PollPolicy(interval=30.0, backoff_factor=2.0, max_delay=120.0)
LIST_TOPIC = "templates"
MAX_SEPARATE_NEWS = 3  # more planned searches with news at once get one line in the bar


class TemplatesController(SectionController):
    show_requested = pyqtSignal()  # the Processings tab should show (a planned search was created or opened)

    def __init__(self, list_widget, view_widget, pages, state: SessionState, draft, tasks, notifier: Notifier,
                 settings=None, canvas=None, project: Optional[Callable] = None,
                 prompts: Optional[TemplatePrompts] = None, policy: PollPolicy = TEMPLATE_POLL,
                 clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(state, tasks, notifier, list_widget, parent)
        self.draft = draft
        self.pages = pages  # QStackedWidget: page 0 the lists, page 1 the open planned search
        self.prompts = prompts or TemplatePrompts()
        self.model = list_widget.model
        self.schedule = PollSchedule(policy, clock)
        self.templates: Dict[str, TemplateShort] = {}
        self._project_id: Optional[str] = None
        self._counts: Dict[str, int] = {}  # new scenes per planned search at the last look (the news)
        self._looked = False  # the project's list was seen once: later growth is news
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        self.actions = TemplateActions(state, tasks, notifier, self.prompts, lambda: self.pages, parent=self)
        self.view = TemplateViewController(view_widget, state, draft, tasks, notifier, self.actions, self.prompts,
                                           settings, canvas, project, parent=self)
        self.listen(list_widget.action_requested, self._on_list_action)
        self.listen(list_widget.selection_changed, self._update_actions)
        self.listen(self.actions.updated, self._on_updated)
        self.listen(self.actions.deleted, self._on_deleted)
        self.listen(self.actions.gone, self._on_gone)
        self.listen(self.view.closed, self._show_lists)
        self.listen(self.view.changed, self.refresh)
        self.listen(self.view.gone, self._on_gone)
        self.listen(state.changed, self._on_session)
        self.listen(state.project_changed, self._on_session)
        self.listen(state.processings_changed, self.refresh)
        self._on_session(state.session)

    # --- public ----------------------------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        """Ask for the list now (also wakes a stopped poll)."""
        if self._project_id is None:
            return
        self.schedule.request_now(reset_backoff=True)
        self._arm()

    def apply_templates(self, templates: Sequence[TemplateShort]) -> None:
        """Show this list as the poll would (rows, news, actions, the open view's header): the benchmark's entry
        for the GUI-thread half of a refresh (the poll formats the rows in its task instead)."""
        if self._project_id is not None:
            self._apply(rows_of(self._project_id, templates))

    def selected(self) -> Optional[TemplateShort]:
        template_id = self.widget.selected_id()
        return self.templates.get(template_id) if template_id else None

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Opening the planned search"))
    def open(self, template_id: str) -> None:
        template = self.templates.get(template_id)
        if template is None:
            return
        self.pages.setCurrentIndex(1)
        self.view.open(template)

    def shutdown(self) -> None:
        super().shutdown()
        self.schedule.stop()
        self._timer.stop()
        self.actions.shutdown()
        self.view.shutdown()

    # --- session and project --------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the planned searches"))
    def _on_session(self, session: Optional[Session]) -> None:
        project = session.project if session is not None else None
        project_id = project.id if project is not None else None
        if project_id == self._project_id:
            self._update_actions()
            return
        self._project_id = project_id
        self.view.close()
        self.templates, self._counts, self._looked = {}, {}, False
        self.model.clear()
        self.widget.show_count(0)
        self.widget.set_status("")
        self.schedule.stop()
        self._timer.stop()
        if project_id is not None:
            self.schedule.restart()
            self._arm()
        self._update_actions()

    # --- polling ---------------------------------------------------------------------------------------------
    def _arm(self) -> None:
        wait = self.schedule.seconds_until_due()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(int(wait * 1000))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Refreshing the planned searches"))
    def _poll(self) -> None:
        session = self.state.session
        if session is None or self._project_id is None:
            self.schedule.stop()
            return
        ticket = self.schedule.begin()
        if ticket is None:
            self._arm()
            return
        client, project_id = session.client, self._project_id
        try:
            self.run_call(tr("Refresh Mapflow planned searches"), lambda _ctx: fetch_templates(client, project_id),
                          lambda result: self._answered(ticket, result), lambda error: self._failed(ticket, error),
                          hidden=True)
        except Exception as error:  # noqa: BLE001 - a poll that cannot start must not stay "in flight"
            self._failed(ticket, error)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the planned searches"))
    def _answered(self, ticket: PollTicket, refresh: TemplatesRefresh) -> None:
        if not self.schedule.is_current(ticket) or refresh.project_id != self._project_id:
            self.schedule.succeeded(ticket, anything_unfinished=False)
            self._arm()
            return
        self.schedule.succeeded(ticket, anything_unfinished=refresh.anything_watching)
        self.state.report_server(True)
        try:
            self._apply(refresh)
        finally:
            self._arm()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the planned searches"))
    def _failed(self, ticket: PollTicket, error: BaseException) -> None:
        delay = self.schedule.failed(ticket)
        if delay is not None and not isinstance(error, Cancelled):
            if is_outage(error):
                self.state.report_server(False)
            text = tr("Could not refresh the planned searches ({reason}); retrying in {seconds} s").format(
                reason=short_reason(error), seconds=max(1, round(delay)))
            self.widget.set_status(text, is_error=True)
            self.notifier.log(f"Planned-search list refresh failed ({type(error).__name__}): {error}")
        self._arm()

    def _apply(self, refresh: TemplatesRefresh) -> None:
        templates = refresh.templates
        news = new_scene_news(self._counts, templates) if self._looked else []
        first_look = not self._looked
        self._looked = True
        self._counts = {t.id: t.new_images_count for t in templates}
        self.templates = {t.id: t for t in templates}
        selected = self.widget.selected_id()
        self.model.apply(refresh.rows)
        self.widget.show_count(len(refresh.rows))
        if selected and selected in self.templates and self.widget.selected_id() != selected:
            self.widget.select_id(selected)
        self.widget.set_status("")
        self._announce(news, templates if first_look else ())
        self._update_actions()
        open_id = self.view.template_id
        if open_id is not None:
            if open_id in self.templates:
                self.view.on_listed(self.templates[open_id])
            else:  # deleted elsewhere: the list no longer has it
                self._on_gone(open_id, self.view.template_name)

    def _announce(self, news, first_look: Sequence[TemplateShort]) -> None:
        if len(news) > MAX_SEPARATE_NEWS:
            for item in news:
                self.notifier.log(item.message())
            self.notifier.info(tr("{count} planned searches found new scenes; see the Processings tab.").format(
                count=len(news)), topic=LIST_TOPIC, duration=15)
            return
        for item in news:
            self.notifier.info(item.message(), topic=topic_of(item.template.id), duration=15)
        summary = waiting_summary(first_look)
        if summary:
            self.notifier.info(summary, topic=LIST_TOPIC, duration=10)

    # --- actions ---------------------------------------------------------------------------------------------
    def _role(self):
        session = self.state.session
        if session is None or session.project is None:
            return "readonly", None, None
        return session.role, session.email, getattr(session.user_status, "user_id", None)

    def _update_actions(self, *_args) -> None:
        role, email, user_id = self._role()
        self.widget.set_action_states(action_states(role, self.selected(), email, user_id))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Changing the planned search"))
    def _on_list_action(self, action: TemplateAction) -> None:
        template = self.selected()
        if template is None:
            return
        if action is TemplateAction.OPEN:
            self.open(template.id)
        else:
            self.actions.run(action, template)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the planned search"))
    def _on_updated(self, template) -> None:
        if template is not None and template.id in self.templates:
            self.view.on_changed(template)
        self.refresh()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the planned searches"))
    def _on_deleted(self, template_id: str) -> None:
        if self.view.template_id == template_id:
            self.view.close()
        self.refresh()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the planned searches"))
    def _on_gone(self, template_id: str, name: str) -> None:
        self.notifier.warning(tr("The planned search “{name}” no longer exists (it was deleted, perhaps by a "
                                 "colleague).").format(name=name), topic=topic_of(template_id))
        if self.view.template_id == template_id:
            self.view.close()
        self.refresh()

    def _show_lists(self) -> None:
        self.pages.setCurrentIndex(0)

    # --- a new planned search ----------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Planning a search"))
    def plan(self, intent: PlannedSearchIntent) -> None:
        session = self.state.session
        if session is None or session.project is None:
            self.notifier.warning(tr("Choose a project first: planned searches belong to a project."))
            return
        role, _email, _user = self._role()
        create = action_states(role, None, None)[TemplateAction.CREATE]
        if not create.enabled:
            self.notifier.warning(create.reason, topic=LIST_TOPIC)
            return
        status = session.user_status
        providers = tuple((p.name, p.display_name or p.name) for p in status.search_data_providers)
        name = (intent.aoi_name or tr("Planned search")).strip()[:MAX_NAME_LENGTH]
        choice = self.prompts.plan(self.pages, PlanInput(
            name=name, aoi_name=(intent.aoi_name or "").strip()[:MAX_NAME_LENGTH],
            part_areas_km2=self._part_areas(intent), filters=intent.filters, providers=providers,
            template_area_limit_m2=getattr(status, "template_area_limit", None), kept=self._kept_params()))
        if choice is None:
            return
        parts = split_parts(intent.aoi_geojson) if choice.split_parts else [intent.aoi_geojson]
        if len(parts) > 1:
            numbers = range(1, len(parts) + 1)
            if choice.aoi_name:
                names = [f"{choice.aoi_name[:MAX_NAME_LENGTH - 4]} {number}" for number in numbers]
            else:  # a name of its own: "Area" alone is also the size row of a processing's details
                names = [tr("Area {number}").format(number=number)[:MAX_NAME_LENGTH] for number in numbers]
        else:
            names = [choice.aoi_name]
        form = PlanForm(choice.name, tuple(zip(parts, names)), choice.active_until, choice.filters,
                        self._kept_params() if choice.keep_params else KeptParams())
        request = new_template(form, session.project.id)
        try:
            request.to_json()  # refuses what the server would refuse, before anything is sent
        except MapflowError as error:
            self.notifier.warning(str(error), topic=LIST_TOPIC)
            return
        client = session.client
        self.run_call(tr("Mapflow: create the planned search “{name}”").format(name=choice.name),
                      lambda _ctx: client.create_template(request), self._created,
                      lambda error: self.notifier.report(
                          error, tr("Creating the planned search"), topic=LIST_TOPIC,
                          template=tr("The planned search could not be created: {reason}")),
                      can_cancel=False)

    def _part_areas(self, intent: PlannedSearchIntent) -> tuple:
        """The areas of the AOI's parts (the draft's AOI is what the search handed over)."""
        aoi = self.draft.aoi
        parts = split_parts(intent.aoi_geojson)
        if aoi is not None and aoi.usable and len(aoi.parts) == len(parts):
            return tuple(part.area_km2 for part in aoi.parts)
        return (intent.aoi_km2,)

    def _kept_params(self) -> KeptParams:
        pick = self.draft.model
        if pick is None:
            return KeptParams()
        source = self.draft.source
        return KeptParams(pick.model.id, pick.model.name, tuple(pick.enabled_blocks),
                          tuple(b.name for b in pick.model.optional_blocks),
                          source.zoom if source is not None and source.usable else None)

    def _created(self, details: TemplateDetails) -> None:
        template = details.template
        self.state.report_server(True)
        self.notifier.clear(LIST_TOPIC)
        if template.is_active:
            self.notifier.success(tr("Planned search “{name}” created: it searches the archive now, then keeps "
                                     "looking for new scenes.").format(name=template.name),
                                  topic=topic_of(template.id))
        else:
            self.notifier.warning(tr("Planned search “{name}” created, but it does not search: the limit of active "
                                     "planned searches is reached. Pause another one, then resume this one.")
                                  .format(name=template.name), topic=topic_of(template.id))
        self.templates[template.id] = template
        self.show_requested.emit()
        self.pages.setCurrentIndex(1)
        self.view.open(template)
        self.refresh()


__all__ = ["LIST_TOPIC", "TEMPLATE_POLL", "TemplatesController"]
