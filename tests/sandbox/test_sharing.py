"""The share role matrix of contract 3.7: readonly, contributor, maintainer, owner, stranger."""
from __future__ import annotations

import pytest

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import create_body, new_user


@pytest.fixture(scope="module")
def team(sandbox_server):
    """An owner with a team of four, a project shared with each role, and one processing in it."""
    emails = {role: unique_email(role) for role in ("owner", "readonly", "contributor", "maintainer",
                                                    "coowner", "stranger", "outsider")}
    apis = {role: new_user(sandbox_server, email) for role, email in emails.items()}
    team_name = f"team-{emails['owner']}"
    sandbox_server.cli("add-team", team_name, emails["owner"])
    for role in ("readonly", "contributor", "maintainer", "coowner"):
        sandbox_server.cli("add-team-member", team_name, emails[role])
    owner = apis["owner"]
    project = owner.ok(owner.post("projects", {"name": "shared"}))
    for role, share_as in (("readonly", "readonly"), ("contributor", "contributor"), ("maintainer", "maintainer"),
                           ("coowner", "owner")):
        owner.ok(owner.post("projects/share", {"projectId": project["id"], "email": emails[role], "role": share_as}))
    processing = owner.ok(owner.post("processings/v2", create_body("owner-run", projectId=project["id"])))
    return {"apis": apis, "emails": emails, "project": project, "processing": processing}


def _page(api, project_id):
    return api.post(f"projects/{project_id}/processings/v2/page", {"limit": 30, "offset": 0})


@pytest.mark.parametrize("role,can_view,can_create,can_manage,can_admin", [
    ("readonly", True, False, False, False),
    ("contributor", True, True, False, False),
    ("maintainer", True, True, True, False),
    ("coowner", True, True, True, True),
    ("owner", True, True, True, True),
    ("stranger", False, False, False, False),
])
def test_role_matrix(team, role, can_view, can_create, can_manage, can_admin):
    api = team["apis"][role]
    pid = team["project"]["id"]
    processing_id = team["processing"]["id"]
    view = api.get(f"projects/{pid}")
    assert (view.status_code == 200) is can_view
    assert (_page(api, pid).status_code == 200) is can_view
    assert (api.get(f"processings/{processing_id}/v2").status_code == 200) is can_view
    expected_denied = 403 if can_view else 404

    created = api.post("processings/v2", create_body(f"{role}-run", projectId=pid))
    assert created.status_code == (200 if can_create else expected_denied), created.text
    renamed = api.put(f"processings/{processing_id}/v2", {"name": f"renamed by {role}", "description": ""})
    assert renamed.status_code == (200 if can_manage else expected_denied), renamed.text
    if can_create and not can_manage:
        # a contributor cannot delete even its own processing
        assert api.delete(f"processings/{created.json()['id']}").status_code == 403
    project_rename = api.put(f"projects/{pid}", {"name": "shared"})
    assert project_rename.status_code == (200 if can_admin else expected_denied)
    if can_view and not can_manage:
        assert "Not enough rights" in renamed.json()["message"]


def test_shared_project_lists_owners_users_and_the_owners_limits(team):
    project = team["apis"]["readonly"].ok(team["apis"]["readonly"].get(f"projects/{team['project']['id']}"))
    owners = project["shareProject"]["owners"]
    assert owners[0] == {"email": team["emails"]["owner"], "role": "owner"}
    assert {"email": team["emails"]["coowner"], "role": "owner"} in owners
    users = {u["email"]: u["role"] for u in project["shareProject"]["users"]}
    assert users[team["emails"]["readonly"]] == "readonly"
    assert users[team["emails"]["maintainer"]] == "maintainer"
    assert project["user"]["email"] == team["emails"]["owner"]
    listed = team["apis"]["readonly"].ok(team["apis"]["readonly"].get("projects"))
    assert team["project"]["id"] in {p["id"] for p in listed}


def test_sharing_rules(team):
    apis, emails, pid = team["apis"], team["emails"], team["project"]["id"]
    # readonly may go to anyone; higher roles only to the owner's team
    assert apis["owner"].post("projects/share", {"projectId": pid, "email": emails["outsider"],
                                                 "role": "readonly"}).status_code == 200
    outside = apis["owner"].post("projects/share", {"projectId": pid, "email": emails["outsider"],
                                                    "role": "contributor"})
    assert outside.status_code == 400 and "team" in outside.json()["message"]
    # a maintainer shares up to maintainer, never owner
    assert apis["maintainer"].post("projects/share", {"projectId": pid, "email": emails["outsider"],
                                                      "role": "readonly"}).status_code == 200
    assert apis["maintainer"].post("projects/share", {"projectId": pid, "email": emails["contributor"],
                                                      "role": "owner"}).status_code == 403
    # contributors and readonly users cannot share at all
    assert apis["contributor"].post("projects/share", {"projectId": pid, "email": emails["outsider"],
                                                       "role": "readonly"}).status_code == 403
    assert apis["readonly"].post("projects/share", {"projectId": pid, "email": emails["outsider"],
                                                    "role": "readonly"}).status_code == 403
    # bad input
    assert apis["owner"].post("projects/share", {"projectId": pid, "email": "nobody@x.test",
                                                 "role": "readonly"}).status_code == 404
    assert apis["owner"].post("projects/share", {"projectId": pid, "email": emails["outsider"],
                                                 "role": "boss"}).status_code == 400
    assert apis["owner"].post("projects/share", {"email": emails["outsider"], "role": "readonly"}).status_code == 400


def test_maintainer_can_rate_and_delete_contributor_cannot(team):
    apis, pid = team["apis"], team["project"]["id"]
    run = apis["contributor"].ok(apis["contributor"].post("processings/v2", create_body("to-delete", projectId=pid)))
    assert apis["contributor"].delete(f"processings/{run['id']}").status_code == 403
    assert apis["maintainer"].delete(f"processings/{run['id']}").status_code == 200


def test_shared_runs_are_charged_to_the_project_owner(team):
    apis, pid = team["apis"], team["project"]["id"]
    before_owner = apis["owner"].ok(apis["owner"].get("user/status"))["remainingCredits"]
    before_contributor = apis["contributor"].ok(apis["contributor"].get("user/status"))["remainingCredits"]
    run = apis["contributor"].ok(apis["contributor"].post("processings/v2", create_body("paid", projectId=pid)))
    assert run["cost"] > 0
    assert apis["owner"].ok(apis["owner"].get("user/status"))["remainingCredits"] == before_owner - run["cost"]
    assert apis["contributor"].ok(apis["contributor"].get("user/status"))["remainingCredits"] == before_contributor


def test_only_owners_delete_the_project(team, sandbox_server):
    apis = team["apis"]
    project = apis["owner"].ok(apis["owner"].post("projects", {"name": "to-drop"}))
    apis["owner"].ok(apis["owner"].post("projects/share", {"projectId": project["id"],
                                                           "email": team["emails"]["maintainer"],
                                                           "role": "maintainer"}))
    assert apis["maintainer"].delete(f"projects/{project['id']}").status_code == 403
    assert apis["owner"].delete(f"projects/{project['id']}").status_code == 200
