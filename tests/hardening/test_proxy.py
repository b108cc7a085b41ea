"""The QGIS proxy settings (item 6 of the hardening brief).

QGIS's proxy settings point at a local recording proxy; the client gets its session from integration/network.py,
as the dock builds it. A whole workflow (sign-in, cost, start, polling, upload, result download with its TileJSONs)
must complete, and every request the session sent must show up in the proxy's log, in order. A proxy that is down
gives a readable error, and a URL in QGIS's exclusion list goes direct.
"""
from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsSettings

from mapflow_processing.api import ConnectionFailed, MapflowClient
from mapflow_processing.integration.network import build_session
from mapflow_processing.layers.tiles import HostAuth, TileService
from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader
from tests.hardening.helpers import FAST_RETRY, assert_readable, demo_request, make_geotiff, unique, wait_final
from tests.support.recording_proxy import RecordingProxy

PROXY_KEYS = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser",
              "proxy/proxyPassword", "proxy/proxyExcludedUrls", "proxy/noProxyUrls", "proxy/authcfg")


@pytest.fixture()
def qgis_proxy_settings(qgis_app):
    """Sets QGIS's proxy keys for one test and puts the profile's own values back afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in PROXY_KEYS if settings.contains(key)}

    def configure(port: int, excluded=()) -> None:
        for key in PROXY_KEYS:
            settings.remove(key)
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", "127.0.0.1")
        settings.setValue("proxy/proxyPort", str(port))
        if excluded:
            settings.setValue("proxy/proxyExcludedUrls", list(excluded))
        settings.sync()

    yield configure
    for key in PROXY_KEYS:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)
    settings.sync()


@pytest.fixture()
def proxy():
    with RecordingProxy() as running:
        yield running


def _sent_lines(session) -> list:
    """Every request the session sends, as "METHOD URL", recorded by a response hook."""
    lines: list = []
    session.hooks["response"].append(lambda response, *args, **kwargs: lines.append(
        f"{response.request.method} {response.request.url}"))
    return lines


def test_a_whole_workflow_goes_through_the_qgis_proxy(sandbox_server, proxy, qgis_proxy_settings, tmp_path):
    qgis_proxy_settings(proxy.port)
    session = build_session(cache_dir=tmp_path / "network")
    sent = _sent_lines(session)
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, session=session)

    client.default_project()  # sign-in
    client.user_status()
    project = client.create_project(unique("through-proxy"))
    request = demo_request(project.id, name="via proxy")
    assert client.processing_cost(request) >= 1
    created = client.create_processing(request)
    finished = wait_final(client, created.id)  # polling
    assert client.processings_page(project.id).total == 1
    mosaic = client.create_mosaic(unique("proxy-upload"))
    client.upload_image(mosaic.id, make_geotiff(tmp_path / "upload.tif"))
    task = LoadResultsTask(LoadResultsRequest(
        processing_id=finished.id, processing_name="via proxy", workflow_name="🏠 Buildings", mode="both",
        output_dir=tmp_path / "results", downloader=client_downloader(client, finished.id),
        vector_tiles=TileService(finished.vector_layer.tile_url, finished.vector_layer.tile_json_url),
        raster_tiles=TileService(finished.raster_layer.tile_url, finished.raster_layer.tile_json_url),
        session=session, mapflow_auth=HostAuth(sandbox_server.base_url,
                                               {"Authorization": f"Basic {sandbox_server.token}"})), QgsProject())
    failures: list = []
    task.failed.connect(failures.append)
    task.finished(task.run())
    assert not failures

    through_proxy = proxy.request_lines()
    assert len(sent) >= 12 and through_proxy == sent, "a request went around the proxy"
    kinds = " ".join(through_proxy)
    for fragment in ("/projects/default", "/user/status", "/processing/cost/v2", "POST", "/processings/v2",
                     "/image", "/result", "/api/layers/", "/api/rasters/"):
        assert fragment in kinds, fragment
    assert all(r.status == 200 for r in proxy.requests)
    assert all("Authorization" in r.headers for r in proxy.requests if "/rest/" in r.url)
    client.close()
    session.close()


def test_a_proxy_that_is_down_gives_a_readable_error(sandbox_server, qgis_proxy_settings, tmp_path):
    with RecordingProxy() as gone:
        port = gone.port
    qgis_proxy_settings(port)  # nothing listens there any more
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, session=build_session(tmp_path),
                           retry=FAST_RETRY)
    with pytest.raises(ConnectionFailed) as caught:
        client.user_status()
    text = assert_readable(caught.value, sandbox_server.token)
    assert "proxy" in text and "127.0.0.1" in text


def test_an_excluded_url_goes_direct(sandbox_server, proxy, qgis_proxy_settings, tmp_path):
    qgis_proxy_settings(proxy.port, excluded=(sandbox_server.root_url,))
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, session=build_session(tmp_path))
    client.user_status()
    assert proxy.requests == []
