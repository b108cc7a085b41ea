"""Memory stays flat through the QGIS transport: a 48 MB result download and a 48 MB GeoTIFF upload, each in a
child process that measures how far its peak resident memory grew (tracemalloc cannot see Qt's own buffers)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import TEST_TOKEN
from tests.api.local_server import LocalServer

SIZE = 48 * 1024 * 1024
LIMIT_KB = 12 * 1024  # a quarter of the file: Qt's bounded read buffer and a few chunks, never the body
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def server():
    running = LocalServer()
    yield running
    running.close()


def run_child(mode: str, server: LocalServer, path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
        [str(REPO / ".build" / "pkg"), str(REPO), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "tests.support.transport_memory_child", mode,
                           server.url + "/rest", TEST_TOKEN, str(path)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_large_download_keeps_memory_flat(server, tmp_path):
    """A 48 MB FeatureCollection (about 700,000 features, more than a 300k-building result) streamed to disk."""
    head, tail = b'{"type":"FeatureCollection","features":[\n', b'\n]}'
    feature = b'{"type":"Feature","properties":{"class_id":"101"},"geometry":null}'
    block = (feature + b",\n") * (1024 * 1024 // (len(feature) + 2))
    middle = SIZE - len(head) - len(tail) - len(feature)  # the last feature has no comma; blanks fill the rest

    def stream(handler, record):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(SIZE))
        handler.end_headers()
        handler.wfile.write(head)
        left = middle
        while left >= len(block):
            handler.wfile.write(block)
            left -= len(block)
        whole = left // (len(feature) + 2)
        handler.wfile.write((feature + b",\n") * whole + b" " * (left - whole * (len(feature) + 2)))
        handler.wfile.write(feature + tail)

    server.route("GET", "/rest/version", lambda handler, record: _small(handler, b"3.6.0"))
    server.route("GET", "/rest/processings/p1/result", stream)
    outcome = run_child("download", server, tmp_path / "result.geojson")
    assert outcome.get("size") == SIZE, outcome
    assert outcome["peak_growth_kb"] < LIMIT_KB, outcome


def test_a_large_upload_keeps_memory_flat(server, tmp_path):
    big = tmp_path / "big.tif"
    with open(big, "wb") as handle:  # sparse on disk
        handle.truncate(SIZE)
    received = []

    def drain(handler, record):
        remaining = int(handler.headers["Content-Length"])
        while remaining:
            remaining -= len(handler.rfile.read(min(remaining, 256 * 1024)))
        received.append(int(handler.headers["Content-Length"]))
        _small(handler, b'{"message":"Files successfully uploaded","mosaic_id":"m1"}')

    server.route("GET", "/rest/version", lambda handler, record: _small(handler, b"3.6.0"))
    server.route("POST", "/rest/rasters/mosaic/m1/image", drain)
    outcome = run_child("upload", server, big)
    assert outcome.get("mosaic") == "m1", outcome
    assert received and received[0] > SIZE
    assert outcome["peak_growth_kb"] < LIMIT_KB, outcome


def _small(handler, body: bytes) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
