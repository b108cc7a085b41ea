"""The review workflow through the client: accept, reject with marked features, errors with readable texts,
support's rework and an administrator's refund, and who may act."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
import requests

from mapflow_processing.api import BadRequestError, ForbiddenError, InvalidRequestError, MapflowClient
from mapflow_processing.api.models import ProcessingRequest, ProcessingStatus, ReviewState
from tests.api.sandbox_helpers import add_user, admin_post, scripted_source, small_aoi, wait_until_terminal


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.com"


@pytest.fixture()
def reviewer(api_clock_server):
    email = unique("review")
    client = add_user(api_clock_server, email, "--credits", "5000", "--review-days", "2")
    api_clock_server.cli("set-limits", email, "--review", "on")
    yield client
    client.close()


def server_now(server) -> datetime:
    admin = (server.data_dir / "admin-token.txt").read_text().strip()
    now = requests.get(f"{server.base_url}/admin/clock", headers={"X-Sandbox-Admin": admin}, timeout=30).json()["now"]
    return datetime.fromisoformat(now.replace("Z", "+00:00"))


def deliver(client: MapflowClient, project_id=None):
    model = client.user_status().model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, small_aoi(), scripted_source(), project_id=project_id)
    return wait_until_terminal(client, client.create_processing(request).id)


def test_accept_returns_the_accepted_processing(reviewer, api_clock_server):
    processing = deliver(reviewer)
    review = processing.review_status
    assert review.state is ReviewState.IN_REVIEW and review.awaits_decision
    left = review.time_left(server_now(api_clock_server))  # deadlines run on the sandbox clock
    assert timedelta(days=1, hours=23) < left <= timedelta(days=2)
    accepted = reviewer.accept_processing(processing.id)
    assert accepted.id == processing.id and accepted.review_status.state is ReviewState.ACCEPTED
    assert not accepted.review_status.awaits_decision
    with pytest.raises(BadRequestError) as caught:
        reviewer.accept_processing(processing.id)
    assert caught.value.code == "REVIEW_ALREADY_ACCEPTED"
    assert str(caught.value) == "This result has already been accepted."


def test_reject_with_marked_features(reviewer, api_clock_server):
    processing = deliver(reviewer)
    corrections = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"remark": "missed house"}, "geometry": small_aoi()},
        {"type": "Feature", "properties": None, "geometry": {"type": "Point", "coordinates": [37.61, 55.75]}}]}
    rejected = reviewer.reject_processing(processing.id, " trees are missing ", corrections)
    assert rejected.review_status.state is ReviewState.NOT_ACCEPTED
    assert rejected.review_status.feedback == "trees are missing"
    assert rejected.review_rejection.comment == "trees are missing" and rejected.review_rejection.feature_count == 2
    assert rejected.review_rejection.email == reviewer.email and rejected.review_rejection.rejected_at is not None
    with pytest.raises(BadRequestError) as caught:
        reviewer.accept_processing(processing.id)
    assert caught.value.code == "REVIEW_ALREADY_REJECTED" and "support is reworking it" in str(caught.value)

    assert admin_post(api_clock_server, f"processings/{processing.id}/review/rework", {}).status_code == 200
    back = reviewer.get_processing(processing.id)
    assert back.review_status.awaits_decision and back.review_rejection.feature_count == 2
    assert reviewer.reject_processing(processing.id, "still missing").review_rejection.feature_count == 0


@pytest.mark.parametrize("comment, features, fragment", [
    ("", None, "needs a comment"),
    ("   ", None, "needs a comment"),
    ("x", {"type": "Feature"}, "FeatureCollection"),
    ("x", {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None}]}, "no geometry"),
    ("x", {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {
        "type": "GeometryCollection", "geometries": []}}]}, "points, lines or polygons"),
    ("x", {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {
        "type": "Point", "coordinates": [500, 10]}}]}, "longitude/latitude"),
])
def test_malformed_rejections_never_leave_the_client(reviewer, comment, features, fragment):
    with pytest.raises(InvalidRequestError, match=fragment):
        reviewer.reject_processing("any-id", comment, features)


def test_server_side_limits_read_clearly(reviewer):
    processing = deliver(reviewer)
    many = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [37.6, 55.7]}}] * 1001}
    with pytest.raises(BadRequestError) as caught:
        reviewer.reject_processing(processing.id, "too many", many)
    assert caught.value.code == "REVIEW_TOO_MANY_FEATURES"
    assert str(caught.value) == "1001 features are marked; at most 1000 can be sent."
    assert reviewer.get_processing(processing.id).review_status.awaits_decision


def test_refund_by_an_administrator(reviewer, api_clock_server):
    before = reviewer.user_status().remaining_credits
    processing = deliver(reviewer)
    assert reviewer.user_status().remaining_credits == before - processing.cost
    assert admin_post(api_clock_server, f"processings/{processing.id}/refund").status_code == 200
    refunded = reviewer.get_processing(processing.id)
    assert refunded.status is ProcessingStatus.REFUNDED and refunded.is_terminal
    assert refunded.review_status.state is ReviewState.REFUNDED
    assert reviewer.user_status().remaining_credits == before
    with pytest.raises(BadRequestError) as caught:
        reviewer.reject_processing(processing.id, "too late")
    assert caught.value.code == "PROCESSING_NOT_OK" and "REFUNDED" in str(caught.value)


def test_a_readonly_member_may_not_review(reviewer, api_clock_server):
    project = reviewer.create_project(f"Reviewed {uuid.uuid4().hex[:6]}")
    reader_email = unique("reader")
    reader = add_user(api_clock_server, reader_email)
    reviewer.share_project(project.id, reader_email, "readonly")
    processing = deliver(reviewer, project.id)
    with pytest.raises(ForbiddenError) as caught:
        reader.accept_processing(processing.id)
    assert caught.value.status == 403 and caught.value.code == "ACCESS_DENIED"
    assert str(caught.value) == "Not enough rights for this action in a shared project"
    assert reader.get_processing(processing.id).review_status.awaits_decision
    reader.close()


def test_without_review_there_is_nothing_to_accept(api_clock_server):
    plain = add_user(api_clock_server, unique("plain"), "--credits", "1000")
    processing = deliver(plain)
    assert processing.review_status is None and processing.review_rejection is None
    with pytest.raises(BadRequestError) as caught:
        plain.accept_processing(processing.id)
    assert caught.value.code == "REVIEW_NOT_ENABLED" and "not under review" in str(caught.value)
    plain.close()
