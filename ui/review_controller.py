"""The review of results in the Processings tab: accept, mark corrections on the map, send back for review.

Shown for accounts with the review workflow (``core.review.review_enabled``) or when a selected result has a
review. Who may act and on what is ``core.review.action_state`` (maintainers and owners, results in review): other
roles see the buttons disabled with the reason. "Mark corrections" opens the result's corrections layer
(``layers.corrections``) for editing; "Send back for review" asks for the comment and sends the marked objects as
GeoJSON in EPSG:4326. The calls run in tasks; the server's refusals are shown in the API's words.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from qgis.core import QgsProject

from ..api.models.processing import Processing
from ..core import review
from ..core.review import ReviewAction
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import SessionState
from ..layers import corrections
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .dialogs_review import ReviewPrompts, SendBack
from .processing_actions import BatchOutcome, run_for_each


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class ReviewController(SectionController):
    def __init__(self, widget, state: SessionState, tasks, notifier: Notifier, prompts: ReviewPrompts,
                 selected: Callable[[], List[Processing]], selection_changed, iface=None,
                 project: Callable[[], QgsProject] = QgsProject.instance, corrections_dir: Optional[Path] = None,
                 clock: Callable[[], datetime] = utc_now, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.prompts = prompts
        self.iface = iface
        self._selected = selected
        self._project = project
        self._directory = corrections_dir
        self._clock = clock
        self.listen(widget.review_requested, self.run)
        self.listen(selection_changed, self.update)
        for signal in (state.changed, state.project_changed, state.account_changed):
            self.listen(signal, self.update)
        self.update()

    # --- what the buttons show -----------------------------------------------------------------------------------
    def _role(self) -> str:
        session = self.state.session
        return session.role if session is not None and session.project is not None else "readonly"

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the review"))
    def update(self, *_args) -> None:
        session = self.state.session
        selected = self._selected() if session is not None else []
        enabled = session is not None and review.review_enabled(session.user_status, session.project)
        self.widget.set_review_visible(enabled or any(p.review_status is not None for p in selected))
        role = self._role()
        self.widget.set_review_states({action: review.action_state(action, role, selected)
                                       for action in ReviewAction})
        text = ""
        if len(selected) == 1:
            processing = selected[0]
            text = review.deadline_text(processing, self._clock())
            rejection = processing.review_rejection
            if rejection is not None and rejection.comment and not (processing.review_status and
                                                                    processing.review_status.awaits_decision):
                text += "\n" + tr("Sent back: “{comment}” ({count} marked object(s)).").format(
                    comment=rejection.comment, count=rejection.feature_count)
        self.widget.set_review_text(text.strip())

    # --- the actions -------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Reviewing a result"))
    def run(self, action: ReviewAction) -> None:
        selected = self._selected()
        if not self._allowed(action, selected):
            return
        if action is ReviewAction.ACCEPT:
            if self.prompts.confirm_accept(self.widget, [p.name for p in selected]):
                self.accept(selected)
        elif action is ReviewAction.MARK:
            self.mark(selected[0])
        else:
            self.ask_send_back(selected[0])

    def _allowed(self, action: ReviewAction, selected: Sequence[Processing]) -> bool:
        """Checked again when it runs: the selection or the role may have changed since the buttons were set."""
        if self.state.session is None:
            self.notifier.warning(tr("Sign in first."))
            return False
        state = review.action_state(action, self._role(), selected)
        if not state.enabled:
            self.notifier.warning(state.reason, topic=Topic.PROCESSINGS)
        return state.enabled

    def accept(self, processings: Sequence[Processing]):
        if not self._allowed(ReviewAction.ACCEPT, processings):
            return None
        client = self.state.session.client
        return self.run_call(tr("Accept results"),
                             lambda ctx: run_for_each(processings, lambda p: client.accept_processing(p.id), ctx),
                             self._accepted,
                             lambda error: self.notifier.report(error, tr("Accepting results"),
                                                                topic=Topic.PROCESSINGS,
                                                                template=tr("The results could not be accepted: "
                                                                            "{reason}"),
                                                                retry=lambda: self.accept(processings)))

    def _accepted(self, outcome: BatchOutcome) -> None:
        self.notifier.clear(Topic.PROCESSINGS)
        if outcome.done:
            self.notifier.success(tr("Accepted: {names}.").format(names=", ".join(p.name for p in outcome.done)))
        for processing, reason in outcome.failed:
            self.notifier.error(tr("“{name}” could not be accepted: {reason}").format(name=processing.name,
                                                                                     reason=reason),
                                topic=f"{Topic.PROCESSINGS}:{processing.id}")
        self.state.processings_changed.emit()

    def mark(self, processing: Processing):
        """Open (or make) the result's corrections layer for editing and start drawing into it."""
        if not self._allowed(ReviewAction.MARK, [processing]):
            return None
        try:
            layer = corrections.open_corrections_layer(
                processing.id, processing.name, tr("Corrections of {name}").format(name=processing.name),
                self._project(), self._directory)
        except OSError as error:
            self.notifier.error(tr("The corrections layer could not be made: {reason}").format(reason=error),
                                topic=Topic.PROCESSINGS)
            return None
        if not layer.isEditable():
            layer.startEditing()
        set_active = getattr(self.iface, "setActiveLayer", None)
        add_feature = getattr(self.iface, "actionAddFeature", None)
        if set_active is not None and add_feature is not None:  # QGIS desktop: start drawing at once
            set_active(layer)
            add_feature().trigger()
        self.notifier.info(tr("Draw the wrong or missing objects of “{name}” on the layer “{layer}”, with a remark "
                              "for each; then press “Send back for review”.").format(
            name=processing.name, layer=layer.name()), duration=20, topic=Topic.PROCESSINGS)
        return layer

    def ask_send_back(self, processing: Processing):
        layer = corrections.find_corrections_layer(self._project(), processing.id)
        choice = self.prompts.send_back(self.widget, processing.name, corrections.count_marked(layer),
                                        layer.name() if layer is not None else "")
        if choice is not None:
            return self.send_back(processing, choice)
        return None

    def send_back(self, processing: Processing, choice: SendBack):
        if not self._allowed(ReviewAction.SEND_BACK, [processing]):
            return None
        layer = corrections.find_corrections_layer(self._project(), processing.id)
        captured = corrections.capture(layer, self._project()) if choice.include_marked and layer is not None \
            else None
        client = self.state.session.client

        def call(_ctx):
            features = corrections.feature_collection(captured) if captured is not None and len(captured) else None
            return client.reject_processing(processing.id, choice.comment, features)

        def sent(_result) -> None:
            if layer is not None and layer.isEditable():
                layer.commitChanges()  # what was sent stays as sent
            count = len(captured) if captured is not None else 0
            self.notifier.success(tr("“{name}” was sent back for review with {count} marked object(s); Mapflow "
                                     "support reworks it and it comes back to you for review.").format(
                name=processing.name, count=count), topic=Topic.PROCESSINGS)
            self.state.processings_changed.emit()

        return self.run_call(tr("Send “{name}” back for review").format(name=processing.name), call, sent,
                             lambda error: self.notifier.report(
                                 error, tr("Sending a result back for review"), topic=Topic.PROCESSINGS,
                                 template=tr("“{name}” could not be sent back for review: {reason}"),
                                 name=processing.name, retry=lambda: self.send_back(processing, choice)))
