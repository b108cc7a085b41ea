"""A Model Builder model chaining Start processing → Wait and load result: the .model3 file checked in under
tests/data/models (made by ``make_start_and_wait.py``) is loaded and run headless, as a user runs a saved model from
the Processing toolbox or a script; ``test_qgis_process`` runs the same file through ``qgis_process``."""
from __future__ import annotations

from pathlib import Path

from osgeo import ogr
from qgis.core import QgsProcessingModelAlgorithm

from tests.data.models.make_start_and_wait import MODEL_FILE
from tests.processing.helpers import RecordingFeedback, polygon_layer, run, square


def test_the_saved_model_chains_start_and_wait(mapflow_provider, stored_sign_in, tmp_path):
    reloaded = QgsProcessingModelAlgorithm()
    assert reloaded.fromFile(str(MODEL_FILE))
    valid, problems = reloaded.validate()
    assert valid, problems
    assert reloaded.childAlgorithm("start").algorithm().id() == "mapflow:startprocessing"
    assert reloaded.childAlgorithm("wait").algorithm().id() == "mapflow:waitandloadresult"

    target = tmp_path / "model_result.gpkg"
    layer = polygon_layer((square(0.004, lon=37.618, lat=55.720), "block"))
    feedback = RecordingFeedback()
    results = run(reloaded, {"aoi": layer, "model_name": "Buildings", "wait:result": str(target)}, feedback)
    assert Path(results["wait:result"]) == target
    dataset = ogr.Open(str(target))
    try:
        polygons = dataset.GetLayerByName("polygons")
        names = {feature.GetField("processing_name") for feature in polygons}
        count = polygons.GetFeatureCount()
    finally:
        dataset = None
    assert names == {"from a model"}
    processing_id = next(text for text in feedback.infos if text.startswith("Started “from a model”"))
    processing_id = processing_id.split("(")[1].split(")")[0]
    import requests

    answer = requests.get(f"{stored_sign_in.server_url}/processings/{processing_id}/result",
                          headers={"Authorization": f"Basic {stored_sign_in.token}"}, timeout=30)
    assert count == len(answer.json()["features"]) > 0
