"""The review workflow as the dock shows it, and who may act on it (contract 2.5, 3.2); QGIS-free.

A finished result of an account with the review workflow is *in review* until its deadline: a maintainer or owner
of the project accepts it or sends it back with a comment and the objects they marked. What the server refuses
(already accepted, sent back, refunded) is said here before a request is made; the server's own refusals keep the
API's texts (``api.error_catalog``).
"""
from __future__ import annotations

import enum
from datetime import datetime, timedelta
from typing import Optional, Sequence

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.processing import Processing, ProcessingStatus, ReviewState
from .processing_view import ActionState, format_time
from .roles import ProjectAction, allowed, why_not

CONTEXT = "MapflowReview"
DUE_SOON = timedelta(days=1)  # rows whose review ends within this are coloured in the list


def _t(text: str) -> str:
    return translate(text, CONTEXT)


class ReviewAction(str, enum.Enum):
    ACCEPT = "accept"
    SEND_BACK = "send_back"  # PUT /processings/{id}/rejection with a comment and the marked objects
    MARK = "mark"  # create or show the corrections layer where the objects are marked


BADGES = {
    ReviewState.IN_REVIEW: QT_TRANSLATE_NOOP("MapflowReview", "Review required"),
    ReviewState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("MapflowReview", "In review"),
    ReviewState.ACCEPTED: QT_TRANSLATE_NOOP("MapflowReview", "Accepted"),
    ReviewState.REFUNDED: QT_TRANSLATE_NOOP("MapflowReview", "Refunded"),
}

_NOT_AWAITING = {
    ReviewState.ACCEPTED: QT_TRANSLATE_NOOP("MapflowReview", "“{name}” has already been accepted."),
    ReviewState.NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "MapflowReview", "“{name}” was sent back for review; Mapflow support is reworking it."),
    ReviewState.REFUNDED: QT_TRANSLATE_NOOP("MapflowReview", "“{name}” was refunded; there is nothing to review."),
}


def badge(processing: Processing) -> str:
    """"Review required", "In review", "Accepted", "Refunded"; '' for a processing without a review."""
    review = processing.review_status
    label = BADGES.get(review.state) if review is not None else None
    return _t(label) if label else ""


def review_enabled(user_status, project=None) -> bool:
    """The account (or, in a shared project, its owner) has the review workflow."""
    if user_status is not None and getattr(user_status, "review_workflow_enabled", False):
        return True
    owner = getattr(project, "user", None) if project is not None else None
    return bool(owner is not None and getattr(owner, "review_workflow_enabled", False))


def time_left(processing: Processing, now: datetime) -> Optional[timedelta]:
    """Until the review deadline of a result awaiting a decision; None otherwise."""
    review = processing.review_status
    if review is None or not review.awaits_decision:
        return None
    return review.time_left(now)


def deadline_near(processing: Processing, now: datetime, within: timedelta = DUE_SOON) -> bool:
    """The decision is due within ``within`` (or overdue: the server accepts it at its next read)."""
    left = time_left(processing, now)
    return left is not None and left <= within


def _duration_text(left: timedelta) -> str:
    seconds = int(left.total_seconds())
    if seconds <= 0:
        return _t(QT_TRANSLATE_NOOP("MapflowReview", "the deadline has passed"))
    hours, minutes = divmod(seconds // 60, 60)
    if hours >= 48:
        return _t(QT_TRANSLATE_NOOP("MapflowReview", "{days} days left")).format(days=hours // 24)
    if hours >= 1:
        return _t(QT_TRANSLATE_NOOP("MapflowReview", "{hours} h {minutes} min left")).format(hours=hours,
                                                                                          minutes=minutes)
    return _t(QT_TRANSLATE_NOOP("MapflowReview", "{minutes} min left")).format(minutes=max(minutes, 1))


def deadline_text(processing: Processing, now: datetime) -> str:
    """"Review required until 2025-05-01 12:00 (20 h 5 min left); after that it is accepted as it is."; '' when
    the processing awaits no decision."""
    review = processing.review_status
    if review is None:
        return ""
    if not review.awaits_decision:
        return badge(processing)
    if review.in_review_until is None:
        return badge(processing)
    return _t(QT_TRANSLATE_NOOP(
        "MapflowReview", "Review required until {until} ({left}); a result not sent back by then is accepted as "
                         "it is.")).format(until=format_time(review.in_review_until),
                                           left=_duration_text(review.in_review_until - now))


def _why_not_awaiting(processing: Processing) -> str:
    review = processing.review_status
    if review is not None and review.state in _NOT_AWAITING:
        return _t(_NOT_AWAITING[review.state]).format(name=processing.name)
    if processing.status is not ProcessingStatus.OK:
        return _t(QT_TRANSLATE_NOOP("MapflowReview", "Only finished (OK) results can be reviewed."))
    return _t(QT_TRANSLATE_NOOP(
        "MapflowReview", "“{name}” has no review: the review workflow was off when it finished.")).format(
        name=processing.name)


def action_state(action: ReviewAction, role: str, selected: Sequence[Processing]) -> ActionState:
    """May the user take ``action`` on ``selected`` with ``role`` in the project? If not, why (a tooltip)."""
    if not allowed(role, ProjectAction.REVIEW):
        return ActionState(False, why_not(role, ProjectAction.REVIEW))
    if not selected:
        return ActionState(False, _t(QT_TRANSLATE_NOOP("MapflowReview", "Select a result in review first.")))
    if action is not ReviewAction.ACCEPT and len(selected) != 1:
        return ActionState(False, _t(QT_TRANSLATE_NOOP("MapflowReview", "Select exactly one result.")))
    for processing in selected:
        review = processing.review_status
        if processing.status is not ProcessingStatus.OK or review is None or not review.awaits_decision:
            return ActionState(False, _why_not_awaiting(processing))
    return ActionState(True)
