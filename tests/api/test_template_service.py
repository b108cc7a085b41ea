"""The plugin's planned-search services (core.template_service, core.templates) against a sandbox of this module's
own (its clock moves): the light list (one request), an open template's scenes and processings per AOI, a new
template from the plan form, and the edit rule of core.templates agreeing with the server for every role."""
from __future__ import annotations

import time
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest
import requests

from mapflow_processing.api import ForbiddenError, MapflowClient, RetryPolicy
from mapflow_processing.api.models import (ImagerySearchSource, NewTemplate, NewTemplateAoi, ProcessingRequest,
                                           ProductType, SearchFilters, TemplateImagesQuery, TemplateStatus,
                                           TemplateUpdate)
from mapflow_processing.core.template_service import (PlanForm, fetch_templates, load_processings, load_template,
                                                      new_template)
from mapflow_processing.core.templates import KeptParams, TemplateState, can_edit, new_scene_news
from tests.sandbox_fixture import start_sandbox

CITY = {"type": "Polygon", "coordinates": [[[37.45, 55.65], [37.75, 55.65], [37.75, 55.83], [37.45, 55.83],
                                            [37.45, 55.65]]]}
CENTRE = {"type": "Polygon", "coordinates": [[[37.59, 55.734], [37.61, 55.734], [37.61, 55.746], [37.59, 55.746],
                                              [37.59, 55.734]]]}
NOWHERE = {"type": "Polygon", "coordinates": [[[10.0, 10.0], [10.01, 10.0], [10.01, 10.01], [10.0, 10.01],
                                               [10.0, 10.0]]]}


class Counting(requests.adapters.HTTPAdapter):
    def __init__(self):
        super().__init__()
        self.calls = Counter()

    def send(self, request, *args, **kwargs):
        self.calls[(request.method, request.path_url.split("?")[0])] += 1
        return super().send(request, *args, **kwargs)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_sandbox(tmp_path_factory.mktemp("template-service"))
    yield server
    server.stop()


def account(server, *options):
    email = f"svc-{uuid.uuid4().hex[:8]}@example.com"
    token = server.cli("add-user", email, "--credits", "5000", *options).strip().splitlines()[-1]
    return email, token


def client_of(server, token, session=None) -> MapflowClient:
    return MapflowClient(server.base_url, token, retry=RetryPolicy(attempts=2, backoff=0.05), session=session)


def advance(server, **body):
    response = requests.post(f"{server.base_url}/admin/clock/advance", json=body,
                             headers={"X-Sandbox-Admin": server.admin_token}, timeout=120)
    response.raise_for_status()
    return response.json()


def ready(client, template_id):
    for _ in range(150):
        details = client.get_template(template_id)
        if details.template.status is not TemplateStatus.SEARCHING:
            return details
        time.sleep(0.2)
    raise AssertionError("the first search did not finish")


def test_the_list_is_one_request_and_news_follow_the_clock(server):
    _email, token = account(server)
    adapter = Counting()
    session = requests.Session()
    session.mount("http://", adapter)
    client = client_of(server, token, session)
    project_id = client.default_project().id
    form = PlanForm("City watch", ((CITY, "city"), (NOWHERE, "nowhere")),
                    datetime.now(timezone.utc) + timedelta(days=30), SearchFilters(product_types=[ProductType.IMAGE]),
                    KeptParams(model_name="🏠 Buildings"))
    created = client.create_template(new_template(form, project_id)).template
    assert created.processing_params["wdName"] == "🏠 Buildings"
    ready(client, created.id)

    adapter.calls.clear()
    first = fetch_templates(client, project_id)
    assert sum(adapter.calls.values()) == 1 and [t.id for t in first.templates] == [created.id]
    assert first.rows[0].state is TemplateState.READY and first.anything_watching
    counts = {t.id: t.new_images_count for t in first.templates}

    advance(server, scenes=3)
    second = fetch_templates(client, project_id)
    [news] = new_scene_news(counts, second.templates)
    assert news.added == 3 and second.rows[0].cells[2] == "3"

    client.pause_template(created.id)
    paused = fetch_templates(client, project_id)
    assert paused.rows[0].state is TemplateState.PAUSED and not paused.anything_watching  # the poll may stop
    session.close()


def test_an_open_template_its_scenes_and_processings_per_aoi(server):
    _email, token = account(server)
    client = client_of(server, token)
    project_id = client.default_project().id
    template = client.create_template(NewTemplate("Centre watch", project_id, [
        NewTemplateAoi(CENTRE, "centre"), NewTemplateAoi(NOWHERE, "nowhere")],
        filters=SearchFilters(product_types=[ProductType.MOSAIC]))).template
    ready(client, template.id)
    content = load_template(client, template.id, TemplateImagesQuery(limit=5))
    assert [a.name for a in content.template.aois] == ["centre", "nowhere"]
    assert content.page.total >= len(content.page.images) > 0 and len(content.page.images) <= 5
    assert all(image.is_mosaic for image in content.page.images)
    centre, nowhere = content.template.aois
    assert all(centre.id in image.aoi_ids for image in content.page.images)
    assert [g.name for g in content.groups] == ["centre", "nowhere"] and not any(g.entries for g in content.groups)
    narrowed = client.template_images(template.id, TemplateImagesQuery(aoi_ids=[nowhere.id]))
    assert narrowed.total == 0

    mosaic = content.page.images[0]
    small = {"type": "Polygon", "coordinates": [[[37.6, 55.74], [37.602, 55.74], [37.602, 55.7412],
                                                 [37.6, 55.7412], [37.6, 55.74]]]}
    created = client.create_template_processing(template.id, ProcessingRequest(
        geometry=small, source=ImagerySearchSource(mosaic.provider_name, (mosaic.id,), zoom=mosaic.zoom),
        wd_name="🏠 Buildings", name="over the centre"))
    processings, groups = load_processings(client, content.details)
    assert [p.id for p in processings] == [created.id]
    assert [(g.name, [e.id for e in g.entries]) for g in groups] == [("centre", [created.id]), ("nowhere", [])]
    assert groups[0].entries[0].processing is not None


@pytest.mark.parametrize("role", ["readonly", "contributor", "maintainer"])
def test_the_edit_rule_agrees_with_the_server(server, role):
    owner_email, owner_token = account(server)
    member_email, member_token = account(server)
    team = f"team-{uuid.uuid4().hex[:6]}"
    server.cli("add-team", team, owner_email)
    server.cli("add-team-member", team, member_email)
    owner, member = client_of(server, owner_token), client_of(server, member_token)
    project = owner.create_project(f"shared-{uuid.uuid4().hex[:6]}")
    owner.share_project(project.id, member_email, role)
    owners = owner.create_template(NewTemplate("owner's", project.id, [NewTemplateAoi(CENTRE)])).template
    listed = {t.id: t for t in fetch_templates(member, project.id).templates}  # a reader sees it too
    assert owners.id in listed
    member_id = member.user_status().user_id
    expected = can_edit(role, listed[owners.id], member_email, member_id)
    try:
        member.update_template(owners.id, TemplateUpdate(name="renamed"))
        edited = True
    except ForbiddenError:
        edited = False
    assert edited == expected == (role == "maintainer")
    if role != "readonly":
        own = member.create_template(NewTemplate("mine", project.id, [NewTemplateAoi(CENTRE)])).template
        mine = {t.id: t for t in fetch_templates(member, project.id).templates}[own.id]
        assert can_edit(role, mine, member_email, member_id)
        member.update_template(own.id, TemplateUpdate(name="still mine"))
