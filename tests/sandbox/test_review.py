"""The review workflow (contract 2.5, 3.2): states, transitions, who may act, stored rejections, the deadline on the
sandbox clock, support's rework and an administrator's refund."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import (admin, advance_clock, clock_now, create_body, new_user, scripted_source, square,
                                   wait_status)


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def reviewed_user(server, *options: str):
    email = unique_email("review")
    api = new_user(server, email, "--credits", "10000", *options)
    server.cli("set-limits", email, "--review", "on")
    api.email = email
    return api


def delivered(api, project_id=None, name="reviewed") -> dict:
    extra = {"projectId": project_id} if project_id else {}
    created = api.ok(api.post("processings/v2", create_body(name, params=scripted_source(), **extra)))
    return wait_status(api, created["id"], timeout=60)


def marked(*geometries) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"remark": f"wrong {n}"}, "geometry": g} for n, g in enumerate(geometries)]}


def code_of(response, status=400) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message", "params"} and body["message"]
    return body["code"]


def test_without_the_workflow_there_is_nothing_to_review(clock_server):
    api = new_user(clock_server, unique_email("plain"), "--credits", "1000")
    processing = delivered(api)
    assert processing["status"] == "OK" and processing["reviewStatus"] is None
    assert processing["reviewRejection"] is None
    assert code_of(api.put(f"processings/{processing['id']}/acceptation")) == "REVIEW_NOT_ENABLED"
    assert code_of(api.put(f"processings/{processing['id']}/rejection", {"comment": "x"})) == "REVIEW_NOT_ENABLED"


def test_a_result_waits_in_review_for_the_payers_period(clock_server):
    api = reviewed_user(clock_server, "--review-days", "3")
    assert api.ok(api.get("user/status"))["reviewWorkflowEnabled"] is True
    before = _time(clock_now(clock_server))
    processing = delivered(api)
    review = processing["reviewStatus"]
    assert set(review) == {"reviewStatus", "inReviewUntil", "feedback"}
    assert review["reviewStatus"] == "IN_REVIEW" and review["feedback"] is None
    until = _time(review["inReviewUntil"])
    assert before + timedelta(days=3) <= until <= _time(clock_now(clock_server)) + timedelta(days=3)
    assert processing["status"] == "OK"  # never IN_REVIEW as a processing status (contract 7, item 13)


def test_accept_once(clock_server):
    api = reviewed_user(clock_server)
    processing = delivered(api)
    accepted = api.ok(api.put(f"processings/{processing['id']}/acceptation"))
    assert accepted["reviewStatus"]["reviewStatus"] == "ACCEPTED" and accepted["status"] == "OK"
    again = api.put(f"processings/{processing['id']}/acceptation")
    assert code_of(again) == "REVIEW_ALREADY_ACCEPTED" and again.json()["params"]["reviewStatus"] == "ACCEPTED"
    assert code_of(api.put(f"processings/{processing['id']}/rejection", {"comment": "late"})) == \
        "REVIEW_ALREADY_ACCEPTED"


def test_reject_keeps_the_comment_and_features_then_rework_brings_it_back(clock_server):
    api = reviewed_user(clock_server, "--review-days", "2")
    processing = delivered(api)
    pid = processing["id"]
    corrections = marked(square(lon=37.601, lat=55.701, size=0.001),
                         {"type": "Point", "coordinates": [37.602, 55.702]},
                         {"type": "LineString", "coordinates": [[37.6, 55.7], [37.603, 55.703]]})
    rejected = api.ok(api.put(f"processings/{pid}/rejection", {"comment": "  trees are missing  ",
                                                               "features": corrections}))
    assert rejected["reviewStatus"]["reviewStatus"] == "NOT_ACCEPTED"
    assert rejected["reviewStatus"]["feedback"] == "trees are missing"
    assert rejected["reviewRejection"]["comment"] == "trees are missing"
    assert rejected["reviewRejection"]["featureCount"] == 3 and rejected["reviewRejection"]["email"] == api.email
    listed = api.ok(api.post("projects/default/processings/v2/page", {"limit": 30, "offset": 0}))["results"]
    assert next(p for p in listed if p["id"] == pid)["reviewRejection"]["featureCount"] == 3

    stored = admin(clock_server, "GET", f"processings/{pid}/rejections").json()
    assert [r["comment"] for r in stored] == ["trees are missing"]
    assert stored[0]["features"] == corrections  # what support sees is exactly what was marked

    assert code_of(api.put(f"processings/{pid}/acceptation")) == "REVIEW_ALREADY_REJECTED"
    assert code_of(api.put(f"processings/{pid}/rejection", {"comment": "again"})) == "REVIEW_ALREADY_REJECTED"

    advance_clock(clock_server, days=5)  # support takes longer than the review period: still NOT_ACCEPTED
    assert api.ok(api.get(f"processings/{pid}/v2"))["reviewStatus"]["reviewStatus"] == "NOT_ACCEPTED"
    now = _time(clock_now(clock_server))
    reworked = admin(clock_server, "POST", f"processings/{pid}/review/rework", {})
    assert reworked.status_code == 200, reworked.text
    review = reworked.json()["reviewStatus"]
    assert review["reviewStatus"] == "IN_REVIEW"
    assert now + timedelta(days=2) <= _time(review["inReviewUntil"]) <= now + timedelta(days=2, minutes=5)
    assert api.ok(api.put(f"processings/{pid}/acceptation"))["reviewStatus"]["reviewStatus"] == "ACCEPTED"
    assert api.ok(api.get(f"processings/{pid}/v2"))["reviewRejection"]["comment"] == "trees are missing"

    not_rejected = admin(clock_server, "POST", f"processings/{pid}/review/rework", {"days": 1})
    assert not_rejected.status_code == 400 and not_rejected.json()["code"] == "REWORK_NOT_POSSIBLE"
    assert admin(clock_server, "POST", "processings/no-such-id/review/rework", {}).status_code == 404


def test_rework_by_cli_with_its_own_period(clock_server):
    api = reviewed_user(clock_server)
    pid = delivered(api)["id"]
    api.ok(api.put(f"processings/{pid}/rejection", {"comment": "roads are cut"}))
    output = clock_server.cli("review-rework", pid, "--days", "0.5")
    assert "review IN_REVIEW until" in output
    until = _time(api.ok(api.get(f"processings/{pid}/v2"))["reviewStatus"]["inReviewUntil"])
    now = _time(clock_now(clock_server))
    assert now + timedelta(hours=11) <= until <= now + timedelta(hours=12)


def test_a_result_nobody_reviews_is_accepted_at_its_deadline(clock_server):
    api = reviewed_user(clock_server, "--review-days", "1")
    pid = delivered(api)["id"]
    advance_clock(clock_server, hours=20)
    assert api.ok(api.get(f"processings/{pid}/v2"))["reviewStatus"]["reviewStatus"] == "IN_REVIEW"
    moved = advance_clock(clock_server, hours=5)
    assert moved["reviewsAccepted"] >= 1
    assert api.ok(api.get(f"processings/{pid}/v2"))["reviewStatus"]["reviewStatus"] == "ACCEPTED"
    assert code_of(api.put(f"processings/{pid}/acceptation")) == "REVIEW_ALREADY_ACCEPTED"


def test_deadline_passes_by_the_cli_clock_too(clock_server):
    api = reviewed_user(clock_server, "--review-days", "1")
    pid = delivered(api)["id"]
    output = clock_server.cli("advance-clock", "2")
    assert "accepted at the end of their review period" in output
    assert api.ok(api.get(f"processings/{pid}/v2"))["reviewStatus"]["reviewStatus"] == "ACCEPTED"


def test_admin_refund_returns_the_credits_and_marks_it_refunded(clock_server):
    api = reviewed_user(clock_server)
    credits = api.ok(api.get("user/status"))["remainingCredits"]
    processing = delivered(api)
    assert processing["cost"] > 0
    assert api.ok(api.get("user/status"))["remainingCredits"] == credits - processing["cost"]
    api.ok(api.put(f"processings/{processing['id']}/rejection", {"comment": "unusable"}))
    refunded = admin(clock_server, "POST", f"processings/{processing['id']}/refund")
    assert refunded.status_code == 200, refunded.text
    assert refunded.json()["status"] == "REFUNDED" and refunded.json()["reviewStatus"]["reviewStatus"] == "REFUNDED"
    assert api.ok(api.get("user/status"))["remainingCredits"] == credits
    view = api.ok(api.get(f"processings/{processing['id']}/v2"))
    assert view["status"] == "REFUNDED" and view["percentCompleted"] == 100 and view["vectorLayer"] is None
    twice = admin(clock_server, "POST", f"processings/{processing['id']}/refund")
    assert twice.status_code == 400 and twice.json()["code"] == "REFUND_NOT_POSSIBLE"
    assert api.ok(api.get("user/status"))["remainingCredits"] == credits  # refunded once only
    assert code_of(api.put(f"processings/{processing['id']}/acceptation")) == "PROCESSING_NOT_OK"


def test_refund_by_cli_also_without_review(clock_server):
    api = new_user(clock_server, unique_email("refund"), "--credits", "1000")
    processing = delivered(api)
    output = clock_server.cli("refund", processing["id"])
    assert "status REFUNDED" in output
    view = api.ok(api.get(f"processings/{processing['id']}/v2"))
    assert view["status"] == "REFUNDED" and view["reviewStatus"] is None
    assert api.ok(api.get("user/status"))["remainingCredits"] == 1000
    running = api.ok(api.post("processings/v2", create_body("slow", params=scripted_source(delay=5))))
    refused = admin(clock_server, "POST", f"processings/{running['id']}/refund")
    assert refused.status_code == 400 and "only a finished" in refused.json()["message"]
    assert admin(clock_server, "POST", "processings/nothing/refund").status_code == 404
    assert admin(clock_server, "POST", f"processings/{processing['id']}/refund").status_code == 400
    unauthorised = api.post(f"admin/processings/{processing['id']}/refund")  # a user's token is not the admin's
    assert unauthorised.status_code == 403
    api.delete(f"processings/{running['id']}")


def test_review_needs_an_ok_processing(clock_server):
    api = reviewed_user(clock_server)
    running = api.ok(api.post("processings/v2", create_body("slow", params=scripted_source(delay=5))))
    response = api.put(f"processings/{running['id']}/acceptation")
    assert code_of(response) == "PROCESSING_NOT_OK" and response.json()["params"]["action"] == "accept"
    failed = wait_status(api, api.ok(api.post("processings/v2", create_body(
        "broken", params=scripted_source(fail="detect"))))["id"])
    assert failed["status"] == "FAILED" and failed["reviewStatus"] is None
    assert code_of(api.put(f"processings/{failed['id']}/rejection", {"comment": "x"})) == "PROCESSING_NOT_OK"
    api.delete(f"processings/{running['id']}")


@pytest.mark.parametrize("body, code, params", [
    (None, "BAD_REQUEST", {}),
    ({}, "REVIEW_COMMENT_REQUIRED", {"field": "comment"}),
    ({"comment": "   "}, "REVIEW_COMMENT_REQUIRED", {"field": "comment"}),
    ({"comment": 5}, "REVIEW_COMMENT_REQUIRED", {"field": "comment"}),
    ({"comment": "x" * 4001}, "REVIEW_COMMENT_TOO_LONG", {"length": 4001, "maxLength": 4000}),
    ({"comment": "c", "features": []}, "REVIEW_FEATURES_INVALID", {}),
    ({"comment": "c", "features": {"type": "Feature"}}, "REVIEW_FEATURES_INVALID", {}),
    ({"comment": "c", "features": marked({"type": "GeometryCollection", "geometries": []})},
     "REVIEW_GEOMETRY_TYPE_NOT_ALLOWED", {"geometryType": "GeometryCollection", "featureIndex": 0}),
    ({"comment": "c", "features": marked(square(), {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]})},
     "REVIEW_FEATURES_INVALID", {"featureIndex": 1}),
    ({"comment": "c", "features": marked({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1],
                                                                              [0, 0.5]]]})},
     "REVIEW_FEATURES_INVALID", {"featureIndex": 0}),
    ({"comment": "c", "features": marked({"type": "Point", "coordinates": [200, 10]})},
     "REVIEW_FEATURES_INVALID", {"featureIndex": 0}),
    ({"comment": "c", "features": marked({"type": "Point", "coordinates": ["37", "55"]})},
     "REVIEW_FEATURES_INVALID", {"featureIndex": 0}),
    ({"comment": "c", "features": {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": None}]}}, "REVIEW_FEATURES_INVALID", {"featureIndex": 0}),
    ({"comment": "c", "features": {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": "x", "geometry": {"type": "Point", "coordinates": [1, 1]}}]}},
     "REVIEW_FEATURES_INVALID", {"featureIndex": 0}),
    ({"comment": "c", "features": marked(*[{"type": "Point", "coordinates": [37.6, 55.7]}] * 1001)},
     "REVIEW_TOO_MANY_FEATURES", {"featureCount": 1001, "maxFeatures": 1000}),
    ({"comment": "c", "features": marked({"type": "LineString", "coordinates": [[37.123456789, 55.123456789]] *
                                                                              200_000})},
     "REVIEW_FEATURES_TOO_LARGE", {"maxSize": 5 * 1024 * 1024}),
], ids=["no body", "no comment", "blank comment", "number comment", "long comment", "list", "a feature",
        "collection geometry", "three-point ring", "open ring", "longitude 200", "text coordinates", "no geometry",
        "text properties", "1001 features", "over 5 MB"])
def test_rejections_are_checked_and_nothing_changes_when_refused(clock_server, reviewed, body, code, params):
    api, pid = reviewed
    response = api.put(f"processings/{pid}/rejection", body)
    assert code_of(response) == code
    assert params.items() <= response.json()["params"].items()
    view = api.ok(api.get(f"processings/{pid}/v2"))
    assert view["reviewStatus"]["reviewStatus"] == "IN_REVIEW" and view["reviewRejection"] is None


@pytest.fixture(scope="module")
def reviewed(clock_server):
    """One result in review for the validation cases (each leaves it untouched)."""
    api = reviewed_user(clock_server, "--review-days", "3000")
    return api, delivered(api)["id"]


@pytest.fixture(scope="module")
def review_team(clock_server):
    """A reviewed owner's project shared with a readonly user, a contributor and a maintainer of the owner's team."""
    owner = reviewed_user(clock_server)
    members = {role: unique_email(role) for role in ("readonly", "contributor", "maintainer")}
    apis = {role: new_user(clock_server, email) for role, email in members.items()}
    team = f"review-team-{owner.email}"
    clock_server.cli("add-team", team, owner.email)
    project = owner.ok(owner.post("projects", {"name": "reviewed together"}))
    for role, email in members.items():
        clock_server.cli("add-team-member", team, email)
        owner.ok(owner.post("projects/share", {"projectId": project["id"], "email": email, "role": role}))
    for role, email in members.items():
        apis[role].email = email
    return owner, apis, project


@pytest.mark.parametrize("role", ["readonly", "contributor"])
def test_readers_and_contributors_may_not_review(review_team, role):
    owner, apis, project = review_team
    pid = delivered(owner, project["id"], f"for {role}")["id"]
    for response in (apis[role].put(f"processings/{pid}/acceptation"),
                     apis[role].put(f"processings/{pid}/rejection", {"comment": "no"})):
        assert code_of(response, 403) == "ACCESS_DENIED"
        assert "review" in response.json()["message"] and "www-authenticate" not in response.headers
    assert apis[role].ok(apis[role].get(f"processings/{pid}/v2"))["reviewStatus"]["reviewStatus"] == "IN_REVIEW"


def test_a_maintainer_reviews_for_the_owner(review_team):
    owner, apis, project = review_team
    first = delivered(owner, project["id"], "maintainer accepts")["id"]
    second = delivered(owner, project["id"], "maintainer rejects")["id"]
    maintainer = apis["maintainer"]
    assert maintainer.ok(maintainer.put(f"processings/{first}/acceptation"))["reviewStatus"]["reviewStatus"] == \
        "ACCEPTED"
    rejected = maintainer.ok(maintainer.put(f"processings/{second}/rejection", {"comment": "shadows as buildings"}))
    assert rejected["reviewRejection"]["email"] == maintainer.email
    assert owner.ok(owner.get(f"processings/{second}/v2"))["reviewStatus"]["feedback"] == "shadows as buildings"


def test_strangers_get_404(review_team, clock_server):
    owner, _apis, project = review_team
    pid = delivered(owner, project["id"], "private")["id"]
    stranger = new_user(clock_server, unique_email("stranger"))
    assert stranger.put(f"processings/{pid}/acceptation").status_code == 404
