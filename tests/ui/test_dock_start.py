"""Start from the real dock: the confirmation, the create call on the sandbox (checked with the client), the new
row in the processing list, readable server errors, no automatic retry; then "Load results" from the list."""
import re
import uuid

import pytest

from qgis.core import QgsProject

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.models import DataProviderSource
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.core.processing_view import Column
from mapflow_processing.ui.processings_widget import LOAD_MODE_ORDER

from .conftest import inject_faults, wait_until_final
from . import dock_fixtures
from .dock_fixtures import TINY_BOX, sign_in
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness

CREATE_PATH = "/processings/v2"


def prepare(qtbot, harness, server, credits=1000):
    email = f"start-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", str(credits)).strip().splitlines()[-1]
    sign_in(qtbot, harness, server, token)
    harness.dock.model.select_model_by_name("Buildings")
    source = harness.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(18))
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    qtbot.waitUntil(lambda: harness.dock.start.startButton.isEnabled()
                    and harness.dock.start.costLabel.text() == "13 credits", timeout=15000)
    return email, MapflowClient(server.base_url, token)


def names_in_list(harness):
    model = harness.controller.processings.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_start_creates_the_processing_and_lists_it(qtbot, harness, sandbox_server):
    email, client = prepare(qtbot, harness, sandbox_server)
    start = harness.dock.start
    start.nameEdit.setText("Tiny buildings")
    assert start.confirmCheck.isChecked()
    start.startButton.click()

    qtbot.waitUntil(lambda: harness.bar_has("Processing “Tiny buildings” started."), timeout=20000)
    [summary] = harness.prompts.summaries
    assert summary.lines() == [
        "Name: Tiny buildings", "Project: Default", "Model: 🏠 Buildings", "Options: none",
        "Imagery: 🧪 Sandbox demo imagery, zoom 18", "Area: 0.0524 km² in 1 part(s)", "Cost: 13 credits"]
    project_id = harness.state.session.project.id
    [created] = [p for p in client.list_processings(project_id) if p.name == "Tiny buildings"]
    assert created.workflow_def.name == "🏠 Buildings" and created.cost == 13
    assert created.params.source == DataProviderSource("Sandbox_Demo", 18)
    assert created.meta.get("source-app") == "qgis"
    assert harness.counter.count("POST", CREATE_PATH) == 1
    # the list refreshes at once, the balance follows, the name field is free for the next one
    qtbot.waitUntil(lambda: "Tiny buildings" in names_in_list(harness), timeout=10000)
    label = harness.dock.connection.accountLabel
    qtbot.waitUntil(lambda: label.text() == f"{email} — balance 987 credits", timeout=10000)
    assert start.nameEdit.text() == ""


def test_declined_confirmation_creates_nothing_and_empty_name_gets_a_default(qtbot, harness, sandbox_server):
    _email, client = prepare(qtbot, harness, sandbox_server)
    harness.prompts.confirm = False
    harness.dock.start.startButton.click()
    qtbot.wait(300)
    assert harness.counter.count("POST", CREATE_PATH) == 0 and len(harness.prompts.summaries) == 1

    harness.dock.start.confirmCheck.setChecked(False)  # no question any more, and it is remembered
    assert harness.settings.get(catalogue.CONFIRM_BEFORE_START) is False
    harness.dock.start.startButton.click()
    qtbot.waitUntil(lambda: harness.counter.count("POST", CREATE_PATH) == 1, timeout=10000)
    qtbot.waitUntil(lambda: harness.bar_has("started."), timeout=20000)
    assert len(harness.prompts.summaries) == 1
    [created] = client.list_processings(harness.state.session.project.id)
    assert re.fullmatch(r"🏠 Buildings \d{4}-\d\d-\d\d \d\d:\d\d", created.name)


def test_server_refusal_is_shown_readably(qtbot, harness, sandbox_server):
    email, client = prepare(qtbot, harness, sandbox_server)
    harness.dock.start.confirmCheck.setChecked(False)
    # the limit changes on the server after the dock checked it
    sandbox_server.cli("set-limits", email, "--aoi-area-limit", "10000")
    harness.dock.start.startButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("could not be started"), timeout=20000)
    assert harness.bar_has("The processing could not be started: The area of interest (0.05 sq.km) is larger than "
                           "your limit of 0.01 sq.km per processing.")
    assert client.list_processings(harness.state.session.project.id) == []
    assert harness.dock.start.startButton.isEnabled()  # ready for another try once the AOI is fixed


@pytest.mark.parametrize("status, message", [
    (503, "The Mapflow server had an internal problem (HTTP 503)"),
    (403, "Not enough rights for this action in a shared project"),
])
def test_a_failed_create_is_never_retried(qtbot, harness, sandbox_server, status, message):
    _email, client = prepare(qtbot, harness, sandbox_server)
    harness.dock.start.confirmCheck.setChecked(False)
    inject_faults(sandbox_server, [{"path": f"{CREATE_PATH}$", "method": "POST", "status": status, "times": 1}])
    try:
        harness.dock.start.startButton.click()
        qtbot.waitUntil(lambda: harness.bar_has("could not be started"), timeout=20000)
    finally:
        inject_faults(sandbox_server, [])
    assert harness.bar_has(f"The processing could not be started: {message}")
    qtbot.wait(1000)
    assert harness.counter.count("POST", CREATE_PATH) == 1
    assert client.list_processings(harness.state.session.project.id) == []


def test_load_results_from_the_list(qtbot, harness, sandbox_server, tmp_path):
    _email, client = prepare(qtbot, harness, sandbox_server)
    harness.controller.processings_widget.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index("gpkg"))
    assert harness.settings.get(catalogue.RESULT_LOAD_MODE) == "gpkg"  # the "Load as" choice is remembered
    harness.settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
    harness.dock.start.confirmCheck.setChecked(False)
    harness.dock.start.nameEdit.setText("To load")
    harness.dock.start.startButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Processing “To load” started."), timeout=20000)
    [created] = client.list_processings(harness.state.session.project.id)
    done = wait_until_final(client, [created.id], timeout=90)[created.id]
    assert done.status.value == "OK", done.messages

    harness.controller.processings.actions.load_results([done])  # what the list's "Load results" does
    qtbot.waitUntil(lambda: harness.bar_has("The results of “To load” were added to the map."), timeout=60000)
    layers = QgsProject.instance().mapLayersByName("To load")
    assert layers and layers[0].isValid() and layers[0].source().startswith(str(tmp_path / "results"))
