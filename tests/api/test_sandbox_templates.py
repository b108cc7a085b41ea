"""The api client's planned-search calls against a sandbox of this module's own (its clock moves): create, list,
read, edit, AOIs, found images and seen marks, pause/resume, restart after an outage, and processings."""
from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest
import requests

from mapflow_processing.api import BadRequestError, NotFoundError
from mapflow_processing.api.models import (CatalogSortBy, ImagerySearchSource, NewTemplate, NewTemplateAoi,
                                           ProcessingRequest, ProductType, SearchFilters, SortOrder,
                                           TemplateImagesQuery, TemplateStatus, TemplateUpdate)
from tests.api.sandbox_helpers import add_user, wait_until_terminal
from tests.sandbox_fixture import start_sandbox

CITY = {"type": "Polygon", "coordinates": [[[37.45, 55.65], [37.75, 55.65], [37.75, 55.83], [37.45, 55.83],
                                            [37.45, 55.65]]]}  # about 19 x 20 km: every new demo-area scene
CENTRE = {"type": "Polygon", "coordinates": [[[37.59, 55.734], [37.61, 55.734], [37.61, 55.746], [37.59, 55.746],
                                              [37.59, 55.734]]]}
NOWHERE = {"type": "Polygon", "coordinates": [[[10.0, 10.0], [10.01, 10.0], [10.01, 10.01], [10.0, 10.01],
                                               [10.0, 10.0]]]}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_sandbox(tmp_path_factory.mktemp("api-templates"))
    yield server
    server.stop()


@pytest.fixture()
def client(server):
    client = add_user(server, f"planner-{uuid.uuid4().hex[:8]}@example.com", "--premium", "on")
    yield client
    client.close()


def admin(server, path: str, body: dict) -> dict:
    response = requests.post(f"{server.base_url}/admin/{path}", json=body,
                             headers={"X-Sandbox-Admin": server.admin_token}, timeout=60)
    response.raise_for_status()
    return response.json()


def project_of(client) -> str:
    return client.default_project().id


def ready(client, template_id: str):
    deadline = time.monotonic() + 30
    while True:
        details = client.get_template(template_id)
        if details.template.status is not TemplateStatus.SEARCHING:
            return details
        assert time.monotonic() < deadline, "the first search did not finish"
        time.sleep(0.2)


def make(client, *aois, **filters):
    new = NewTemplate(name="watch", project_id=project_of(client),
                      aois=list(aois) or [NewTemplateAoi(CITY, "city")], filters=SearchFilters(**filters),
                      processing_params={"wdName": "🏠 Buildings"})
    created = client.create_template(new)
    assert created.template.status is TemplateStatus.SEARCHING and created.search_results == ()
    return ready(client, created.template.id)


def test_create_list_read_update_and_delete(client):
    details = make(client, NewTemplateAoi(CENTRE, "centre"), NewTemplateAoi(NOWHERE, "nowhere"),
                   max_cloud_cover=40, product_types=[ProductType.IMAGE])
    template = details.template
    assert template.status is TemplateStatus.READY and template.is_active and template.new_images_count == 0
    assert [a.name for a in template.aois] == ["centre", "nowhere"] and template.filters.max_cloud_cover == 40
    assert template.processing_params == {"wdName": "🏠 Buildings"}
    assert details.search_results and all(i.cloud_cover <= 40 and i.is_image for i in details.search_results)
    short = client.list_project_templates(project_of(client))
    assert [t.id for t in short] == [template.id] and short[0].images_count == len(details.search_results)
    assert [t.id for t in client.list_templates()] == [template.id]
    assert [t.id for t in client.list_user_templates(template.user_id)][0] == template.id
    updated = client.update_template(template.id, TemplateUpdate(
        name="watch 2", filters=SearchFilters(max_off_nadir_angle=10), cleared_filters=["maxCloudCover"]))
    assert updated.name == "watch 2" and updated.filters.max_cloud_cover is None
    assert updated.filters.max_off_nadir_angle == 10 and updated.filters.product_types == (ProductType.IMAGE,)
    with pytest.raises(BadRequestError) as too_far:
        client.update_template(template.id, TemplateUpdate(active_until=datetime.now(timezone.utc) + timedelta(
            days=400)))
    assert too_far.value.code == "ACTIVE_UNTIL_TOO_FAR"
    client.delete_template(template.id)
    with pytest.raises(NotFoundError):
        client.get_template(template.id)
    assert client.list_project_templates(project_of(client)) == []


def test_aois_are_added_updated_and_deleted(client):
    template = make(client, NewTemplateAoi(CENTRE, "centre")).template
    added = client.add_template_aois(template.id, [NewTemplateAoi(NOWHERE, "far"), NewTemplateAoi(CITY)])
    assert added.added_count == 2 and len(added.aoi_ids) == 2
    renamed = client.update_template_aoi(template.id, added.aoi_ids[0], name="very far")
    assert renamed.id == added.aoi_ids[0] and renamed.name == "very far" and renamed.processings == ()
    redrawn = client.update_template_aoi(template.id, added.aoi_ids[1], geometry=CENTRE)
    assert redrawn.geometry["type"] == "Polygon"
    deleted = client.delete_template_aois(template.id, [added.aoi_ids[0], "no-such-aoi"])
    assert (deleted.deleted_count, deleted.remaining_count, deleted.not_found) == (1, 2, ("no-such-aoi",))
    names = [a.name for a in client.get_template(template.id).template.aois]
    assert names == ["centre", "AOI 3"]
    with pytest.raises(BadRequestError) as keeps_one:
        client.delete_template_aois(template.id, [a.id for a in client.get_template(template.id).template.aois])
    assert keeps_one.value.code == "TEMPLATE_NEEDS_AOI"


def test_new_scenes_seen_marks_pause_and_resume(server, client):
    details = make(client, NewTemplateAoi(CITY, "city"), NewTemplateAoi(NOWHERE, "nowhere"))
    template_id = details.template.id
    moved = admin(server, "clock/advance", {"scenes": 3})
    arrived = {s["id"] for s in moved["publishedScenes"]}
    template = client.get_template(template_id).template
    assert template.new_images_count == 3 and template.aois[0].has_new_images and not template.aois[1].has_new_images
    page = client.template_images(template_id, TemplateImagesQuery(limit=1000, sort_by=CatalogSortBy.ACQUISITION_DATE,
                                                                   sort_order=SortOrder.DESC))
    assert {i.id for i in page.images if i.is_new} == arrived and page.total == len(page.images)
    assert all(i.aoi_ids == (template.aois[0].id,) for i in page.images if i.is_new)
    only_nowhere = client.template_images(template_id, TemplateImagesQuery(aoi_ids=[template.aois[1].id]))
    assert only_nowhere.total == 0
    client.mark_template_image_seen(template_id, sorted(arrived)[0])
    assert client.get_template(template_id).template.new_images_count == 2
    client.mark_all_template_images_seen(template_id)
    assert client.get_template(template_id).template.new_images_count == 0
    paused = client.pause_template(template_id)
    assert paused.template.is_active is False and paused.template.is_paused
    admin(server, "clock/advance", {"scenes": 2})
    assert client.get_template(template_id).template.new_images_count == 0
    resumed = client.resume_template(template_id)
    assert resumed.template.is_active and resumed.template.new_images_count == 2 and len(resumed.new_images) == 2


def test_restart_after_an_outage(server, client):
    template_id = make(client, NewTemplateAoi(CITY, "city"), data_providers=["SBX_MR"]).template.id
    admin(server, "catalog/outage", {"providers": ["SBX_MR"]})
    try:
        admin(server, "clock/advance", {"scenes": 1, "providers": ["SBX_MR"]})
        failed = client.get_template(template_id).template
        assert failed.status is TemplateStatus.FAILED and failed.is_failed and "SBX_MR" in failed.last_error
    finally:
        admin(server, "catalog/outage", {"providers": []})
    restarted = client.restart_template(template_id)
    assert restarted.template.status is TemplateStatus.READY and restarted.template.new_images_count == 1


def test_processings_from_found_images(client):
    details = make(client, NewTemplateAoi(CENTRE, "centre"), product_types=[ProductType.MOSAIC])
    template = details.template
    mosaic = next(i for i in details.search_results if i.zoom == 18)
    small = {"type": "Polygon", "coordinates": [[[37.6, 55.74], [37.602, 55.74], [37.602, 55.7412],
                                                 [37.6, 55.7412], [37.6, 55.74]]]}
    source = ImagerySearchSource(mosaic.provider_name, (mosaic.id,), zoom=18)
    v2 = client.create_template_processing(template.id, ProcessingRequest(geometry=small, source=source,
                                                                          wd_name="🏠 Buildings", name="v2 run"))
    assert v2.project_id == project_of(client) and v2.params.source.image_ids == (mosaic.id,)
    v1 = client.create_template_processing_v1(template.id, ProcessingRequest(geometry=small, source=source,
                                                                             wd_name="🏠 Buildings", name="v1 run"))
    assert v1.params.legacy.get("data_provider") == mosaic.provider_name.lower()
    listed = client.template_processings(template.id)
    assert {p.id for p in listed} == {v1.id, v2.id}
    aoi = client.get_template(template.id).template.aois[0]
    assert {p.processing_id for p in aoi.processings} == {v1.id, v2.id}
    assert wait_until_terminal(client, v2.id, timeout=180).status.value == "OK"
    with pytest.raises(BadRequestError) as not_found_by_it:
        client.create_template_processing(template.id, ProcessingRequest(
            geometry=small, wd_name="🏠 Buildings", source=ImagerySearchSource("SBX_HR", ("SOMETHING_ELSE",))))
    assert not_found_by_it.value.code == "IMAGE_NOT_IN_TEMPLATE"


def test_the_active_template_cap(server):
    capped = add_user(server, f"capped-{uuid.uuid4().hex[:8]}@example.com", "--max-active-templates", "1")
    try:
        first = make(capped, NewTemplateAoi(CENTRE, "a")).template
        second = capped.create_template(NewTemplate(name="second", project_id=project_of(capped),
                                                    aois=[NewTemplateAoi(CENTRE)]))
        assert second.template.is_active is False and second.template.status is TemplateStatus.CREATED
        with pytest.raises(BadRequestError) as cap:
            capped.resume_template(second.template.id)
        assert str(cap.value) == "You have reached the maximum number of active templates"
        capped.pause_template(first.id)
        assert capped.resume_template(second.template.id).template.is_active
    finally:
        capped.close()
