"""End to end against the sandbox: a real processing, its result streamed by the REST client, converted to a
GeoPackage, and its vector and imagery tiles served by the sandbox's tile routes, all loaded into a project."""
from __future__ import annotations

import time

import pytest
import requests
from qgis.core import QgsCategorizedSymbolRenderer, QgsLayerTree, QgsProject, QgsRasterLayer, QgsVectorLayer, \
    QgsVectorTileLayer

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.integration.qgis_transport import QgisTransport
from mapflow_processing.layers.tiles import HostAuth, TileService, bounds_to_web_mercator
from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader

AOI = {"type": "Polygon", "coordinates": [[[37.600, 55.700], [37.610, 55.700], [37.610, 55.706], [37.600, 55.706],
                                          [37.600, 55.700]]]}


@pytest.fixture(scope="module")
def finished_processing(sandbox_server):
    """A buildings processing with classification, run by the sandbox's demo engine to the end."""
    headers = {"Authorization": f"Basic {sandbox_server.token}"}
    body = {"name": "Loader e2e", "wdName": "🏠 Buildings", "geometry": AOI,
            "params": {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}}},
            "blocks": [{"name": "Classification", "enabled": True}]}
    created = requests.post(f"{sandbox_server.base_url}/processings/v2", json=body, headers=headers, timeout=30)
    assert created.status_code == 200, created.text[:300]
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token)
    deadline = time.monotonic() + 90
    while True:
        processing = client.get_processing(created.json()["id"])
        if processing.is_terminal or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert processing.status_text == "OK", processing.error_texts
    return client, processing


def test_sandbox_result_loads_as_gpkg_and_tiles(sandbox_server, finished_processing, tmp_path):
    client, processing = finished_processing
    result_features = requests.get(f"{sandbox_server.base_url}/processings/{processing.id}/result",
                                   headers={"Authorization": f"Basic {sandbox_server.token}"},
                                   timeout=30).json()["features"]
    assert result_features, "the demo AOI should contain buildings"
    project = QgsProject()
    request = LoadResultsRequest(
        processing_id=processing.id, processing_name=processing.name, workflow_name=processing.model_name,
        mode="both", output_dir=tmp_path, downloader=client_downloader(client, processing.id),
        vector_tiles=TileService(processing.vector_layer.tile_url, processing.vector_layer.tile_json_url),
        raster_tiles=TileService(processing.raster_layer.tile_url, processing.raster_layer.tile_json_url),
        http=QgisTransport(),
        mapflow_auth=HostAuth(sandbox_server.base_url, {"Authorization": f"Basic {sandbox_server.token}"}))
    task = LoadResultsTask(request, project)
    outcomes, failures = [], []
    task.succeeded.connect(outcomes.append)
    task.failed.connect(failures.append)

    task.finished(task.run())

    assert failures == [] and len(outcomes) == 1
    outcome = outcomes[0]
    assert outcome.package.path.name == f"Loader_e2e_{processing.id[:8]}.gpkg"
    group = project.layerTreeRoot().findGroup("Mapflow").findGroup("Loader e2e")
    layers = [node.layer() for node in group.children() if QgsLayerTree.isLayer(node)]
    assert [type(layer) for layer in layers] == [QgsVectorLayer, QgsVectorTileLayer, QgsRasterLayer]
    buildings, tiles, imagery = layers
    assert buildings.featureCount() == len(result_features)
    assert buildings.crs().authid() == "EPSG:4326"
    assert isinstance(buildings.renderer(), QgsCategorizedSymbolRenderer)  # classification was on
    assert tiles.isValid() and imagery.isValid()
    expected_extent = bounds_to_web_mercator(outcome.vector_tiles.bounds)
    assert tiles.extent().toString(0) == expected_extent.toString(0)
    assert outcome.vector_tiles.tile_url == processing.vector_layer.tile_url
