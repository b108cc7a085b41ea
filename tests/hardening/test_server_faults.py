"""Server faults injected by the sandbox, met by the real client over HTTP (item 1 of the hardening brief).

For every call a user makes (sign-in, list refresh, cost, start, result download, upload) and every fault kind
(500, 502, 503, 429 + Retry-After, 10 s latency, connection reset, truncated body, malformed JSON):
- a repeatable call rides out a one-off fault by itself (the fault rule is used up, the call succeeds);
- a lasting fault ends as a MapflowError with a readable text, and the same client works again once the fault is
  gone (no reset, no new client);
- a create or an upload is sent exactly once, whatever happens: the server never holds two processings or images.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Optional

import pytest
from qgis.core import QgsProject

from mapflow_processing.api import (ConnectionFailed, MapflowClient, MapflowError, RateLimitedError,
                                    ResponseFormatError, ServerError, Timeout, Timeouts, TransportError)
from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader
from tests.hardening.helpers import (FaultSwitch, assert_readable, demo_request, fast_client, files_in,
                                     image_count, make_geotiff, processing_count, unique, wait_final, wait_until)
from tests.sandbox_fixture import SandboxServer, start_sandbox

LATENCY_S = 10  # the brief's "10 s latency"; the fast client gives up after 1 s per attempt


@dataclass(frozen=True)
class Fault:
    """One fault kind as a sandbox rule (without path/method) and the client error a lasting one must become."""

    rule: dict
    error: type
    before_app: bool  # True: the server never runs the request; False: it runs it and the answer is spoiled


FAULTS: Dict[str, Fault] = {
    "500": Fault({"status": 500}, ServerError, True),
    "502": Fault({"status": 502}, ServerError, True),
    "503": Fault({"status": 503}, ServerError, True),
    "429-retry-after": Fault({"status": 429, "retryAfter": 1}, RateLimitedError, True),
    "latency": Fault({"latency": LATENCY_S}, Timeout, True),
    "reset": Fault({"reset": True}, ConnectionFailed, True),
    "truncate": Fault({"truncate": True}, TransportError, False),
    "malformed-json": Fault({"malformedJson": True}, ResponseFormatError, False),
}
ONE_OFF = [name for name in FAULTS if name != "malformed-json"]  # a body that parses badly is not retried


@dataclass
class Bench:
    server: SandboxServer
    faults: FaultSwitch
    project_id: str  # where the calls of this module create processings
    finished_id: str  # an OK processing of the demo account, for downloads
    mosaic_id: str
    geotiff: Path


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> Bench:
    data_dir = tmp_path_factory.mktemp("hardening-faults")
    server = start_sandbox(data_dir / "sandbox")
    try:
        with fast_client(server) as client:
            project = client.create_project(unique("faults"))
            finished = client.create_processing(demo_request(project.id, name="to download"))
            wait_final(client, finished.id)
            mosaic = client.create_mosaic(unique("mosaic"))
        switch = FaultSwitch(server.root_url, server.admin_token)
        yield Bench(server, switch, project.id, finished.id, mosaic.id, make_geotiff(data_dir / "image.tif"))
    finally:
        server.stop()


@pytest.fixture()
def faults(bench) -> FaultSwitch:
    bench.faults.clear()
    yield bench.faults
    bench.faults.clear()


@pytest.fixture()
def client(bench):
    with fast_client(bench.server) as made:
        yield made


# --- the repeatable calls ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Call:
    path: str  # regex of the request path(s) the fault hits
    method: str
    run: Callable[[MapflowClient, Bench], object]


def _sign_in(client: MapflowClient, bench: Bench) -> object:
    """What the dock's sign-in does: the login probe, then the account."""
    client.default_project()
    return client.user_status()


REPEATABLE: Dict[str, Call] = {
    "sign-in": Call(r"^/rest/(projects/default|user/status)$", "GET", _sign_in),
    "list-refresh": Call(r"^/rest/projects/[^/]+/processings/v2/page$", "POST",
                         lambda client, bench: client.processings_page(bench.project_id)),
    "cost": Call(r"^/rest/processing/cost/v2$", "POST",
                 lambda client, bench: client.processing_cost(demo_request(bench.project_id))),
}


def _rule(call_path: str, method: str, fault: Fault, times: Optional[int] = None) -> dict:
    rule = {"path": call_path, "method": method, **fault.rule}
    if times is not None:
        rule["times"] = times
    return rule


@pytest.mark.parametrize("fault_name", ONE_OFF)
@pytest.mark.parametrize("call_name", list(REPEATABLE))
def test_repeatable_call_rides_out_a_one_off_fault(bench, faults, client, call_name, fault_name):
    call, fault = REPEATABLE[call_name], FAULTS[fault_name]
    faults.set(_rule(call.path, call.method, fault, times=1))
    began = time.monotonic()

    assert call.run(client, bench) is not None

    assert faults.pending() == [], "the fault never fired"
    if fault_name == "429-retry-after":
        assert time.monotonic() - began >= 1.0, "Retry-After: 1 was not honoured"


@pytest.mark.parametrize("fault_name", list(FAULTS))
@pytest.mark.parametrize("call_name", list(REPEATABLE))
def test_lasting_fault_reads_clearly_and_the_same_client_recovers(bench, faults, client, call_name, fault_name):
    call, fault = REPEATABLE[call_name], FAULTS[fault_name]
    faults.set(_rule(call.path, call.method, fault))

    with pytest.raises(MapflowError) as caught:
        call.run(client, bench)

    assert isinstance(caught.value, fault.error), f"{type(caught.value).__name__}: {caught.value}"
    assert_readable(caught.value, bench.server.token)
    if fault_name == "429-retry-after":
        assert caught.value.retry_after == 1 and "1 s" in caught.value.user_message
    faults.clear()
    assert call.run(client, bench) is not None  # the server is back: the very same client works


def test_malformed_json_once_fails_that_call_only(bench, faults, client):
    """A 200 whose body is not JSON is not retried (a proxy's captive page would answer the same), but it leaves
    no state behind: the next call is fine."""
    faults.set(_rule(REPEATABLE["list-refresh"].path, "POST", FAULTS["malformed-json"], times=1))
    with pytest.raises(ResponseFormatError) as caught:
        client.processings_page(bench.project_id)
    assert "unexpected response" in assert_readable(caught.value, bench.server.token)
    assert client.processings_page(bench.project_id).total >= 1


# --- create: never twice ----------------------------------------------------------------------------------------
CREATE_PATH = r"^/rest/processings/v2$"
CREATE_LATENCY_S = 3  # longer than the client's 1 s create timeout, short enough to wait out


@pytest.mark.parametrize("fault_name", list(FAULTS))
def test_start_after_a_fault_is_never_sent_twice(bench, faults, fault_name):
    fault = FAULTS[fault_name]
    with fast_client(bench.server) as client:
        project = client.create_project(unique("create-fault"))
        rule = _rule(CREATE_PATH, "POST", fault, times=1)
        if fault_name == "latency":
            rule["latency"] = CREATE_LATENCY_S
        faults.set(rule)

        with pytest.raises(MapflowError) as caught:
            client.create_processing(demo_request(project.id, name="first try"))

        assert_readable(caught.value, bench.server.token)
        assert faults.pending() == [], "the fault never fired"
        if fault_name == "latency":  # let the delayed request reach the app: it finds the client gone, creates nothing
            time.sleep(CREATE_LATENCY_S)
        expected = 0 if fault.before_app else 1
        assert processing_count(bench.server, project.id) == expected, "the create was sent more than once"

        again = client.create_processing(demo_request(project.id, name="second try"))  # same client, no reset
        assert again.name == "second try"
        assert processing_count(bench.server, project.id) == expected + 1


def test_start_is_not_retried_even_when_the_server_is_briefly_down(bench, faults):
    """Two 502s in a row: a retrying client would have created on its third attempt; ours stops at the first."""
    with fast_client(bench.server) as client:
        project = client.create_project(unique("create-502"))
        faults.set(_rule(CREATE_PATH, "POST", FAULTS["502"], times=2))
        with pytest.raises(ServerError):
            client.create_processing(demo_request(project.id))
        assert len(faults.pending()) == 1 and faults.pending()[0]["times"] == 1  # exactly one attempt was made
        assert processing_count(bench.server, project.id) == 0


# --- upload: never twice ----------------------------------------------------------------------------------------
UPLOAD_PATH = r"^/rest/rasters/mosaic/[^/]+/image$"


@pytest.mark.parametrize("fault_name", ["503", "429-retry-after", "reset", "truncate", "malformed-json"])
def test_upload_after_a_fault_is_never_sent_twice(bench, faults, fault_name):
    fault = FAULTS[fault_name]
    with fast_client(bench.server) as client:
        mosaic = client.create_mosaic(unique("upload-fault"))
        faults.set(_rule(UPLOAD_PATH, "POST", fault, times=1))

        with pytest.raises(MapflowError) as caught:
            client.upload_image(mosaic.id, bench.geotiff)

        assert isinstance(caught.value, fault.error), f"{type(caught.value).__name__}: {caught.value}"
        assert_readable(caught.value, bench.server.token)
        expected = 0 if fault.before_app else 1
        assert image_count(bench.server, mosaic.id) == expected
        client.upload_image(mosaic.id, bench.geotiff)  # the same client uploads fine afterwards
        assert image_count(bench.server, mosaic.id) == expected + 1


def test_upload_that_outlasts_the_timeout_reads_as_a_timeout(bench, faults):
    with fast_client(bench.server) as client:
        mosaic = client.create_mosaic(unique("upload-slow"))
        faults.set(_rule(UPLOAD_PATH, "POST", Fault({"latency": 3}, Timeout, True), times=1))
        slow = fast_client(bench.server, timeouts=Timeouts(upload=1.0))
        with slow, pytest.raises(Timeout) as caught:
            slow.upload_image(mosaic.id, bench.geotiff)
        assert "did not answer within 1 s" in assert_readable(caught.value, bench.server.token)
        time.sleep(3)
        assert image_count(bench.server, mosaic.id) <= 1  # whatever the server did, it did it once


# --- result download through the plugin's LoadResultsTask -------------------------------------------------------
RESULT_PATH = r"^/rest/processings/[^/]+/result$"


def _load_results(client: MapflowClient, bench: Bench, output_dir: Path, project: QgsProject):
    request = LoadResultsRequest(processing_id=bench.finished_id, processing_name="Downloaded",
                                 workflow_name="🏠 Buildings", mode="gpkg", output_dir=output_dir,
                                 downloader=client_downloader(client, bench.finished_id))
    task = LoadResultsTask(request, project)
    outcome: dict = {}
    task.succeeded.connect(lambda value: outcome.setdefault("ok", value))
    task.failed.connect(lambda text: outcome.setdefault("failed", text))
    task.finished(task.run())  # the task manager does the same, on two threads
    return outcome


@pytest.mark.parametrize("fault_name", ["500", "502", "503", "429-retry-after", "latency", "reset"])
def test_download_rides_out_a_one_off_fault(bench, faults, client, fault_name, tmp_path):
    faults.set(_rule(RESULT_PATH, "GET", FAULTS[fault_name], times=1))
    project = QgsProject()

    outcome = _load_results(client, bench, tmp_path, project)

    assert "failed" not in outcome, outcome.get("failed")
    assert faults.pending() == []
    assert [p.name for p in tmp_path.iterdir()] == [outcome["ok"].package.path.name]
    assert len(project.mapLayers()) == 1


@pytest.mark.parametrize("fault_name", list(FAULTS))
def test_download_under_a_lasting_fault_fails_clearly_and_leaves_nothing(bench, faults, client, fault_name,
                                                                         tmp_path):
    faults.set(_rule(RESULT_PATH, "GET", FAULTS[fault_name]))
    project = QgsProject()

    outcome = _load_results(client, bench, tmp_path / "out", project)

    assert "ok" not in outcome
    text = outcome["failed"]
    assert text and not any(marker in text for marker in ("Traceback", "HTTPConnectionPool", "urllib3"))
    assert bench.server.token not in text
    assert files_in(tmp_path / "out") == []  # no partial GeoJSON, no half-written GeoPackage
    assert project.mapLayers() == {}
    faults.clear()
    recovered = _load_results(client, bench, tmp_path / "out", project)
    assert "ok" in recovered, recovered.get("failed")
    assert len(project.mapLayers()) == 1


# --- the plugin's own sign-in path (a task around the client) ----------------------------------------------------
def test_sign_in_task_reports_a_readable_error_and_a_later_sign_in_works(bench, faults):
    from mapflow_processing.core.session import sign_in as sign_in_service
    from mapflow_processing.tasks.call_task import CallTask
    from mapflow_processing.integration.qgis_transport import QgisTransport

    outcomes: list = []

    def sign_in():
        http = QgisTransport()
        task = CallTask("sign in", lambda _ctx: sign_in_service(bench.server.base_url, bench.server.token,
                                                                 http=http),
                        on_success=lambda value: outcomes.append(("ok", value)),
                        on_error=lambda error: outcomes.append(("error", error)))
        task.finished(task.run())
        return outcomes[-1]

    faults.set({"path": r"^/rest/user/status$", "status": 500})
    kind, error = sign_in()
    assert kind == "error" and isinstance(error, ServerError)
    assert "internal problem (HTTP 500)" in assert_readable(error, bench.server.token)

    faults.set({"path": r"^/rest/projects/default$", "status": 503, "times": 1})
    kind, outcome = sign_in()
    assert kind == "ok" and outcome.email == "demo@sandbox.mapflow.local"
    outcome.client.close()
    wait_until(lambda: faults.pending() == [], 5, what="the fault to be used up")
