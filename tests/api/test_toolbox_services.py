"""core.toolbox's blocking services against the sandbox: a plan priced by the server (and what a small balance or a
refused price does to it), and a wait with a time limit that names the status."""
from __future__ import annotations

import pytest

from mapflow_processing.api.errors import Cancelled
from mapflow_processing.api.models import DataProviderSource
from mapflow_processing.core.aoi_rules import AoiSummary
from mapflow_processing.core.poll_schedule import PollPolicy
from mapflow_processing.core.processing_plan import ModelPick, SourcePick
from mapflow_processing.core.reasons import ReasonCode
from mapflow_processing.core.source_choice import pick_source
from mapflow_processing.core.choices import SourceChoice, SourceKind
from mapflow_processing.core.toolbox import WaitTimedOut, priced_plan, wait_for_processing

from .sandbox_helpers import add_user, small_aoi

SUMMARY = AoiSummary(part_areas_km2=(0.1,), part_bbox_areas_km2=(0.1,))


def inputs(client, **changes):
    status = client.user_status()
    project = client.default_project()
    source = pick_source(SourceChoice(SourceKind.PROVIDER, provider_name="Sandbox_Demo"), status.data_providers,
                         server_zoom=True)
    values = dict(model=ModelPick(status.model("🏠 Buildings"), ("Classification",)), aoi_geojson=small_aoi(),
                  aoi_summary=SUMMARY, source=source, user_status=status, project=project, email=client.email,
                  name="toolbox")
    values.update(changes)
    return values


def test_a_plan_is_priced_by_the_server(client):
    plan = priced_plan(client, **inputs(client))
    assert plan.can_start and plan.cost.known
    assert plan.cost.credits == client.processing_cost(plan.request.to_cost_request()) > 0


def test_a_small_balance_blocks_with_the_servers_price(sandbox_server):
    poor = add_user(sandbox_server, "poor-plan@sandbox.mapflow.local", "--credits", "2")
    try:
        plan = priced_plan(poor, **inputs(poor))
        assert not plan.can_start and plan.cost.known
        assert [r.code for r in plan.blocking_reasons] == [ReasonCode.NOT_ENOUGH_CREDITS]
    finally:
        poor.close()


def test_a_price_the_server_refuses_blocks_the_start(client):
    """A provider the server does not know: the plan says why, nothing is raised."""
    unknown = SourcePick(DataProviderSource("No_Such_Provider", 18), "unknown provider")
    plan = priced_plan(client, **inputs(client, source=unknown))
    assert not plan.can_start and not plan.cost.known
    assert [r.code for r in plan.blocking_reasons] == [ReasonCode.COST_UNKNOWN]
    assert plan.blocking_reasons[0].params["problem"]


def test_a_wait_with_a_time_limit_names_the_status(client):
    plan = priced_plan(client, **inputs(client, aoi_geojson=small_aoi(size_deg=0.012)))
    created = client.create_processing(plan.request)
    with pytest.raises(WaitTimedOut) as caught:
        wait_for_processing(client, created.id, timeout_s=0.01, policy=PollPolicy(interval=0.5, max_delay=1))
    assert str(caught.value).startswith(f"The processing “toolbox” ({created.id}) is still ")
    with pytest.raises(Cancelled):
        wait_for_processing(client, created.id, is_cancelled=lambda: True, timeout_s=60)
    seen = []
    final = wait_for_processing(client, created.id, on_update=seen.append, timeout_s=600,
                                policy=PollPolicy(interval=0.5, max_delay=1))
    assert final.is_terminal and seen[-1] is final
