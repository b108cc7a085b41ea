"""/user/status keys, price book consistency, teams and /processings/stats."""
from __future__ import annotations

import csv
import io

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import create_body, new_user

REQUIRED_KEYS = ("email", "billingType", "remainingCredits", "remainingArea", "areaLimit", "processedArea",
                 "aoiAreaLimit", "memoryLimit", "templateAreaLimit", "searchAreaLimit", "maxAoisPerProcessing",
                 "reviewWorkflowEnabled", "models", "dataProviders", "searchDataProviders", "teams", "user")


def test_status_has_every_documented_key(demo_api, sandbox_server):
    status = demo_api.ok(demo_api.get("user/status"))
    for key in REQUIRED_KEYS:
        assert key in status, key
    assert status["billingType"] == "CREDITS"
    assert status["remainingCredits"] >= 0
    assert status["remainingArea"] == status["areaLimit"] - status["processedArea"]
    assert status["maxAoisPerProcessing"] == 10
    assert status["aoiAreaLimit"] == 100_000_000
    assert status["user"]["email"] == status["email"]


def test_models_price_is_sum_of_non_optional_blocks(demo_api):
    models = demo_api.ok(demo_api.get("user/status"))["models"]
    names = {m["name"] for m in models}
    assert {"🏠 Buildings", "🌲 Forest", "🚗 Roads"} <= names
    for model in models:
        assert model["id"] and model["created"] and model["updated"]
        for block in model["blocks"]:
            assert {"name", "displayName", "optional", "price"} <= set(block)
        assert model["pricePerSqKm"] == sum(b["price"] for b in model["blocks"] if not b["optional"])


def test_providers_have_required_keys_and_preview_url(demo_api, sandbox_server):
    providers = demo_api.ok(demo_api.get("user/status"))["dataProviders"]
    demo = next(p for p in providers if p["name"] == "Sandbox_Demo")
    assert {"id", "name", "displayName", "price"} <= set(demo)
    assert demo["price"][0] == {"zoom": 17, "priceSqKm": 1.0}
    assert demo["previewUrl"] == f"{sandbox_server.root_url}/api/demo/tiles/{{z}}/{{x}}/{{y}}.png"
    archive = next(p for p in providers if p["name"] == "Sandbox_Demo_Archive")
    assert archive["minAreaSqKm"] == 3.0


def test_model_ids_are_stable_across_calls(demo_api):
    first = [m["id"] for m in demo_api.ok(demo_api.get("user/status"))["models"]]
    second = [m["id"] for m in demo_api.ok(demo_api.get("user/status"))["models"]]
    assert first == second


def test_team_appears_in_status_and_owner_stats_cover_members(sandbox_server):
    owner_email, member_email = unique_email("owner"), unique_email("member")
    owner, member = new_user(sandbox_server, owner_email), new_user(sandbox_server, member_email)
    team_name = f"team-{owner_email}"
    sandbox_server.cli("add-team", team_name, owner_email)
    sandbox_server.cli("add-team-member", team_name, member_email)
    teams = owner.ok(owner.get("user/status"))["teams"]
    assert teams[0]["name"] == team_name and teams[0]["role"] == "OWNER"
    assert {"teamId", "activeUntil", "creditsLimit"} <= set(teams[0])
    assert member.ok(member.get("user/status"))["teams"][0]["role"] == "MEMBER"

    member.ok(member.post("processings/v2", create_body("member-run")))
    owner.ok(owner.post("processings/v2", create_body("owner-run")))
    owner_stats = owner.ok(owner.post("processings/stats?type=JSON", {}))
    assert {r["name"] for r in owner_stats["results"]} == {"member-run", "owner-run"}
    member_stats = member.ok(member.post("processings/stats?type=json", {}))
    assert [r["name"] for r in member_stats["results"]] == ["member-run"]
    row = owner_stats["results"][0]
    for key in ("projectName", "email", "area", "cost", "created", "status", "percentCompleted", "archived",
                "dataProvider", "linkToMap", "scenario"):
        assert key in row
    assert isinstance(row["area"], str) and isinstance(row["cost"], str)
    assert owner_stats["totalCost"] == sum(int(r["cost"]) for r in owner_stats["results"])
    assert owner_stats["total"] == owner_stats["count"] == 2


def test_stats_filters_csv_and_paging(user_api):
    user_api.ok(user_api.post("processings/v2", create_body("alpha")))
    user_api.ok(user_api.post("processings/v2", create_body("beta")))
    by_terms = user_api.ok(user_api.post("processings/stats?type=JSON", {"terms": "alp"}))
    assert [r["name"] for r in by_terms["results"]] == ["alpha"]
    none_ok = user_api.ok(user_api.post("processings/stats?type=JSON", {"statuses": ["CANCELED"]}))
    assert none_ok["total"] == 0
    paged = user_api.ok(user_api.post("processings/stats?type=JSON", {"page": 2, "perPage": 1,
                                                                       "sort": "created,asc"}))
    assert paged["total"] == 2 and [r["name"] for r in paged["results"]] == ["beta"]
    future = user_api.ok(user_api.post("processings/stats?type=JSON", {"dateFrom": "2999-01-01T00:00:00Z"}))
    assert future["total"] == 0
    response = user_api.post("processings/stats?type=csv", {})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["name"] for r in rows} == {"alpha", "beta"}


def test_stats_rejects_bad_input_clearly(user_api):
    assert user_api.post("processings/stats?type=XML", {}).json()["code"] == "BAD_REQUEST"
    response = user_api.post("processings/stats?type=JSON", {"dateFrom": "yesterday"})
    assert response.status_code == 400 and "dateFrom" in response.json()["message"]
