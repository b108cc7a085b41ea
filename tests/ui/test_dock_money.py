"""Money and failures in the real dock against the sandbox (issue 21 item 7): a failed processing reads "refunded"
(the sandbox gives its credits back) with its error first in the details; the Statistics totals count what was
charged; "not enough credits" says where to get more for the signed-in server."""
from __future__ import annotations

import uuid

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.core.charges import TOP_UP_URL, top_up
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.core.processing_view import Column

from . import dock_fixtures
from .conftest import CLOSED_PORT_URL, create_processing, wait_until_final
from .dock_fixtures import TINY_BOX, sign_in
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

harness = dock_fixtures.harness  # fixtures shared by the dock tests (pytest finds them as module attributes)


def new_account(qtbot, harness, server, credits: int) -> MapflowClient:
    email = f"money-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", str(credits)).strip().splitlines()[-1]
    sign_in(qtbot, harness, server, token)
    return MapflowClient(server.base_url, token)


def row_of(qtbot, harness, name: str) -> int:
    model = harness.controller.processings.model
    harness.controller.processings.manual_refresh()
    qtbot.waitUntil(lambda: any(model.index(r, Column.NAME).data() == name for r in range(model.rowCount())),
                    timeout=20000)
    return next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)


def test_a_failed_processing_reads_refunded_with_its_error_first(qtbot, harness, sandbox_server):
    client = new_account(qtbot, harness, sandbox_server, credits=100)
    project = harness.state.session.project
    failed = create_processing(client, project, "Broken source", url=CLOSED_PORT_URL)
    failed = wait_until_final(client, [failed.id], timeout=90)[failed.id]
    assert failed.status.value == "FAILED" and failed.cost > 0
    assert client.user_status().remaining_credits == 100  # the sandbox gave the credits back

    row = row_of(qtbot, harness, "Broken source")
    model = harness.controller.processings.model
    qtbot.waitUntil(lambda: model.index(row, Column.STATUS).data() == "Failed", timeout=20000)
    assert model.index(row, Column.COST).data() == "refunded"
    harness.controller.processings_widget.select_positions([row])
    details = harness.controller.processings_widget.detailsBrowser.toPlainText()
    lines = [line for line in details.splitlines() if line.strip()]
    assert lines[0] == "Broken source"
    assert lines[1].startswith("Failed: ")  # the error, before every fact
    assert "Cost\trefunded" in details or "Cost refunded" in " ".join(details.split())
    assert f"{failed.cost} credits" not in details


def test_statistics_total_what_was_charged(qtbot, harness, sandbox_server):
    client = new_account(qtbot, harness, sandbox_server, credits=100)
    project = harness.state.session.project
    good = create_processing(client, project, "Charged")
    bad = create_processing(client, project, "Given back", url=CLOSED_PORT_URL)
    final = wait_until_final(client, [good.id, bad.id], timeout=90)
    assert final[good.id].status.value == "OK" and final[bad.id].status.value == "FAILED"
    assert client.user_status().remaining_credits == 100 - final[good.id].cost  # what the account paid

    harness.dock.tabs.setCurrentWidget(harness.dock.statsTab)  # the tab asks for the history when shown
    totals = harness.controller.stats_widget.totalsLabel
    qtbot.waitUntil(lambda: totals.text().startswith("2 processings"), timeout=20000)
    area = final[good.id].aoi_area / 1e6
    assert totals.text() == (f"2 processings: {final[good.id].cost} credits and {area:,.2f} km² charged. "
                             f"1 failed or refunded, not charged ({final[bad.id].cost} credits given back).")


def test_not_enough_credits_says_how_to_get_more_on_this_server(qtbot, harness, sandbox_server):
    new_account(qtbot, harness, sandbox_server, credits=5)
    harness.dock.model.select_model_by_name("Buildings")
    source = harness.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(18))
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    start = harness.dock.start
    qtbot.waitUntil(lambda: "your balance is 5 credits" in start.reasonLabel.text(), timeout=30000)
    assert not start.startButton.isEnabled()
    assert start.reasonLabel.text().splitlines() == [
        "This processing costs 13 credits; your balance is 5 credits.",
        "The sandbox has no top-up page: add credits with its admin command "
        "(python -m sandbox add-credits EMAIL N --data-dir DIR)."]

    # signed in to the Mapflow service, the same reason links to its top-up page
    start.set_blockers(["This processing costs 13 credits; your balance is 5 credits."],
                       top_up("https://api.mapflow.ai/rest"))
    assert f'<a href="{TOP_UP_URL}">Top up your balance</a>' in start.reasonLabel.text()
    assert start.reasonLabel.openExternalLinks()
