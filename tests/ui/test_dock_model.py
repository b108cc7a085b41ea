"""The model section of the real dock: the project's models with prices, options as check boxes with their price,
and the option choices remembered per model (also across sessions)."""
from qgis.PyQt.QtWidgets import QCheckBox

from . import dock_fixtures
from .dock_fixtures import close_harness, make_harness, sign_in

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness


def option_boxes(harness):
    return {box.text(): box for box in harness.dock.model.blocksHost.findChildren(QCheckBox) if box.isVisibleTo(
        harness.dock.model)}


def test_models_options_and_remembered_choices(qtbot, harness, sandbox_server, tmp_path, unlocked_auth):
    sign_in(qtbot, harness, sandbox_server)
    combo = harness.dock.model.modelCombo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["🏠 Buildings — 10 credits/km²", "🌲 Forest — 8 credits/km²", "🚗 Roads — 5 credits/km²",
                      "🏗️ Construction sites — 5 credits/km²"]
    harness.dock.model.select_model_by_name("Buildings")
    qtbot.waitUntil(lambda: "Classification (+3 credits/km²)" in option_boxes(harness), timeout=5000)
    assert set(option_boxes(harness)) == {"Polygonization (+2 credits/km²)", "Classification (+3 credits/km²)",
                                          "Height estimation (+5 credits/km²)", "Merge with OSM"}
    option_boxes(harness)["Classification (+3 credits/km²)"].setChecked(True)
    assert harness.controller.draft.model.enabled_blocks == ("Classification",)
    assert harness.dock.model.modelPriceLabel.text() == "Model price: 13 credits/km² (10 + 3 for the options)"

    harness.dock.model.select_model_by_name("Forest")
    qtbot.waitUntil(lambda: "Height estimation (+10 credits/km²)" in option_boxes(harness), timeout=5000)
    assert not option_boxes(harness)["Height estimation (+10 credits/km²)"].isChecked()
    harness.dock.model.select_model_by_name("Buildings")
    qtbot.waitUntil(lambda: "Classification (+3 credits/km²)" in option_boxes(harness), timeout=5000)
    assert option_boxes(harness)["Classification (+3 credits/km²)"].isChecked()

    again = make_harness(qtbot, tmp_path, unlocked_auth, ini=harness.ini)  # the next QGIS session
    try:
        sign_in(qtbot, again, sandbox_server)
        assert again.dock.model.modelCombo.currentText() == "🏠 Buildings — 10 credits/km²"
        assert again.controller.draft.model.enabled_blocks == ("Classification",)
    finally:
        close_harness(again)
