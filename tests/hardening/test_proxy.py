"""The plugin behind a proxy set in QGIS (Settings > Options > Network), through QGIS's own network stack.

A real forward proxy started by the test (tests/support/recording_proxy.py), asking for a Basic login; QGIS's
``proxy/*`` settings point at it; the plugin's tasks and transport (integration/qgis_transport.py) do the rest. The
proxy's own log is the judge: every request the plugin sent is in it, with the proxy login and QGIS's user-agent.
Also: the login from an authentication configuration, a refused login, a proxy that is down, URLs QGIS excludes from
the proxy, and the Mapflow token never reaching a third-party host.
"""
from __future__ import annotations

import time
from collections import Counter

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProject

from mapflow_processing.api import ConnectionFailed, MapflowClient
from mapflow_processing.integration.qgis_transport import QgisTransport
from mapflow_processing.integration.task_registry import TaskRegistry
from mapflow_processing.layers.tiles import HostAuth, TileService, fetch_tilejson
from mapflow_processing.tasks.call_task import CallTask
from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader
from mapflow_processing.core.session import sign_in
from tests.api.local_server import LocalServer, Reply
from tests.hardening.helpers import FAST_RETRY, assert_readable, demo_request, make_geotiff, unique, wait_final
from tests.support import qgis_proxy_settings
from tests.support.qgis_threads import in_task
from tests.support.recording_proxy import RecordingProxy
from tests.support.recording_transport import RecordingTransport

qgis_proxy = qgis_proxy_settings.qgis_proxy  # the fixture, found by pytest as a module attribute

LOGIN = ("jane doe", "p@ss:word")


@pytest.fixture()
def proxy():
    with RecordingProxy(credentials=LOGIN) as running:
        yield running


def run_task(task, timeout: float = 120.0):
    """Submit a plugin task to QGIS's task manager, as the dock does, and wait for it with the event loop going."""
    registry = TaskRegistry()
    registry.submit(task)
    deadline = time.monotonic() + timeout
    while registry.running:
        QgsApplication.processEvents()
        assert time.monotonic() < deadline, f"{task.description()} did not end"
        time.sleep(0.01)
    return task


def call_in_task(function):
    """One blocking client call in a CallTask; its value, or its error raised here."""
    task = run_task(CallTask("proxy test", lambda _ctx: function()))
    if task.error is not None:
        raise task.error
    return task.value


def test_a_whole_workflow_goes_through_the_authenticating_qgis_proxy(sandbox_server, proxy, qgis_proxy, tmp_path):
    qgis_proxy.use(proxy.port, user=LOGIN[0], password=LOGIN[1])
    sent = RecordingTransport(QgisTransport())

    # sign-in, as the dock's SessionController runs it
    outcome = call_in_task(lambda: sign_in(sandbox_server.base_url, sandbox_server.token, http=sent))
    client: MapflowClient = outcome.client
    assert client.http_transport is sent
    project = call_in_task(lambda: client.create_project(unique("through-proxy")))
    request = demo_request(project.id, name="via proxy")
    assert call_in_task(lambda: client.processing_cost(request)) >= 1
    created = call_in_task(lambda: client.create_processing(request))  # start

    done = call_in_task(lambda: wait_final(client, created.id))  # polling
    assert done.status.value == "OK", done.messages
    assert call_in_task(lambda: client.processings_page(project.id)).total == 1

    # result load: GeoJSON download, GeoPackage, both TileJSONs, in the plugin's LoadResultsTask
    load = LoadResultsTask(LoadResultsRequest(
        processing_id=done.id, processing_name="via proxy", workflow_name="🏠 Buildings", mode="both",
        output_dir=tmp_path / "results", downloader=client_downloader(client, done.id),
        vector_tiles=TileService(done.vector_layer.tile_url, done.vector_layer.tile_json_url),
        raster_tiles=TileService(done.raster_layer.tile_url, done.raster_layer.tile_json_url),
        http=sent, mapflow_auth=HostAuth(sandbox_server.base_url,
                                         {"Authorization": f"Basic {sandbox_server.token}"})), QgsProject())
    failures: list = []
    load.failed.connect(failures.append)
    run_task(load)
    assert not failures and list((tmp_path / "results").glob("*.gpkg"))

    # upload
    mosaic = call_in_task(lambda: client.create_mosaic(unique("proxy-upload")))
    call_in_task(lambda: client.upload_image(mosaic.id, make_geotiff(tmp_path / "upload.tif")))

    forwarded = proxy.forwarded()
    assert len(sent.lines) >= 12
    missing = Counter(sent.lines) - Counter(r.request_line for r in forwarded)
    assert not missing, f"requests that went around the proxy: {sorted(missing)}"
    kinds = " ".join(sent.lines)
    for fragment in ("/projects/default", "/user/status", "/processing/cost/v2", "POST", "/processings/v2",
                     "/result", "/api/layers/", "/api/rasters/", "/rasters/mosaic/"):
        assert fragment in kinds, fragment
    assert all(r.status == 200 for r in forwarded)
    assert all(r.proxy_login == LOGIN[0] for r in forwarded)  # every request carried the proxy login
    assert all("QGIS/" in r.headers.get("User-Agent", "") for r in forwarded)  # QGIS's user-agent reached the sandbox
    assert all("Authorization" in r.headers for r in forwarded if "/rest/" in r.url)
    assert all("Proxy-Authorization" not in r.headers for r in forwarded)  # the proxy login stops at the proxy
    client.close()


def test_the_proxy_login_can_come_from_an_authentication_configuration(sandbox_server, proxy, qgis_proxy,
                                                                        unlocked_auth):
    config = QgsAuthMethodConfig("Basic")
    config.setName("corporate proxy")
    config.setConfig("username", LOGIN[0])
    config.setConfig("password", LOGIN[1])
    assert unlocked_auth.storeAuthenticationConfig(config)
    try:
        qgis_proxy.use(proxy.port, authcfg=config.id())  # no user or password in the settings
        client = MapflowClient(sandbox_server.base_url, sandbox_server.token, transport=QgisTransport())
        assert call_in_task(client.user_status).email == client.email
    finally:
        unlocked_auth.removeAuthenticationConfig(config.id())
    assert [r.proxy_login for r in proxy.forwarded()] == [LOGIN[0]]
    assert LOGIN[1] not in str(qgis_proxy.settings.allKeys()) and not qgis_proxy.settings.value("proxy/proxyPassword")


def test_a_refused_proxy_login_is_readable_and_never_retried(sandbox_server, proxy, qgis_proxy):
    qgis_proxy.use(proxy.port, user=LOGIN[0], password="wrong password")
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, transport=QgisTransport(),
                           retry=FAST_RETRY)
    with pytest.raises(ConnectionFailed) as caught:
        call_in_task(client.user_status)
    text = assert_readable(caught.value, sandbox_server.token, "wrong password")
    assert f"the proxy 127.0.0.1:{proxy.port} refused the login" in text
    assert proxy.forwarded() == []
    assert len(proxy.requests) <= 2  # Qt's first try and the one with the login; no retries that could lock it


def test_a_proxy_that_is_down_gives_a_readable_error_naming_it(sandbox_server, qgis_proxy):
    with RecordingProxy() as gone:
        port = gone.port
    qgis_proxy.use(port)  # nothing listens there any more
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, transport=QgisTransport(),
                           retry=FAST_RETRY)
    with pytest.raises(ConnectionFailed) as caught:
        call_in_task(client.user_status)
    text = assert_readable(caught.value, sandbox_server.token)
    assert f"the proxy 127.0.0.1:{port} refused the connection" in text


@pytest.mark.parametrize("key", ["no_proxy", "excluded"])
def test_an_excluded_url_goes_direct(sandbox_server, proxy, qgis_proxy, key):
    """``noProxyUrls`` go direct; ``proxyExcludedUrls`` use the system proxy (none here), so direct as well."""
    other = LocalServer()
    try:
        other.route("GET", "/rest/version", Reply(body=b"3.6.0", headers={"Content-Type": "text/plain"}))
        qgis_proxy.use(proxy.port, user=LOGIN[0], password=LOGIN[1], **{key: [sandbox_server.root_url]})
        client = MapflowClient(sandbox_server.base_url, sandbox_server.token, transport=QgisTransport())
        assert call_in_task(client.user_status).email == client.email
        assert proxy.requests == []  # the excluded server was reached directly
        # positive control: another server, not excluded, in the same kind of worker thread goes through the proxy
        elsewhere = MapflowClient(other.url + "/rest", sandbox_server.token, transport=QgisTransport())
        assert call_in_task(elsewhere.server_version) == "3.6.0"
        assert [r.request_line for r in proxy.forwarded()] == [f"GET {other.url}/rest/version"]
    finally:
        other.close()


def test_the_mapflow_token_never_reaches_a_third_party_host_through_the_proxy(sandbox_server, proxy, qgis_proxy):
    third_party = LocalServer()
    try:
        tilejson = b'{"tilejson":"2.2.0","tiles":["http://tiles.example.com/{z}/{x}/{y}.png"],"bounds":[0,0,1,1]}'
        third_party.route("GET", "/tiles.json", Reply(body=tilejson))
        qgis_proxy.use(proxy.port, user=LOGIN[0], password=LOGIN[1])
        auth = HostAuth(sandbox_server.base_url, {"Authorization": f"Basic {sandbox_server.token}"})
        tiles = in_task(lambda: fetch_tilejson(QgisTransport(), third_party.url + "/tiles.json", auth))
        assert tiles.bounds == (0.0, 0.0, 1.0, 1.0)
        [seen] = third_party.requests
        assert "Authorization" not in seen.headers and sandbox_server.token not in str(seen.headers)
        [through] = proxy.forwarded()
        assert through.url == third_party.url + "/tiles.json" and "Authorization" not in through.headers
    finally:
        third_party.close()
