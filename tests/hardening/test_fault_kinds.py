"""The two fault kinds added to the sandbox for the hardening tests: ``malformedJson`` and ``throttle``.

Checked at the HTTP level, without the client: a malformed body is complete on the wire (its Content-Length is
right) but never valid JSON, whatever the real body was; a throttled body arrives intact but slowly.
"""
from __future__ import annotations

import json
import time

import pytest
import requests

from tests.hardening.helpers import FaultSwitch


@pytest.fixture()
def faults(sandbox_server) -> FaultSwitch:
    switch = FaultSwitch(sandbox_server.root_url, sandbox_server.admin_token)
    yield switch
    switch.clear()


def _get(server, path: str) -> requests.Response:
    return requests.get(f"{server.base_url}/{path}", headers={"Authorization": f"Basic {server.token}"}, timeout=30)


@pytest.mark.parametrize("path", ["user/status", "projects", "version"])
def test_malformed_json_keeps_status_and_length_but_never_parses(sandbox_server, faults, path):
    faults.set({"path": f"/rest/{path}$", "malformedJson": True, "times": 1})
    broken = _get(sandbox_server, path)
    assert broken.status_code == 200
    assert int(broken.headers["Content-Length"]) == len(broken.content)
    with pytest.raises(ValueError):
        json.loads(broken.content)
    assert _get(sandbox_server, path).status_code == 200


def test_malformed_json_of_a_bare_number_is_not_a_number(sandbox_server, faults):
    """The cost answers a bare integer: half of "150" would still be valid JSON, the fault must not be."""
    faults.set({"path": "/rest/processing/cost/v2$", "malformedJson": True})
    body = {"wdName": "🏠 Buildings", "areaSqKm": 3}
    answer = requests.post(f"{sandbox_server.base_url}/processing/cost/v2", json=body, timeout=30,
                           headers={"Authorization": f"Basic {sandbox_server.token}"})
    with pytest.raises(ValueError):
        json.loads(answer.content)


def test_throttle_delivers_the_whole_body_slowly(sandbox_server, faults):
    full = _get(sandbox_server, "user/status").content
    faults.set({"path": "/rest/user/status$", "throttle": len(full) / 1.5, "times": 1})
    began = time.monotonic()
    slow = _get(sandbox_server, "user/status")
    took = time.monotonic() - began
    assert slow.status_code == 200 and json.loads(slow.content) == json.loads(full)
    assert 1.0 < took < 5.0, took


@pytest.mark.parametrize("rule, fragment", [({"path": "x", "throttle": 0}, "throttle must be a number >= 1"),
                                            ({"path": "x", "throttle": "fast"}, "throttle")])
def test_bad_fault_values_are_refused_clearly(sandbox_server, rule, fragment):
    response = requests.post(f"{sandbox_server.root_url}/admin/faults", json={"rules": [rule]}, timeout=10,
                             headers={"X-Sandbox-Admin": sandbox_server.admin_token})
    assert response.status_code == 400 and fragment in response.json()["message"]
