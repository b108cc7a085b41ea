"""The areas of an open planned search edited on the map in the real dock: add (drawn, and the Start tab's AOI),
rename, redraw, delete; each shown on the map only once the server accepted it. Bad input (a name over 64
characters, an empty drawing, an area over the planned-search limit) is refused with a clear message before
anything is sent, and a server error in the middle of an edit leaves the map and the server as they were."""
from __future__ import annotations

import uuid

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY
from shapely.geometry import shape

from .conftest import inject_faults
from .dock_fixtures import wait_idle
from .search_fixtures import set_aoi
from .template_fixtures import DEMO_BOX, aoi_layers, signed_in
from . import template_fixtures

harness = template_fixtures.harness
clock_sandbox = template_fixtures.clock_sandbox
template_prompts = template_fixtures.template_prompts  # fixtures (found as module attributes)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SOUTH_BOX = (37.60, 55.715, 37.61, 55.72)


def box(west, south, east, north) -> QgsGeometry:
    return QgsGeometry.fromPolygonXY([[QgsPointXY(west, south), QgsPointXY(east, south), QgsPointXY(east, north),
                                       QgsPointXY(west, north), QgsPointXY(west, south)]])


def open_new_template(qtbot, harness, template_prompts, *limits):
    signed_in(qtbot, harness, harness.server, *limits)
    set_aoi(qtbot, harness, DEMO_BOX, name="Centre")
    name = f"Areas {uuid.uuid4().hex[:6]}"
    template_prompts.fill = lambda dialog: dialog.nameEdit.setText(name)
    harness.controller.search.widget.planSearchButton.click()
    view = harness.controller.templates.view
    qtbot.waitUntil(lambda: view.details is not None and view.template.name == name, timeout=20000)
    return view


def features(layer):
    return {f["name"]: QgsGeometry(f.geometry()) for f in layer.getFeatures()}


def draw(qtbot, editor, geometry):
    """Finish a drawing with the editor's draw tool (the tool's mouse handling is tested in tests/qgis)."""
    tool = editor.draw_tool
    assert tool is not None and editor.canvas.mapTool() is tool
    tool.polygon_drawn.emit(geometry, WGS84)


def test_areas_are_added_renamed_redrawn_and_deleted(qtbot, harness, clock_sandbox, template_prompts):
    harness.server = clock_sandbox
    view = open_new_template(qtbot, harness, template_prompts)
    editor, widget, client = view.editor, view.widget, harness.state.session.client
    [layer] = aoi_layers()
    assert list(features(layer)) == ["Centre"]

    # add a drawn area
    template_prompts.texts = ["South"]
    widget.add_aoi_requested.emit("draw")
    draw(qtbot, editor, box(*SOUTH_BOX))
    qtbot.waitUntil(lambda: "South" in features(layer), timeout=20000)
    server_aois = {a.name: a for a in client.get_template(view.template_id).template.aois}
    assert set(server_aois) == {"Centre", "South"}
    assert widget.aoisTable.rowCount() == 2
    wait_idle(qtbot, harness)

    # rename it; the label follows the server's answer
    south = server_aois["South"].id
    template_prompts.texts = ["South bank"]
    widget.rename_aoi_requested.emit(south)
    qtbot.waitUntil(lambda: "South bank" in features(layer), timeout=20000)
    assert client.get_template(view.template_id).template.aoi(south).name == "South bank"

    # redraw it
    before = features(layer)["South bank"]
    widget.redraw_aoi_requested.emit(south)
    draw(qtbot, editor, box(37.61, 55.715, 37.62, 55.72))
    qtbot.waitUntil(lambda: not features(layer)["South bank"].equals(before), timeout=20000)
    assert shape(client.get_template(view.template_id).template.aoi(south).geometry).bounds[0] >= 37.609

    # delete it (after a confirmation)
    wait_idle(qtbot, harness)
    widget.delete_aois_requested.emit([south])
    qtbot.waitUntil(lambda: list(features(layer)) == ["Centre"], timeout=20000)
    assert [a.name for a in client.get_template(view.template_id).template.aois] == ["Centre"]
    assert any("Delete 1 area(s)" in q for q in template_prompts.questions)

    # the last area stays: the plugin says so without asking the server
    centre = client.get_template(view.template_id).template.aois[0].id
    widget.delete_aois_requested.emit([centre])
    assert harness.bar_has("A planned search keeps at least one area")


def test_bad_input_is_refused_before_anything_is_sent(qtbot, harness, clock_sandbox, template_prompts):
    harness.server = clock_sandbox
    view = open_new_template(qtbot, harness, template_prompts, "--template-area-limit", "3000000")  # 3 km²
    editor, widget = view.editor, view.widget
    [layer] = aoi_layers()
    aoi_path = f"/processings/template/{view.template_id}/aoi"
    sent = harness.counter.count("POST", aoi_path)

    # a name of 65 characters
    template_prompts.texts = ["x" * 65]
    centre = view.details.template.aois[0].id
    widget.rename_aoi_requested.emit(centre)
    assert harness.bar_has("The name of the area is 65 characters long; at most 64 are allowed.")
    assert list(features(layer)) == ["Centre"]

    # an empty drawing (three points on a line)
    widget.add_aoi_requested.emit("draw")
    line = QgsGeometry.fromPolygonXY([[QgsPointXY(37.60, 55.71), QgsPointXY(37.61, 55.71), QgsPointXY(37.62, 55.71),
                                       QgsPointXY(37.60, 55.71)]])
    draw(qtbot, editor, line)
    qtbot.waitUntil(lambda: harness.bar_has("The drawn area is empty or not a valid polygon"), timeout=10000)

    # over the planned-search area limit of the account
    widget.add_aoi_requested.emit("draw")
    draw(qtbot, editor, box(37.50, 55.60, 37.56, 55.64))  # about 17 km²
    qtbot.waitUntil(lambda: harness.bar_has("larger than your planned-search limit of 3 sq.km"), timeout=10000)
    wait_idle(qtbot, harness)
    assert harness.counter.count("POST", aoi_path) == sent
    assert list(features(layer)) == ["Centre"]
    assert "larger than your planned-search limit" in widget.aoiStatusLabel.text()

    # the name of the planned search itself
    template_prompts.texts = ["y" * 65]
    widget.renameButton.click()
    assert harness.bar_has("The name of the planned search is 65 characters long; at most 64 are allowed.")
    assert harness.counter.count("PUT", f"/processings/template/{view.template_id}") == 0


def test_a_server_error_mid_edit_changes_neither_map_nor_server(qtbot, harness, clock_sandbox, template_prompts):
    harness.server = clock_sandbox
    view = open_new_template(qtbot, harness, template_prompts)
    editor, widget, client = view.editor, view.widget, harness.state.session.client
    [layer] = aoi_layers()
    centre = view.details.template.aois[0]
    before = features(layer)["Centre"]
    inject_faults(clock_sandbox, [{"path": f"/processings/template/{view.template_id}/aoi/{centre.id}$",
                                   "method": "POST", "status": 500, "times": 10}])
    try:
        widget.redraw_aoi_requested.emit(centre.id)
        draw(qtbot, editor, box(37.61, 55.715, 37.62, 55.72))
        qtbot.waitUntil(lambda: harness.bar_has("The areas were not changed"), timeout=30000)
        wait_idle(qtbot, harness)
    finally:
        inject_faults(clock_sandbox, [])
    assert features(layer)["Centre"].equals(before)
    assert client.get_template(view.template_id).template.aoi(centre.id).geometry == centre.geometry
    assert "The areas were not changed" in widget.aoiStatusLabel.text()
    assert editor.pending == ""

    # and the next edit works
    template_prompts.texts = ["Middle"]
    widget.rename_aoi_requested.emit(centre.id)
    qtbot.waitUntil(lambda: "Middle" in features(layer), timeout=20000)
