"""Start processing → Wait and load result → List processings in headless QGIS against the sandbox: a batch-like
run over a multi-feature layer with one invalid feature, the merged GeoPackage, styled layers loaded the way the
Processing dialog loads them, FAILED results, time limits and cancellation."""
from __future__ import annotations

import uuid

import pytest
import requests
from osgeo import ogr
from qgis.core import (QgsGeometry, QgsProcessingContext, QgsProcessingException, QgsProcessingOutputLayerDefinition,
                       QgsProject, QgsVectorLayer)

from mapflow_processing.layers.styles import apply_style

from tests.processing.helpers import RecordingFeedback, polygon_layer, run, square

START = "mapflow:startprocessing"
LOAD = "mapflow:waitandloadresult"
LIST = "mapflow:listprocessings"


def result_feature_count(sign_in, processing_id: str) -> int:
    answer = requests.get(f"{sign_in.server_url}/processings/{processing_id}/result",
                          headers={"Authorization": f"Basic {sign_in.token}"}, timeout=30)
    answer.raise_for_status()
    return len(answer.json()["features"])


def table_rows(layer) -> list:
    return [dict(zip(layer.fields().names(), feature.attributes())) for feature in layer.getFeatures()]


def gpkg_tables(path) -> dict:
    dataset = ogr.Open(str(path))
    try:
        return {dataset.GetLayer(i).GetName(): [
            (f.GetField("processing_id"), f.GetField("processing_name")) for f in dataset.GetLayer(i)]
            for i in range(dataset.GetLayerCount())}
    finally:
        dataset = None


@pytest.fixture(scope="module")
def batch(mapflow_provider, stored_sign_in):
    """One run in per-feature mode over three features, the third a degenerate polygon, waiting for the ends."""
    tag = uuid.uuid4().hex[:6]
    degenerate = QgsGeometry.fromWkt("POLYGON((37.70 55.70, 37.70 55.70, 37.70 55.70, 37.70 55.70))")
    # two places where the demo world has buildings
    layer = polygon_layer((square(0.004, lon=37.606, lat=55.720), f"north {tag}"),
                          (square(0.004, lon=37.618, lat=55.710), f"south {tag}"),
                          (degenerate, f"broken {tag}"), name="parcels")
    feedback = RecordingFeedback()
    result = run(START, {"AOI": layer, "ONE_PER_FEATURE": True, "NAME_EXPRESSION": '"name"', "OPTIONS": "",
                         "WAIT": True, "TIMEOUT": 5, "OUTPUT": "memory:"}, feedback)
    return tag, layer, result, feedback


def test_one_processing_per_feature_and_the_invalid_feature_is_reported(batch, stored_sign_in):
    tag, layer, result, feedback = batch
    rows = table_rows(result["OUTPUT"])
    assert [(r["name"], r["feature_id"], r["status"]) for r in rows] == [
        (f"north {tag}", 1, "OK"), (f"south {tag}", 2, "OK"), (f"broken {tag}", 3, "NOT_STARTED")]
    assert not rows[2]["processing_id"]  # NULL
    assert rows[2]["message"] == "The area of interest has no polygon."
    ids = result["PROCESSING_IDS"].split(",")
    assert ids == [rows[0]["processing_id"], rows[1]["processing_id"]]
    assert result["STARTED"] == 2 and result["NOT_STARTED"] == 1
    assert feedback.errors == [f"Feature 3: “broken {tag}” was not started: The area of interest has no polygon."]
    assert feedback.progress and max(feedback.progress) == 100
    for processing_id in ids:  # really started with the model and the name the run gave
        processing = stored_sign_in.client.get_processing(processing_id)
        assert processing.model_name == "🏠 Buildings" and processing.meta.get("source-app") == "qgis"


def test_the_results_of_several_processings_become_one_geopackage(batch, stored_sign_in, tmp_path):
    tag, _layer, started, _ = batch
    ids = started["PROCESSING_IDS"].split(",")
    target = tmp_path / "parcels.gpkg"
    feedback = RecordingFeedback()
    result = run(LOAD, {"PROCESSING_IDS": started["PROCESSING_IDS"], "OUTPUT": str(target)}, feedback)
    expected = {i: result_feature_count(stored_sign_in, i) for i in ids}
    assert result["OUTPUT"] == str(target) and result["LOADED_PROCESSINGS"] == 2
    assert result["FEATURE_COUNT"] == sum(expected.values()) > 0
    tables = gpkg_tables(target)
    assert list(tables) == ["polygons"]
    by_processing = {i: sum(1 for pid, _ in tables["polygons"] if pid == i) for i in ids}
    assert by_processing == expected and all(expected.values())
    assert {name for _, name in tables["polygons"]} == {f"north {tag}", f"south {tag}"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parcels.gpkg"]  # no temporary file left behind


def test_loaded_into_a_project_each_table_is_a_styled_layer(batch, stored_sign_in, tmp_path):
    """What the Processing dialog does with "Open output file after running": the result is loaded through QGIS's
    own post-processing, one layer per table, named after the processing and styled for its model."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication

    _tag, _layer, started, _ = batch
    first = started["PROCESSING_IDS"].split(",")[0]
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    target = str(tmp_path / "styled.gpkg")
    feedback = RecordingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(LOAD)
    output = QgsProcessingOutputLayerDefinition(target, project)  # "Open output file after running"
    results, ok = algorithm.run({"PROCESSING_IDS": first, "OUTPUT": output}, context, feedback)
    assert ok, feedback.text
    assert list(context.layersToLoadOnCompletion()) == [f"{target}|layername=polygons"]
    assert handleAlgorithmResults(algorithm, context, feedback)
    layers = list(project.mapLayers().values())
    name = stored_sign_in.client.get_processing(first).name
    assert [layer.name() for layer in layers] == [name]
    assert layers[0].featureCount() == results["FEATURE_COUNT"]
    reference = QgsVectorLayer(f"{target}|layername=polygons", "reference", "ogr")
    assert apply_style(reference, "buildings") is None
    assert layers[0].renderer().dump() == reference.renderer().dump()  # the panel's style, not Processing's default
    project.clear()


def test_list_processings_filters_by_status_and_text(batch, stored_sign_in):
    tag, _layer, started, _ = batch
    listed = run(LIST, {"TEXT": tag, "STATUS": ["OK"], "OUTPUT": "memory:"})
    rows = table_rows(listed["OUTPUT"])
    assert listed["COUNT"] == 2
    assert sorted(r["processing_id"] for r in rows) == sorted(started["PROCESSING_IDS"].split(","))
    for row in rows:
        processing = stored_sign_in.client.get_processing(row["processing_id"])
        assert row["status"] == "OK" and row["model"] == "🏠 Buildings" and row["progress"] == 100
        assert row["area_km2"] == pytest.approx(processing.aoi_area / 1e6)
        assert row["cost"] == processing.cost and row["created"].isValid() and row["completed"].isValid()
    assert run(LIST, {"TEXT": tag, "STATUS": ["FAILED"], "OUTPUT": "memory:"})["COUNT"] == 0
    assert run(LIST, {"TEXT": tag, "LIMIT": 1, "OUTPUT": "memory:"})["COUNT"] == 1


def test_a_failed_processing_fails_the_load_with_the_servers_message(batch, mapflow_provider, stored_sign_in,
                                                                     tmp_path):
    """The sandbox's Buildings model accepts zoom 19 at most: zoom 20 is accepted at start and FAILS on the way."""
    _tag, _layer, started, _ = batch
    start_feedback = RecordingFeedback()
    failing = run(START, {"AOI": polygon_layer((square(0.003), "z20")), "ZOOM": 20, "NAME": "zoom 20",
                          "WAIT": True, "OUTPUT": "memory:"}, start_feedback)
    failed_id = failing["PROCESSING_IDS"]
    [row] = table_rows(failing["OUTPUT"])  # the start waited: the table has the end, and the log says why
    assert (row["processing_id"], row["status"]) == (failed_id, "FAILED") and "at most 19" in row["message"]
    assert start_feedback.errors == [f"The processing “zoom 20” ({failed_id}) failed: "
                                     "The zoom 20 is higher than this model accepts (at most 19)."]
    with pytest.raises(QgsProcessingException) as caught:
        run(LOAD, {"PROCESSING_IDS": failed_id, "TIMEOUT": 5, "OUTPUT": str(tmp_path / "failed.gpkg")})
    assert str(caught.value) == (f"The processing “zoom 20” ({failed_id}) failed: "
                                 "The zoom 20 is higher than this model accepts (at most 19).")
    assert not (tmp_path / "failed.gpkg").exists()
    good = started["PROCESSING_IDS"].split(",")[0]
    feedback = RecordingFeedback()
    partial = run(LOAD, {"PROCESSING_IDS": f"{failed_id}, {good}", "SKIP_FAILED": True,
                         "OUTPUT": str(tmp_path / "partial.gpkg")}, feedback)
    assert partial["LOADED_PROCESSINGS"] == 1
    assert partial["FEATURE_COUNT"] == result_feature_count(stored_sign_in, good)
    assert any(failed_id in error and "at most 19" in error for error in feedback.errors)


class CancelWhileWaiting(RecordingFeedback):
    """The user presses Cancel once the algorithm says it is waiting."""

    def setProgressText(self, text):  # noqa: N802
        super().setProgressText(text)
        if text.startswith("Waiting for"):
            self.cancel()


def test_a_time_limit_names_the_status_and_a_cancel_stops_the_wait(mapflow_provider, stored_sign_in, tmp_path):
    started = run(START, {"AOI": polygon_layer((square(0.02, lon=37.64, lat=55.72), "slow")), "NAME": "slow one",
                          "OUTPUT": "memory:"})
    processing_id = started["PROCESSING_IDS"]
    with pytest.raises(QgsProcessingException) as caught:
        run(LOAD, {"PROCESSING_IDS": processing_id, "TIMEOUT": 0.001, "OUTPUT": str(tmp_path / "slow.gpkg")})
    assert str(caught.value).startswith(f"The processing “slow one” ({processing_id}) is still ")
    assert "after 0.001 min. Run again later with the same id to pick it up." in str(caught.value)

    feedback = CancelWhileWaiting()
    with pytest.raises(QgsProcessingException) as caught:
        run(LOAD, {"PROCESSING_IDS": processing_id, "TIMEOUT": 0, "OUTPUT": str(tmp_path / "slow.gpkg")}, feedback)
    assert str(caught.value) == "Cancelled while waiting; the processings go on on the server."
    assert any(text.startswith("Waiting for “slow one”") for text in feedback.texts)
    assert not (tmp_path / "slow.gpkg").exists()


def test_whole_layer_mode_refuses_with_the_reason_and_starts_nothing(mapflow_provider, stored_sign_in):
    """Eleven separate polygons are one AOI with too many parts for one processing (the account allows 10)."""
    parts = [(square(0.002, lon=37.50 + i * 0.004, lat=55.65), str(i)) for i in range(11)]
    before = stored_sign_in.client.processings_page("default", limit=1).total
    with pytest.raises(QgsProcessingException) as caught:
        run(START, {"AOI": polygon_layer(*parts), "OUTPUT": "memory:"})
    assert str(caught.value).startswith("The AOI has 11 separate polygons; a processing accepts at most 10.")
    assert str(caught.value).endswith("Or start one processing per feature (One processing per feature).")
    assert stored_sign_in.client.processings_page("default", limit=1).total == before


def test_a_server_error_on_start_is_a_readable_refusal_per_feature_and_a_failure_for_the_layer(
        mapflow_provider, stored_sign_in, sandbox_server):
    """The create call answers 503 once: in per-feature mode that feature is reported and the next one starts; for
    the whole layer the run fails with the server's words, never a traceback. Starts are never retried."""
    from tests.api.sandbox_helpers import clear_faults, set_faults

    set_faults(sandbox_server, {"path": "/rest/processings/v2$", "method": "POST", "status": 503, "times": 1})
    try:
        feedback = RecordingFeedback()
        result = run(START, {"AOI": polygon_layer((square(0.002), "first"), (square(0.002), "second")),
                             "ONE_PER_FEATURE": True, "NAME_EXPRESSION": '"name"', "OUTPUT": "memory:"}, feedback)
        rows = table_rows(result["OUTPUT"])
        assert [(r["name"], r["status"]) for r in rows][0] == ("first", "NOT_STARTED")
        assert rows[1]["name"] == "second" and rows[1]["processing_id"] == result["PROCESSING_IDS"]
        assert rows[0]["message"] == "The Mapflow server had an internal problem (HTTP 503). Try again later."
        assert len(feedback.errors) == 1 and feedback.errors[0].startswith("Feature 1: “first” was not started: ")
        set_faults(sandbox_server, {"path": "/rest/processings/v2$", "method": "POST", "status": 500, "times": 1})
        with pytest.raises(QgsProcessingException) as caught:
            run(START, {"AOI": polygon_layer((square(0.002), "whole")), "OUTPUT": "memory:"})
        assert str(caught.value) == "The Mapflow server had an internal problem (HTTP 500). Try again later."
    finally:
        clear_faults(sandbox_server)
