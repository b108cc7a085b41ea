"""The worker pool and processing state machine, with the scripted engine (tests/sandbox/scripted_engine.py)."""
from __future__ import annotations

import json
import time

import requests

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import Api, create_body, new_user, scripted_source, two_squares, wait_for, wait_status


def test_ok_processing_merges_results_and_exposes_layers(scripted_api, scripted_server):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(
        "merged", geometry=two_squares(), params=scripted_source(delay=0.05))))
    done = wait_status(scripted_api, processing["id"])
    assert done["status"] == "OK" and done["percentCompleted"] == 100 and done["messages"] == []
    pid = done["id"]
    root = scripted_server.root_url
    assert done["vectorLayer"] == {"id": pid, "name": "merged", "tileJsonUrl": f"{root}/api/layers/{pid}.json",
                                   "tileUrl": f"{root}/api/layers/{pid}/tiles/{{z}}/{{x}}/{{y}}.vector.pbf"}
    assert done["rasterLayer"] == {"id": pid, "tileJsonUrl": f"{root}/api/rasters/{pid}.json",
                                   "tileUrl": f"{root}/api/rasters/{pid}/tiles/{{z}}/{{x}}/{{y}}.png"}
    result = scripted_api.ok(scripted_api.get(f"processings/{pid}/result"))
    assert result["type"] == "FeatureCollection" and result["name"] == "merged"
    assert [f["properties"]["id"] for f in result["features"]] == [1, 2, 3, 4]  # renumbered across AOIs
    assert (scripted_server.data_dir / "processings" / pid / "result.geojson").exists()
    aois = scripted_api.ok(scripted_api.get(f"processings/{pid}/aois"))
    assert {a["status"] for a in aois} == {"OK"} and {a["percentCompleted"] for a in aois} == {100}
    one = scripted_api.ok(scripted_api.get(f"processings/{pid}/result", params={"aoiId": aois[0]["id"]}))
    assert len(one["features"]) == 2
    assert scripted_api.get(f"processings/{pid}/result", params={"aoiId": "nope"}).status_code == 404
    rated = scripted_api.ok(scripted_api.put(f"processings/{pid}/rate", {"rating": 4, "feedback": "fine"}))
    assert rated["rating"] == {"rating": "4", "feedback": "fine"}
    assert scripted_api.put(f"processings/{pid}/rate", {"rating": 9}).status_code == 400


def test_percent_rises_while_running(scripted_api):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(
        params=scripted_source(delay=0.6))))
    seen = []

    def progressed():
        body = scripted_api.ok(scripted_api.get(f"processings/{processing['id']}/v2"))
        seen.append(body["percentCompleted"])
        return body["status"] == "OK"

    wait_for(progressed, timeout=30, interval=0.15, what="the processing to finish")
    running = [p for p in seen[:-1]]
    assert running == sorted(running), f"progress went backwards: {seen}"
    assert any(0 < p < 100 for p in running), f"no intermediate progress seen: {seen}"
    assert seen[-1] == 100


def test_failure_dedupes_messages_refunds_and_restart_resumes_failed_stage(scripted_api, scripted_server):
    start = scripted_api.ok(scripted_api.get("user/status"))["remainingCredits"]
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(
        geometry=two_squares(), params=scripted_source(failonce="detect"))))
    failed = wait_status(scripted_api, processing["id"])
    assert failed["status"] == "FAILED"
    assert failed["messages"] == [{"code": "dataloader.TileNotLoaded",
                                   "parameters": {"tile_location": "18/1/1", "status": "503", "level": "error"}}]
    assert scripted_api.ok(scripted_api.get("user/status"))["remainingCredits"] == start  # refunded
    restarted = scripted_api.ok(scripted_api.post(f"processings/{processing['id']}/restart/v2"))
    assert restarted["status"] == "IN_PROGRESS"
    assert scripted_api.ok(scripted_api.get("user/status"))["remainingCredits"] == start - processing["cost"]
    done = wait_status(scripted_api, processing["id"])
    assert done["status"] == "OK" and done["messages"] == []
    for aoi in scripted_api.ok(scripted_api.get(f"processings/{processing['id']}/aois")):
        starts = (scripted_server.data_dir / "processings" / processing["id"] / "aois" / aoi["id"] / "starts.txt")
        assert starts.read_text().split() == ["fetch", "detect"]  # the second run began where the first failed
    assert scripted_api.post(f"processings/{processing['id']}/restart").status_code == 400  # OK: nothing to do


def test_restart_only_requeues_failed_partitions(scripted_api, scripted_server):
    # the western AOI succeeds; the eastern one fails once at postprocess
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(
        geometry=two_squares(), params=scripted_source(failonce="postprocess", only=37.615))))
    failed = wait_status(scripted_api, processing["id"])
    assert failed["status"] == "FAILED"
    aois = scripted_api.ok(scripted_api.get(f"processings/{processing['id']}/aois"))
    assert sorted(a["status"] for a in aois) == ["FAILED", "OK"]
    scripted_api.ok(scripted_api.post(f"processings/{processing['id']}/restart"))
    assert wait_status(scripted_api, processing["id"])["status"] == "OK"
    aoi_dir = scripted_server.data_dir / "processings" / processing["id"] / "aois"
    runs = sorted(p.read_text().split() for p in aoi_dir.glob("*/starts.txt"))
    assert runs == [["fetch"], ["fetch", "postprocess"]]


def test_engine_crash_becomes_internal_error(scripted_api):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(params=scripted_source(crash=1))))
    failed = wait_status(scripted_api, processing["id"])
    assert failed["status"] == "FAILED"
    assert failed["messages"][0]["code"].endswith(".internalError")


def test_deleting_a_running_processing_cancels_it(scripted_api, scripted_server):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(params=scripted_source(delay=5))))
    wait_for(lambda: scripted_api.ok(scripted_api.get(f"processings/{processing['id']}/aois"))[0]["status"] ==
             "IN_PROGRESS", timeout=20, what="the partition to start")
    assert scripted_api.delete(f"processings/{processing['id']}").status_code == 200
    # the worker slot frees up quickly: a new processing completes without waiting out the 4×5 s delays
    quick = scripted_api.ok(scripted_api.post("processings/v2", create_body(params=scripted_source())))
    assert wait_status(scripted_api, quick["id"], timeout=15)["status"] == "OK"


def test_api_stays_fast_while_partitions_burn_cpu(scripted_server):
    api = new_user(scripted_server, unique_email("busy"), "--credits", "100000")
    ids = [api.ok(api.post("processings/v2", create_body(f"busy{i}", params=scripted_source(busy=0.5))))["id"]
           for i in range(3)]
    timings = []
    project = api.ok(api.get("projects/default"))["id"]
    deadline = time.monotonic() + 4
    while time.monotonic() < deadline:
        for call in (lambda: api.post(f"projects/{project}/processings/v2/page", {"limit": 30, "offset": 0}),
                     lambda: api.get(f"processings/{ids[0]}/v2")):
            began = time.perf_counter()
            assert call().status_code == 200
            timings.append(time.perf_counter() - began)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    # The 100 ms target is measured by `make bench`; here only that the engine never blocks the API: an engine
    # running in the server's process would hold requests for whole seconds.
    assert p95 < 2.0, f"p95 {p95 * 1000:.0f} ms over {len(timings)} calls"
    for pid in ids:
        api.delete(f"processings/{pid}")


def test_review_workflow(scripted_server):
    email = unique_email("review")
    api = new_user(scripted_server, email, "--credits", "1000")
    scripted_server.cli("set-limits", email, "--review", "on")
    processing = api.ok(api.post("processings/v2", create_body(params=scripted_source())))
    done = wait_status(api, processing["id"])
    assert done["status"] == "OK"
    assert done["reviewStatus"]["reviewStatus"] == "IN_REVIEW" and done["reviewStatus"]["inReviewUntil"]
    rejected = api.ok(api.put(f"processings/{processing['id']}/rejection",
                              {"comment": "missed a roof", "features": {"type": "FeatureCollection", "features": []}}))
    assert rejected["reviewStatus"]["reviewStatus"] == "NOT_ACCEPTED"
    assert rejected["status"] == "OK"  # never IN_REVIEW as a status
    assert api.put(f"processings/{processing['id']}/acceptation").status_code == 400
    second = api.ok(api.post("processings/v2", create_body(params=scripted_source())))
    wait_status(api, second["id"])
    accepted = api.ok(api.put(f"processings/{second['id']}/acceptation"))
    assert accepted["reviewStatus"]["reviewStatus"] == "ACCEPTED"


def test_result_is_a_streamed_file_with_length(scripted_api):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(params=scripted_source())))
    wait_status(scripted_api, processing["id"])
    response = requests.get(scripted_api.url(f"processings/{processing['id']}/result"),
                            headers=scripted_api.session.headers, timeout=30)
    assert int(response.headers["content-length"]) == len(response.content)
    assert json.loads(response.content)["features"]


def test_unauthorised_users_cannot_read_results(scripted_api, scripted_server):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(params=scripted_source())))
    wait_status(scripted_api, processing["id"])
    other = Api(scripted_server.base_url, scripted_server.token)
    assert other.get(f"processings/{processing['id']}/result").status_code == 404
    assert other.get(f"processings/{processing['id']}/aois").status_code == 404
