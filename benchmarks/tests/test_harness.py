"""The measuring machinery itself: child processes' memory and time, statistics, import traces, generated data,
the request counter and the GUI stall ticker, each against something real."""
from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from osgeo import gdal, ogr

from benchmarks.cases.plugin_start import slowest_plugin_imports
from benchmarks.cases.plugin_start_child import PLUGIN_MARKER
from benchmarks.harness.dock import counting_session
from benchmarks.harness.processes import run_measured
from benchmarks.harness.stats import median, percentile
from benchmarks.harness.synthetic import write_buildings_geojson, write_geotiff


def test_child_peak_memory_and_wall_time_are_its_own():
    small = run_measured([sys.executable, "-c", "pass"], 30)
    big = run_measured([sys.executable, "-c", "import time; b = bytearray(300 * 2**20); b[::4096] = b'x' * "
                        "len(b[::4096]); time.sleep(0.3)"], 30)
    assert small.ok and big.ok
    assert big.max_rss_mb > 300 > small.max_rss_mb
    assert big.wall_s >= 0.3


def test_a_hanging_child_is_killed_at_the_timeout():
    started = time.perf_counter()
    run = run_measured([sys.executable, "-c", "import time; time.sleep(30)"], 0.5)
    assert run.returncode == -9 and not run.ok
    assert time.perf_counter() - started < 10


def test_percentiles_are_observed_values():
    values = [5.0, 1.0, 3.0, 2.0, 4.0, 100.0]
    assert percentile(values, 0.5) == 3.0
    assert percentile(values, 0.95) == 100.0
    assert median([3.0, 1.0, 2.0]) == 2.0
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_import_trace_names_the_outside_modules_and_own_bodies():
    trace = "\n".join([
        "import time:       100 |        100 | qgis.core",  # before the marker: QGIS's, not the plugin's
        PLUGIN_MARKER,
        "import time:       500 |        500 |         urllib3",
        "import time:       400 |      60000 |       requests",
        "import time:      2000 |      62000 |     mapflow_processing.api.client",
        "import time:      9000 |       9000 |     mapflow_processing.ui.forms_heavy",
        "import time:       700 |      72000 |   mapflow_processing.plugin",
    ])
    found = slowest_plugin_imports(trace)
    assert found[0] == "requests 60 ms"
    assert not any("urllib3" in item or "qgis.core" in item for item in found)
    assert "mapflow_processing.ui.forms_heavy (own body) 9 ms" in found


def test_generated_buildings_are_valid_polygons_with_the_published_fields(tmp_path):
    path = tmp_path / "buildings.geojson"
    write_buildings_geojson(path, 2500)
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    assert layer.GetFeatureCount() == 2500
    assert ogr.GT_Flatten(layer.GetGeomType()) == ogr.wkbPolygon
    definition = layer.GetLayerDefn()
    names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    assert {"id", "object_type", "area", "GAN", "processing_date"} <= names
    feature = layer.GetNextFeature()
    assert feature.GetGeometryRef().IsValid() and 60 < feature.GetField("area") < 600


def test_generated_geotiff_has_the_size_and_georeferencing_asked_for(tmp_path):
    path = tmp_path / "image.tif"
    size = write_geotiff(path, 5_000_000)
    assert size >= 5_000_000
    dataset = gdal.Open(str(path))
    assert dataset.RasterCount == 3 and dataset.GetRasterBand(1).DataType == gdal.GDT_Byte
    assert "3857" in dataset.GetProjection() and dataset.GetGeoTransform()[1] == 0.5
    assert dataset.GetRasterBand(2).ReadAsArray(0, 0, 64, 64).std() > 0  # real data, not an empty file


class _Ok(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - http.server API
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Length", "1")
        self.end_headers()
        self.wfile.write(b"1")

    def do_GET(self):  # noqa: N802 - http.server API
        self.do_POST()

    def log_message(self, *_args):
        pass


def test_counting_adapter_counts_what_goes_on_the_wire():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/rest"
    try:
        session, counter = counting_session()
        for _ in range(3):
            session.post(f"{base}/processing/cost/v2", json={}).raise_for_status()
        session.get(f"{base}/processing/cost/v2").raise_for_status()
        session.post(f"{base}/processings/v2", json={}).raise_for_status()
        assert counter.count("POST", "/processing/cost/v2") == 3
        assert counter.count("GET", "/processing/cost/v2") == 1
    finally:
        server.shutdown()
