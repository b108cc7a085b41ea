"""Processings v2 and the calls shared with v1, against the sandbox: the full life of a processing."""
from __future__ import annotations

import json
import uuid

import pytest

from mapflow_processing.api import InvalidRequestError, NotFoundError
from mapflow_processing.api.models import (CostRequest, DataProviderSource, ProcessingRequest, ProcessingSortBy,
                                           ProcessingStatus, SortOrder, UserDefinedSource)
from mapflow_processing.core.pricing import model_price, provider_price
from tests.api.sandbox_helpers import small_aoi, wait_until_terminal


@pytest.fixture(scope="module")
def project(sandbox_server):
    from mapflow_processing.api import MapflowClient
    owner = MapflowClient(sandbox_server.base_url, sandbox_server.token)
    created = owner.create_project(f"Processings {uuid.uuid4().hex[:8]}")
    yield created
    owner.delete_project(created.id)


@pytest.fixture(scope="module")
def finished(sandbox_server, project):
    """One Buildings processing of two AOIs, run to the end (shared by the read-only tests of this module)."""
    from mapflow_processing.api import MapflowClient
    owner = MapflowClient(sandbox_server.base_url, sandbox_server.token)
    first, second = small_aoi(), small_aoi()
    geometry = {"type": "MultiPolygon", "coordinates": [first["coordinates"], second["coordinates"]]}
    request = ProcessingRequest.for_model(project.model("🏠 Buildings"), geometry,
                                          DataProviderSource("Sandbox_Demo", 18), enabled_blocks=["Classification"],
                                          name="Two blocks", project_id=project.id, meta={"source-app": "tests"})
    processing = owner.create_processing(request)
    return wait_until_terminal(owner, processing.id)


def test_cost_matches_the_price_book_and_the_charge(client, project):
    model = project.model("🏠 Buildings")
    status = client.user_status()
    request = ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18),
                                          enabled_blocks=["Simplification"], project_id=project.id)
    cost = client.processing_cost(request)
    # areas under 1 sq.km count as 1 sq.km: model base + option + provider price at zoom 18, rounded up
    expected = (model_price(model).price_per_km2(["Simplification"])
                + provider_price(status.provider("Sandbox_Demo")).price_at(18))
    assert cost == int(-(-expected // 1))
    by_area = CostRequest(wd_id=model.id, area_sq_km=0.2, source=DataProviderSource("Sandbox_Demo", 18),
                          blocks=request.blocks)
    assert client.processing_cost(by_area) == cost
    before = client.user_status().remaining_credits
    created = client.create_processing(request)
    assert created.cost == cost and created.status in (ProcessingStatus.UNPROCESSED, ProcessingStatus.IN_PROGRESS,
                                                       ProcessingStatus.OK)
    assert client.user_status().remaining_credits == before - cost
    wait_until_terminal(client, created.id)


def test_finished_processing_has_layers_and_echoes_the_request(client, finished, project):
    assert finished.status is ProcessingStatus.OK and finished.percent_completed == 100
    assert finished.project_id == project.id and finished.aoi_count == 2 and finished.aoi_area > 0
    assert finished.vector_layer.tile_url.endswith(".vector.pbf") and finished.raster_layer.tile_json_url
    assert finished.params.source == DataProviderSource("Sandbox_Demo", 18)
    assert finished.enabled_blocks == ("Classification",) and finished.model_name == "🏠 Buildings"
    assert finished.messages == () and finished.error_texts == ()


def test_lists_and_pages(client, finished, project):
    assert finished.id in [p.id for p in client.list_processings(project.id)]
    assert finished.id not in [p.id for p in client.list_processings()]  # that is the default project's list
    page = client.processings_page(project.id, limit=1, offset=0, terms="Two blocks",
                                   sort_by=ProcessingSortBy.CREATED, sort_order=SortOrder.DESC)
    assert page.total == 1 and page.results[0].id == finished.id
    everything = client.processings_page(project.id, limit=30)
    assert everything.total >= 1 and everything.count == len(everything.results)


def test_aois_and_results(client, finished, tmp_path):
    aois = client.processing_aois(finished.id)
    assert len(aois) == 2 and all(a.status is ProcessingStatus.OK for a in aois)
    assert sum(a.area for a in aois) == pytest.approx(finished.aoi_area, abs=2)
    whole = client.download_result(finished.id, tmp_path / "all.geojson")
    collection = json.loads(whole.read_text())
    assert collection["type"] == "FeatureCollection"
    one = client.download_result(finished.id, tmp_path / "one.geojson", aoi_id=aois[0].id)
    part = json.loads(one.read_text())
    assert part["type"] == "FeatureCollection" and len(part["features"]) <= len(collection["features"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.geojson", "one.geojson"]


def test_rename_rate_and_delete(client, project):
    request = ProcessingRequest.for_model(project.model("🚗 Roads"), small_aoi(),
                                          DataProviderSource("Sandbox_Demo", 18), project_id=project.id)
    processing = wait_until_terminal(client, client.create_processing(request).id)
    renamed = client.rename_processing(processing.id, "Roads, renamed", "with a description")
    assert (renamed.name, renamed.description) == ("Roads, renamed", "with a description")
    client.rate_processing(processing.id, 4, "fine")
    rating = client.get_processing(processing.id).rating
    assert (rating.rating, rating.feedback) == (4, "fine")
    with pytest.raises(InvalidRequestError, match="from 1 to 5"):
        client.rate_processing(processing.id, 6)
    client.delete_processing(processing.id)
    with pytest.raises(NotFoundError):
        client.get_processing(processing.id)


def test_failed_processing_explains_itself_and_can_be_restarted(client, project):
    request = ProcessingRequest.for_model(project.model("🏠 Buildings"), small_aoi(),
                                          DataProviderSource("Sandbox_Demo", 14), project_id=project.id)
    failed = wait_until_terminal(client, client.create_processing(request).id)
    assert failed.status is ProcessingStatus.FAILED
    assert [m.code for m in failed.messages] == ["source-validator.TooLowZoom"]
    assert failed.error_texts == ("The zoom 14 is lower than this model accepts (at least 17).",)
    aoi_messages = [m.text for a in client.processing_aois(failed.id) for m in a.messages]
    assert failed.error_texts[0] in aoi_messages
    restarted = client.restart_processing(failed.id)
    assert restarted.id == failed.id
    assert wait_until_terminal(client, failed.id).status is ProcessingStatus.FAILED  # same input, same outcome


def test_unreachable_custom_imagery_fails_with_a_tile_message(client, project):
    source = UserDefinedSource("http://127.0.0.1:9/{z}/{x}/{y}.png", zoom=18)
    request = ProcessingRequest.for_model(project.model("🏠 Buildings"), small_aoi(), source, project_id=project.id)
    failed = wait_until_terminal(client, client.create_processing(request).id)
    assert failed.status is ProcessingStatus.FAILED
    assert failed.messages[0].code == "dataloader.TileNotLoaded"
    assert failed.error_texts[0].startswith("The imagery tile 18/")
