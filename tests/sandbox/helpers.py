"""Helpers for the sandbox tests: an authenticated HTTP session and ready-made request bodies."""
from __future__ import annotations

import time
from typing import Callable, Optional

import requests

SCRIPTED_ENGINE = ("--engine", "tests.sandbox.scripted_engine:run_partition")
BUILDINGS = "🏠 Buildings"


class Api:
    """requests against one sandbox with one account's token; paths are relative to /rest."""

    def __init__(self, base_url: str, token: Optional[str], scheme: str = "Basic"):
        self.base_url = base_url
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"{scheme} {token}"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def get(self, path: str, **kw) -> requests.Response:
        return self.session.get(self.url(path), timeout=30, **kw)

    def post(self, path: str, json=None, **kw) -> requests.Response:  # noqa: A002 - mirrors requests
        return self.session.post(self.url(path), json=json, timeout=30, **kw)

    def put(self, path: str, json=None, **kw) -> requests.Response:  # noqa: A002
        return self.session.put(self.url(path), json=json, timeout=30, **kw)

    def delete(self, path: str, **kw) -> requests.Response:
        return self.session.delete(self.url(path), timeout=30, **kw)

    def ok(self, response: requests.Response):
        assert response.status_code == 200, f"{response.status_code}: {response.text[:500]}"
        return response.json()


def square(lon: float = 37.6, lat: float = 55.7, size: float = 0.005) -> dict:
    """A small square AOI (about 0.17 km² at the default size)."""
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + size, lat], [lon + size, lat + size],
                                                [lon, lat + size], [lon, lat]]]}


def two_squares() -> dict:
    a, b = square(), square(lon=37.62)
    return {"type": "MultiPolygon", "coordinates": [a["coordinates"], b["coordinates"]]}


def demo_source(zoom: int = 18) -> dict:
    return {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": zoom}}}


def scripted_source(**directives) -> dict:
    query = "&".join(f"{k}={v}" for k, v in directives.items())
    return {"sourceParams": {"userDefined": {"sourceType": "XYZ", "zoom": 18,
                                             "url": f"https://scripted.test/{{z}}/{{x}}/{{y}}.png?{query}"}}}


def create_body(name: str = "test", geometry: Optional[dict] = None, params: Optional[dict] = None,
                **extra) -> dict:
    return {"name": name, "wdName": BUILDINGS, "geometry": geometry or square(),
            "params": params or demo_source(), **extra}


def wait_for(check: Callable[[], object], timeout: float = 30.0, interval: float = 0.1, what: str = "condition"):
    """Poll until check() returns something truthy; returns it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def wait_status(api: Api, processing_id: str, statuses=("OK", "FAILED"), timeout: float = 60.0) -> dict:
    def final():
        body = api.ok(api.get(f"processings/{processing_id}/v2"))
        return body if body["status"] in statuses else None
    return wait_for(final, timeout, 0.2, f"processing {processing_id} to reach {statuses}")


def new_user(server, email: str, *options: str) -> Api:
    token = server.cli("add-user", email, *options).strip().splitlines()[-1]
    return Api(server.base_url, token)


def admin(server, method: str, path: str, json=None) -> requests.Response:  # noqa: A002 - mirrors requests
    """An admin endpoint (X-Sandbox-Admin) of a sandbox; ``path`` is relative to /rest/admin."""
    return requests.request(method, f"{server.base_url}/admin/{path.lstrip('/')}", json=json, timeout=60,
                            headers={"X-Sandbox-Admin": server.admin_token})


def clock_now(server) -> str:
    return admin(server, "GET", "clock").json()["now"]


def advance_clock(server, **body) -> dict:
    response = admin(server, "POST", "clock/advance", body)
    assert response.status_code == 200, response.text
    return response.json()
