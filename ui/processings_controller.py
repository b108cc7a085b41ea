"""Drives the "Processings" tab: which page to ask for, when to poll, how to apply the answer, what to announce.

One :class:`PollSchedule` decides when to ask; a single-shot QTimer (the thin Qt driver) wakes up when it says.
The page request, the formatting of rows and the diff against the rows on screen run in a CallTask; the GUI
thread only applies the diff, announces finished or failed processings and updates the labels.
"""
from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional

from qgis.PyQt.QtCore import QTimer, pyqtSignal

from ..api.errors import Cancelled
from ..api.models.processing import Processing, ProcessingStatus
from ..core import settings as catalogue
from ..core.choices import ResultsRequest
from ..core.account import billing_type
from ..core.errors import is_outage
from ..core.poll_schedule import PollPolicy, PollSchedule, PollTicket
from ..core.processing_view import (COLUMN_SORT, DEFAULT_HIDDEN_COLUMNS, Column, action_states, finished_since,
                                    hidden_columns_text, parse_hidden_columns, processing_details)
from ..core.processings_list import ListQuery, PageRefresh, fetch_page, short_reason
from ..integration.message_actions import MessageAction
from ..integration.messages import WARNING, Notifier, Topic, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from ..integration.task_registry import TaskRegistry
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .dialogs import Prompts
from .processing_actions import ProcessingActions
from .processings_model import ProcessingsModel
from .processings_widget import ProcessingsWidget

__all__ = ["ListQuery", "PageRefresh", "ProcessingsController", "fetch_page", "short_reason"]

MAX_SEPARATE_NOTICES = 3  # more processings ending at once get one summary in the message bar
LOAD_RESULTS_ACTION = "mapflowLoadResultsButton"  # object name of the "finished" message's button
FINISHED_NOTICE_S = 20  # a "finished" message with its Load results button stays this long


class ProcessingsController(SectionController):
    load_results_requested = pyqtSignal(object)  # core.choices.ResultsRequest: OK processings and how to load them

    def __init__(self, widget: ProcessingsWidget, state: SessionState, tasks: TaskRegistry, notifier: Notifier,
                 settings: Optional[SettingsStore] = None, policy: PollPolicy = PollPolicy(),
                 prompts: Optional[Prompts] = None,
                 clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.settings = settings
        self.model = ProcessingsModel(self)
        self.schedule = PollSchedule(policy, clock)
        self._query: Optional[ListQuery] = None
        self._known_status: Dict[str, ProcessingStatus] = {}  # every id seen in this project, for notifications
        self._watched_since: Optional[datetime] = None
        self._manual = False  # the refresh in flight was asked for by the user: its outcome is reported
        self._loading: frozenset = frozenset()  # processings whose results are being loaded (ResultsController)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)

        self.actions = ProcessingActions(widget, state, tasks, notifier, prompts or Prompts(),
                                         selected=self.selected_processings, loading=lambda: self._loading,
                                         parent=self)
        self.actions.load_results_requested.connect(self._request_load)
        self.actions.restarted.connect(self._on_restarted)

        widget.set_model(self.model)
        widget.set_hidden_columns(DEFAULT_HIDDEN_COLUMNS)
        if settings is not None:  # the dock's "Load as" choice is remembered; a bare list (tests) keeps the default
            widget.set_load_mode(settings.get(catalogue.RESULT_LOAD_MODE))
            widget.set_hidden_columns(parse_hidden_columns(settings.get(catalogue.HIDDEN_COLUMNS)))
            self.listen(widget.hidden_columns_changed, self._on_hidden_columns)
        self.listen(widget.load_mode_changed, self._on_load_mode)
        self.listen(widget.terms_changed, self._on_terms)
        self.listen(widget.sort_requested, self._on_sort)
        self.listen(widget.page_step_requested, self._on_page_step)
        self.listen(widget.page_size_changed, self._on_page_size)
        self.listen(widget.refresh_requested, self.manual_refresh)
        self.listen(widget.selection_changed, self._on_selection)
        self.listen(widget.action_requested, self.actions.run)
        self.listen(state.changed, self._on_session)
        self.listen(state.project_changed, self._on_project)
        self.listen(state.processings_changed, self.refresh)
        self._on_session(state.session)

    # --- public --------------------------------------------------------------------------------------------
    @property
    def query(self) -> Optional[ListQuery]:
        return self._query

    def refresh(self) -> None:
        """Ask for the page now (a start or restart elsewhere): also wakes a stopped poll."""
        if self._query is None:
            return
        self.schedule.request_now()
        self._arm()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Refreshing the processings"))
    def manual_refresh(self) -> None:
        """The Refresh button: now, with the back-off started again, and its outcome always reported."""
        if self._query is None:
            return
        self._manual = True
        self.widget.set_poll_message(tr("Refreshing…"))
        self.schedule.request_now(reset_backoff=True)
        self._arm()

    def selected_processings(self) -> List[Processing]:
        return self.model.processings(self.widget.selected_positions())

    def _on_hidden_columns(self, columns) -> None:
        self.settings.set(catalogue.HIDDEN_COLUMNS, hidden_columns_text(columns))

    def _on_load_mode(self, mode: str) -> None:
        if self.settings is not None:
            self.settings.set(catalogue.RESULT_LOAD_MODE, mode)

    def set_loading(self, processing_ids) -> None:
        """Results of these processings are being loaded: "Load results" waits for them."""
        self._loading = frozenset(processing_ids)
        self._update_actions()

    def _request_load(self, processings: list) -> None:
        self.load_results_requested.emit(ResultsRequest(tuple(processings), self.widget.load_mode()))

    def shutdown(self) -> None:
        """Stop polling (plugin unload); running tasks are cancelled by the task registry."""
        super().shutdown()
        self.schedule.stop()
        self._timer.stop()

    # --- session and query changes ---------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the processings"))
    def _on_session(self, session: Optional[Session]) -> None:
        if session is None:
            self._forget(tr("Sign in to see your processings."))
            return
        self._on_project(session)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Switching the project"))
    def _on_project(self, session: Session) -> None:
        project = session.project
        if project is None:
            self._forget(tr("Choose a project to see its processings."))
            return
        if self._query is None or self._query.project_id != project.id:
            self.model.clear()
            self._known_status.clear()
            self._watched_since = datetime.now(timezone.utc)
            self._query = ListQuery(project.id, limit=self.widget.page_size())
            self._manual = False
        self._update_actions()
        self.widget.set_poll_message(tr("Loading…"))
        self._restart()

    def _forget(self, message: str) -> None:
        self.schedule.stop()
        self._timer.stop()
        self._query = None
        self._manual = False
        self.model.clear()
        self._known_status.clear()
        self.widget.set_page(0, 1, 0)
        self.widget.set_poll_message(message)
        self._update_actions()

    def _change_query(self, **changes) -> None:
        if self._query is None:
            return
        new_query = replace(self._query, **changes)
        if new_query != self._query:
            self._query = new_query
            self._restart()

    def _on_terms(self, terms: str) -> None:
        self._change_query(terms=terms, offset=0)

    def _on_sort(self, column: int, descending: bool) -> None:
        self._change_query(sort_by=COLUMN_SORT[Column(column)], descending=descending, offset=0)

    def _on_page_step(self, step: int) -> None:
        if self._query is not None:
            self._change_query(offset=max(0, self._query.offset + step * self._query.limit))

    def _on_page_size(self, size: int) -> None:
        if self._query is not None:  # keep the first row on screen on the new page
            self._change_query(limit=size, offset=(self._query.offset // size) * size)

    def _restart(self) -> None:
        self.schedule.restart()
        self._arm()

    # --- polling ---------------------------------------------------------------------------------------------
    def _arm(self) -> None:
        wait = self.schedule.seconds_until_due()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(int(wait * 1000))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Refreshing the processings"))
    def _poll(self) -> None:
        session = self.state.session
        if session is None or self._query is None:
            self.schedule.stop()
            return
        ticket = self.schedule.begin()
        if ticket is None:
            self._arm()
            return
        client, query, on_screen = session.client, self._query, self.model.snapshot()
        billing = billing_type(session.user_status)
        try:
            # hidden: polls every few seconds would crowd the task manager
            self.run_call(tr("Refresh Mapflow processings"),
                          lambda _ctx: fetch_page(client, query, on_screen, billing),
                          lambda result: self.apply_refresh(ticket, result),
                          lambda error: self._on_page_error(ticket, error), hidden=True)
        except Exception as error:  # noqa: BLE001 - a poll that cannot start must not stay "in flight" forever
            self._on_page_error(ticket, error)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the processings"))
    def apply_refresh(self, ticket: PollTicket, result: PageRefresh) -> None:
        """GUI-thread half of a refresh (the worker half is :func:`fetch_page`): apply, announce, relabel."""
        if not self.schedule.is_current(ticket) or result.query != self._query:
            self.schedule.succeeded(ticket, anything_unfinished=False)  # stale: dropped, a newer one follows
            self._arm()
            return
        query = result.query
        if result.total and query.offset >= result.total:  # rows vanished (deleted, filtered): go to the last page
            self.schedule.succeeded(ticket, anything_unfinished=False)
            self._change_query(offset=(result.page_count - 1) * query.limit)
            return
        # the schedule hears of the answer first, so that a failure below can never leave a poll "in flight"
        unfinished = result.anything_unfinished
        self.schedule.succeeded(ticket, anything_unfinished=unfinished)
        self.state.report_server(True)
        if self._manual:
            self._manual = False
            self.notifier.clear(Topic.PROCESSINGS)
        try:
            self.model.apply(result.diff)
            self._announce(result)
            self.widget.set_page(query.page_index, result.page_count, result.total)
            stamp = datetime.now().strftime("%H:%M:%S")
            if unfinished:
                text = tr("Updated at {time}; following the unfinished processings.").format(time=stamp)
            else:
                text = tr("Updated at {time}; every processing on this page is finished.").format(time=stamp)
            self.widget.set_poll_message(text)
            if result.diff.inserted or result.diff.changed:  # new texts may need wider short columns: measured
                self.widget.fit_columns_soon()  # on a turn of its own, so the GUI thread stops twice, briefly
            self._on_selection()
        finally:
            self._arm()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the processings"))
    def _on_page_error(self, ticket: PollTicket, error: BaseException) -> None:
        delay = self.schedule.failed(ticket)
        if delay is not None and not isinstance(error, Cancelled):
            seconds = max(1, round(delay))
            text = tr("Could not refresh ({reason}); retrying in {seconds} s").format(
                reason=short_reason(error), seconds=seconds)
            self.widget.set_poll_message(text, is_error=True)
            if is_outage(error):
                self.state.report_server(False)
            manual, self._manual = self._manual, False
            if manual or not is_outage(error):  # the user asked, or a bug: say it in the bar as well
                self.notifier.report(error, tr("Refreshing the processings"), topic=Topic.PROCESSINGS, text=text,
                                     level=WARNING, retry=self.manual_refresh)
            else:
                self.notifier.log(f"Processing list refresh failed ({type(error).__name__}): {error}")
        self._arm()

    def _announce(self, result: PageRefresh) -> None:
        rows = result.diff.new_rows
        transitions = finished_since(self._known_status, rows, self._watched_since)
        for row in rows:
            self._known_status[row.id] = row.status
        if len(transitions) > MAX_SEPARATE_NOTICES:  # one line in the bar; the details go to the log
            for transition in transitions:
                self.notifier.log(transition.message())
            finished = sum(t.succeeded for t in transitions)
            summary = tr("{finished} processing(s) finished and {failed} failed; see the list for details.").format(
                finished=finished, failed=len(transitions) - finished)
            (self.notifier.success if finished == len(transitions) else self.notifier.warning)(summary)
            return
        for transition in transitions:
            if transition.succeeded:
                processing = transition.processing
                load = MessageAction(LOAD_RESULTS_ACTION, tr("Load results"),
                                     lambda p=processing: self.actions.load_results([p]), closes=True)
                self.notifier.success(transition.message(), duration=FINISHED_NOTICE_S,
                                      topic=f"processing:{processing.id}", actions=[load])
            else:
                self.notifier.warning(transition.message(), topic=f"processing:{transition.processing.id}")

    def _on_restarted(self, processing_ids: list) -> None:
        """Restarted processings count as running from now on, so their end is announced even when it comes
        before the next poll sees them running."""
        for processing_id in processing_ids:
            self._known_status[processing_id] = ProcessingStatus.IN_PROGRESS

    # --- selection: details and actions ----------------------------------------------------------------------
    def _on_selection(self) -> None:
        selected = self.selected_processings()
        if len(selected) == 1:
            session = self.state.session
            billing = billing_type(session.user_status if session is not None else None)
            self.widget.show_details(processing_details(selected[0], billing).to_html())
        elif selected:
            self.widget.show_details(tr("{count} processings selected.").format(count=len(selected)))
        else:
            self.widget.show_details("")
        self._update_actions(selected)

    def _update_actions(self, selected: Optional[List[Processing]] = None) -> None:
        session = self.state.session
        role = session.role if session is not None and session.project is not None else "readonly"
        self.widget.set_action_states(action_states(role, self.selected_processings() if selected is None
                                                    else selected, self._loading))
