"""The dock's life: every controller lets go of what it connected on shutdown, and the choices made for a QGIS
project come back with its .qgz (falling back to the user's last choice in a new project)."""
from __future__ import annotations

import json

from qgis.core import QgsProject
from qgis.PyQt.QtCore import pyqtBoundSignal

from mapflow_processing.core.choices import AoiKind, ChoiceKey, SourceKind, model_blocks_key
from mapflow_processing.integration.project_choices import SCOPE

from . import dock_fixtures
from .dock_fixtures import TINY_BOX, sign_in, wait_idle
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

harness = dock_fixtures.harness  # fixtures shared by the dock tests (pytest finds them as module attributes)


def custom_signals(obj):
    """The signals a class declares itself (not QObject's or a Qt widget's own)."""
    names = {name for cls in type(obj).__mro__ if cls.__module__.startswith("mapflow_processing")
             for name, value in vars(cls).items() if type(value).__name__ == "pyqtSignal"}
    return {name: getattr(obj, name) for name in sorted(names) if isinstance(getattr(obj, name), pyqtBoundSignal)}


def test_after_shutdown_no_controller_slot_runs(qtbot, harness, sandbox_server):
    sign_in(qtbot, harness, sandbox_server)
    wait_idle(qtbot, harness)
    controller, dock = harness.controller, harness.dock
    shared = [controller.state, controller.draft, controller.memory, dock.connection, dock.project, dock.aoi,
              dock.model, dock.source, dock.start, controller.processings_widget, controller.stats_widget]
    connected = {(type(obj).__name__, name) for obj in shared for name, signal in custom_signals(obj).items()
                 if obj.receivers(signal) > 0}
    assert ("SessionState", "changed") in connected and ("ProcessingDraft", "changed") in connected
    assert ("ConnectionWidget", "sign_in_requested") in connected and ("ChoiceMemory", "restored") in connected

    controller.shutdown()
    still = {(type(obj).__name__, name) for obj in shared for name, signal in custom_signals(obj).items()
             if obj.receivers(signal) > 0}
    assert still == set()
    # and what they would have done does not happen: nothing reacts to a sign-out, a project change, a click
    account, poll = dock.connection.accountLabel.text(), controller.processings_widget.pollStatusLabel.text()
    controller.state.sign_out()
    controller.state.processings_changed.emit()
    controller.draft.changed.emit()
    dock.connection.signOutButton.click()
    QgsProject.instance().clear()  # would restore the choices of a project
    qtbot.wait(50)
    assert dock.connection.accountLabel.text() == account
    assert controller.processings_widget.pollStatusLabel.text() == poll
    assert not harness.tasks.running


def choose(qtbot, harness, layer, zoom: int, classification: bool, kind=AoiKind.LAYER):
    use_layer(harness, kind, layer)
    harness.dock.model.select_model_by_name("Buildings")
    harness.dock.model.set_block("Classification", classification)
    source = harness.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(zoom))
    wait_idle(qtbot, harness)


def shown(harness):
    dock = harness.dock
    return (dock.aoi.kind(), dock.aoi.aoiLayerCombo.currentLayer(), dock.model.current_model().name,
            dock.model.choice().enabled_blocks().get("Classification"), dock.source.kind(),
            dock.source.providerCombo.currentData(), dock.source.zoomCombo.currentData())


def test_choices_are_kept_in_the_project_file(qtbot, harness, sandbox_server, tmp_path):
    sign_in(qtbot, harness, sandbox_server)
    project = QgsProject.instance()
    layer = polygon_layer(box_wkt(*TINY_BOX), name="survey area")
    choose(qtbot, harness, layer, zoom=19, classification=True)
    path = str(tmp_path / "survey.qgz")
    assert project.write(path)
    buildings = harness.controller.draft.model.model

    # later, elsewhere: other choices (they become the user's last choice)
    choose(qtbot, harness, layer, zoom=17, classification=False, kind=AoiKind.EXTENT)
    assert shown(harness)[0] is AoiKind.EXTENT

    assert project.read(path)  # the survey project again: its own choices come back
    wait_idle(qtbot, harness)
    restored_layer = project.mapLayersByName("survey area")[0]
    assert shown(harness) == (AoiKind.LAYER, restored_layer, buildings.name, True, SourceKind.PROVIDER,
                              "Sandbox_Demo", 19)
    draft = harness.controller.draft
    assert draft.model.enabled_blocks == ("Classification",) and draft.source.zoom == 19
    entries = {key: project.readEntry(SCOPE, key.value, "")[0] for key in (ChoiceKey.ZOOM, ChoiceKey.AOI_KIND)}
    assert entries == {ChoiceKey.ZOOM: "19", ChoiceKey.AOI_KIND: "layer"}
    assert json.loads(project.readEntry(SCOPE, model_blocks_key(buildings.id), "")[0])["Classification"] is True

    project.clear()  # a new project: nothing of its own, so the user's last choice
    wait_idle(qtbot, harness)
    assert shown(harness)[4:] == (SourceKind.PROVIDER, "Sandbox_Demo", 17)
    assert shown(harness)[0] is AoiKind.EXTENT and shown(harness)[3] is False


def test_filling_the_dock_leaves_an_untouched_project_clean(qtbot, harness, sandbox_server):
    project = QgsProject.instance()
    project.clear()
    project.setDirty(False)
    sign_in(qtbot, harness, sandbox_server)  # models, providers and mosaics are listed and shown...
    wait_idle(qtbot, harness)
    assert not project.isDirty()  # ...but nothing the user chose: no "save changes?" for an untouched project
