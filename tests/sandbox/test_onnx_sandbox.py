"""A user's ONNX model in a running sandbox, over HTTP: listed with the built-in models, priced, run on an uploaded
GeoTIFF by the worker processes, its polygons checked; a bad model refuses the start; a model that breaks after
the start fails its processing with a readable code."""
from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from shapely.geometry import shape

from sandbox.engine.geo import to_merc
from tests.sandbox.geotiffs import upload
from tests.sandbox.helpers import Api, new_user, wait_status
from tests.sandbox.onnx_models import SQUARES, constant_detection, image_aoi, manifest, red_squares_geotiff, \
    redness_segmentation, square_mercator
from tests.sandbox_fixture import REPO, start_sandbox

ROOFS = "🏠 Red roofs (ONNX)"
CARS = "🚗 Cars (ONNX)"


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("models")
    redness_segmentation(folder / "roofs.onnx")
    manifest(folder, ROOFS, "roofs.onnx", overlap=16, price=12)
    constant_detection(folder / "cars.onnx", [[10, 12, 30, 22, 0.9, 2]])
    manifest(folder, CARS, "cars.onnx", kind="detection", classes={"2": "cars"}, price=4)
    return folder


@pytest.fixture(scope="module")
def server(models, tmp_path_factory):
    running = start_sandbox(tmp_path_factory.mktemp("onnx-sandbox"), "--models-dir", str(models))
    yield running
    running.stop()


@pytest.fixture()
def api(server) -> Api:
    return new_user(server, f"onnx-{uuid.uuid4().hex[:8]}@example.test", "--credits", "10000")


def own_imagery_processing(api: Api, tmp_path, model_name: str, geometry=None) -> dict:
    mosaic = api.ok(api.post("rasters/mosaic", {"name": "squares"}))
    api.ok(upload(api, red_squares_geotiff(tmp_path / "squares.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    return api.ok(api.post("processings/v2", {
        "name": "own model", "wdName": model_name, "geometry": geometry or image_aoi(),
        "params": {"sourceParams": {"myImagery": {"mosaicId": mosaic["id"]}}}}))


def test_user_models_are_listed_like_the_built_in_ones(api):
    status = api.ok(api.get("user/status"))
    names = [m["name"] for m in status["models"]]
    assert names[:4] == ["🏠 Buildings", "🌲 Forest", "🚗 Roads", "🏗️ Construction sites"]
    assert names[4:] == [CARS, ROOFS]
    roofs = next(m for m in status["models"] if m["name"] == ROOFS)
    assert roofs["pricePerSqKm"] == 12 and [b["name"] for b in roofs["blocks"]] == ["Segmentation"]
    assert (roofs["minZoom"], roofs["maxZoom"]) == (17, 19)
    project = api.ok(api.get("projects/default"))
    assert ROOFS in [w["name"] for w in project["workflowDefs"]]
    cost = api.post("processing/cost/v2", {"wdName": ROOFS, "geometry": image_aoi(), "params": {
        "sourceParams": {"userDefined": {"sourceType": "XYZ", "url": "https://x.test/{z}/{x}/{y}.png"}}}})
    assert cost.status_code == 200 and cost.text == "12"  # under 1 km² counts as 1 km², no data price


def test_a_segmentation_model_runs_on_uploaded_imagery(api, tmp_path):
    processing = own_imagery_processing(api, tmp_path, ROOFS)
    done = wait_status(api, processing["id"], timeout=120)
    assert done["status"] == "OK", done["messages"]
    result = api.ok(api.get(f"processings/{processing['id']}/result"))
    found = [to_merc(shape(f["geometry"])) for f in result["features"]]
    assert len(found) == len(SQUARES)
    for col, row, width, height in SQUARES:
        expected = square_mercator(col, row, width, height)
        best = max(found, key=lambda g: g.intersection(expected).area)
        assert best.intersection(expected).area / best.union(expected).area >= 0.9
    assert {f["properties"]["object_type"] for f in result["features"]} == {"buildings"}
    assert all(f["properties"]["score"] >= 0.9 for f in result["features"])
    assert done["cost"] == 12


def test_a_detection_model_runs_too(api, tmp_path):
    processing = own_imagery_processing(api, tmp_path, CARS, image_aoi(size=64, inset=0))
    done = wait_status(api, processing["id"], timeout=120)
    assert done["status"] == "OK", done["messages"]
    result = api.ok(api.get(f"processings/{processing['id']}/result"))
    assert [(f["properties"]["object_type"], f["properties"]["score"]) for f in result["features"]] == [("cars", 0.9)]


def test_a_model_broken_after_the_start_fails_its_processing_readably(models, tmp_path_factory, tmp_path):
    folder = tmp_path_factory.mktemp("breaking")
    redness_segmentation(folder / "fragile.onnx")
    manifest(folder, "Fragile", "fragile.onnx")
    running = start_sandbox(tmp_path_factory.mktemp("breaking-sandbox"), "--models-dir", str(folder))
    try:
        api = new_user(running, "fragile@example.test", "--credits", "1000")
        (folder / "fragile.onnx").write_bytes(b"replaced by something that is not a model")
        processing = own_imagery_processing(api, tmp_path, "Fragile")
        done = wait_status(api, processing["id"], timeout=120)
        assert done["status"] == "FAILED"
        message = done["messages"][0]
        assert message["code"] == "inference.ModelRunError"
        assert message["parameters"]["model"] == "Fragile" and "fragile.onnx" in message["parameters"]["message"]
        assert api.ok(api.get("user/status"))["remainingCredits"] == 1000, "refunded"
    finally:
        running.stop()


def test_a_bad_model_refuses_the_start(tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    redness_segmentation(folder / "four.onnx", bands=4)
    named = manifest(folder, "Four bands", "four.onnx")
    (tmp_path / "data").mkdir()
    started = subprocess.run([sys.executable, "-m", "sandbox", "serve", "--port", "9", "--data-dir",
                              str(tmp_path / "data"), "--models-dir", str(folder)],
                             cwd=REPO, capture_output=True, text=True, timeout=120)
    assert started.returncode == 2
    assert "four.onnx" in started.stderr and "the input takes 4 as bands" in started.stderr
    assert str(named) in started.stderr
