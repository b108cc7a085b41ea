"""Projects against the sandbox: CRUD, paging, sharing and what a readonly member may not do."""
from __future__ import annotations

import uuid

import pytest

from mapflow_processing.api import ForbiddenError, InvalidRequestError, NotFoundError
from mapflow_processing.api.models import DataProviderSource, ProcessingRequest, ShareRole
from mapflow_processing.core.roles import ProjectAction, allowed
from tests.api.sandbox_helpers import add_user, small_aoi, wait_until_terminal


def unique(name: str) -> str:
    return f"{name} {uuid.uuid4().hex[:8]}"


def test_default_project_is_the_login_probe(client):
    project = client.default_project()
    assert project.is_default and project.user is not None and project.user.aoi_area_limit
    assert project.role_of(client.email) is ShareRole.OWNER
    assert client.get_project("default").id == project.id == client.get_project(project.id).id


def test_project_lifecycle(client):
    name = unique("Survey")
    created = client.create_project(name, "first description")
    assert created.name == name and created.description == "first description" and not created.is_default
    assert created.owner_email == client.email and created.workflow_defs  # new projects get the default models
    assert created.id in {p.id for p in client.list_projects()}

    renamed = client.update_project(created.id, name=name + " v2", description="")
    assert renamed.name == name + " v2" and client.get_project(created.id).name == name + " v2"

    page = client.projects_page(limit=5, offset=0, name_filter=name, sort_by="NAME", sort_order="asc")
    assert page.total == 1 and page.results[0].id == created.id and page.limit == 5

    client.delete_project(created.id)
    with pytest.raises(NotFoundError):
        client.get_project(created.id)


def test_project_paging_counts_rows(client):
    prefix = unique("Paged")
    ids = [client.create_project(f"{prefix} {i}").id for i in range(3)]
    first = client.projects_page(limit=2, offset=0, name_filter=prefix, sort_by="CREATED", sort_order="ASC")
    second = client.projects_page(limit=2, offset=2, name_filter=prefix, sort_by="CREATED", sort_order="ASC")
    assert first.total == 3 and first.page_count == 2 and first.has_more and not second.has_more
    assert [p.id for p in first.results + second.results] == ids
    for project_id in ids:
        client.delete_project(project_id)


def test_bad_project_arguments_are_caught_locally(client):
    with pytest.raises(InvalidRequestError, match="name is empty"):
        client.create_project("   ")
    with pytest.raises(InvalidRequestError, match="nothing to update"):
        client.update_project("some-id")
    with pytest.raises(InvalidRequestError, match="unknown sort field 'SIZE'"):
        client.projects_page(sort_by="SIZE")
    with pytest.raises(InvalidRequestError, match="unknown share role 'boss'"):
        client.share_project("some-id", "a@b.c", "boss")


def test_readonly_member_is_forbidden_to_change_anything(client, sandbox_server):
    reader_email = f"reader-{uuid.uuid4().hex[:8]}@example.com"
    reader = add_user(sandbox_server, reader_email)
    project = client.create_project(unique("Shared"))
    model = project.model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18),
                                          project_id=project.id, name="owner's run")
    processing = client.create_processing(request)
    wait_until_terminal(client, processing.id)

    client.share_project(project.id, reader_email, ShareRole.READONLY)
    shared = reader.get_project(project.id)
    assert shared.role_of(reader_email) is ShareRole.READONLY
    assert not allowed(shared.role_of(reader_email), ProjectAction.RUN)  # the plugin's rule (core.roles)
    assert [p.id for p in reader.list_processings(project.id)] == [processing.id]  # readonly may look

    forbidden_calls = {
        "create": lambda: reader.create_processing(ProcessingRequest.for_model(
            model, small_aoi(), DataProviderSource("Sandbox_Demo", 18), project_id=project.id)),
        "rename processing": lambda: reader.rename_processing(processing.id, "mine now"),
        "delete processing": lambda: reader.delete_processing(processing.id),
        "rate": lambda: reader.rate_processing(processing.id, 5),
        "rename project": lambda: reader.update_project(project.id, name="taken over"),
        "delete project": lambda: reader.delete_project(project.id),
    }
    for action, call in forbidden_calls.items():
        with pytest.raises(ForbiddenError) as caught:
            call()
        assert str(caught.value) == "Not enough rights for this action in a shared project", action
        assert caught.value.status == 403
    assert client.get_processing(processing.id).name == "owner's run"  # nothing changed
    client.delete_project(project.id)
