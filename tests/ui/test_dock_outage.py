"""Outages and cancels in the real dock against the sandbox's fault injection (issue 21 items 3 and 4): an unknown
cost blocks Start and is asked again once the server is back; a manual Refresh during an idle outage reports its
outcome and starts the back-off again (capped at 15 s); cancelling a load ends as cancelled and says so."""
from __future__ import annotations

import uuid

from qgis.core import QgsProject, QgsTask

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.integration.message_actions import RETRY_BUTTON
from mapflow_processing.tasks.result_download import LoadResultsTask

from . import dock_fixtures
from .conftest import create_processing, inject_faults, wait_until_final
from .dock_fixtures import TINY_BOX, sign_in, wait_idle
from .test_dock_aoi import box_wkt, polygon_layer, use_layer
from .test_dock_feedback import bar_items, button

harness = dock_fixtures.harness  # fixtures shared by the dock tests (pytest finds them as module attributes)

COST_PATH = "/processing/cost/v2"
PAGE_PATH = r"/processings/v2/page$"


def new_account(qtbot, harness, server) -> MapflowClient:
    email = f"outage-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", "1000").strip().splitlines()[-1]
    sign_in(qtbot, harness, server, token)
    return MapflowClient(server.base_url, token)


def test_an_unknown_cost_blocks_start_and_is_asked_again_when_the_server_is_back(qtbot, harness, sandbox_server):
    new_account(qtbot, harness, sandbox_server)
    harness.dock.model.select_model_by_name("Buildings")
    source = harness.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(18))
    start, cost = harness.dock.start.startButton, harness.dock.start.costLabel
    inject_faults(sandbox_server, [{"path": COST_PATH, "method": "POST", "status": 503}])  # the outage
    try:
        use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
        qtbot.waitUntil(lambda: cost.text().startswith("Cannot be computed:"), timeout=30000)
        assert not start.isEnabled()  # an unknown cost never lets a processing start
        assert "The cost could not be computed" in harness.dock.start.reasonLabel.text()
    finally:
        inject_faults(sandbox_server, [])  # the server is back
    qtbot.waitUntil(lambda: cost.text() == "13 credits", timeout=30000)  # asked again without any edit
    assert start.isEnabled() and harness.dock.start.reasonLabel.text() == ""


def test_a_manual_refresh_during_an_idle_outage_reports_its_outcome(qtbot, harness, sandbox_server):
    new_account(qtbot, harness, sandbox_server)
    controller, widget = harness.controller.processings, harness.controller.processings_widget
    poll = widget.pollStatusLabel
    qtbot.waitUntil(lambda: "every processing on this page is finished" in poll.text(), timeout=20000)
    wait_idle(qtbot, harness)
    assert controller.schedule.seconds_until_due() is None  # idle: nothing unfinished, no poll scheduled
    assert controller.schedule.policy.max_delay == 15  # the longest wait after failures
    inject_faults(sandbox_server, [{"path": PAGE_PATH, "method": "POST", "status": 503}])
    try:
        widget.refreshButton.click()
        qtbot.waitUntil(lambda: bool(bar_items(harness, "Could not refresh")), timeout=30000)
        (item,) = bar_items(harness, "Could not refresh")
        assert "server error 503" in item.text() and "retrying in 12 s" in item.text()  # the back-off restarted
        assert "Could not refresh" in poll.text()
    finally:
        inject_faults(sandbox_server, [])
    button(item, RETRY_BUTTON).click()
    qtbot.waitUntil(lambda: poll.text().startswith("Updated at"), timeout=20000)
    assert bar_items(harness, "Could not refresh") == []  # the outage message went with the outage


def test_cancelling_a_load_ends_as_cancelled_and_says_so(qtbot, harness, sandbox_server, tmp_path):
    client = new_account(qtbot, harness, sandbox_server)
    created = create_processing(client, harness.state.session.project, "To cancel")
    done = wait_until_final(client, [created.id], timeout=90)[created.id]
    assert done.status.value == "OK", done.messages
    harness.settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
    inject_faults(sandbox_server, [{"path": r"/result$", "method": "GET", "throttle": 200}])  # a slow download
    try:
        harness.controller.processings.actions.load_results([done])
        qtbot.waitUntil(lambda: any(isinstance(t, LoadResultsTask) for t in harness.tasks.running), timeout=10000)
        (task,) = [t for t in harness.tasks.running if isinstance(t, LoadResultsTask)]
        statuses = []
        task.statusChanged.connect(statuses.append)
        qtbot.waitUntil(lambda: task.status() == QgsTask.TaskStatus.Running, timeout=10000)
        task.cancel()  # what the task manager's cancel button does
        qtbot.waitUntil(lambda: harness.bar_has("Loading cancelled"), timeout=20000)
    finally:
        inject_faults(sandbox_server, [])
    assert statuses and statuses[-1] == QgsTask.TaskStatus.Complete  # QGIS says nothing about a failure
    assert QgsTask.TaskStatus.Terminated not in statuses
    assert "Loading cancelled: the results of “To cancel” were not added." in harness.bar_texts()
    assert not [text for text in harness.bar_texts() if "could not be loaded" in text or "added to the map" in text]
    assert QgsProject.instance().mapLayersByName("To cancel") == []
