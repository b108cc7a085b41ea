"""The QGIS-side machinery of the cases, each end to end against real parts: the plugin's entry points (start and
first dock show), its "Load results" click watched from outside, the incumbent's load path and the canvas's ink
probe. These are the modules a refactor of the plugin may have to follow; a failure here says which."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from benchmarks.harness.qgis_app import run_until, spin
from benchmarks.harness.synthetic import write_buildings_geojson


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    from tests.sandbox_fixture import start_sandbox

    server = start_sandbox(tmp_path_factory.mktemp("bench-sandbox"))
    yield server
    server.stop()


@pytest.fixture()
def project(qgis_app):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    yield project
    project.removeAllMapLayers()


def test_the_plugin_starts_and_its_first_dock_show_builds_the_sections(qgis_app):
    from benchmarks.harness.plugin_entry import load_plugin, plugin_docks, real_iface, show_dock

    iface = real_iface()
    loaded = load_plugin(iface)
    try:
        assert loaded.import_ms > 0 and loaded.init_gui_ms > 0
        docks = plugin_docks(iface)
        assert docks and not any(dock.isVisible() for dock in docks)  # built lazily, hidden until clicked
        took, widgets = show_dock(iface)
        assert took > 0 and widgets > 50  # sections, forms and controllers are there now
    finally:
        loaded.plugin.unload()
        iface.main_window.close()


def _serve_file(path, content_type: str):
    body = path.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_the_incumbent_path_writes_a_styled_geopackage_on_the_gui_thread(project, tmp_path):
    from benchmarks.harness.incumbent import IncumbentLoad

    source = tmp_path / "result.geojson"
    write_buildings_geojson(source, 500)
    server = _serve_file(source, "application/geo+json")
    try:
        out = tmp_path / "out"
        out.mkdir()
        load = IncumbentLoad(f"http://127.0.0.1:{server.server_address[1]}/result", "token", project, out,
                             "Incumbent")
        load.click()
        run_until(lambda: load.finished, 60, "the incumbent's load")
        assert load.error is None
        assert load.layer.featureCount() == 500 and ".gpkg" in load.layer.source()
        assert load.layer.renderer().type() == "RuleRenderer" or load.layer.renderer().symbol() is not None
        assert project.mapLayer(load.layer.id()) is load.layer
        assert list(out.glob("*.geojson")) == []  # the temporary download is gone
        assert set(load.marks) == {"downloaded", "converted", "layers_added"}
    finally:
        server.shutdown()


def test_the_ink_probe_sees_drawn_features_only(project):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from benchmarks.harness.canvas import WatchedCanvas

    canvas = WatchedCanvas(project, measure_ink=True)
    try:
        canvas.show_lonlat("37.5,55.6,37.7,55.8")
        spin(0.5)
        assert canvas.ink_share() == 0.0  # nothing in the project yet
        layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "cover", "memory")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON((37.4 55.5, 37.8 55.5, 37.8 55.9, 37.4 55.9, 37.4 55.5))"))
        layer.dataProvider().addFeatures([feature])
        layer.updateExtents()
        added = __import__("time").perf_counter()
        project.addMapLayer(layer)
        run_until(lambda: canvas.first_ink(added, 0.5) is not None, 30, "the cover drawn")
        assert canvas.ink_share() > 0.9  # the polygon covers the whole probe area
        assert canvas.canvas.extent().contains(canvas.canvas.extent())  # the view was not moved to the layer
    finally:
        canvas.close()


def test_the_load_results_click_is_seen_from_outside(sandbox, project, tmp_path):
    from benchmarks.harness.result_runs import sandbox_result_processing
    from benchmarks.harness.results_entry import PluginResults, is_geopackage_layer
    from benchmarks.harness.sandbox import demo_client

    client = demo_client(sandbox)
    processing, result_file = sandbox_result_processing(sandbox, client, "Harness load")
    write_buildings_geojson(result_file, 300)  # what the cases do: the sandbox serves this file as the result
    results = PluginResults(client, sandbox.base_url, project, tmp_path, "gpkg")
    load = results.click(processing)
    run_until(lambda: load.finished, 120, "the plugin's load")
    assert not load.failed, load.errors
    added = load.first_layer(is_geopackage_layer)
    assert added is not None and added[1].featureCount() == 300
    assert list(tmp_path.glob("*.gpkg"))
    assert "downloaded" in load.marks and "worker_done" in load.marks
    assert load.marks["downloaded"] <= load.marks["worker_done"] <= added[0]
