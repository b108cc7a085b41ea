"""Projects: default alias, CRUD, cascade, paging, sorting and the full object shape (contract 2.2)."""
from __future__ import annotations

import time

from tests.sandbox.helpers import create_body

PROJECT_KEYS = ("id", "name", "description", "isDefault", "created", "updated", "progress", "aoiCount", "area",
                "user", "workflowDefs", "shareProject", "processingCounts", "billingType")


def test_default_project_shape(user_api):
    project = user_api.ok(user_api.get("projects/default"))
    for key in PROJECT_KEYS:
        assert key in project, key
    assert project["isDefault"] is True and project["description"] is None
    me = user_api.ok(user_api.get("user/status"))["email"]
    assert project["shareProject"]["owners"][0] == {"email": me, "role": "owner"}
    assert project["user"]["email"] == me and "aoiAreaLimit" in project["user"]
    names = {d["name"] for d in project["workflowDefs"]}
    assert "🏠 Buildings" in names
    for wd in project["workflowDefs"]:
        assert wd["pricePerSqKm"] == sum(b["price"] for b in wd["blocks"] if not b["optional"])
        assert all({"name", "displayName", "optional", "price"} <= set(b) for b in wd["blocks"])


def test_create_get_update_delete_with_cascade(user_api, sandbox_server):
    project = user_api.ok(user_api.post("projects", {"name": "Fields", "description": "north"}))
    assert project["name"] == "Fields" and project["isDefault"] is False
    assert project["shareProject"]["owners"][0]["role"] == "owner"
    same = user_api.ok(user_api.get(f"projects/{project['id']}"))
    assert same["id"] == project["id"]
    renamed = user_api.ok(user_api.put(f"projects/{project['id']}", {"name": "Fields 2", "description": ""}))
    assert renamed["name"] == "Fields 2" and renamed["description"] == ""
    processing = user_api.ok(user_api.post("processings/v2", create_body(projectId=project["id"])))
    counted = user_api.ok(user_api.get(f"projects/{project['id']}"))
    assert counted["processingCounts"]["total"] == 1 and counted["aoiCount"] == 1
    assert counted["area"] == processing["aoiArea"]
    assert user_api.delete(f"projects/{project['id']}").status_code == 200
    assert user_api.get(f"projects/{project['id']}").status_code == 404
    assert user_api.get(f"processings/{processing['id']}/v2").status_code == 404
    assert not (sandbox_server.data_dir / "processings" / processing["id"]).exists()


def test_default_project_cannot_be_renamed_or_deleted(user_api):
    response = user_api.put("projects/default", {"name": "Other"})
    assert response.status_code == 400 and "default project" in response.json()["message"]
    response = user_api.delete("projects/default")
    assert response.status_code == 400 and "default project" in response.json()["message"]
    assert user_api.ok(user_api.put("projects/default", {"description": "mine"}))["description"] == "mine"


def test_create_project_validation(user_api):
    for body in ({}, {"name": ""}, {"name": 5}, ["x"], {"name": "x" * 300}):
        response = user_api.post("projects", body)
        assert response.status_code == 400, body
        assert response.json()["code"] == "BAD_REQUEST" and response.json()["message"]
    response = user_api.session.post(user_api.url("projects"), data="{not json", timeout=10,
                                     headers={"Content-Type": "application/json"})
    assert response.status_code == 400


def test_page_filter_sort_and_offsets(user_api):
    for name in ("Charlie", "alpha", "Bravo"):
        user_api.ok(user_api.post("projects", {"name": name}))
        time.sleep(0.01)
    page = user_api.ok(user_api.post("projects/page", {"limit": 2, "offset": 0, "sortBy": "NAME",
                                                       "sortOrder": "ASC"}))
    assert page["total"] == 4 and page["count"] == 2
    assert [p["name"] for p in page["results"]] == ["alpha", "Bravo"]
    rest = user_api.ok(user_api.post("projects/page", {"limit": 2, "offset": 2, "sortBy": "NAME",
                                                       "sortOrder": "ASC"}))
    assert [p["name"] for p in rest["results"]] == ["Charlie", "Default"]
    newest = user_api.ok(user_api.post("projects/page", {"limit": 20, "offset": 0}))  # UPDATED DESC default
    assert newest["results"][0]["name"] == "Bravo"
    created = user_api.ok(user_api.post("projects/page", {"sortBy": "CREATED", "sortOrder": "ASC"}))
    assert created["results"][0]["name"] == "Default"
    filtered = user_api.ok(user_api.post("projects/page", {"filter": "RAV"}))
    assert [p["name"] for p in filtered["results"]] == ["Bravo"] and filtered["total"] == 1
    listed = user_api.ok(user_api.get("projects"))
    assert len(listed) == 4 and all(p["shareProject"]["owners"] for p in listed)


def test_page_rejects_bad_sort_and_limits(user_api):
    assert user_api.post("projects/page", {"sortBy": "SIZE"}).status_code == 400
    assert user_api.post("projects/page", {"sortOrder": "UP"}).status_code == 400
    assert user_api.post("projects/page", {"limit": -1}).status_code == 400
    assert user_api.post("projects/page", {"limit": "ten"}).status_code == 400


def test_progress_reflects_processing_states(user_api):
    user_api.ok(user_api.post("processings/v2", create_body(params={"sourceParams": {"userDefined": {
        "sourceType": "XYZ", "url": "ftp://nowhere"}}})))
    project = user_api.ok(user_api.get("projects/default"))
    assert project["processingCounts"]["failed"] == 1
    assert project["progress"]["status"] == "FAILED"
    assert project["progress"]["details"][0]["status"] == "FAILED"


def test_strangers_cannot_see_projects(user_api, demo_api):
    mine = user_api.ok(user_api.post("projects", {"name": "private"}))
    assert demo_api.get(f"projects/{mine['id']}").status_code == 404
    assert demo_api.put(f"projects/{mine['id']}", {"name": "x"}).status_code == 404
    assert demo_api.delete(f"projects/{mine['id']}").status_code == 404
    assert mine["id"] not in {p["id"] for p in demo_api.ok(demo_api.get("projects"))}
