"""Account endpoints against the sandbox: version, status, stats, and authentication errors."""
from __future__ import annotations

import csv
import io
import uuid

import pytest

from mapflow_processing.api import AuthenticationError, MapflowClient, RetryPolicy, token_from_credentials
from mapflow_processing.api.models import BillingType, DataProviderSource, ProcessingRequest, StatsQuery
from mapflow_processing.core.pricing import provider_price
from tests.api.sandbox_helpers import add_user, small_aoi, wait_until_terminal


def test_version_needs_no_token(sandbox_server):
    anonymous = MapflowClient(sandbox_server.base_url, None)
    version = anonymous.server_version()
    assert version and version == version.strip()


def test_user_status_of_the_demo_account(client):
    status = client.user_status()
    assert status.email == client.email
    assert status.billing_type in (BillingType.CREDITS, BillingType.AREA, BillingType.NONE)
    buildings = status.model("🏠 Buildings")
    assert buildings is not None and buildings.optional_blocks
    demo = status.provider("sandbox_demo")  # provider names match case-insensitively
    assert demo is not None and provider_price(demo).price_at(18) > 0


@pytest.mark.parametrize("token", [
    token_from_credentials("demo@sandbox.mapflow.local", "wrong-secret-123"),
    token_from_credentials(f"nobody-{uuid.uuid4().hex[:6]}@example.com", "whatever-secret"),
])
def test_wrong_token_is_an_authentication_error(sandbox_server, token):
    stranger = MapflowClient(sandbox_server.base_url, token, retry=RetryPolicy.disabled())
    with pytest.raises(AuthenticationError) as caught:
        stranger.default_project()
    assert caught.value.status == 401 and "token is wrong or expired" in str(caught.value)


def test_stats_json_and_csv_agree(sandbox_server):
    user = add_user(sandbox_server, f"stats-{uuid.uuid4().hex[:8]}@example.com")
    empty = user.processing_stats()
    assert empty.total == 0 and empty.results == ()
    model = user.user_status().model("🏠 Buildings")
    created = user.create_processing(ProcessingRequest.for_model(model, small_aoi(), DataProviderSource(
        "Sandbox_Demo", 18), name="for stats"))
    wait_until_terminal(user, created.id)
    stats = user.processing_stats(StatsQuery(terms="for stats"))
    assert stats.total == 1 and stats.results[0].name == "for stats"
    assert stats.results[0].area == created.aoi_area and stats.results[0].cost == created.cost
    rows = list(csv.DictReader(io.StringIO(user.processing_stats_csv())))
    assert [r["name"] for r in rows] == ["for stats"] and int(rows[0]["area"]) == created.aoi_area
    none_failed = user.processing_stats(StatsQuery(statuses=["FAILED"]))
    assert none_failed.total == 0
