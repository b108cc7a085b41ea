"""Processings v1 (legacy), account limits and the review workflow, against the sandbox."""
from __future__ import annotations

import uuid

import pytest

from mapflow_processing.api import BadRequestError, ForbiddenError
from mapflow_processing.api.models import (DataProviderSource, ProcessingRequest, ProcessingStatus, ReviewState,
                                           UserDefinedSource)
from tests.api.sandbox_helpers import add_user, small_aoi, wait_until_terminal


def unique_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.com"


def test_v1_processing_life(client):
    target = client.create_project(f"Moved here {uuid.uuid4().hex[:6]}")
    model = client.user_status().model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18),
                                          name="legacy run")
    assert client.processing_cost_v1(request) == client.processing_cost(request)
    created = client.create_processing_v1(request)
    finished = wait_until_terminal(client, created.id)
    assert finished.status is ProcessingStatus.OK

    legacy = client.get_processing_v1(created.id)
    assert legacy.id == created.id and legacy.params.legacy.get("data_provider", "").lower() == "sandbox_demo"
    assert legacy.params.source == DataProviderSource("Sandbox_Demo", 18)  # flat params read as the v2 variant
    assert created.id in [p.id for p in client.list_processings_v1()]  # the default project

    renamed = client.rename_processing_v1(created.id, "legacy renamed")
    assert renamed is None or renamed.name == "legacy renamed"
    assert client.get_processing(created.id).name == "legacy renamed"

    client.move_processing(created.id, target.id)
    assert [p.id for p in client.list_processings_v1(target.id)] == [created.id]
    assert client.get_processing(created.id).project_id == target.id
    client.delete_project(target.id)


def test_v1_custom_url_and_restart(client):
    model = client.user_status().model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, small_aoi(), UserDefinedSource(
        "http://127.0.0.1:9/{z}/{x}/{y}.png", zoom=18))
    failed = wait_until_terminal(client, client.create_processing_v1(request).id)
    assert failed.status is ProcessingStatus.FAILED
    legacy = client.get_processing_v1(failed.id)
    assert legacy.params.source.url == "http://127.0.0.1:9/{z}/{x}/{y}.png"
    restarted = client.restart_processing_v1(failed.id)
    assert restarted is None or restarted.id == failed.id
    assert wait_until_terminal(client, failed.id).status is ProcessingStatus.FAILED


def test_limits_are_reported_with_their_numbers(sandbox_server):
    user = add_user(sandbox_server, unique_email("limited"), "--credits", "1", "--max-aois", "1",
                    "--aoi-area-limit", "2000000")
    model = user.user_status().model("🏠 Buildings")

    too_large = {"type": "Polygon", "coordinates": [[[37, 55], [37.1, 55], [37.1, 55.1], [37, 55.1], [37, 55]]]}
    with pytest.raises(BadRequestError) as caught:
        user.create_processing(ProcessingRequest.for_model(model, too_large, DataProviderSource("Sandbox_Demo", 18)))
    assert caught.value.code == "TOO_LARGE_PROCESSING" and "limit of 2 sq.km" in str(caught.value)

    with pytest.raises(BadRequestError) as caught:
        user.processing_cost(ProcessingRequest.for_model(model, small_aoi(),
                                                         DataProviderSource("Sandbox_Demo_Archive", 18)))
    assert caught.value.code == "ProviderMinAreaError"
    assert "minimum of 3" in str(caught.value) and "Sandbox_Demo_Archive" in str(caught.value)

    with pytest.raises(BadRequestError) as caught:  # 1 credit cannot pay for anything
        user.create_processing(ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18)))
    assert str(caught.value) == "You don't have enough limit, please contact admin!"

    with pytest.raises(ForbiddenError) as caught:
        user.create_processing(ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("NoSuchProvider")))
    assert "Upgrade your subscription" in str(caught.value)
    assert user.processing_stats().total == 0  # nothing was created, nothing charged


def test_review_accept_and_reject(sandbox_server):
    user = add_user(sandbox_server, unique_email("reviewed"))
    sandbox_server.cli("set-limits", user.email, "--review", "on")
    model = user.user_status().model("🌲 Forest")
    assert user.user_status().review_workflow_enabled

    def delivered():
        request = ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18))
        processing = wait_until_terminal(user, user.create_processing(request).id)
        assert processing.review_status.state is ReviewState.IN_REVIEW and processing.review_status.in_review_until
        return processing

    accepted = delivered()
    user.accept_processing(accepted.id)
    assert user.get_processing(accepted.id).review_status.state is ReviewState.ACCEPTED

    rejected = delivered()
    marked = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": small_aoi()}]}
    user.reject_processing(rejected.id, "trees are missing", marked)
    review = user.get_processing(rejected.id).review_status
    assert review.state is ReviewState.NOT_ACCEPTED and review.feedback == "trees are missing"
    with pytest.raises(BadRequestError, match="sent back for review") as caught:
        user.accept_processing(rejected.id)
    assert caught.value.code == "REVIEW_ALREADY_REJECTED"
