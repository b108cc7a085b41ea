"""Planned searches over time, on a sandbox of this module's own (its clock moves): scenes arriving while a
template runs, pause and resume, activeUntil expiry, the active-template cap, a provider outage and restart, the
background search after a CLI clock move, a server restart, and an old data dir migrated."""
from __future__ import annotations

import base64
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest
import requests

from tests.sandbox.catalog_helpers import DEMO_AOI, WIDE_AOI, advance, box_aoi, default_project, ready, \
    set_outage, template_body
from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import Api, new_user, wait_for
from tests.sandbox_fixture import REPO, start_sandbox

NOWHERE = box_aoi(10.0, 10.0, 0.01, 0.01)
STREAMING = {"SBX_VHR", "SBX_HR", "SBX_MR"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_sandbox(tmp_path_factory.mktemp("templates-clock"))
    yield server
    server.stop()


@pytest.fixture()
def api(server) -> Api:
    return new_user(server, unique_email("watcher"), "--premium", "on", "--max-active-templates", "50")


def now_of(server, api) -> datetime:
    answer = api.session.get(api.url("admin/clock"), headers={"X-Sandbox-Admin": server.admin_token}, timeout=30)
    return datetime.fromisoformat(answer.json()["now"].replace("Z", "+00:00"))


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.0Z")


def make(api: Api, *aois, **search) -> str:
    created = api.ok(api.post("processings/template", template_body(default_project(api), *aois, **search)))
    return ready(api, created["template"]["id"])["template"]["id"]


def details(api: Api, template_id: str) -> dict:
    return api.ok(api.get(f"processings/template/{template_id}"))


def new_ids(api: Api, template_id: str) -> set:
    page = api.ok(api.post(f"processings/template/{template_id}/images", {"limit": 1000}))
    return {i["id"] for i in page["images"] if i["isNew"]}


def test_scenes_arriving_while_it_runs_are_found_and_counted_as_new(server, api):
    template_id = make(api, (WIDE_AOI, "city"), (NOWHERE, "nowhere"))
    assert details(api, template_id)["template"]["newImagesCount"] == 0
    moved = advance(server, api, scenes=3)
    arrived = {s["id"] for s in moved["publishedScenes"]}
    assert len(arrived) == 3 and {s["provider"] for s in moved["publishedScenes"]} <= STREAMING
    template = details(api, template_id)["template"]
    assert template["newImagesCount"] == 3 and template["hasNewImages"] is True and template["status"] == "READY"
    assert new_ids(api, template_id) == arrived
    flags = {f["properties"]["name"]: f["properties"]["hasNewImages"]
             for f in template["searchParams"]["aoiDetails"]["features"]}
    assert flags == {"city": True, "nowhere": False}
    assert template["lastCheckedAt"] >= moved["publishedScenes"][-1]["publishedAt"][:19]
    short = api.ok(api.get(f"processings/template/project/{default_project(api)}"))
    assert short[0]["newImagesCount"] == 3
    one = sorted(arrived)[0]
    api.ok(api.post(f"processings/template/{template_id}/image/{one}/seen"))
    assert new_ids(api, template_id) == arrived - {one}
    assert api.ok(api.put(f"processings/template/{template_id}/image/seenAll"))["updatedCount"] == 2
    template = details(api, template_id)["template"]
    assert template["newImagesCount"] == 0 and not any(
        f["properties"]["hasNewImages"] for f in template["searchParams"]["aoiDetails"]["features"])


def test_only_matching_arrivals_are_found(server, api):
    template_id = make(api, (WIDE_AOI, "city"), productTypes=["IMAGE"], dataProviders=["SBX_HR"])
    moved = advance(server, api, scenes=4, providers=["SBX_HR", "SBX_MR"])
    hr = {s["id"] for s in moved["publishedScenes"] if s["provider"] == "SBX_HR"}
    assert hr and len(hr) < len(moved["publishedScenes"])
    assert new_ids(api, template_id) == hr


def test_a_paused_template_finds_nothing_until_resumed(server, api):
    template_id = make(api, (WIDE_AOI, "city"))
    paused = api.ok(api.post(f"processings/template/{template_id}/pause"))["template"]
    assert paused["isActive"] is False and paused["isPaused"] is True
    moved = advance(server, api, scenes=2)
    assert details(api, template_id)["template"]["newImagesCount"] == 0
    assert new_ids(api, template_id) == set()
    resumed = api.ok(api.post(f"processings/template/{template_id}/resume"))
    assert resumed["template"]["isActive"] is True and resumed["template"]["newImagesCount"] == 2
    assert new_ids(api, template_id) == {s["id"] for s in moved["publishedScenes"]}
    found = {r["id"] for r in resumed["searchResults"]}
    assert {s["id"] for s in moved["publishedScenes"]} <= found


def test_it_stops_at_active_until_and_continues_when_extended(server, api):
    now = now_of(server, api)
    until = now + timedelta(days=25)
    created = api.ok(api.post("processings/template", template_body(default_project(api), (WIDE_AOI, "city"),
                                                                     activeUntil=iso(until))))
    template_id = ready(api, created["template"]["id"])["template"]["id"]
    moved = advance(server, api, days=80)
    published = [(s["id"], datetime.fromisoformat(s["publishedAt"].replace("Z", "+00:00")))
                 for s in moved["publishedScenes"]]
    before = {i for i, at in published if at <= until}
    after = {i for i, at in published if at > until}
    assert before and after, "the clock move publishes scenes on both sides of activeUntil"
    template = details(api, template_id)["template"]
    assert template["isActive"] is False and template["isArchived"] is True
    assert new_ids(api, template_id) == before
    assert template["lastCheckedAt"].startswith(until.strftime("%Y-%m-%dT%H:%M:%S"))
    api.ok(api.post(f"processings/template/{template_id}/pause"))
    expired = api.post(f"processings/template/{template_id}/resume")
    assert expired.status_code == 400 and expired.json()["code"] == "TEMPLATE_EXPIRED"
    later = now_of(server, api) + timedelta(days=60)
    extended = api.ok(api.put(f"processings/template/{template_id}", {"activeUntil": iso(later)}))
    assert extended["isArchived"] is False
    resumed = api.ok(api.post(f"processings/template/{template_id}/resume"))["template"]
    assert resumed["isActive"] is True
    assert new_ids(api, template_id) == before | after  # what arrived after the old end is found now


def test_the_active_template_cap(server):
    email = unique_email("capped")
    api = new_user(server, email, "--max-active-templates", "2")
    assert api.ok(api.get("user/status"))["maxActiveTemplates"] == 2
    first, second = make(api, (DEMO_AOI, "a")), make(api, (DEMO_AOI, "b"))
    third = api.ok(api.post("processings/template", template_body(default_project(api), (DEMO_AOI, "c"))))
    assert third["template"]["isActive"] is False and third["template"]["status"] == "CREATED"
    third_id = third["template"]["id"]
    time.sleep(1.5)  # the background search never touches an inactive template
    assert details(api, third_id)["template"]["status"] == "CREATED" and details(api, third_id)["searchResults"] == []
    refused = api.post(f"processings/template/{third_id}/resume")
    assert refused.status_code == 400 and refused.json() == {
        "code": "BAD_REQUEST", "message": "You have reached the maximum number of active templates",
        "params": {"maxActiveTemplates": 2}}
    api.ok(api.post(f"processings/template/{first}/pause"))
    resumed = api.ok(api.post(f"processings/template/{third_id}/resume"))
    assert resumed["template"]["isActive"] is True and resumed["template"]["status"] == "READY"
    assert resumed["searchResults"]
    assert api.post(f"processings/template/{first}/resume").status_code == 400
    assert {t["id"]: t["isActive"] for t in api.ok(api.get("processings/template"))} == {
        first: False, second: True, third_id: True}


def test_an_outage_fails_it_and_restart_brings_it_back(server, api):
    template_id = make(api, (WIDE_AOI, "city"), dataProviders=["SBX_HR"])
    not_failed = api.post(f"processings/template/{template_id}/restart")
    assert not_failed.status_code == 400 and not_failed.json()["code"] == "TEMPLATE_NOT_FAILED"
    set_outage(server, api, ["sbx_hr"])
    try:
        down = api.post("catalog/meta", {"aoi": DEMO_AOI})
        assert down.status_code == 503 and down.json()["code"] == "SEARCH_PROVIDER_UNAVAILABLE"
        assert api.post("catalog/meta", {"aoi": DEMO_AOI, "dataProviders": ["SBX_MR"]}).status_code == 200
        moved = advance(server, api, scenes=2, providers=["SBX_HR"])
        failed = details(api, template_id)["template"]
        assert failed["status"] == "FAILED" and "SBX_HR" in failed["lastError"]
        again = api.ok(api.post(f"processings/template/{template_id}/restart"))["template"]
        assert again["status"] == "FAILED"
    finally:
        set_outage(server, api, [])
    back = api.ok(api.post(f"processings/template/{template_id}/restart"))
    assert back["template"]["status"] == "READY" and back["template"]["lastError"] is None
    assert new_ids(api, template_id) == {s["id"] for s in moved["publishedScenes"] if s["provider"] == "SBX_HR"}


def test_the_background_search_runs_after_a_cli_clock_move(server, api):
    template_id = make(api, (WIDE_AOI, "city"))
    output = server.cli("advance-clock", "--scenes", "1")
    assert "sandbox clock" in output

    def found_in_the_database():
        conn = sqlite3.connect(str(server.data_dir / "sandbox.sqlite3"))
        try:  # read the file, not the API: no request triggers this search
            return conn.execute("SELECT COUNT(*) FROM template_images WHERE template_id = ? AND is_new = 1",
                                (template_id,)).fetchone()[0]
        finally:
            conn.close()
    assert wait_for(found_in_the_database, timeout=20, what="the background search") == 1
    before = now_of(server, api)
    assert "sandbox clock" in server.cli("advance-clock", "2", "--hours", "12")
    assert now_of(server, api) - before >= timedelta(days=2, hours=12)


def test_admin_clock_needs_the_admin_token_and_valid_moves(server, api):
    url = api.url("admin/clock/advance")
    assert requests.post(url, json={"days": 1}, timeout=30).status_code == 403
    for body in ({}, {"days": -1}, {"days": "x"}, {"scenes": 0}, {"scenes": 1.5}, {"days": 100000}):
        answer = requests.post(url, json=body, headers={"X-Sandbox-Admin": server.admin_token}, timeout=30)
        assert answer.status_code == 400, body
    before = now_of(server, api)
    moved = advance(server, api, hours=36)
    assert datetime.fromisoformat(moved["now"].replace("Z", "+00:00")) - before >= timedelta(hours=36)
    assert moved["nextArrival"]["publishedAt"] > moved["now"]


def test_everything_survives_a_restart(server, api):
    template_id = make(api, (WIDE_AOI, "city"), (NOWHERE, "nowhere"), maxCloudCover=80)
    advance(server, api, scenes=2)
    before = details(api, template_id)
    clock_before = now_of(server, api)
    server.stop()
    server.start()
    api = Api(server.base_url, api.session.headers["Authorization"].split(" ", 1)[1])
    after = details(api, template_id)
    for key in ("name", "status", "newImagesCount", "imagesCount", "searchParams", "activeUntil", "createdAt"):
        assert after["template"][key] == before["template"][key], key
    assert after["searchResults"] == before["searchResults"]
    assert now_of(server, api) >= clock_before


def test_an_old_data_dir_is_migrated(tmp_path):
    """A data dir made before planned searches: its rows stay, the new columns and tables are added."""
    from pathlib import Path
    data = tmp_path / "old"
    data.mkdir()
    conn = sqlite3.connect(str(data / "sandbox.sqlite3"))
    conn.executescript((Path(__file__).parent / "data" / "schema_v1.sql").read_text())
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO users (id, email, secret, credits, area_limit, aoi_area_limit, max_upload_file_size, "
                 "max_pixel_count, created, updated) VALUES ('u1', 'old@example.test', 'old-secret', 100, "
                 "100000000, 100000000, 1000000, 65535, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
    conn.execute("INSERT INTO projects (id, owner_id, name, is_default, created, updated) VALUES "
                 "('p1', 'u1', 'Default', 1, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
    conn.commit()
    conn.close()
    server = start_sandbox(data)
    try:
        api = Api(server.base_url, base64.b64encode(b"old@example.test:old-secret").decode())
        status = api.ok(api.get("user/status"))
        assert status["email"] == "old@example.test" and status["maxActiveTemplates"] == 5
        assert api.ok(api.get("processings/template/project/p1")) == []
        made = api.ok(api.post("processings/template", template_body("p1")))
        assert ready(api, made["template"]["id"])["template"]["status"] == "READY"
        migrated = sqlite3.connect(str(data / "sandbox.sqlite3"))
        try:
            assert migrated.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "3"
            columns = {row[1] for row in migrated.execute("PRAGMA table_info(processings)")}
            assert "template_id" in columns
            assert {"review_days"} <= {row[1] for row in migrated.execute("PRAGMA table_info(users)")}
            assert {"ready_at", "ingested"} <= {row[1] for row in migrated.execute("PRAGMA table_info(images)")}
            tables = {row[0] for row in migrated.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert {"review_rejections", "oauth_codes", "oauth_tokens"} <= tables
        finally:
            migrated.close()
    finally:
        server.stop()


def test_cli_clock_mistakes_are_one_line_errors(server):
    for args in (("advance-clock", "--scenes", "0"), ("advance-clock", "-3"), ("advance-clock",)):
        result = subprocess.run([sys.executable, "-m", "sandbox", *args, "--data-dir", str(server.data_dir)],
                                cwd=REPO, capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, args
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr


def test_scenes_arrive_on_their_own_in_demo_mode(tmp_path):
    """--scene-arrival-interval: the clock jumps to the next publication every interval; a template finds it."""
    server = start_sandbox(tmp_path / "demo-mode", "--scene-arrival-interval", "1")
    try:
        api = new_user(server, unique_email("demo-mode"), "--premium", "on")
        template_id = make(api, (WIDE_AOI, "city"))
        first = api.session.get(api.url("admin/clock"), headers={"X-Sandbox-Admin": server.admin_token},
                                timeout=30).json()["nextArrival"]["id"]
        assert wait_for(lambda: first in new_ids(api, template_id), timeout=30, what="the next scene to arrive")
        clock = api.session.get(api.url("admin/clock"), headers={"X-Sandbox-Admin": server.admin_token},
                                timeout=30).json()
        assert clock["offsetSeconds"] > 0 and clock["nextArrival"]["id"] != first
    finally:
        server.stop()
