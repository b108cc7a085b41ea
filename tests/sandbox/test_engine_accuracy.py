"""The engine's accuracy report (``python -m sandbox.engine.evaluation``) held to thresholds: every model on demo
places of several latitudes, scored against the truth the demo generator knows, and uniform scenes on which an
honest engine finds nothing. docs/SANDBOX_ENGINE.md quotes the figures this report gives."""
from __future__ import annotations

import json

import pytest

from sandbox.engine import evaluation
from sandbox.engine.accuracy import MODELS, PLACES, accuracy_report, markdown


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return accuracy_report(PLACES, tmp_path_factory.mktemp("accuracy"))


def test_buildings_are_found_classified_and_measured(report):
    buildings = report["buildings"]
    assert buildings["true"] > 300, "the places hold a few hundred buildings"
    assert buildings["precision"] >= 0.95 and buildings["recall"] >= 0.9
    assert buildings["mean_iou_of_matches"] >= 0.8
    assert buildings["class_accuracy"] >= 0.9
    assert buildings["height_mae_m"] <= 2.0


def test_forest_roads_and_construction_sites(report):
    assert report["forest"]["area_iou"] >= 0.8
    assert report["forest"]["height_mae_m"] <= 2.5
    assert report["forest"]["height_class_accuracy"] >= 0.8
    assert report["roads"]["area_iou"] >= 0.85
    assert report["construction"]["area_iou"] >= 0.85


def test_uniform_scenes_yield_no_objects(report):
    assert set(report["uniform_scenes"]) == {"snow", "water", "bare soil", "lawn"}
    for name, scene in report["uniform_scenes"].items():
        assert scene["objects"] == {model: 0 for model in MODELS}, name


def test_markdown_states_every_figure(report):
    text = markdown(report)
    assert f"{report['buildings']['precision']} / {report['buildings']['recall']}" in text
    assert f"| forest | area IoU | {report['forest']['area_iou']} |" in text
    assert all(name in text for name in report["uniform_scenes"])


def test_the_command_line_writes_json_and_markdown(tmp_path, capsys):
    assert evaluation.main(["--quick", "--out", str(tmp_path)]) == 0
    written = json.loads((tmp_path / "engine-accuracy.json").read_text())
    assert [p["name"] for p in written["places"]] == [PLACES[0].name]
    assert written["buildings"]["matched"] > 50
    assert (tmp_path / "engine-accuracy.md").read_text() == capsys.readouterr().out.rstrip("\n") + "\n"
