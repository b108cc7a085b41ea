"""The four models and their option blocks on real demo imagery, scored against the demo world's ground truth."""
from __future__ import annotations

import json
import re
import shutil
from collections import Counter

import pytest
from shapely.geometry import shape

from sandbox.engine import SourceSpec
from sandbox.engine.blocks import HEIGHT_CLASSES
from sandbox.engine.evaluation import area_iou, object_f1, truth_for
from tests.sandbox.test_engine_support import RICH_PLACE, make_job, run, square

AOI = square(*RICH_PLACE, 500)


@pytest.fixture(scope="module")
def fetched(tmp_path_factory):
    """One full buildings run from fetch (all blocks); its imagery is reused by the other cases."""
    work = tmp_path_factory.mktemp("rich") / "buildings-all"
    job = make_job(work, AOI, "buildings", blocks={"Simplification": True, "Classification": True, "OSM": True,
                                                   "Heights": True})
    output, recorder = run(job)
    return work, output, recorder


def run_on_fetched(fetched, tmp_path, model: str, blocks: dict):
    """Resume at detect on a copy of the fetched imagery (what a restart of a failed detect does)."""
    work = tmp_path / model
    work.mkdir()
    shutil.copy(fetched[0] / "imagery.tif", work / "imagery.tif")
    output, recorder = run(make_job(work, AOI, model, blocks=blocks, start_stage="detect"))
    assert recorder.reports[0][1] == "detect", "a resumed job must not fetch again"
    return json.loads(output.result_path.read_text()), output


def truth(model: str) -> dict:
    collection = truth_for(shape(AOI), model)
    if model == "buildings":  # the service drops buildings under 20 m² (here: slivers cut by the AOI edge)
        collection["features"] = [f for f in collection["features"] if f["properties"]["area"] >= 20]
    return collection


def test_buildings_reach_f1_09_at_iou_05(fetched, tmp_path):
    result, _ = run_on_fetched(fetched, tmp_path, "buildings", {})
    score = object_f1(result, truth("buildings"), 0.5)
    assert score.actual > 80
    assert score.f1 >= 0.9, (score.precision, score.recall)


def test_buildings_properties_follow_the_contract(fetched):
    result = json.loads(fetched[1].result_path.read_text())
    features = result["features"]
    assert [f["properties"]["id"] for f in features] == list(range(1, len(features) + 1))
    aoi = shape(AOI).buffer(1e-7)
    for feature in features:
        props = feature["properties"]
        assert feature["geometry"]["type"] == "Polygon"
        assert aoi.contains(shape(feature["geometry"])), "results are clipped to the AOI"
        assert props["object_type"] == "buildings"
        assert isinstance(props["area"], int) and props["area"] >= 20
        assert props["GAN"] == "False"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", props["processing_date"])
        assert props["shape_type"] in ("RECTANGLE", "L-SHAPE", "COMPLEX")
        assert 0.0 <= props["simplification_confidence_score"] <= 1.0
        assert props["class_id"] in ("101", "102", "103", "104", "105")
        assert isinstance(props["building_height"], float) and 2.0 <= props["building_height"] <= 40.0


def test_without_classification_there_is_no_class_id(fetched, tmp_path):
    result, _ = run_on_fetched(fetched, tmp_path, "buildings", {"Classification": False, "Simplification": False})
    assert result["features"]
    assert all("class_id" not in f["properties"] for f in result["features"])


def test_classification_derives_use_from_measured_roof_colour_and_size(fetched):
    result = json.loads(fetched[1].result_path.read_text())
    actual = truth("buildings")
    score = object_f1(result, actual, 0.5)
    agree = sum(result["features"][i]["properties"]["class_id"] == actual["features"][j]["properties"]["class_id"]
                for i, j, _ in score.matches)
    assert len({actual["features"][j]["properties"]["class_id"] for _, j, _ in score.matches}) >= 4
    assert agree / len(score.matches) >= 0.85


def test_simplification_regularises_outlines(fetched):
    result = json.loads(fetched[1].result_path.read_text())
    actual = truth("buildings")
    score = object_f1(result, actual, 0.5)
    assert score.f1 >= 0.9
    corners = {"RECTANGLE": 5, "L-SHAPE": 7}
    shapes = Counter()
    for feature in result["features"]:
        kind = feature["properties"]["shape_type"]
        shapes[kind] += 1
        ring = feature["geometry"]["coordinates"][0]
        if kind in corners and shape(feature["geometry"]).within(shape(AOI).buffer(-1e-5)):
            assert len(ring) == corners[kind], kind  # not cut by the AOI edge: exactly 4 or 6 corners
    assert shapes["RECTANGLE"] > 10 and shapes["L-SHAPE"] > 5
    agree = sum(result["features"][i]["properties"]["shape_type"] == actual["features"][j]["properties"]["shape_type"]
                for i, j, _ in score.matches)
    assert agree / len(score.matches) >= 0.8


def test_osm_block_is_reported_as_unavailable_but_the_partition_succeeds(fetched, tmp_path):
    assert [m["code"] for m in fetched[1].messages] == ["vector-processor.OSMUnavailable"]
    assert fetched[1].messages[0]["parameters"]["level"] == "warning"
    assert fetched[1].feature_count > 50
    _, output = run_on_fetched(fetched, tmp_path, "buildings", {"OSM": False})
    assert output.messages == []


def test_forest_area_iou_at_least_08_and_no_heights_without_the_block(fetched, tmp_path):
    result, _ = run_on_fetched(fetched, tmp_path, "forest", {})
    assert area_iou(result, truth("forest"), shape(AOI)) >= 0.8
    for feature in result["features"]:
        assert feature["properties"]["object_type"] == "forest"
        assert isinstance(feature["properties"]["area"], int)
        assert "class_id" not in feature["properties"] and "max_height" not in feature["properties"]


def test_heights_block_measures_woods_from_their_shadows(fetched, tmp_path):
    result, output = run_on_fetched(fetched, tmp_path, "forest", {"Heights": True})
    actual = truth("forest")
    bounds = {"00m-04m": (0.0, 4.0), "04m-10m": (4.0, 10.0), "10m-99m": (10.0, 99.0)}
    by_class_iou = []
    for name in HEIGHT_CLASSES:
        predicted = {"features": [f for f in result["features"] if f["properties"]["class_id"] == name]}
        expected = {"features": [f for f in actual["features"] if f["properties"]["class_id"] == name]}
        assert expected["features"], f"the test area must hold {name} trees"
        by_class_iou.append(area_iou(predicted, expected, shape(AOI)))
        low, high = bounds[name]
        for feature in predicted["features"]:
            assert low <= feature["properties"]["max_height"] < high  # the class follows the measured height
    assert min(by_class_iou) >= 0.6, by_class_iou
    # the woods' heights, weighted by area, are within 2 m of the truth
    score = object_f1(result, actual, 0.3)
    weights = [actual["features"][j]["properties"]["area"] for _, j, _ in score.matches]
    errors = [abs(result["features"][i]["properties"]["max_height"] - actual["features"][j]["properties"]
                  ["max_height"]) for i, j, _ in score.matches]
    assert sum(w * e for w, e in zip(weights, errors)) / sum(weights) <= 2.0
    assert output.messages == [], "the demo imagery states the sun's elevation: nothing is assumed"


def test_buildings_heights_come_from_their_shadows(fetched):
    result = json.loads(fetched[1].result_path.read_text())
    actual = truth("buildings")
    score = object_f1(result, actual, 0.5)
    errors = [abs(result["features"][i]["properties"]["building_height"] -
                  actual["features"][j]["properties"]["building_height"]) for i, j, _ in score.matches]
    assert len(errors) > 60 and sum(errors) / len(errors) <= 2.0
    tall = [result["features"][i]["properties"]["building_height"] for i, j, _ in score.matches
            if actual["features"][j]["properties"]["building_height"] >= 12]
    assert tall and min(tall) >= 9.0, "apartment blocks are measured as tall"


def test_roads_cover_the_street_grid(fetched, tmp_path):
    result, _ = run_on_fetched(fetched, tmp_path, "roads", {})
    assert area_iou(result, truth("roads"), shape(AOI)) >= 0.75
    assert all(set(f["properties"]) == {"id", "object_type"} and f["properties"]["object_type"] == "roads"
               for f in result["features"])


def test_construction_sites_are_found(fetched, tmp_path):
    result, _ = run_on_fetched(fetched, tmp_path, "construction", {})
    assert result["features"]
    assert area_iou(result, truth("construction"), shape(AOI)) >= 0.75
    assert all(f["properties"]["object_type"] == "construction" and f["properties"]["area"] > 300
               for f in result["features"])


@pytest.mark.parametrize("lon, lat, zoom", [(-43.21, -22.935, 17), (-0.131, 51.525, 19), (151.212, -33.867, 18)])
def test_buildings_work_at_other_places_and_zooms(tmp_path, lon, lat, zoom):
    aoi = square(lon, lat, 250)
    output, _ = run(make_job(tmp_path, aoi, "buildings", SourceSpec("demo", zoom=zoom)))
    actual = truth_for(shape(aoi), "buildings")
    actual["features"] = [f for f in actual["features"] if f["properties"]["area"] >= 20]
    result = json.loads(output.result_path.read_text())
    score = object_f1(result, actual, 0.5)
    assert score.actual > 10, "the demo world has houses at these places"
    assert score.f1 >= 0.9, (score.precision, score.recall, score.actual)
