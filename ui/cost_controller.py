"""The cost preview: recomputed on every change of the draft, debounced, and only the newest answer shown.

``core.pricing.CostPreview`` decides when to ask and which answer counts; a single-shot timer wakes it up; the
``POST /processing/cost/v2`` call runs in a task. What the cost means per billing type is ``core.account``'s rule:
credits are asked from the server (the price book's estimate is shown meanwhile), an area account consumes the
AOI's area, an unbilled account pays nothing. The result goes into the shared draft (``draft.cost``).

When the server cannot be reached the cost is asked again by itself (2, 4, 8, then every 15 s) and as soon as
another call finds the server answering again. The clock and the timer can be given, which makes tests exact.
"""
from __future__ import annotations

import time
from typing import Callable

from qgis.PyQt.QtCore import QTimer

from ..core import settings as catalogue
from ..core.account import AccountLimits, CostBasis, billing_type, cost_basis
from ..core.aoi_rules import validate
from ..core.errors import is_outage
from ..core.formatting import format_credits, format_km2
from ..core.poll_schedule import PollPolicy
from ..core.pricing import CostPreview, DebouncePolicy
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .draft import NO_COST, CostView, ProcessingDraft

# asking again after a failed cost request that looks like an outage: 2, 4, 8, then every 15 s
RETRY_POLICY = PollPolicy(interval=1.0, backoff_factor=2.0, max_delay=15.0)


def unusable_aoi_reason(selection) -> str:
    reasons = validate(selection.summary(), AccountLimits(max_aois=None)) if selection is not None else []
    return reasons[0].text if reasons else tr("the area of interest cannot be used")


def default_timer(parent) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    return timer


class CostController(SectionController):
    def __init__(self, start_widget, state: SessionState, draft: ProcessingDraft, tasks, notifier: Notifier,
                 settings: SettingsStore, clock: Callable[[], float] = time.monotonic,
                 timer_factory: Callable[[object], QTimer] = default_timer, parent=None):
        super().__init__(state, tasks, notifier, start_widget, parent)
        self.draft = draft
        policy = DebouncePolicy(quiet_s=settings.get(catalogue.COST_DEBOUNCE_S))
        self.preview = CostPreview(self._send, clock, policy)
        self._clock = clock
        self._timer = timer_factory(self)
        self._timer.timeout.connect(self._poll)
        self._retry = timer_factory(self)
        self._retry.timeout.connect(self.update)
        self._failures = 0
        self.listen(draft.changed, self.update)
        self.listen(state.changed, self.update)
        self.listen(state.project_changed, self.update)
        self.listen(state.server_status_changed, self._on_server)

    @property
    def view(self) -> CostView:
        return self.draft.cost

    # --- inputs ----------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Updating the cost"))
    def update(self, *_args) -> None:
        self._retry.stop()
        session = self.state.session
        if session is None:
            self.preview.clear()
            self._timer.stop()
            return self._show(NO_COST)
        if self.draft.aoi_busy:  # the AOI is being read again: the old cost is no longer true
            self.preview.hold()
            self._timer.stop()
            return self._show(CostView(None, tr("Waiting for the area of interest…"), False))
        missing = self.draft.missing()
        if missing or self.draft.aoi is None or not self.draft.aoi.usable:
            self.preview.clear()
            self._timer.stop()
            reason = missing[0] if missing else unusable_aoi_reason(self.draft.aoi)
            return self._show(CostView(None, tr("Not known yet: {reason}").format(reason=reason.rstrip(".")), True))
        basis = cost_basis(billing_type(session.user_status))
        if basis is CostBasis.FREE:
            self.preview.clear()
            return self._show(CostView(0, tr("Free: this account is not billed."), True))
        if basis is CostBasis.AREA:
            self.preview.clear()
            return self._show(CostView(None, tr("{area} of your remaining area").format(
                area=format_km2(self.draft.area_km2())), True))
        request = self.draft.cost_request(session.project.id if session.project else None)
        self.preview.request((session.client, request))
        estimate = self.draft.local_estimate()
        waiting = tr("≈ {credits} credits (asking the server…)").format(credits=format_credits(estimate.credits)) \
            if estimate is not None else tr("Asking the server…")
        self._show(CostView(estimate.credits if estimate else None, waiting, False))
        self._arm()
        return None

    def _on_server(self, answering: bool) -> None:
        if answering and self.view.problem:
            self._failures = 0
            self.update()

    def _arm(self) -> None:
        due = self.preview.due_at()
        if due is None:
            return
        self._timer.start(max(0, int((due - self._clock()) * 1000)))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Updating the cost"))
    def _poll(self) -> None:
        self.preview.poll()
        self._arm()  # a new edit may have come in while the timer ran

    # --- the request -----------------------------------------------------------------------------------------
    def _send(self, ticket: int, inputs) -> None:
        client, request = inputs
        self.run_call(tr("Mapflow: cost"), lambda _ctx: client.processing_cost(request),
                      lambda credits: self._answered(ticket, credits), lambda error: self._failed(ticket, error),
                      hidden=True, on_cancel=lambda: None)

    def _answered(self, ticket: int, credits: int) -> None:
        self.state.report_server(True)
        if self.preview.deliver(ticket, credits):  # False: an answer to an older draft, never shown
            self._failures = 0
            self._show(CostView(credits, tr("{credits} credits").format(credits=format_credits(credits)), True))

    def _failed(self, ticket: int, error: BaseException) -> None:
        outage = is_outage(error)
        if outage:
            self.state.report_server(False)
        text = self.notifier.describe(error, tr("Computing the cost"))
        if not self.preview.fail(ticket, text):
            return
        self._show(CostView(None, tr("Cannot be computed: {reason}").format(reason=text), True, problem=text))
        if outage:  # ask again by itself; a server that answers elsewhere first triggers it sooner
            self._failures += 1
            self._retry.start(int(RETRY_POLICY.delay_after_failures(self._failures) * 1000))

    def _show(self, view: CostView) -> None:
        self.widget.set_cost_text(view.text)
        self.draft.set_cost(view)

    def shutdown(self) -> None:
        super().shutdown()
        self._timer.stop()
        self._retry.stop()
        self.preview.clear()
