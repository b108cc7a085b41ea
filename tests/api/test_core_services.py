"""The QGIS-free services of core (what the dock and a Processing-toolbox algorithm share), against the sandbox:
sign in, the wording of a failed sign-in, the sandbox probe, a page of processings, the plan, waiting for the end."""
from __future__ import annotations

import pytest

from mapflow_processing.api import token_from_credentials
from mapflow_processing.api.errors import AuthenticationError, Cancelled
from mapflow_processing.api.models import DataProviderSource
from mapflow_processing.core.aoi_rules import AoiSummary
from mapflow_processing.core.processing_plan import CostState, ModelPick, SourcePick, plan_processing
from mapflow_processing.core.processings_list import ListQuery, fetch_page, wait_until_final
from mapflow_processing.core.session import check_server_url, explain_sign_in_error, probe_server, sign_in
from tests.sandbox_fixture import free_port

from .sandbox_helpers import small_aoi


def test_sign_in_gives_the_account_and_the_remembered_project(sandbox_server, client):
    project = client.create_project("remembered by the plugin")
    try:
        outcome = sign_in(sandbox_server.base_url + "/", sandbox_server.token, remembered_project_id=project.id,
                          plugin_version="9.9.9")
        try:
            assert outcome.server_url == sandbox_server.base_url and outcome.email == "demo@sandbox.mapflow.local"
            assert outcome.project.id == project.id and project.id in [p.id for p in outcome.projects]
            assert outcome.user_status.email == outcome.email
            assert outcome.client.email == outcome.email and "token" not in repr(outcome).lower()
        finally:
            outcome.client.close()
        fallback = sign_in(sandbox_server.base_url, sandbox_server.token, remembered_project_id="gone")
        assert fallback.project.is_default
        fallback.client.close()
    finally:
        client.delete_project(project.id)


def test_a_wrong_token_and_a_wrong_address_are_named(sandbox_server):
    with pytest.raises(AuthenticationError):
        sign_in(sandbox_server.base_url, token_from_credentials("demo@sandbox.mapflow.local", "not-the-secret"))
    wrong_path = sandbox_server.root_url + "/api"
    with pytest.raises(Exception) as caught:
        sign_in(wrong_path, sandbox_server.token)
    text = explain_sign_in_error(caught.value, wrong_path, fallback="")
    assert text == (f"There is no Mapflow API at {wrong_path}. Check the address: it must end with /rest, "
                    "for example https://api.mapflow.ai/rest.")
    assert check_server_url("ftp://example.com/rest").startswith("The server address must be an http://")
    assert check_server_url(sandbox_server.base_url) == ""


def test_the_sandbox_probe_answers_only_where_a_sandbox_runs(sandbox_server):
    assert probe_server(sandbox_server.base_url)
    assert not probe_server(f"http://127.0.0.1:{free_port()}/rest")  # nothing listens: False, no exception
    assert not probe_server(sandbox_server.root_url + "/nothing-here/rest")


def test_plan_cost_create_list_and_wait_like_a_toolbox_algorithm(sandbox_server, client):
    project = client.create_project("toolbox-like")
    try:
        status = client.user_status()
        model = ModelPick(next(m for m in project.workflow_defs if "Buildings" in m.name))
        provider = status.provider("Sandbox_Demo")
        source = SourcePick(DataProviderSource(provider.name, 18), "demo", provider, 18)
        inputs = dict(model=model, aoi_geojson=small_aoi(), aoi_summary=AoiSummary(part_areas_km2=(0.1,),
                                                                                    part_bbox_areas_km2=(0.1,)),
                      source=source, user_status=status, project=project, email=client.email, name="via core")
        unpriced = plan_processing(**inputs)
        assert not unpriced.can_start  # credits: the server must price it first
        credits = client.processing_cost(unpriced.request.to_cost_request())
        assert credits == unpriced.estimate.credits  # the price book agrees with the server
        priced = plan_processing(**inputs, cost=CostState(credits))
        assert priced.can_start
        created = client.create_processing(priced.request)

        page = fetch_page(client, ListQuery(project.id))
        assert page.total == 1 and [row.id for row in page.rows] == [created.id]
        seen = []
        final = wait_until_final(client, created.id, on_update=seen.append, step_s=0.05)
        assert final.is_terminal and seen[-1].id == created.id
        with pytest.raises(Cancelled):
            wait_until_final(client, created.id, is_cancelled=lambda: True)
    finally:
        client.delete_project(project.id)
