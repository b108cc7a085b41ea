"""The cost preview: recomputed on every change of the draft, debounced, and only the newest answer shown.

``core.pricing.CostPreview`` decides when to ask and which answer counts; a single-shot QTimer wakes it up; the
``POST /processing/cost/v2`` call runs in a task. CREDITS accounts ask the server (the price book's estimate is
shown meanwhile); AREA accounts are charged in area, so the AOI's area is the cost; NONE accounts are not billed.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core import settings as catalogue
from ..core.aoi_rules import AccountLimits, BillingType, format_km2, validate
from ..core.pricing import CostPreview, DebouncePolicy
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from .controller_support import SignalConnections, readable_error, submit_call
from .draft import ProcessingDraft, billing_type


@dataclass(frozen=True)
class CostView:
    """What the start controller needs: the credits to compare with the balance, and the text shown."""

    credits: Optional[int]  # the server's answer, or the local estimate until it arrives; None if unknown
    text: str
    final: bool  # the server's answer for the current draft (or nothing to ask)


def unusable_aoi_reason(selection) -> str:
    reasons = validate(selection.summary(), AccountLimits(max_aois=None)) if selection is not None else []
    return reasons[0].text if reasons else tr("the area of interest cannot be used")


class CostController(QObject):
    cost_changed = pyqtSignal(object)  # CostView

    def __init__(self, start_widget, state: SessionState, draft: ProcessingDraft, tasks, notifier: Notifier,
                 settings: SettingsStore, clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        self._links = SignalConnections()  # undone by shutdown(): widgets may outlive us briefly
        self.widget = start_widget
        self.state = state
        self.draft = draft
        self.tasks = tasks
        self.notifier = notifier
        policy = DebouncePolicy(quiet_s=settings.get(catalogue.COST_DEBOUNCE_S))
        self.preview = CostPreview(self._send, clock, policy)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        self.view = CostView(None, "—", True)
        self._links.connect(draft.changed, self.update)
        self._links.connect(state.changed, self.update)
        self._links.connect(state.project_changed, self.update)

    # --- inputs ----------------------------------------------------------------------------------------------
    @guarded("Updating the cost")
    def update(self, *_args) -> None:
        session = self.state.session
        if session is None:
            self.preview.clear()
            self._timer.stop()
            return self._show(CostView(None, "—", True))
        if self.draft.aoi_busy:  # the AOI is being read again; its result comes as the next change
            return None
        missing = self.draft.missing()
        if missing or self.draft.aoi is None or not self.draft.aoi.usable:
            self.preview.clear()
            self._timer.stop()
            reason = missing[0] if missing else unusable_aoi_reason(self.draft.aoi)
            return self._show(CostView(None, tr("Not known yet: {reason}").format(reason=reason.rstrip(".")), True))
        kind = billing_type(session.user_status)
        if kind is BillingType.NONE:
            self.preview.clear()
            return self._show(CostView(0, tr("Free: this account is not billed."), True))
        if kind is BillingType.AREA:
            self.preview.clear()
            return self._show(CostView(None, tr("{area} of your remaining area").format(
                area=format_km2(self.draft.area_km2())), True))
        request = self.draft.cost_request(session.project.id if session.project else None)
        self.preview.request((session.client, request))
        estimate = self.draft.local_estimate()
        waiting = tr("≈ {credits} credits (asking the server…)").format(credits=f"{estimate.credits:,}") \
            if estimate is not None else tr("Asking the server…")
        self._show(CostView(estimate.credits if estimate else None, waiting, False))
        self._arm()

    def _arm(self) -> None:
        due = self.preview.due_at()
        if due is None:
            return
        self._timer.start(max(0, int((due - self._clock()) * 1000)))

    @guarded("Updating the cost")
    def _poll(self) -> None:
        self.preview.poll()
        self._arm()  # a new edit may have come in while the timer ran

    # --- the request -----------------------------------------------------------------------------------------
    def _send(self, ticket: int, inputs) -> None:
        client, request = inputs
        submit_call(self.tasks, self.notifier, tr("Mapflow: cost"), lambda _ctx: client.processing_cost(request),
                    lambda credits: self._answered(ticket, credits), lambda error: self._failed(ticket, error),
                    hidden=True)

    def _answered(self, ticket: int, credits: int) -> None:
        if self.preview.deliver(ticket, credits):  # False: an answer to an older draft, never shown
            self._show(CostView(credits, tr("{credits} credits").format(credits=f"{credits:,}"), True))

    def _failed(self, ticket: int, error: BaseException) -> None:
        text = readable_error(error, self.notifier, tr("Computing the cost"))
        if self.preview.fail(ticket, text):
            self._show(CostView(None, tr("Cannot be computed: {reason}").format(reason=text), True))

    def _show(self, view: CostView) -> None:
        self.view = view
        self.widget.set_cost_text(view.text)
        self.cost_changed.emit(view)

    def shutdown(self) -> None:
        self._links.disconnect_all()
        self._timer.stop()
        self.preview.clear()
