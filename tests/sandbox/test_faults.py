"""Fault injection: each rule kind, expiry, matching, the admin guard and the --faults file."""
from __future__ import annotations

import http.client
import json
import time

import pytest
import requests

from tests.sandbox.helpers import Api, create_body, scripted_source, wait_status, SCRIPTED_ENGINE
from tests.sandbox_fixture import start_sandbox


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    server = start_sandbox(tmp_path_factory.mktemp("faulty"), *SCRIPTED_ENGINE)
    yield server
    server.stop()


@pytest.fixture()
def admin(faulty):
    session = requests.Session()
    session.headers["X-Sandbox-Admin"] = faulty.admin_token

    def set_rules(*rules):
        response = session.post(f"{faulty.base_url}/admin/faults", json={"rules": list(rules)}, timeout=10)
        assert response.status_code == 200, response.text
        return response.json()

    yield set_rules
    session.delete(f"{faulty.base_url}/admin/faults", timeout=10)


def test_admin_endpoints_need_the_admin_token(faulty):
    assert requests.get(f"{faulty.base_url}/admin/faults", timeout=10).status_code == 403
    assert requests.get(f"{faulty.root_url}/admin/faults", headers={"X-Sandbox-Admin": "guess"},
                        timeout=10).status_code == 403
    ok = requests.get(f"{faulty.root_url}/admin/faults", headers={"X-Sandbox-Admin": faulty.admin_token}, timeout=10)
    assert ok.status_code == 200 and ok.json() == {"rules": []}


def test_bad_rules_are_refused_clearly(faulty):
    headers = {"X-Sandbox-Admin": faulty.admin_token}
    for body, fragment in (({"rules": [{"status": 500}]}, "path"), ({"rules": [{"path": "("}]}, "regular"),
                           ({"rules": [{"path": "x", "errorRate": 3}]}, "errorRate"), ({"x": 1}, "rules")):
        response = requests.post(f"{faulty.base_url}/admin/faults", json=body, headers=headers, timeout=10)
        assert response.status_code == 400 and fragment in response.json()["message"]


def test_status_with_retry_after_expires_after_times(faulty, admin):
    api = Api(faulty.base_url, faulty.token)
    rules = admin({"path": "/rest/user/status", "status": 429, "retryAfter": 2, "times": 2})
    assert rules["rules"][0]["times"] == 2
    for _ in range(2):
        response = api.get("user/status")
        assert response.status_code == 429 and response.headers["Retry-After"] == "2"
        assert response.json()["code"] == "SANDBOX_FAULT"
    assert api.get("user/status").status_code == 200
    assert requests.get(f"{faulty.base_url}/admin/faults", headers={"X-Sandbox-Admin": faulty.admin_token},
                        timeout=10).json() == {"rules": []}


def test_method_filter_and_error_rate(faulty, admin):
    api = Api(faulty.base_url, faulty.token)
    admin({"path": "^/rest/projects", "method": "POST", "status": 503, "retryAfter": 1})
    assert api.get("projects/default").status_code == 200  # GET is not matched
    response = api.post("projects", {"name": "x"})
    assert response.status_code == 503 and response.headers["Retry-After"] == "1"
    admin({"path": "/rest/version", "status": 500, "errorRate": 0.0})
    assert all(requests.get(f"{faulty.base_url}/version", timeout=10).status_code == 200 for _ in range(5))


def test_latency(faulty, admin):
    admin({"path": "/rest/version", "latency": 0.6})
    began = time.perf_counter()
    assert requests.get(f"{faulty.base_url}/version", timeout=10).status_code == 200
    assert time.perf_counter() - began >= 0.6


def test_reset_closes_without_a_response(faulty, admin):
    admin({"path": "/rest/version", "reset": True, "times": 1})
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{faulty.base_url}/version", timeout=10)
    assert requests.get(f"{faulty.base_url}/version", timeout=10).status_code == 200


def test_truncate_sends_a_short_body(faulty, admin):
    api = Api(faulty.base_url, faulty.token)
    processing = api.ok(api.post("processings/v2", create_body(params=scripted_source())))
    wait_status(api, processing["id"])
    full = api.get(f"processings/{processing['id']}/result").content
    admin({"path": r"/result$", "truncate": True, "times": 1})
    connection = http.client.HTTPConnection(faulty.host, faulty.port, timeout=10)
    connection.request("GET", f"/rest/processings/{processing['id']}/result",
                       headers={"Authorization": f"Basic {faulty.token}"})
    response = connection.getresponse()
    declared = int(response.getheader("Content-Length"))
    assert declared > len(full)
    with pytest.raises(http.client.IncompleteRead) as caught:
        response.read()
    assert len(caught.value.partial) < len(full)
    connection.close()
    assert json.loads(api.get(f"processings/{processing['id']}/result").content)["features"]


def test_faults_file_at_start(tmp_path):
    rules = tmp_path / "faults.json"
    rules.write_text(json.dumps({"rules": [{"path": "/rest/projects/default", "status": 503, "retryAfter": 1,
                                            "times": 1}]}))
    server = start_sandbox(tmp_path / "data", "--faults", str(rules))
    try:
        api = Api(server.base_url, server.token)
        assert api.get("projects/default").status_code == 503
        assert api.get("projects/default").status_code == 200
    finally:
        server.stop()


def test_bad_faults_file_stops_the_server_with_a_message(tmp_path):
    rules = tmp_path / "faults.json"
    rules.write_text("{broken")
    with pytest.raises(RuntimeError) as caught:
        start_sandbox(tmp_path / "data", "--faults", str(rules))
    assert "not valid JSON" in str(caught.value)


def _timed_download(url: str) -> tuple:
    """(body, [(seconds since the request, bytes received so far)...]) read in small pieces as they arrive."""
    began = time.perf_counter()
    received, marks = bytearray(), []
    with requests.get(url, stream=True, timeout=30) as response:
        response.raise_for_status()
        for chunk in response.iter_content(4096):
            received.extend(chunk)
            marks.append((time.perf_counter() - began, len(received)))
    return bytes(received), marks


def test_throttle_holds_the_rate_of_a_link(faulty, admin):
    """The body arrives whole, never ahead of the rate (counted as it arrives: a one-sided check that a busy
    machine cannot break) and in about the time the rate gives (checked with wide margins)."""
    url = f"{faulty.root_url}/rest/openapi.json"
    full = requests.get(url, timeout=30).content
    assert len(full) > 50_000  # enough pieces for the pace to show
    rate = len(full) / 2.0  # a two-second download
    admin({"path": "/rest/openapi.json$", "method": "GET", "throttle": rate})
    body, marks = _timed_download(url)
    assert body == full
    piece = rate / 10  # the throttle lets out a tenth of a second's worth at a time
    ahead = [(at, count) for at, count in marks if count > rate * at + piece]
    assert not ahead, f"bytes arrived ahead of {rate:.0f} B/s: {ahead[:3]}"
    took = marks[-1][0]
    assert 1.8 <= took < 6.0, took


def test_throttle_paces_each_response_on_its_own(faulty, admin):
    """Two downloads one after the other each take the rate's time: the pace starts again with each response."""
    url = f"{faulty.root_url}/rest/openapi.json"
    size = len(requests.get(url, timeout=30).content)
    admin({"path": "/rest/openapi.json$", "method": "GET", "throttle": size / 1.0})
    for _ in range(2):
        _, marks = _timed_download(url)
        assert marks[-1][1] == size and 0.9 <= marks[-1][0] < 4.0, marks[-1]
