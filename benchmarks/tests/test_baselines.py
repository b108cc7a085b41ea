"""The measuring machinery behind the baselines and conditions, each against something real: the busy core, memory
figures, the ogr2ogr start, GDAL's tile-driver floor, the ready-tiles front and the tile zoom QGIS draws at."""
from __future__ import annotations

import gzip
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from osgeo import gdal

from benchmarks.cases.sandbox_engine import gdal_floor_seconds, tiles_in
from benchmarks.harness.busy import busy_core, cpu_seconds_of
from benchmarks.harness.memory import extra_mb, peak_rss_mb, rss_mb
from benchmarks.harness.ready_tiles import ReadyTiles
from benchmarks.harness.result_runs import ogr2ogr_start
from benchmarks.harness.sandbox import square_aoi, vector_tile_zoom
from benchmarks.harness.synthetic import write_buildings_geojson


def test_the_busy_core_burns_a_core_and_stops_with_the_block():
    with busy_core() as spinner:
        before = cpu_seconds_of(spinner.pid)
        time.sleep(1.0)
        used = cpu_seconds_of(spinner.pid) - before
        pid = spinner.pid
    assert used > 0.25, used  # a spinning loop, even on a machine shared with other work
    assert spinner.poll() is not None
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


def test_memory_figures_follow_what_this_process_holds():
    before = peak_rss_mb()
    block = bytearray(120 * 2 ** 20)
    block[::4096] = b"x" * len(block[::4096])  # touch every page: resident, not just reserved
    assert rss_mb() > 100
    assert peak_rss_mb() >= max(before, rss_mb()) - 1
    del block
    assert extra_mb(300.0, 250.0) == 50.0 and extra_mb(240.0, 250.0) == -10.0  # kept as measured


def test_ogr2ogr_start_is_measured_and_leaves_nothing(tmp_path):
    start = ogr2ogr_start(tmp_path, samples=1)
    assert 0 < start < 30
    assert list(tmp_path.iterdir()) == []


def test_tile_zoom_is_the_one_qgis_asked_the_sandbox_for():
    """A 300k-building view (1000×700 px, scale 1:54,678) made QGIS 3.22 ask for zoom-12 tiles."""
    assert vector_tile_zoom(54677.98) == 12
    assert vector_tile_zoom(54677.98 / 2) == 13
    assert vector_tile_zoom(10.0, maxzoom=18) == 18 and vector_tile_zoom(1e12) == 0


class _Counting(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.paths: list = []
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def _png_tile() -> bytes:
    """A 256-px RGB PNG with something in it."""
    memory = gdal.GetDriverByName("MEM").Create("", 256, 256, 3, gdal.GDT_Byte)
    for band in (1, 2, 3):
        memory.GetRasterBand(band).Fill(40 * band)
    gdal.GetDriverByName("PNG").CreateCopy("/vsimem/tile.png", memory)
    handle = gdal.VSIFOpenL("/vsimem/tile.png", "rb")
    gdal.VSIFSeekL(handle, 0, 2)
    size = gdal.VSIFTellL(handle)
    gdal.VSIFSeekL(handle, 0, 0)
    data = gdal.VSIFReadL(1, size, handle)
    gdal.VSIFCloseL(handle)
    gdal.Unlink("/vsimem/tile.png")
    return bytes(data)


def _tile_server(body: bytes, content_type: str, extra_headers=()) -> _Counting:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            with self.server.lock:
                self.server.paths.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            for key, value in extra_headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args):
            pass

    return _Counting(Handler)


def test_the_gdal_floor_fetches_every_tile_of_the_area_from_the_service(tmp_path):
    server = _tile_server(_png_tile(), "image/png")
    try:
        class Root:
            root_url = server.url

        aoi = square_aoi(0.05)
        seconds, tiles = gdal_floor_seconds(Root, aoi, 18, tmp_path / "floor.tif")
        assert seconds > 0
        assert 1 <= tiles == len(set(server.paths)), (tiles, server.paths)
        assert all(path.startswith("/api/demo/tiles/18/") and path.endswith(".png") for path in server.paths)
        again, _ = gdal_floor_seconds(Root, aoi, 18, tmp_path / "floor.tif")
        assert len(server.paths) == 2 * tiles  # no disk cache: the second read fetches every tile again
        assert not (tmp_path / "floor.tif").exists()
    finally:
        server.shutdown()


def test_tiles_in_counts_the_tiles_a_rectangle_touches():
    size = 2 * 20037508.342789244 / 2 ** 10
    assert tiles_in((1.0, 1.0, 2.0, 2.0), 10) == 1
    assert tiles_in((-1.0, -1.0, 1.0, 1.0), 10) == 4  # the origin's four tiles
    assert tiles_in((1.0, 1.0, 1.0 + 2.5 * size, 2.0), 10) == 3


def test_the_ready_tiles_front_serves_cut_tiles_and_passes_the_rest_on(tmp_path):
    mapbox_vector_tile = pytest.importorskip("mapbox_vector_tile")
    upstream = _tile_server(b'{"from": "the sandbox"}', "application/json")
    front = ReadyTiles()
    try:
        front.upstream = upstream.url
        geojson = tmp_path / "buildings.geojson"
        write_buildings_geojson(geojson, 200)
        made = front.cut("abc", geojson, tmp_path / "tiles", (14,))
        assert made >= 1
        tile = next((tmp_path / "tiles" / "14").rglob("*.pbf"))
        x, y = tile.parent.name, tile.stem
        import requests

        answer = requests.get(f"{front.url}/api/layers/abc/tiles/14/{x}/{y}.vector.pbf", timeout=30)
        assert answer.status_code == 200 and answer.headers["Content-Encoding"] == "gzip"
        layers = mapbox_vector_tile.decode(answer.content)  # requests took the gzip off, as QGIS does
        assert layers["vector_layer"]["features"]
        assert requests.get(f"{front.url}/api/layers/abc/tiles/14/0/0.vector.pbf", timeout=30).content == b""
        passed = requests.get(f"{front.url}/api/layers/abc.json?x=1", timeout=30)
        assert passed.json() == {"from": "the sandbox"} and upstream.paths == ["/api/layers/abc.json?x=1"]
        requests.get(f"{front.url}/api/layers/abc/tiles/15/1/1.vector.pbf", timeout=30)  # a zoom not cut
        assert front.counts() == {"served_ready": 2, "passed_to_sandbox": {"other": 1, "vector tile": 1}}
    finally:
        front.close()
        upstream.shutdown()


def test_a_gzipped_answer_passes_the_front_unchanged(tmp_path):
    body = gzip.compress(json.dumps({"tiles": ["x"]}).encode())
    upstream = _tile_server(body, "application/json", [("Content-Encoding", "gzip")])
    front = ReadyTiles()
    try:
        front.upstream = upstream.url
        import requests

        with requests.get(f"{front.url}/api/layers/abc.json", stream=True, timeout=30) as answer:
            raw = answer.raw.read(decode_content=False)
        assert raw == body and json.load(io.BytesIO(gzip.decompress(raw))) == {"tiles": ["x"]}
    finally:
        front.close()
        upstream.shutdown()
