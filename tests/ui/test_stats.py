"""The Statistics tab against the real sandbox: filters, totals, CSV export, errors."""
import csv
from datetime import date, timedelta

import pytest

from mapflow_processing.api.models.processing import ProcessingStatus
from mapflow_processing.api.models.stats import StatsQuery
from mapflow_processing.ui.stats_controller import StatsController
from mapflow_processing.ui.stats_widget import STATS_COLUMNS, StatsWidget

from .conftest import (create_processing, inject_faults, make_client, make_session_state, unique,
                       wait_until_final)

SERVER_CSV_COLUMNS = ["projectName", "name", "email", "area", "cost", "created", "completionDate", "status",
                      "percentCompleted", "archived", "dataProvider", "linkToMap", "scenario"]


@pytest.fixture(scope="module")
def history(demo_client):
    """Two finished processings whose names share a token no other test uses."""
    token = unique("stats")
    project = demo_client.create_project(f"{token}-project")
    good = create_processing(demo_client, project, f"{token}-good")
    bad = create_processing(demo_client, project, f"{token}-bad", zoom=12)
    wait_until_final(demo_client, [good.id, bad.id])
    yield token, good, bad
    demo_client.delete_project(project.id)


@pytest.fixture()
def stats_tab(qtbot, task_registry, notifier):
    def make(state, show=True):
        widget = StatsWidget()
        qtbot.addWidget(widget)
        controller = StatsController(widget, state, task_registry, notifier)
        if show:
            widget.resize(900, 500)
            widget.show()
        return widget, controller
    return make


def table(widget):
    model = widget.model
    return [model.cells(row) for row in range(model.rowCount())]


def show(qtbot, widget, controller):
    """Press Show and wait for the answer."""
    qtbot.waitUntil(widget.showButton.isEnabled, timeout=10000)  # an earlier request may still run
    number = controller._request_number
    widget.showButton.click()
    qtbot.waitUntil(lambda: controller._request_number > number and widget.showButton.isEnabled(), timeout=10000)


def test_filters_totals_and_csv_export(qtbot, stats_tab, demo_client, sandbox_server, history, tmp_path,
                                       mapflow_log):
    token, good, bad = history
    widget, controller = stats_tab(make_session_state(demo_client, sandbox_server), show=False)
    today = date.today()
    widget.set_filters(today - timedelta(days=1), today + timedelta(days=1), terms=token)
    show(qtbot, widget, controller)
    rows = table(widget)
    assert sorted(r[0] for r in rows) == sorted([good.name, bad.name])
    assert {r[3] for r in rows} == {"OK", "Failed"}
    expected = demo_client.processing_stats(StatsQuery(terms=token))
    # the server's totals count the failed processing as well; what was charged is the finished one's cost
    assert expected.total_cost == good.cost + bad.cost
    assert widget.totalsLabel.text() == (f"2 processings: {good.cost:,} credits and {good.aoi_area / 1e6:,.2f} km² "
                                         f"charged. 1 failed or refunded, not charged ({bad.cost:,} credits given "
                                         "back).")
    assert {r[0]: r[5] for r in rows}[bad.name] == "refunded"

    widget.set_filters(today - timedelta(days=1), today + timedelta(days=1), ProcessingStatus.FAILED, token)
    show(qtbot, widget, controller)
    assert [r[0] for r in table(widget)] == [bad.name]
    assert widget.totalsLabel.text().startswith("1 processings")

    widget.set_filters(today + timedelta(days=2), today + timedelta(days=3), terms=token)
    show(qtbot, widget, controller)
    assert table(widget) == [] and "No processings match" in widget.messageLabel.text()

    widget.set_filters(today, today - timedelta(days=3), terms=token)  # the wrong way round: no request
    number = controller._request_number
    widget.showButton.click()
    assert controller._request_number == number
    assert "is after the end date" in widget.messageLabel.text()

    widget.set_filters(today - timedelta(days=1), today + timedelta(days=1), terms=token)
    target = tmp_path / "history.csv"
    controller.export_csv(str(target))
    qtbot.waitUntil(lambda: mapflow_log.has("Statistics saved to"), timeout=10000)
    with open(target, newline="", encoding="utf-8") as stream:
        records = list(csv.DictReader(stream))
    assert list(records[0]) == SERVER_CSV_COLUMNS  # the server's CSV, as it sent it
    assert sorted(r["name"] for r in records) == sorted([good.name, bad.name])
    assert not list(tmp_path.glob("*.part"))  # written through a temporary file that was renamed

    controller.export_csv(str(tmp_path / "missing-folder" / "x.csv"))
    qtbot.waitUntil(lambda: mapflow_log.has("Could not export the statistics to"), timeout=10000)
    assert "does not exist" in [t for t in mapflow_log.texts() if "Could not export" in t][-1]


def test_loads_when_shown_and_clears_on_sign_out(qtbot, stats_tab, demo_client, sandbox_server, history):
    state = make_session_state(demo_client, sandbox_server)
    widget, controller = stats_tab(state, show=False)
    assert widget.model.rowCount() == 0
    widget.termsEdit.setText(history[0])
    widget.show()  # the first look at the tab loads the history
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=10000)
    assert [c for c in STATS_COLUMNS][0] == widget.model.headerData(0, 1)
    state.sign_out()
    assert widget.model.rowCount() == 0 and widget.totalsLabel.text() == ""
    assert "Sign in" in widget.messageLabel.text()


def test_a_server_error_is_shown_in_the_tab(qtbot, stats_tab, sandbox_server, history):
    client = make_client(sandbox_server, retries=False)
    widget, controller = stats_tab(make_session_state(client, sandbox_server), show=False)
    inject_faults(sandbox_server, [{"path": "processings/stats", "status": 503, "times": 1}])
    try:
        widget.termsEdit.setText(history[0])
        show(qtbot, widget, controller)
        assert widget.messageLabel.text().startswith("Could not load the statistics: ")
        assert "503" in widget.messageLabel.text()
        show(qtbot, widget, controller)  # the fault expired: the next try works
        assert widget.model.rowCount() == 2 and widget.messageLabel.text() == ""
    finally:
        inject_faults(sandbox_server, [])
