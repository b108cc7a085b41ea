"""Users' own ONNX models in the engine: manifests and models refused with a message naming the file and the
problem, segmentation tiled with overlap and polygonized, detection boxes placed and de-duplicated, failures at
run time reported with a readable code. Models are built by the tests (tests/sandbox/onnx_models.py)."""
from __future__ import annotations

import json
import shutil

import pytest
from shapely.geometry import box, shape

from sandbox import catalog, user_models
from sandbox.engine import SourceSpec, StageError
from sandbox.engine.geo import to_merc
from sandbox.engine.raster_io import read_imagery
from sandbox.engine.models.onnx_manifest import ModelConfigError, load_manifest
from sandbox.engine.models.onnx_runner import check_model
from tests.sandbox.onnx_models import SQUARES, constant_detection, image_aoi, manifest, red_squares_geotiff, \
    redness_segmentation, shrinking_segmentation, square_mercator
from tests.sandbox.test_engine_support import make_job, run


@pytest.fixture()
def restore_catalog():
    yield
    catalog.install_user_models([])


@pytest.fixture(scope="module")
def squares(tmp_path_factory):
    return red_squares_geotiff(tmp_path_factory.mktemp("squares") / "squares.tif")


def configure(folder):
    specs = user_models.configure([folder])
    return {s.key: s for s in specs}


def run_user_model(tmp_path, key: str, tif, geometry=None):
    output, _ = run(make_job(tmp_path / key, geometry or image_aoi(), key,
                             SourceSpec("geotiff", file_paths=[str(tif)])))
    return json.loads(output.result_path.read_text()), output


def test_a_segmentation_model_finds_the_red_roofs_across_tiles(tmp_path, squares, restore_catalog):
    folder = tmp_path / "models"
    folder.mkdir()
    redness_segmentation(folder / "roofs.onnx")
    manifest(folder, "🏠 Red roofs (ONNX)", "roofs.onnx", overlap=16)  # 64 px tiles over a 180 px image
    key = next(iter(configure(folder)))
    model = catalog.model_by_key(key)
    assert model.name == "🏠 Red roofs (ONNX)" and model.price_per_sq_km == 12
    result, output = run_user_model(tmp_path, key, squares)
    found = [shape(f["geometry"]) for f in result["features"]]
    assert len(found) == len(SQUARES), "one polygon per roof, none cut at a tile seam"
    for col, row, width, height in SQUARES:
        expected = square_mercator(col, row, width, height)
        best = max(found, key=lambda g: to_merc(g).intersection(expected).area)
        merc = to_merc(best)
        assert merc.intersection(expected).area / merc.union(expected).area >= 0.9
    for feature in result["features"]:
        props = feature["properties"]
        assert props["object_type"] == "buildings" and props["score"] >= 0.9
        assert props["GAN"] == "False" and isinstance(props["area"], int) and props["area"] > 150
    assert output.messages == []


def test_a_detection_model_places_its_boxes_and_drops_low_scores(tmp_path, squares, restore_catalog):
    folder = tmp_path / "models"
    folder.mkdir()
    # in every 64 px tile: a car at pixels 10-30 x 12-22 (class 2), a weak guess (score 0.2), an unknown class 9
    constant_detection(folder / "cars.onnx", [[10, 12, 30, 22, 0.9, 2], [40, 40, 50, 50, 0.2, 2],
                                              [0, 0, 5, 5, 0.95, 9]])
    manifest(folder, "🚗 Cars (ONNX)", "cars.onnx", kind="detection", classes={"2": "cars"}, threshold=0.5,
             overlap=0)
    key = next(iter(configure(folder)))
    small = image_aoi(size=64, inset=0)  # one tile: the boxes are where the model says
    result, _ = run_user_model(tmp_path, key, squares, small)
    assert len(result["features"]) == 1
    car = result["features"][0]
    assert car["properties"]["object_type"] == "cars" and car["properties"]["score"] == 0.9
    # tile pixels are pixels of the imagery the engine fetched for the AOI (at the model's 0.5 m)
    window = read_imagery(tmp_path / key / "imagery.tif").window
    expected = box(window.west + 10 * window.res_x, window.north - 22 * window.res_y,
                   window.west + 30 * window.res_x, window.north - 12 * window.res_y)
    merc = to_merc(shape(car["geometry"]))
    assert merc.intersection(expected).area / merc.union(expected).area >= 0.95


def test_overlapping_tiles_do_not_count_a_box_twice(tmp_path, squares, restore_catalog):
    folder = tmp_path / "models"
    folder.mkdir()
    constant_detection(folder / "middle.onnx", [[24, 24, 40, 40, 0.8, 1]])
    manifest(folder, "Middles", "middle.onnx", kind="detection", overlap=16)
    key = next(iter(configure(folder)))
    result, _ = run_user_model(tmp_path, key, squares, image_aoi(size=128, inset=0))
    centres = sorted((round(to_merc(shape(f["geometry"])).centroid.x), round(to_merc(shape(f["geometry"])).centroid.y))
                     for f in result["features"])
    assert len(centres) == len(set(centres)) == 9, "tiles at 0, 48 and 64 on each axis: one box per tile"


@pytest.mark.parametrize("case, problem", [
    ("not onnx", "not a usable ONNX model"),
    ("four bands", "the input takes 4 as bands"),
    ("wrong size", "the input takes 64 as height"),
    ("shrinking output", "[1, classes, 64, 64]"),
    ("missing keys", "missing keys 'bands', 'classes'"),
    ("no model file", "does not exist"),
    ("bad class", "class number '0'"),
])
def test_bad_models_are_refused_naming_the_file_and_the_problem(tmp_path, case, problem, restore_catalog):
    folder = tmp_path / "models"
    folder.mkdir()
    if case == "not onnx":
        (folder / "m.onnx").write_bytes(b"this is not a protobuf at all")
        named = manifest(folder, "Broken", "m.onnx")
    elif case == "four bands":
        redness_segmentation(folder / "m.onnx", bands=4)
        named = manifest(folder, "Four", "m.onnx")
    elif case == "wrong size":
        redness_segmentation(folder / "m.onnx")
        named = manifest(folder, "Size", "m.onnx", input_size=128)
    elif case == "shrinking output":
        shrinking_segmentation(folder / "m.onnx")
        named = manifest(folder, "Shrinking", "m.onnx")
    elif case == "missing keys":
        redness_segmentation(folder / "m.onnx")
        named = manifest(folder, "Incomplete", "m.onnx", bands=None, classes=None)
    elif case == "no model file":
        named = manifest(folder, "Ghost", "ghost.onnx")
    else:
        redness_segmentation(folder / "m.onnx")
        named = manifest(folder, "Zero", "m.onnx", classes={"0": "buildings"})
    with pytest.raises(ModelConfigError) as refused:
        user_models.configure([folder])
    message = str(refused.value)
    assert problem in message, message
    assert str(named) in message or "m.onnx" in message or "ghost.onnx" in message
    assert [m.key for m in catalog.MODELS] == [m.key for m in catalog.BUILTIN_MODELS], "nothing half-installed"


def test_a_model_that_fails_at_run_time_fails_the_partition_readably(tmp_path, squares, restore_catalog):
    folder = tmp_path / "models"
    folder.mkdir()
    redness_segmentation(folder / "roofs.onnx")
    manifest(folder, "Roofs", "roofs.onnx")
    key = next(iter(configure(folder)))
    spec = catalog.model_by_key(key).onnx
    (folder / "roofs.onnx").write_bytes(b"overwritten by something else")
    from sandbox.engine.models import onnx_runner

    onnx_runner._SESSIONS.clear()  # a fresh worker process
    with pytest.raises(StageError) as failure:
        run_user_model(tmp_path, key, squares)
    assert failure.value.code == "inference.ModelRunError" and failure.value.stage == "detect"
    assert failure.value.parameters["model"] == "Roofs" and "roofs.onnx" in failure.value.parameters["message"]
    assert spec.model_path.endswith("roofs.onnx")


def test_a_processing_of_a_model_no_longer_configured_fails_with_its_code(tmp_path, squares):
    with pytest.raises(StageError) as failure:
        run_user_model(tmp_path, "onnx-gone", squares)
    assert failure.value.code == "inference.ModelNotConfigured"


def test_manifest_defaults_and_zoom_range(tmp_path):
    redness_segmentation(tmp_path / "m.onnx")
    spec = load_manifest(manifest(tmp_path, "Defaults", "m.onnx", price=None, threshold=None))
    assert (spec.price, spec.threshold, spec.overlap, spec.activation) == (10.0, 0.5, 8, "none")
    assert spec.recommended_zoom == 18 and (spec.min_zoom, spec.max_zoom) == (17, 19)  # 0.5 m at 45°
    assert (spec.min_res, spec.max_res) == (0.25, 1.0)
    check_model(spec)
    shutil.rmtree(tmp_path)
