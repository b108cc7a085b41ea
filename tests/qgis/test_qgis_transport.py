"""The QGIS transport (integration/qgis_transport.py): the shared transport contract run in QgsTask worker threads,
plus what only QGIS's network stack brings: its user-agent, the Network Logger's initiator, no disk cache, its global
timeout replaced by ours, and a cancel that ends a request before any header has arrived."""
from __future__ import annotations

import socket
import threading

import pytest
from qgis.core import QgsNetworkAccessManager, QgsNetworkRequestParameters

from mapflow_processing.api import Cancelled, MapflowClient, RetryPolicy, Timeouts
from mapflow_processing.integration.qgis_transport import INITIATOR_CLASS, QgisTransport
from tests.api.conftest import TEST_TOKEN, SleepRecorder
from tests.api.local_server import LocalServer, Reply
from tests.support.qgis_threads import in_task
from tests.support.transport_contract import *  # noqa: F401,F403 - the shared tests
from tests.support.transport_contract import PROJECT, RESULT_PATH, feature_collection, files_in


@pytest.fixture()
def local_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture()
def other_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture()
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture()
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def make_client(qgis_app, local_server, sleeps):
    def make(base_url=None, token=TEST_TOKEN, **kwargs) -> MapflowClient:
        kwargs.setdefault("sleep", sleeps)
        return MapflowClient(base_url or local_server.url + "/rest", token, plugin_version="9.8.7",
                             transport=QgisTransport(), **kwargs)
    return make


@pytest.fixture()
def call():
    """In a QgsTask, as the plugin does; a call made from a test's own thread runs right there."""
    def run(function):
        if threading.current_thread() is threading.main_thread():
            return in_task(function)
        return function()
    return run


def test_the_user_agent_is_the_one_qgis_sets(local_server, make_client, call):
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    call(make_client().default_project)
    [sent] = local_server.requests
    assert "QGIS/" in sent.headers["User-Agent"]  # QGIS's own, from its settings (qgis/networkAndProxy/userAgent)
    assert sent.headers["x-plugin-version"] == "9.8.7"  # the plugin still says who it is


def test_requests_are_announced_to_qgis_with_the_plugin_as_initiator(local_server, make_client, call):
    """The main thread's manager hears of worker-thread requests: the Network Logger lists them as ours."""
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    announced = []

    def heard(parameters: QgsNetworkRequestParameters) -> None:
        announced.append((parameters.initiatorClassName(), parameters.request().url().path()))

    signal = QgsNetworkAccessManager.instance().requestAboutToBeCreated[QgsNetworkRequestParameters]
    signal.connect(heard)
    try:
        call(make_client().default_project)
    finally:
        signal.disconnect(heard)
    assert (INITIATOR_CLASS, "/rest/projects/default") in announced


def test_answers_never_go_through_the_qgis_disk_cache(local_server, make_client, call):
    cacheable = {"Content-Type": "application/json", "Cache-Control": "public, max-age=3600"}
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT, headers=cacheable))
    client = make_client()
    call(client.default_project)
    call(client.default_project)
    assert local_server.count("GET", "/rest/projects/default") == 2  # asked twice, never served from a cache
    assert all(r.headers.get("Cache-Control") != "max-stale" for r in local_server.requests)


def test_the_qgis_network_timeout_does_not_cut_our_longer_waits(local_server, make_client, call):
    """QGIS's one timeout (60 s by default) would abort an upload the server checks for minutes; ours rule."""
    saved = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(400)
    try:
        local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT, delay=1.2))
        client = make_client(retry=RetryPolicy.disabled(), timeouts=Timeouts(connect=2, read=5))
        assert call(client.default_project).id == "p1"
    finally:
        QgsNetworkAccessManager.setTimeout(saved)
    assert QgsNetworkAccessManager.timeout() == saved


def test_a_cancel_before_any_header_ends_the_download_at_once(local_server, make_client, call, tmp_path):
    """The gap of the requests transport: a server that has not answered yet (here it holds its answer for 30 s)."""
    release, answered, holding = threading.Event(), threading.Event(), threading.Event()

    def silent_then_answer(handler, record):
        holding.set()
        release.wait(30)
        holding.clear()
        try:
            handler.send_response(200)
            handler.send_header("Content-Length", "2")
            handler.end_headers()
            handler.wfile.write(b"{}")
        except OSError:  # the client has gone, as it should
            pass
        answered.set()

    local_server.route("GET", RESULT_PATH, silent_then_answer)
    client = make_client(retry=RetryPolicy.disabled(), timeouts=Timeouts(connect=10, download=60))
    try:
        with pytest.raises(Cancelled):  # cancelled as soon as the server holds the request
            call(lambda: client.download_result("p1", tmp_path / "result.geojson",
                                                is_cancelled=lambda: bool(local_server.requests)))
        assert holding.is_set() and not answered.is_set(), "the call waited for the server's answer"
    finally:
        release.set()
    assert files_in(tmp_path) == []


def test_a_cancel_while_the_body_has_stalled_ends_at_once(local_server, make_client, call, tmp_path):
    body = feature_collection(5000)
    release, stalling, cancel = threading.Event(), threading.Event(), threading.Event()

    def half_then_stall(handler, record):
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[: len(body) // 2])
        handler.wfile.flush()
        stalling.set()
        threading.Timer(0.5, cancel.set).start()  # the client has drained the first half by then and waits
        release.wait(30)
        stalling.clear()
        try:
            handler.wfile.write(body[len(body) // 2:])
        except OSError:
            pass

    local_server.route("GET", RESULT_PATH, half_then_stall)
    try:
        with pytest.raises(Cancelled):
            call(lambda: make_client(timeouts=Timeouts(download=60)).download_result(
                "p1", tmp_path / "result.geojson", is_cancelled=cancel.is_set))
        assert stalling.is_set(), "the call waited for the server instead of ending on the cancel"
    finally:
        release.set()
    assert files_in(tmp_path) == []
