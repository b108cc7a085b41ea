"""What every HTTP transport of the client must do, as tests shared by both of them.

The module is imported by ``tests/api/test_transport_contract.py`` (``requests``, QGIS-free) and by
``tests/qgis/test_qgis_transport.py`` (QGIS's network stack). Each provides the fixtures:

* ``local_server`` / ``other_server``: two scripted servers (``tests/api/local_server.py``) on different origins;
* ``make_client(**kwargs)``: a ``MapflowClient`` of ``local_server`` on the transport under test;
* ``call(function)``: runs ``function()`` the way the plugin runs network work with that transport (the QGIS one in
  a QgsTask's worker thread) and returns its result or raises its exception.
"""
from __future__ import annotations

import gzip
import json
import os
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP

import pytest

from mapflow_processing.api import (Cancelled, ConnectionFailed, IncompleteDownloadError, IncompleteResponseError,
                                    PayloadTooLargeError, RetryPolicy, ServerError, Timeout, Timeouts)
from mapflow_processing.api.models import CostRequest, DataProviderSource, ProcessingRequest
from tests.api.local_server import Reply

SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]]}
PROJECT = json.dumps({"id": "p1", "name": "Default", "isDefault": True}).encode()
PROCESSING = json.dumps({"id": "x1", "name": "n", "status": "IN_PROGRESS"}).encode()
RESULT_PATH = "/rest/processings/p1/result"


def feature_collection(count: int) -> bytes:
    features = [{"type": "Feature", "properties": {"id": i, "class_id": "101"},
                 "geometry": {"type": "Point", "coordinates": [i * 1e-5, 0.0]}} for i in range(count)]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def files_in(folder) -> list:
    return sorted(p.name for p in folder.iterdir())


def parse_multipart(record) -> dict:
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + record.headers["Content-Type"].encode() + b"\r\n\r\n" + record.body)
    return {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}


# --- requests, headers, bodies
def test_contract_headers_and_json_body(local_server, make_client, call):
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    local_server.route("POST", "/rest/processings/v2", Reply(body=PROCESSING))
    client = make_client()
    request = ProcessingRequest(geometry=SQUARE, source=DataProviderSource("Sandbox_Demo", 18), wd_id="w")
    assert call(client.default_project).is_default
    call(lambda: client.create_processing(request))
    authed, created = local_server.requests
    assert authed.headers["Authorization"].startswith("Basic ") and authed.headers["x-plugin-version"] == "9.8.7"
    assert created.headers["Content-Type"] == "application/json" and json.loads(created.body) == request.to_json()
    assert int(created.headers["Content-Length"]) == len(created.body)


def test_contract_text_without_charset_is_utf8(local_server, make_client, call):
    csv_text = "name,scenario\nfirst,🏠 Buildings\n"
    local_server.route("POST", "/rest/processings/stats", Reply(body=csv_text.encode(),
                                                                headers={"Content-Type": "text/csv"}))
    assert call(make_client().processing_stats_csv) == csv_text
    assert local_server.requests[0].path == "/rest/processings/stats?type=CSV"


# --- retries
def test_contract_repeatable_calls_are_retried_with_backoff_and_retry_after(local_server, make_client, call, sleeps):
    local_server.route("GET", "/rest/projects/default", Reply(503), Reply(502), Reply(body=PROJECT))
    local_server.route("GET", "/rest/user/status", Reply(429, headers={"Retry-After": "2"}),
                       Reply(429, headers={"Retry-After": "120"}), Reply(body=b'{"email":"a@b.c"}'))
    local_server.route("POST", "/rest/processing/cost/v2", Reply(504), Reply(body=b"150"))
    client = make_client(retry=RetryPolicy(attempts=3, max_retry_after=5))
    assert call(client.default_project).id == "p1"
    assert 0.375 <= sleeps.pauses[0] <= 0.625 and 0.75 <= sleeps.pauses[1] <= 1.25  # 0.5 s then 1 s, ± jitter
    del sleeps.pauses[:]
    assert call(client.user_status).email == "a@b.c" and sleeps.pauses == [2.0, 5.0]
    assert call(lambda: client.processing_cost(CostRequest(wd_id="w", area_sq_km=1))) == 150  # read-only POST
    assert local_server.count("GET", "/rest/projects/default") == 3


def test_contract_creates_are_never_retried(local_server, make_client, call, sleeps):
    local_server.route("POST", "/rest/processings/v2", Reply(503), Reply(body=PROCESSING))
    request = ProcessingRequest(geometry=SQUARE, source=DataProviderSource("Sandbox_Demo"), wd_id="w")
    with pytest.raises(ServerError):
        call(lambda: make_client().create_processing(request))
    assert local_server.count("POST", "/rest/processings/v2") == 1 and sleeps.pauses == []


def test_contract_cut_short_answer_is_retried_then_reported(local_server, make_client, call, sleeps):
    whole = json.dumps([{"id": f"p{i}", "name": "Project"} for i in range(50)]).encode()
    local_server.route("GET", "/rest/projects", Reply(body=whole[:100], announce_length=len(whole)),
                       Reply(body=whole))
    client = make_client()
    assert len(call(client.list_projects)) == 50 and len(sleeps.pauses) == 1
    local_server.route("GET", "/rest/projects", Reply(body=whole[:100], announce_length=len(whole)))
    with pytest.raises(IncompleteResponseError) as caught:
        call(client.list_projects)
    assert f"received 100 of {len(whole)} bytes" in str(caught.value)


# --- timeouts and connection errors
def test_contract_read_timeout_is_silence_not_total_time(local_server, make_client, call):
    client = make_client(retry=RetryPolicy.disabled(), timeouts=Timeouts(connect=0.3, read=0.6))
    items = [{"id": f"p{i}", "name": "x" * 20} for i in range(40)]
    body = json.dumps(items).encode()
    # 10 chunks 0.2 s apart: 2 s in all, never 0.6 s of silence
    local_server.route("GET", "/rest/projects", Reply(body=body, drip=(len(body) // 10 + 1, 0.2)))
    assert len(call(client.list_projects)) == 40
    local_server.route("GET", "/rest/projects", Reply(body=b"[]", delay=2.0))
    with pytest.raises(Timeout) as caught:
        call(client.list_projects)
    assert "did not answer within" in str(caught.value) and "(waiting for the answer)" in str(caught.value)


def test_contract_connection_refused_is_readable(make_client, call, sleeps, free_port):
    from mapflow_processing.api import MapflowClient
    from tests.api.conftest import TEST_TOKEN
    client = make_client(base_url=f"http://127.0.0.1:{free_port}/rest", token=TEST_TOKEN)
    assert isinstance(client, MapflowClient)
    with pytest.raises(ConnectionFailed) as caught:
        call(client.user_status)
    assert f"127.0.0.1:{free_port}" in str(caught.value) and "connection refused" in str(caught.value)
    assert len(sleeps.pauses) == 3  # 4 attempts


# --- downloads
def test_contract_download_streams_to_a_file_with_progress(local_server, make_client, call, tmp_path):
    body = feature_collection(3000)
    local_server.route("GET", RESULT_PATH, Reply(body=body))
    progress = []
    target = call(lambda: make_client().download_result(
        "p1", tmp_path / "out" / "result.geojson", aoi_id="a 1",
        progress=lambda done, total: progress.append((done, total))))
    assert target.read_bytes() == body and files_in(target.parent) == ["result.geojson"]
    assert progress[-1] == (len(body), len(body))
    assert [d for d, _ in progress] == sorted(d for d, _ in progress) and len(progress) >= 2
    assert local_server.requests[0].path == "/rest/processings/p1/result?aoiId=a+1"


def test_contract_gzip_download_is_unpacked(local_server, make_client, call, tmp_path):
    body = feature_collection(2000)
    local_server.route("GET", RESULT_PATH, Reply(body=gzip.compress(body), headers={
        "Content-Type": "application/json", "Content-Encoding": "gzip"}))
    assert call(lambda: make_client().download_result("p1", tmp_path / "r.geojson")).read_bytes() == body


def test_contract_truncated_download_leaves_nothing(local_server, make_client, call, tmp_path):
    body = feature_collection(2000)
    previous = tmp_path / "result.geojson"
    previous.write_text("previous result")
    local_server.route("GET", RESULT_PATH, Reply(body=body[: len(body) // 2], announce_length=len(body)))
    with pytest.raises(IncompleteDownloadError) as caught:
        call(lambda: make_client().download_result("p1", previous))
    assert f"of {len(body)} bytes" in str(caught.value) and "No file was written" in str(caught.value)
    assert previous.read_text() == "previous result" and files_in(tmp_path) == ["result.geojson"]


def test_contract_download_cut_without_length_is_detected(local_server, make_client, call, tmp_path):
    body = feature_collection(500)

    def close_delimited(handler, record):  # HTTP/1.0 style: the body ends with the connection
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body[:-40])
        handler.close_connection = True

    local_server.route("GET", RESULT_PATH, close_delimited)
    with pytest.raises(IncompleteDownloadError, match="ends in the middle"):
        call(lambda: make_client().download_result("p1", tmp_path / "result.geojson"))
    assert files_in(tmp_path) == []


def test_contract_cancel_mid_download_leaves_no_file(local_server, make_client, call, tmp_path):
    body = feature_collection(20000)
    local_server.route("GET", RESULT_PATH, Reply(body=body, drip=(64 * 1024, 0.01)))
    seen = []
    with pytest.raises(Cancelled):
        call(lambda: make_client().download_result(
            "p1", tmp_path / "result.geojson", progress=lambda done, total: seen.append(done),
            is_cancelled=lambda: bool(seen) and seen[-1] > 200_000))
    assert 200_000 < seen[-1] < len(body) and files_in(tmp_path) == []


def test_contract_error_status_on_download(local_server, make_client, call, tmp_path):
    local_server.route("GET", RESULT_PATH, Reply(413, b'{"message":"too big"}'))
    with pytest.raises(PayloadTooLargeError):
        call(lambda: make_client().download_result("p1", tmp_path / "result.geojson"))
    assert files_in(tmp_path) == []


# --- uploads
def test_contract_upload_is_one_multipart_file_part_with_progress(local_server, make_client, call, tmp_path):
    geotiff = tmp_path / "scène 1.tif"
    geotiff.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    local_server.route("POST", "/rest/rasters/mosaic/m1/image",
                       Reply(body=b'{"message":"Files successfully uploaded","mosaic_id":"m1","image_id":"i1"}'))
    progress = []
    result = call(lambda: make_client().upload_image("m1", geotiff, progress=lambda d, t: progress.append((d, t))))
    assert (result.mosaic_id, result.image_id) == ("m1", "i1")
    record = local_server.requests[0]
    assert int(record.headers["Content-Length"]) == len(record.body)
    part = parse_multipart(record)["file"]
    assert part.get_content_type() == "image/tiff" and part.get_filename() == "scène 1.tif"
    assert part.get_payload(decode=True) == geotiff.read_bytes()
    size = geotiff.stat().st_size
    assert progress[-1] == (size, size) and len(progress) >= 2  # Qt reports at most every 100 ms


def test_contract_upload_cancel_stops_sending(local_server, make_client, call, tmp_path):
    geotiff = tmp_path / "big.tif"
    geotiff.write_bytes(os.urandom(6 * 1024 * 1024))
    got, ended = [], threading.Event()

    def slow_reader(handler, record):  # about 3 MB/s, so that the upload lasts while the test cancels it
        expected, remaining = int(handler.headers["Content-Length"]), int(handler.headers["Content-Length"])
        try:
            while remaining:
                chunk = handler.rfile.read(min(remaining, 64 * 1024))
                if not chunk:
                    break
                remaining -= len(chunk)
                time.sleep(0.02)
        except OSError:
            pass
        got.append((expected - remaining, expected))
        ended.set()
        if not remaining:
            answer = b'{"mosaic_id":"m1"}'
            handler.send_response(200)
            handler.send_header("Content-Length", str(len(answer)))
            handler.end_headers()
            handler.wfile.write(answer)

    local_server.route("POST", "/rest/rasters/mosaic/m1/image", slow_reader)
    sent = []
    with pytest.raises(Cancelled):
        call(lambda: make_client(retry=RetryPolicy.disabled()).upload_image(
            "m1", geotiff, progress=lambda d, t: sent.append(d),
            is_cancelled=lambda: bool(sent) and sent[-1] > 1024 * 1024))
    assert sent[-1] < geotiff.stat().st_size
    assert ended.wait(10)
    [(received, expected)] = got
    assert received < expected  # the server never got a whole request, so it never stored an image


# --- redirects and threads
def test_contract_redirect_keeps_credentials_on_the_same_origin_only(local_server, other_server, make_client, call):
    moved = {"Location": "/rest/projects/default/moved", "Content-Type": "application/json"}
    local_server.route("GET", "/rest/projects/default", Reply(302, b"", headers=moved))
    local_server.route("GET", "/rest/projects/default/moved", Reply(body=PROJECT))
    client = make_client()
    assert call(client.default_project).id == "p1"
    assert local_server.requests[-1].headers.get("Authorization", "").startswith("Basic ")

    away = {"Location": other_server.url + "/tiles.json", "Content-Type": "application/json"}
    local_server.route("GET", "/rest/projects/default", Reply(302, b"", headers=away))
    other_server.route("GET", "/tiles.json", Reply(body=PROJECT))
    assert call(client.default_project).id == "p1"
    [elsewhere] = other_server.requests
    assert "Authorization" not in elsewhere.headers  # the Mapflow token never leaves the Mapflow origin


def test_contract_one_client_serves_several_threads_at_once(local_server, make_client, call, tmp_path):
    body = feature_collection(4000)
    local_server.route("GET", RESULT_PATH, Reply(body=body, drip=(32 * 1024, 0.005)))
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT, drip=(10, 0.01)))
    client, errors = make_client(), []

    def work(number: int) -> None:
        try:
            call(lambda: client.download_result("p1", tmp_path / f"r{number}.geojson"))
            call(client.default_project)
        except Exception as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and all((tmp_path / f"r{n}.geojson").read_bytes() == body for n in range(3))
    assert local_server.count("GET", RESULT_PATH) == 3
