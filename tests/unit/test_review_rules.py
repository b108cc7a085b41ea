"""core/review.py: badges, deadlines, who may accept or send back what, and why not."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mapflow_processing.api.models import Processing, UserStatus
from mapflow_processing.api.models.project import Project
from mapflow_processing.core.review import (ReviewAction, action_state, badge, deadline_near, deadline_text,
                                            review_enabled)

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=timezone.utc)


def processing(name="Roofs", status="OK", review="IN_REVIEW", until=NOW + timedelta(days=3)):
    data = {"id": f"id-{name}", "name": name, "status": status}
    if review is not None:
        data["reviewStatus"] = {"reviewStatus": review,
                                "inReviewUntil": until.isoformat() if until is not None else None}
    return Processing.from_json(data)


@pytest.mark.parametrize("review, text", [("IN_REVIEW", "Review required"), ("NOT_ACCEPTED", "In review"),
                                          ("ACCEPTED", "Accepted"), ("REFUNDED", "Refunded"), (None, "")])
def test_badges(review, text):
    assert badge(processing(review=review)) == text


def test_deadline_near_within_a_day_or_overdue():
    assert not deadline_near(processing(until=NOW + timedelta(days=1, minutes=1)), NOW)
    assert deadline_near(processing(until=NOW + timedelta(hours=23)), NOW)
    assert deadline_near(processing(until=NOW - timedelta(minutes=5)), NOW)  # accepted at the server's next read
    assert not deadline_near(processing(review="ACCEPTED", until=NOW + timedelta(hours=1)), NOW)
    assert not deadline_near(processing(review=None), NOW)


def test_deadline_text_says_what_happens():
    text = deadline_text(processing(until=NOW + timedelta(hours=20, minutes=5)), NOW)
    assert "Review required until" in text and "20 h 5 min left" in text and "accepted as it is" in text
    assert "3 days left" in deadline_text(processing(until=NOW + timedelta(days=3, hours=2)), NOW)
    assert "the deadline has passed" in deadline_text(processing(until=NOW - timedelta(hours=1)), NOW)
    assert deadline_text(processing(review="ACCEPTED"), NOW) == "Accepted"
    assert deadline_text(processing(review=None), NOW) == ""


def test_roles_below_maintainer_see_the_reason():
    for role in ("readonly", "contributor"):
        state = action_state(ReviewAction.ACCEPT, role, [processing()])
        assert not state.enabled and f"Your role in this project is {role}" in state.reason
        assert "maintainer" in state.reason
    for role in ("maintainer", "owner"):
        assert action_state(ReviewAction.ACCEPT, role, [processing()]).enabled


def test_what_cannot_be_reviewed_and_why():
    owner = "owner"
    assert action_state(ReviewAction.ACCEPT, owner, []).reason == "Select a result in review first."
    two = [processing("A"), processing("B")]
    assert action_state(ReviewAction.ACCEPT, owner, two).enabled  # accept several at once
    assert action_state(ReviewAction.SEND_BACK, owner, two).reason == "Select exactly one result."
    assert action_state(ReviewAction.MARK, owner, two).reason == "Select exactly one result."
    assert "has already been accepted" in action_state(ReviewAction.ACCEPT, owner,
                                                        [processing(review="ACCEPTED")]).reason
    assert "support is reworking it" in action_state(ReviewAction.SEND_BACK, owner,
                                                      [processing(review="NOT_ACCEPTED")]).reason
    assert "was refunded" in action_state(ReviewAction.ACCEPT, owner,
                                          [processing(status="REFUNDED", review="REFUNDED")]).reason
    assert "review workflow was off" in action_state(ReviewAction.ACCEPT, owner, [processing(review=None)]).reason
    assert "Only finished (OK)" in action_state(ReviewAction.ACCEPT, owner,
                                                [processing(status="IN_PROGRESS", review=None)]).reason


def test_review_enabled_by_the_account_or_the_project_owner():
    assert review_enabled(UserStatus.from_json({"reviewWorkflowEnabled": True}))
    assert not review_enabled(UserStatus.from_json({}))
    shared = Project.from_json({"id": "p", "name": "p", "user": {"reviewWorkflowEnabled": True}})
    assert review_enabled(UserStatus.from_json({}), shared)
