"""Streaming downloads and uploads over real HTTP against a local scripted server."""
from __future__ import annotations

import gzip
import json
import os
import threading
import tracemalloc
from email.parser import BytesParser
from email.policy import HTTP

import pytest

from mapflow_processing.api import Cancelled, IncompleteDownloadError, MapflowClient, RetryPolicy
from mapflow_processing.api.errors import InvalidRequestError, PayloadTooLargeError
from mapflow_processing.api.multipart import MultipartFileBody
from tests.api.conftest import TEST_TOKEN
from tests.api.local_server import Reply

RESULT_PATH = "/rest/processings/p1/result"


def feature_collection(count: int) -> bytes:
    features = [{"type": "Feature", "properties": {"id": i, "class_id": "101"},
                 "geometry": {"type": "Point", "coordinates": [i * 1e-5, 0.0]}} for i in range(count)]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def files_in(folder) -> list:
    return sorted(p.name for p in folder.iterdir())


def test_download_streams_to_file_with_progress(local_server, local_client, tmp_path):
    body = feature_collection(3000)
    local_server.route("GET", RESULT_PATH, Reply(body=body))
    progress = []
    target = local_client.download_result("p1", tmp_path / "out" / "result.geojson", aoi_id="a 1",
                                          progress=lambda done, total: progress.append((done, total)))
    assert target.read_bytes() == body
    assert files_in(target.parent) == ["result.geojson"]  # no temp file left
    assert progress[-1] == (len(body), len(body))
    assert [d for d, _ in progress] == sorted(d for d, _ in progress) and len(progress) >= 2
    assert local_server.requests[0].path == "/rest/processings/p1/result?aoiId=a+1"


def test_gzip_body_is_measured_on_the_wire(local_server, local_client, tmp_path):
    body = feature_collection(2000)
    packed = gzip.compress(body)
    local_server.route("GET", RESULT_PATH, Reply(body=packed, headers={"Content-Type": "application/json",
                                                                       "Content-Encoding": "gzip"}))
    target = local_client.download_result("p1", tmp_path / "result.geojson")
    assert target.read_bytes() == body


def test_truncated_body_is_detected_and_nothing_is_left(local_server, local_client, tmp_path):
    body = feature_collection(2000)
    local_server.route("GET", RESULT_PATH, Reply(body=body[: len(body) // 2], announce_length=len(body)))
    with pytest.raises(IncompleteDownloadError) as caught:
        local_client.download_result("p1", tmp_path / "result.geojson")
    assert f"of {len(body)} bytes" in str(caught.value) and "No file was written" in str(caught.value)
    assert files_in(tmp_path) == []


def test_body_without_length_cut_mid_document_is_detected(local_server, local_client, tmp_path):
    body = feature_collection(500)

    def close_delimited(handler, record):  # HTTP/1.0 style: the end of the body is the end of the connection
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body[:-40])
        handler.close_connection = True

    local_server.route("GET", RESULT_PATH, close_delimited)
    with pytest.raises(IncompleteDownloadError, match="ends in the middle"):
        local_client.download_result("p1", tmp_path / "result.geojson")
    assert files_in(tmp_path) == []


def test_existing_file_survives_a_failed_download(local_server, local_client, tmp_path):
    previous = tmp_path / "result.geojson"
    previous.write_text("previous result")
    body = feature_collection(100)
    local_server.route("GET", RESULT_PATH, Reply(body=body[:100], announce_length=len(body)))
    with pytest.raises(IncompleteDownloadError):
        local_client.download_result("p1", previous)
    assert previous.read_text() == "previous result" and files_in(tmp_path) == ["result.geojson"]


def test_cancel_mid_download_leaves_no_file(local_server, local_client, tmp_path):
    body = feature_collection(20000)
    local_server.route("GET", RESULT_PATH, Reply(body=body, drip=(64 * 1024, 0.01)))
    seen = []

    def cancel_after_some_data():
        return len(seen) > 0 and seen[-1][0] > 200_000

    with pytest.raises(Cancelled):
        local_client.download_result("p1", tmp_path / "result.geojson", is_cancelled=cancel_after_some_data,
                                     progress=lambda done, total: seen.append((done, total)))
    assert 200_000 < seen[-1][0] < len(body)
    assert files_in(tmp_path) == []


def test_error_status_on_download_raises_the_api_error(local_server, local_client, tmp_path):
    local_server.route("GET", RESULT_PATH, Reply(413, b'{"message":"too big"}'))
    with pytest.raises(PayloadTooLargeError):
        local_client.download_result("p1", tmp_path / "result.geojson")
    assert files_in(tmp_path) == []


def parse_multipart(record) -> dict:
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + record.headers["Content-Type"].encode() + b"\r\n\r\n" + record.body)
    parts = {}
    for part in message.iter_parts():
        parts[part.get_param("name", header="content-disposition")] = part
    return parts


@pytest.fixture()
def geotiff_like(tmp_path):
    path = tmp_path / "scène 1.tif"
    path.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    return path


def test_upload_is_multipart_with_one_file_part(local_server, local_client, geotiff_like):
    local_server.route("POST", "/rest/rasters/mosaic/m1/image",
                       Reply(body=b'{"message":"Files successfully uploaded","mosaic_id":"m1","image_id":"i1"}'))
    progress = []
    result = local_client.upload_image("m1", geotiff_like, progress=lambda d, t: progress.append((d, t)))
    assert (result.mosaic_id, result.image_id) == ("m1", "i1")
    record = local_server.requests[0]
    assert int(record.headers["Content-Length"]) == len(record.body)
    part = parse_multipart(record)["file"]
    assert part.get_content_type() == "image/tiff"
    assert part.get_filename() == "scène 1.tif"
    assert part.get_payload(decode=True) == geotiff_like.read_bytes()
    size = geotiff_like.stat().st_size
    assert progress[-1] == (size, size) and len(progress) > 3


def test_create_mosaic_with_upload_sends_name_and_tags(local_server, local_client, geotiff_like):
    local_server.route("POST", "/rest/rasters/mosaic/image",
                       Reply(body=b'{"message":"Files successfully uploaded","mosaic_id":"m9"}'))
    result = local_client.create_mosaic_with_image("Survey 2024", geotiff_like, tags=["a", " b "])
    assert result.mosaic_id == "m9" and result.image_id is None
    assert local_server.requests[0].path == "/rest/rasters/mosaic/image?name=Survey+2024&tags=a%2C+b"


def test_upload_never_holds_the_file_in_memory(local_server, tmp_path):
    big = tmp_path / "big.tif"
    with open(big, "wb") as handle:  # 40 MB, sparse on disk
        handle.truncate(40 * 1024 * 1024)
    received = []

    def drain(handler, record):  # the server reads and drops the body, so only the client's memory is measured
        remaining = int(handler.headers["Content-Length"])
        while remaining:
            remaining -= len(handler.rfile.read(min(remaining, 256 * 1024)))
        received.append(int(handler.headers["Content-Length"]))
        answer = b'{"message":"Files successfully uploaded","mosaic_id":"m1"}'
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(answer)))
        handler.end_headers()
        handler.wfile.write(answer)

    local_server.route("POST", "/rest/rasters/mosaic/m1/image", drain)
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN)
    tracemalloc.start()
    try:
        result = client.upload_image("m1", big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        client.close()
    assert result.mosaic_id == "m1" and received[0] > 40 * 1024 * 1024
    assert peak < 4 * 1024 * 1024  # a few chunks in flight, never the 40 MB file


def test_upload_cancel_stops_sending(local_server, geotiff_like):
    local_server.route("POST", "/rest/rasters/mosaic/m1/image", Reply(body=b'{"mosaic_id":"m1"}'))
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, retry=RetryPolicy.disabled())
    sent = []
    with pytest.raises(Cancelled):
        client.upload_image("m1", geotiff_like, progress=lambda d, t: sent.append(d),
                            is_cancelled=lambda: bool(sent) and sent[-1] > 1024 * 1024)
    assert sent[-1] < geotiff_like.stat().st_size
    # the server never got a complete request, so it never answered one
    assert all(len(r.body) < geotiff_like.stat().st_size for r in local_server.requests)


def test_upload_of_a_missing_file_is_a_clear_error(local_client, tmp_path):
    with pytest.raises(InvalidRequestError, match="does not exist"):
        local_client.upload_image("m1", tmp_path / "nope.tif")


def test_multipart_reads_respect_the_requested_size(tmp_path):
    path = tmp_path / "a.tif"
    path.write_bytes(b"x" * 1000)
    body = MultipartFileBody(path)
    chunks = []
    while True:
        chunk = body.read(7)
        if not chunk:
            break
        assert len(chunk) <= 7
        chunks.append(chunk)
    assert len(b"".join(chunks)) == len(body)


def test_concurrent_downloads_do_not_collide(local_server, tmp_path):
    body = feature_collection(4000)
    local_server.route("GET", RESULT_PATH, Reply(body=body, drip=(32 * 1024, 0.005)))
    errors = []

    def fetch():
        client = MapflowClient(local_server.url + "/rest", TEST_TOKEN)
        try:
            client.download_result("p1", tmp_path / "same.geojson")
        except Exception as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=fetch) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == [] and (tmp_path / "same.geojson").read_bytes() == body
    assert files_in(tmp_path) == ["same.geojson"]
