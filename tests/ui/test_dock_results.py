"""Loading results from the real dock against the sandbox (issue 21 items 2 and 8): one load per processing at a
time, results already on the map are replaced or added only when the user says so; the GeoPackage goes to the folder
chosen in the Processings tab (kept with the QGIS project), the success message names it and opens it, and the
"processing finished" message offers "Load results"."""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import List

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import AoiKind, ChoiceKey
from mapflow_processing.core.processing_view import Column, ListAction
from mapflow_processing.integration.project_choices import SCOPE
from mapflow_processing.layers import layer_roles
from mapflow_processing.tasks.result_download import LoadResultsTask
from mapflow_processing.ui.dialogs import Prompts, ReloadChoice
from mapflow_processing.ui.processings_controller import LOAD_RESULTS_ACTION
from mapflow_processing.ui.processings_widget import LOAD_MODE_ORDER
from mapflow_processing.ui.results_controller import OPEN_FOLDER_ACTION

from .conftest import create_processing, inject_faults, wait_until_final
from .dock_fixtures import close_harness, make_harness, sign_in, wait_idle
from .test_dock_feedback import bar_items


class ReloadPrompts(Prompts):
    """Answers "Load results again?" as the test says, and remembers each question."""

    def __init__(self):
        self.answer = ReloadChoice.CANCEL
        self.asked: List[List[str]] = []

    def reload_results(self, parent, names):
        self.asked.append(list(names))
        return self.answer


@pytest.fixture()
def dock(qtbot, tmp_path, unlocked_auth):
    prompts = ReloadPrompts()
    made = make_harness(qtbot, tmp_path, unlocked_auth, list_prompts=prompts)
    made.reload_prompts = prompts
    yield made
    close_harness(made)


def new_account(qtbot, harness, server) -> MapflowClient:
    email = f"results-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", "1000").strip().splitlines()[-1]
    sign_in(qtbot, harness, server, token)
    return MapflowClient(server.base_url, token)


def finished_processing(qtbot, harness, server, name: str):
    client = new_account(qtbot, harness, server)
    created = create_processing(client, harness.state.session.project, name)
    done = wait_until_final(client, [created.id], timeout=90)[created.id]
    assert done.status.value == "OK", done.messages
    return done


def choose_folder(harness, folder: Path) -> None:
    """What typing or picking a folder in "Save results in" does."""
    harness.controller.processings_widget.resultsFolderWidget.setFilePath(str(folder))


def select_in_list(qtbot, harness, name: str) -> None:
    model, widget = harness.controller.processings.model, harness.controller.processings_widget
    harness.controller.processings.manual_refresh()
    qtbot.waitUntil(lambda: any(model.index(r, Column.NAME).data() == name for r in range(model.rowCount())),
                    timeout=20000)
    row = next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)
    widget.select_positions([row])


def load_tasks(harness) -> list:
    return [t for t in harness.tasks.running if isinstance(t, LoadResultsTask)]


def files_in(folder: Path) -> List[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def result_layers(name: str) -> list:
    return [layer for layer in QgsProject.instance().mapLayersByName(name)
            if layer_roles.role_of(layer) == layer_roles.RESULT]


# --- item 2: one load per processing at a time ---------------------------------------------------------------------
def test_a_second_click_while_loading_is_refused_and_adds_nothing(qtbot, dock, sandbox_server, tmp_path):
    done = finished_processing(qtbot, dock, sandbox_server, "Loaded once")
    dock.controller.processings_widget.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index("gpkg"))
    folder = tmp_path / "results"
    choose_folder(dock, folder)
    select_in_list(qtbot, dock, "Loaded once")
    button = dock.controller.processings_widget.loadResultsButton
    assert button.isEnabled()
    inject_faults(sandbox_server, [{"path": r"/result$", "method": "GET", "throttle": 2000}])  # a slow download
    try:
        button.click()
        qtbot.waitUntil(lambda: len(load_tasks(dock)) == 1, timeout=10000)
        assert not button.isEnabled()  # the button waits for its load...
        assert "being loaded" in button.toolTip()
        button.click()  # ...a click on it does nothing...
        dock.controller.processings_widget.action_requested.emit(ListAction.LOAD_RESULTS)  # ...a double-click says so
        qtbot.waitUntil(lambda: dock.bar_has("The results of “Loaded once” are being loaded."), timeout=5000)
        dock.controller.results.load(_request(dock, done))  # the results controller refuses a second request too
        assert len(load_tasks(dock)) == 1
        assert dock.bar_has("The results of “Loaded once” are being loaded already")
    finally:
        inject_faults(sandbox_server, [])
    qtbot.waitUntil(lambda: dock.bar_has("The results of “Loaded once” were added to the map."), timeout=60000)
    wait_idle(qtbot, dock)
    assert len(result_layers("Loaded once")) == 1
    assert [name for name in files_in(folder) if name.endswith(".gpkg")] == [f"Loaded_once_{done.id[:8]}.gpkg"]
    assert button.isEnabled()
    assert dock.reload_prompts.asked == []  # nothing was on the map before: no question


def _request(harness, processing):
    from mapflow_processing.core.choices import ResultsRequest

    return ResultsRequest((processing,), harness.controller.processings_widget.load_mode())


def test_loading_results_that_are_on_the_map_asks_replace_add_or_cancel(qtbot, dock, sandbox_server, tmp_path):
    done = finished_processing(qtbot, dock, sandbox_server, "Twice")
    dock.controller.processings_widget.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index("gpkg"))
    folder = tmp_path / "results"
    choose_folder(dock, folder)
    actions = dock.controller.processings.actions
    actions.load_results([done])
    qtbot.waitUntil(lambda: len(result_layers("Twice")) == 1, timeout=60000)
    (first,) = result_layers("Twice")
    first_id = first.id()
    assert layer_roles.processing_of(first) == done.id

    dock.reload_prompts.answer = ReloadChoice.CANCEL
    actions.load_results([done])
    assert dock.reload_prompts.asked == [["Twice"]]
    assert load_tasks(dock) == [] and result_layers("Twice") == [first]

    dock.reload_prompts.answer = ReloadChoice.REPLACE
    actions.load_results([done])
    assert len(load_tasks(dock)) == 1
    qtbot.waitUntil(lambda: [layer.id() for layer in result_layers("Twice")] not in ([], [first_id]),
                    timeout=60000)
    wait_idle(qtbot, dock)
    (replacement,) = result_layers("Twice")  # the old layer went, the fresh one is the only one
    assert replacement.id() != first_id and QgsProject.instance().mapLayer(first_id) is None

    dock.reload_prompts.answer = ReloadChoice.ADD
    actions.load_results([done])
    qtbot.waitUntil(lambda: len(result_layers("Twice")) == 2, timeout=60000)
    wait_idle(qtbot, dock)
    assert replacement in result_layers("Twice")
    assert len(dock.reload_prompts.asked) == 3


# --- item 8: where results go ---------------------------------------------------------------------------------------
class OpenedUrls(QObject):
    """Receives what QDesktopServices would hand to the system's file manager."""

    def __init__(self):
        super().__init__()
        self.urls: List[str] = []

    @pyqtSlot(QUrl)
    def open(self, url):  # noqa: A003 - the slot name QDesktopServices calls
        self.urls.append(url.toLocalFile())


def test_the_finished_message_loads_results_and_the_success_message_opens_their_folder(qtbot, dock, sandbox_server,
                                                                                     tmp_path):
    client = new_account(qtbot, dock, sandbox_server)
    dock.controller.processings_widget.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index("gpkg"))
    folder = tmp_path / "chosen"
    choose_folder(dock, folder)
    created = create_processing(client, dock.state.session.project, "Announced")
    qtbot.waitUntil(lambda: bool(bar_items(dock, "Processing 'Announced' finished")), timeout=90000)
    (finished,) = bar_items(dock, "Processing 'Announced' finished")
    finished.findChild(QPushButton, LOAD_RESULTS_ACTION).click()
    qtbot.waitUntil(lambda: dock.bar_has("The results of “Announced” were added to the map."), timeout=60000)
    assert not bar_items(dock, "Processing 'Announced' finished")  # the message was acted upon
    gpkg = f"Announced_{created.id[:8]}.gpkg"
    (added,) = bar_items(dock, "were added to the map")
    assert f"Saved as {gpkg} in {folder}." in added.text()
    assert files_in(folder) == [gpkg]

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        added.findChild(QPushButton, OPEN_FOLDER_ACTION).click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(folder)]


def test_the_results_folder_is_kept_with_the_qgis_project(qtbot, dock, sandbox_server, tmp_path):
    done = finished_processing(qtbot, dock, sandbox_server, "Kept")
    dock.controller.processings_widget.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index("gpkg"))
    widget = dock.controller.processings_widget
    project = QgsProject.instance()
    dock.settings.remove(catalogue.OUTPUT_DIRECTORY)  # the harness's test folder: as if the user never chose one
    dock.controller.results.show_folder()
    assert widget.results_folder() == ""  # nothing chosen: the field shows where results go by default
    assert widget.resultsFolderWidget.lineEdit().placeholderText().endswith("Mapflow results")

    first, second = tmp_path / "for project A", tmp_path / "elsewhere"
    choose_folder(dock, first)
    assert project.readEntry(SCOPE, ChoiceKey.RESULTS_FOLDER.value, "")[0] == str(first)
    project_file = tmp_path / "a.qgz"
    assert project.write(str(project_file))
    assert widget.resultsFolderWidget.lineEdit().placeholderText() == str(tmp_path)  # next to the saved project

    project.clear()
    choose_folder(dock, second)
    assert project.read(str(project_file))  # reopening project A brings its folder back
    qtbot.waitUntil(lambda: widget.results_folder() == str(first), timeout=5000)
    dock.controller.processings.actions.load_results([done])
    qtbot.waitUntil(lambda: dock.bar_has("The results of “Kept” were added to the map."), timeout=60000)
    assert files_in(first) == [f"Kept_{done.id[:8]}.gpkg"] and files_in(second) == []


# --- item 11: a loaded result never becomes the AOI by itself ---------------------------------------------------------
def listed_layers(combo) -> list:
    return [combo.layer(index) for index in range(combo.count()) if combo.layer(index) is not None]


def test_a_loaded_result_is_not_offered_as_the_aoi_unless_asked_for(qtbot, dock, sandbox_server, tmp_path):
    done = finished_processing(qtbot, dock, sandbox_server, "Not an AOI")
    aoi, draft = dock.dock.aoi, dock.controller.draft
    aoi.set_kind(AoiKind.LAYER)
    combo = aoi.aoiLayerCombo
    assert listed_layers(combo) == [] and combo.currentLayer() is None  # no polygon layer in the project
    builds = []
    draft.changed.connect(lambda: builds.append(draft.aoi_busy))
    dock.controller.processings_widget.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index("both"))
    choose_folder(dock, tmp_path / "results")
    dock.controller.processings.actions.load_results([done])
    qtbot.waitUntil(lambda: dock.bar_has("The results of “Not an AOI” were added to the map."), timeout=60000)
    (result,) = result_layers("Not an AOI")
    qtbot.wait(200)  # any follow-up of the added layers (a switch, a read) would have started by now
    assert combo.currentLayer() is None and draft.aoi is None
    assert builds == []  # the AOI section did not read anything
    assert result not in listed_layers(combo)
    assert aoi.aoiAreaLabel.text() == "Choose a layer."

    aoi.set_kind(AoiKind.LAYER_EXTENT)  # no layer of the plugin's is offered for an extent either
    assert not [layer for layer in listed_layers(combo) if layer_roles.is_plugin_output(layer)]
    aoi.set_kind(AoiKind.LAYER)

    aoi.pluginLayersCheck.setChecked(True)  # the user asks for them: listed, still not chosen
    assert result in listed_layers(combo) and combo.currentLayer() is None
    combo.setLayer(result)  # picked on purpose
    qtbot.waitUntil(lambda: draft.aoi is not None and not draft.aoi_busy and draft.aoi.usable, timeout=30000)
    assert draft.aoi.source_name == "Not an AOI"

    other = QgsVectorLayer("Polygon?crs=EPSG:4326", "added later", "memory")
    QgsProject.instance().addMapLayer(other)  # a layer added later never takes the place of the chosen one
    assert combo.currentLayer() is result
