"""The "Load results" task end to end: a GeoJSON streamed over HTTP from a local server, converted, published and
added to a project with styles; tile layers from TileJSON; failures and cancellation. Run synchronously
(run() then finished()) and through the QGIS task manager on a worker thread."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsLayerTree, QgsProject, QgsRasterLayer, QgsTask, \
    QgsVectorLayer, QgsVectorTileLayer

from mapflow_processing.api.requests_transport import RequestsTransport
from mapflow_processing.layers.tiles import HostAuth, TileService
from mapflow_processing.tasks.result_download import LoadMode, LoadResultsRequest, LoadResultsTask
from tests.qgis.test_results_support import empty_collection, http_downloader, mixed_collection, \
    polygons_collection, start_tile_server, tilejson_document, wait_for

PROCESSING_ID = "9b1c2d3e-0000-4000-8000-000000000001"


@pytest.fixture()
def server():
    tile_server = start_tile_server()
    tile_server.results["buildings"] = json.dumps(polygons_collection(40)).encode()
    tile_server.results["mixed"] = json.dumps(mixed_collection()).encode()
    tile_server.results["empty"] = json.dumps(empty_collection()).encode()
    tile_server.results["big"] = json.dumps(polygons_collection(4000)).encode()
    tile_server.results["invalid"] = b'{"type": "FeatureCollection", "features": [{"type": "Feat'
    tile_server.tilejson["vector"] = tilejson_document(tile_server.url("/vt/{z}/{x}/{y}.vector.pbf"))
    tile_server.tilejson["raster"] = tilejson_document(tile_server.url("/img/{z}/{x}/{y}.png?a=1&b=2"))
    yield tile_server
    tile_server.stop()


@pytest.fixture()
def project():
    return QgsProject()


class Signals:
    """What the task told its listeners."""

    def __init__(self, task: LoadResultsTask):
        self.succeeded, self.failed, self.aborted = [], [], []
        task.succeeded.connect(self.succeeded.append)
        task.failed.connect(self.failed.append)
        task.aborted.connect(lambda: self.aborted.append(True))

    @property
    def ended(self) -> bool:
        return bool(self.succeeded or self.failed or self.aborted)


def make_request(server, out: Path, result="buildings", mode="gpkg", name="Kazan buildings",
                 workflow="🏠 Buildings", slow=False, tiles=False) -> LoadResultsRequest:
    query = "?slow=1" if slow else ""
    return LoadResultsRequest(
        processing_id=PROCESSING_ID, processing_name=name, workflow_name=workflow, mode=mode, output_dir=out,
        downloader=http_downloader(server.url(f"/result/{result}{query}")),
        vector_tiles=TileService(None, server.url("/tilejson/vector.json")) if tiles else None,
        raster_tiles=TileService(None, server.url("/tilejson/raster.json")) if tiles else None,
        http=RequestsTransport(),
        mapflow_auth=HostAuth(server.url("/rest"), {"Authorization": "Basic abc="}),
    )


def run_synchronously(task: LoadResultsTask) -> bool:
    ok = task.run()
    task.finished(ok)
    return ok


def group_layers(project: QgsProject, processing_name: str) -> list:
    group = project.layerTreeRoot().findGroup("Mapflow").findGroup(processing_name)
    return [node.layer() for node in group.children() if QgsLayerTree.isLayer(node)]


def test_gpkg_mode_adds_a_styled_layer_in_the_mapflow_group(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path / "out"), project)
    signals = Signals(task)

    assert run_synchronously(task)

    assert signals.failed == [] and len(signals.succeeded) == 1
    outcome = signals.succeeded[0]
    assert outcome.package.path == tmp_path / "out" / "Kazan_buildings_9b1c2d3e.gpkg"
    assert outcome.package.path.is_file()
    root = project.layerTreeRoot()
    assert root.children()[0].name() == "Mapflow"
    layers = group_layers(project, "Kazan buildings")
    assert [layer.id() for layer in layers] == outcome.layer_ids
    (layer,) = layers
    assert isinstance(layer, QgsVectorLayer) and layer.featureCount() == 40
    assert layer.name() == "Kazan buildings"
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)  # class_id present: classified style
    assert layer.renderer().classAttribute() == "class_id"


def test_mixed_result_gets_one_layer_per_family_points_on_top(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path, result="mixed", name="Mixed", workflow="🚗 Roads"), project)
    assert run_synchronously(task)
    layers = group_layers(project, "Mixed")
    assert [layer.name() for layer in layers] == ["Mixed (points)", "Mixed (lines)", "Mixed (polygons)"]
    assert [layer.featureCount() for layer in layers] == [3, 4, 8]
    line_symbol = layers[1].renderer().symbol()
    assert line_symbol.color().name() == "#c88c1e"  # the roads line style


def test_empty_result_loads_an_empty_layer_with_a_message(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path, result="empty", name="Nothing here"), project)
    signals = Signals(task)
    assert run_synchronously(task)
    outcome = signals.succeeded[0]
    assert any("no features" in message for message in outcome.messages)
    (layer,) = group_layers(project, "Nothing here")
    assert layer.featureCount() == 0


def test_invalid_result_fails_with_a_clear_message_and_leaves_nothing(server, project, tmp_path):
    out = tmp_path / "out"
    task = LoadResultsTask(make_request(server, out, result="invalid"), project)
    signals = Signals(task)

    assert not run_synchronously(task)

    assert signals.succeeded == [] and len(signals.failed) == 1
    assert "not complete or not valid GeoJSON" in signals.failed[0]
    assert list(out.iterdir()) == []
    assert project.mapLayers() == {} and project.layerTreeRoot().findGroup("Mapflow") is None


def test_http_error_during_download_is_reported(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path, result="missing"), project)
    signals = Signals(task)
    assert not run_synchronously(task)
    assert signals.failed and "404" in signals.failed[0]
    assert list(tmp_path.iterdir()) == []


def test_both_mode_adds_gpkg_vector_tiles_and_imagery_in_order(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path, mode="both", tiles=True), project)
    signals = Signals(task)

    assert run_synchronously(task)

    assert signals.succeeded and not signals.failed
    layers = group_layers(project, "Kazan buildings")
    assert [type(layer) for layer in layers] == [QgsVectorLayer, QgsVectorTileLayer, QgsRasterLayer]
    assert [layer.name() for layer in layers] == \
        ["Kazan buildings", "Kazan buildings (tiles)", "Kazan buildings (imagery)"]
    vector_tiles, imagery = layers[1], layers[2]
    assert vector_tiles.renderer().styles()[0].layerName() == "vector_layer"
    assert imagery.providerType() == "wms" and "%26b%3D2" in imagery.source()
    # the TileJSON went to the Mapflow host (same origin as base_url), so it carried the Authorization header
    tilejson_requests = [r for r in server.requests if r.path.startswith("/tilejson/")]
    assert len(tilejson_requests) == 2
    assert all(r.headers.get("Authorization") == "Basic abc=" for r in tilejson_requests)


def test_tiles_mode_downloads_nothing(server, project, tmp_path):
    request = make_request(server, tmp_path, mode="tiles", tiles=True)
    task = LoadResultsTask(request, project)
    assert run_synchronously(task)
    assert list(tmp_path.iterdir()) == []
    assert not server.paths("/result/")
    assert [type(layer) for layer in group_layers(project, "Kazan buildings")] == \
        [QgsVectorTileLayer, QgsRasterLayer]


def test_both_mode_still_loads_the_gpkg_when_tiles_fail(server, project, tmp_path):
    del server.tilejson["vector"]
    task = LoadResultsTask(make_request(server, tmp_path, mode="both", tiles=True), project)
    signals = Signals(task)

    assert run_synchronously(task)

    outcome = signals.succeeded[0]
    assert any(message.startswith("Vector tiles:") and "404" in message for message in outcome.messages)
    assert [type(layer) for layer in group_layers(project, "Kazan buildings")] == [QgsVectorLayer, QgsRasterLayer]


def test_two_processings_share_one_mapflow_group_at_the_top(server, project, tmp_path):
    project.layerTreeRoot().addGroup("My own data")
    for name in ("First", "Second"):
        assert run_synchronously(LoadResultsTask(make_request(server, tmp_path, name=name), project))
    assert run_synchronously(LoadResultsTask(make_request(server, tmp_path, name="First"), project))

    root = project.layerTreeRoot()
    top_level = [node.name() for node in root.children()]
    assert top_level == ["Mapflow", "My own data"]
    mapflow = root.children()[0]
    assert [node.name() for node in mapflow.children()] == ["Second", "First"]  # newest processing on top
    assert len(group_layers(project, "First")) == 2  # the second load went into the existing sub-group
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        ["First_9b1c2d3e.gpkg", "First_9b1c2d3e_2.gpkg", "Second_9b1c2d3e.gpkg"]


def test_the_global_project_is_used_by_default(server, tmp_path, qgis_new_project):
    task = LoadResultsTask(make_request(server, tmp_path, name="Global"))
    assert run_synchronously(task)
    assert QgsProject.instance().layerTreeRoot().findGroup("Mapflow").findGroup("Global") is not None


def test_runs_threaded_through_the_task_manager(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path, result="big", mode="both", tiles=True), project)
    signals = Signals(task)
    progress = []
    task.progressChanged.connect(progress.append)

    QgsApplication.taskManager().addTask(task)
    assert wait_for(lambda: signals.ended, timeout=60)

    assert signals.failed == [] and signals.aborted == []
    assert signals.succeeded[0].package.report.layers[0].feature_count == 4000
    assert len(group_layers(project, "Kazan buildings")) == 3
    assert progress and max(progress) == pytest.approx(100.0)


def test_cancel_mid_download_threaded_leaves_no_file_and_no_layer(server, project, tmp_path):
    out = tmp_path / "out"
    task = LoadResultsTask(make_request(server, out, result="big", slow=True), project)
    signals = Signals(task)
    progress = []
    task.progressChanged.connect(progress.append)

    QgsApplication.taskManager().addTask(task)
    assert wait_for(lambda: any(value > 2 for value in progress), timeout=30)  # the stream is running
    task.cancel()
    assert wait_for(lambda: signals.ended, timeout=30)

    assert signals.aborted and not signals.succeeded and not signals.failed
    assert max(progress[:-1]) < 50  # stopped inside the download (QGIS sets 100 % when a task ends)
    # it ends as cancelled, never as QGIS's "Task failed": complete, and its description says so
    assert task.status() == QgsTask.TaskStatus.Complete and task.description().endswith("— cancelled")
    assert list(out.iterdir()) == []
    assert project.mapLayers() == {}


def test_both_mode_shows_the_tiles_before_the_geopackage_is_ready(server, project, tmp_path):
    """The tile layers are on the map while the GeoJSON is still streaming; the GeoPackage joins them, above."""
    task = LoadResultsTask(make_request(server, tmp_path, result="big", mode="both", tiles=True, slow=True), project)
    signals = Signals(task)
    QgsApplication.taskManager().addTask(task)

    assert wait_for(lambda: len(project.mapLayers()) == 2 or signals.ended, timeout=30)
    assert not signals.ended  # the download goes on
    early = group_layers(project, "Kazan buildings")
    assert [type(layer) for layer in early] == [QgsVectorTileLayer, QgsRasterLayer]
    assert early[0].customProperty("mapflow_processing/role") == "tiles"

    assert wait_for(lambda: signals.ended, timeout=120)
    assert signals.succeeded and not signals.failed
    layers = group_layers(project, "Kazan buildings")
    assert [type(layer) for layer in layers] == [QgsVectorLayer, QgsVectorTileLayer, QgsRasterLayer]
    assert layers[1:] == early  # the same tile layers, not added twice
    assert signals.succeeded[0].layer_ids == [layer.id() for layer in layers]
    assert signals.succeeded[0].package.report.layers[0].feature_count == 4000


def test_cancelling_after_the_early_tiles_takes_them_away(server, project, tmp_path):
    out = tmp_path / "out"
    task = LoadResultsTask(make_request(server, out, result="big", mode="both", tiles=True, slow=True), project)
    signals = Signals(task)
    QgsApplication.taskManager().addTask(task)
    assert wait_for(lambda: len(project.mapLayers()) == 2 or signals.ended, timeout=30)
    assert not signals.ended

    task.cancel()
    assert wait_for(lambda: signals.ended, timeout=30)
    assert signals.aborted and not signals.succeeded
    assert project.mapLayers() == {}
    assert list(out.iterdir()) == []


def test_cancel_before_run_returns_quietly(server, project, tmp_path):
    task = LoadResultsTask(make_request(server, tmp_path), project)
    signals = Signals(task)
    task.cancel()
    run_synchronously(task)
    assert signals.aborted and not signals.failed
    assert list(tmp_path.iterdir()) == [] and not server.paths("/result/")


@pytest.mark.parametrize("value, mode", [("gpkg", LoadMode.GPKG), ("TILES", LoadMode.TILES),
                                         (" both ", LoadMode.BOTH), (LoadMode.BOTH, LoadMode.BOTH)])
def test_load_mode_parses_the_setting(value, mode):
    assert LoadMode.parse(value) is mode


def test_unknown_load_mode_is_a_clear_error():
    with pytest.raises(ValueError, match='Unknown result load mode "geojson": expected gpkg, tiles or both'):
        LoadMode.parse("geojson")


def test_request_needs_what_its_mode_loads(tmp_path):
    with pytest.raises(ValueError, match="needs a downloader"):
        LoadResultsRequest("id", "name", "🏠 Buildings", "gpkg", tmp_path)
    with pytest.raises(ValueError, match="tile endpoints"):
        LoadResultsRequest("id", "name", "🏠 Buildings", "tiles", tmp_path)
