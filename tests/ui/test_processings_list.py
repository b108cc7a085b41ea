"""The processing list against the real sandbox: paging, sorting, filtering, polling, backoff and notifications."""
import pytest
from qgis.PyQt.QtCore import QPoint, Qt

from mapflow_processing.core.poll_schedule import PollPolicy, PollState
from mapflow_processing.core.processing_view import Column
from mapflow_processing.ui.processings_controller import ProcessingsController
from mapflow_processing.ui.processings_widget import ProcessingsWidget

from .conftest import (CLOSED_PORT_URL, create_processing, inject_faults, make_client, make_session_state, unique,
                       wait_until_final)

FAST = PollPolicy(interval=0.3, max_delay=1.0)  # the real 6 s → 60 s schedule, compressed for tests


@pytest.fixture()
def make_controller(qtbot, task_registry, notifier):
    made = []

    def make(state, page_sizes=(30,), policy=FAST):
        widget = ProcessingsWidget(filter_delay_ms=50, page_sizes=page_sizes)
        qtbot.addWidget(widget)
        widget.resize(900, 600)
        widget.show()
        controller = ProcessingsController(widget, state, task_registry, notifier, policy=policy)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def names_on_screen(controller):
    model = controller.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def label(controller):
    return controller.widget.pollStatusLabel.text()


def click_header(widget, column):
    header = widget.processingsTable.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    from qgis.PyQt.QtTest import QTest
    QTest.mouseClick(header.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(x, header.height() // 2))


def test_pages_sorts_and_filters_on_the_server(qtbot, make_controller, signed_in, demo_client, ui_project,
                                               sandbox_server):
    names = ["alpha-1", "beta-2", "alpha-3", "gamma-4", "alpha-5"]
    for name in names:  # a zoom below the model's range fails within seconds: cheap rows
        create_processing(demo_client, ui_project, name, zoom=12)
    controller = make_controller(signed_in, page_sizes=(2, 30))
    widget = controller.widget
    qtbot.waitUntil(lambda: controller.model.rowCount() == 2, timeout=20000)
    assert widget.pageLabel.text() == "Page 1 of 3 (5 processings)"
    assert names_on_screen(controller) == ["alpha-5", "gamma-4"]  # newest first
    assert not widget.previousPageButton.isEnabled() and widget.nextPageButton.isEnabled()

    widget.nextPageButton.click()
    qtbot.waitUntil(lambda: names_on_screen(controller) == ["alpha-3", "beta-2"], timeout=10000)
    assert widget.pageLabel.text().startswith("Page 2 of 3")

    click_header(widget, Column.NAME)  # sorting happens on the server and starts again at page 1
    header = widget.processingsTable.horizontalHeader()
    assert header.sortIndicatorSection() == Column.NAME
    ascending = header.sortIndicatorOrder() == Qt.AscendingOrder
    expected = sorted(names, reverse=not ascending)[:2]
    qtbot.waitUntil(lambda: names_on_screen(controller) == expected, timeout=10000)
    assert controller.query.sort_by.value == "NAME" and controller.query.offset == 0
    if not ascending:
        click_header(widget, Column.NAME)
        qtbot.waitUntil(lambda: names_on_screen(controller) == ["alpha-1", "alpha-3"], timeout=10000)

    qtbot.keyClicks(widget.filterEdit, "alpha")  # debounced: one query after typing stops
    qtbot.waitUntil(lambda: widget.pageLabel.text() == "Page 1 of 2 (3 processings)", timeout=10000)
    assert controller.query.terms == "alpha"
    assert names_on_screen(controller) == ["alpha-1", "alpha-3"]
    widget.nextPageButton.click()
    qtbot.waitUntil(lambda: names_on_screen(controller) == ["alpha-5"], timeout=10000)

    widget.pageSizeCombo.setCurrentIndex(1)  # 30 rows per page
    qtbot.waitUntil(lambda: names_on_screen(controller) == ["alpha-1", "alpha-3", "alpha-5"], timeout=10000)
    assert widget.pageLabel.text() == "Page 1 of 1 (3 processings)"

    other = demo_client.create_project(unique("ui-other"))
    try:
        create_processing(demo_client, other, "elsewhere", zoom=12)
        signed_in.set_project(other, "owner")
        assert controller.model.rowCount() == 0  # the old project's rows go at once
        qtbot.waitUntil(lambda: names_on_screen(controller) == [], timeout=5000)
        widget.filterEdit.clear()
        widget.filterEdit.returnPressed.emit()
        qtbot.waitUntil(lambda: names_on_screen(controller) == ["elsewhere"], timeout=10000)
    finally:
        demo_client.delete_project(other.id)


def test_polls_until_final_announces_and_updates_rows_in_place(qtbot, make_controller, signed_in, demo_client,
                                                               ui_project, mapflow_log, bar_iface):
    controller = make_controller(signed_in)
    qtbot.waitUntil(lambda: "every processing on this page is finished" in label(controller), timeout=10000)
    assert controller.schedule.status().state is PollState.STOPPED  # an empty project is not polled

    model = controller.model
    resets, inserted, changed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.column(), bottom.column())))

    good = create_processing(demo_client, ui_project, unique("good"))
    bad = create_processing(demo_client, ui_project, unique("bad"), url=CLOSED_PORT_URL)
    signed_in.processings_changed.emit()  # what the start controller does after a start
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    assert controller.schedule.status().state is not PollState.STOPPED

    qtbot.waitUntil(lambda: mapflow_log.has(f"Processing '{good.name}' finished"), timeout=60000)
    qtbot.waitUntil(lambda: mapflow_log.has(f"Processing '{bad.name}' failed: "), timeout=60000)
    failure = next(t for t in mapflow_log.texts() if t.startswith(f"Processing '{bad.name}' failed: "))
    assert "could not be loaded" in failure  # the readable reason, not an error code
    assert any(f"Processing '{good.name}' finished" in text for text in bar_iface.bar_texts())

    qtbot.waitUntil(lambda: controller.schedule.status().state is PollState.STOPPED, timeout=10000)
    assert "every processing on this page is finished" in label(controller)
    assert resets == [] and inserted == [(0, 1)]  # rows were inserted once, then only updated
    assert changed and all(first >= Column.STATUS for first, _last in changed)  # never the name column
    statuses = {model.index(r, Column.NAME).data(): model.index(r, Column.STATUS).data() for r in range(2)}
    assert statuses == {good.name: "OK", bad.name: "Failed"}
    assert "could not be loaded" in model.index(list(statuses).index(bad.name), Column.STATUS).data(Qt.ToolTipRole)

    # more refreshes never announce the same processing twice
    controller.refresh()
    qtbot.waitUntil(lambda: controller.schedule.status().state is PollState.STOPPED
                    and not controller.schedule.in_flight, timeout=10000)
    assert mapflow_log.count(f"Processing '{good.name}' finished") == 1
    assert mapflow_log.count(f"Processing '{bad.name}' failed") == 1


def test_a_processing_that_fails_before_the_first_poll_is_still_announced(qtbot, make_controller, signed_in,
                                                                          demo_client, ui_project, mapflow_log):
    controller = make_controller(signed_in)
    qtbot.waitUntil(lambda: "finished" in label(controller), timeout=10000)
    fast = create_processing(demo_client, ui_project, unique("fast"), zoom=12)
    wait_until_final(demo_client, [fast.id])  # already FAILED when the list first sees it
    old_count = mapflow_log.count("failed: ")
    signed_in.processings_changed.emit()
    qtbot.waitUntil(lambda: mapflow_log.has(f"Processing '{fast.name}' failed: "), timeout=10000)
    assert "12" in mapflow_log.texts()[-1] and mapflow_log.count("failed: ") == old_count + 1


def test_failed_refresh_backs_off_says_so_and_recovers(qtbot, make_controller, sandbox_server, ui_project,
                                                      demo_client):
    create_processing(demo_client, ui_project, unique("row"), zoom=12)
    client = make_client(sandbox_server, retries=False)  # one request per poll, so each fault is one failure
    state = make_session_state(client, sandbox_server, ui_project)
    controller = make_controller(state)
    qtbot.waitUntil(lambda: label(controller).startswith("Updated at"), timeout=10000)
    rows_before = controller.model.rowCount()

    inject_faults(sandbox_server, [{"path": f"projects/{ui_project.id}/processings/v2/page", "status": 503,
                                    "times": 2}])
    try:
        controller.refresh()
        qtbot.waitUntil(lambda: "Could not refresh (server error 503); retrying in" in label(controller),
                        timeout=10000)
        assert controller.widget.pollStatusLabel.styleSheet()  # shown as an error
        qtbot.waitUntil(lambda: controller.schedule.failures == 2, timeout=10000)
        assert controller.schedule.status().state in (PollState.BACKING_OFF, PollState.IN_FLIGHT)
        qtbot.waitUntil(lambda: label(controller).startswith("Updated at"), timeout=10000)
        assert controller.schedule.failures == 0
        assert controller.model.rowCount() == rows_before  # the list survived the failures
    finally:
        inject_faults(sandbox_server, [])


def test_signing_out_stops_polling_and_clears(qtbot, make_controller, signed_in, demo_client, ui_project):
    create_processing(demo_client, ui_project, unique("row"), zoom=12)
    controller = make_controller(signed_in)
    qtbot.waitUntil(lambda: controller.model.rowCount() == 1, timeout=10000)
    signed_in.sign_out()
    assert controller.model.rowCount() == 0
    assert controller.schedule.status().state is PollState.STOPPED
    assert "Sign in" in label(controller)
    assert not controller.widget.deleteButton.isEnabled()


def test_tabs_fit_into_the_dock(qtbot, signed_in, demo_client, ui_project, task_registry, notifier):
    """Wired the way the dock controller does it: each widget in its tab's layout, controllers on the state."""
    from mapflow_processing.ui.dock import MapflowDock
    from mapflow_processing.ui.stats_controller import StatsController
    from mapflow_processing.ui.stats_widget import StatsWidget

    create_processing(demo_client, ui_project, unique("docked"), zoom=12)
    dock = MapflowDock()
    qtbot.addWidget(dock)
    processings_widget = ProcessingsWidget(dock.processingsTab)
    dock.processingsTabLayout.addWidget(processings_widget)
    controller = ProcessingsController(processings_widget, signed_in, task_registry, notifier, policy=FAST,
                                       parent=dock)
    stats_widget = StatsWidget(dock.statsTab)
    dock.statsTabLayout.addWidget(stats_widget)
    stats = StatsController(stats_widget, signed_in, task_registry, notifier, parent=dock)
    try:
        dock.set_signed_in(True)
        dock.show()
        qtbot.waitUntil(lambda: controller.model.rowCount() == 1, timeout=10000)
        dock.tabs.setCurrentWidget(dock.statsTab)  # showing the tab loads the history
        qtbot.waitUntil(lambda: stats.last_stats is not None, timeout=10000)
        assert stats_widget.model.rowCount() >= 1
    finally:
        controller.shutdown()


class ModelSignals:
    """What a refresh told the views: every structural signal, and each row a ``dataChanged`` covered."""

    def __init__(self, model):
        self.structural = []
        self.rows_changed = []
        self.columns_changed = set()
        for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "rowsMoved"):
            getattr(model, name).connect(lambda *args, name=name: self.structural.append((name, args[1:3])))
        model.dataChanged.connect(self._on_data_changed)

    def _on_data_changed(self, top_left, bottom_right, roles=()):
        self.rows_changed.extend(range(top_left.row(), bottom_right.row() + 1))
        self.columns_changed.update(range(top_left.column(), bottom_right.column() + 1))

    def clear(self):
        self.structural, self.rows_changed, self.columns_changed = [], [], set()


def test_a_1000_row_refresh_is_cheap_and_many_endings_make_one_summary(qtbot, task_registry, notifier,
                                                                       mapflow_log, bar_iface):
    """The GUI-thread half of a poll on a 1,000-row page, fed with pages as the worker thread computes them.

    Cheap means: the model is updated in place, never reset or re-laid out, and a refresh signals exactly the rows
    whose values changed (once each, only in the columns that show them), so the views repaint those cells only and
    the selection stays where it was.
    """

    from mapflow_processing.api.models.processing import Processing
    from mapflow_processing.core.processing_view import build_rows, diff_rows
    from mapflow_processing.integration.session_state import SessionState
    from mapflow_processing.ui.processings_controller import ListQuery, PageRefresh

    def raw(step):
        return [{"id": str(i), "name": f"bulk {i}", "percentCompleted": 10 + step * (i % 3 == 0),
                 "status": "OK" if step == 3 and i < 50 else "IN_PROGRESS", "workflowDef": {"id": "w", "name": "B"},
                 "aoiArea": 50_000, "cost": 2, "created": "2024-05-01T10:00:00Z", "messages": [], "params": {},
                 "blocks": []} for i in range(1000)]

    def changed_rows(step):  # from the server's answers alone: which processings differ from the previous page
        before, after = raw(step - 1), raw(step)
        return [i for i in range(1000) if (before[i]["percentCompleted"], before[i]["status"])
                != (after[i]["percentCompleted"], after[i]["status"])]

    widget = ProcessingsWidget(page_sizes=(1000,))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    controller = ProcessingsController(widget, SessionState(), task_registry, notifier, policy=FAST)
    signals = ModelSignals(controller.model)
    query = ListQuery("bench", limit=1000)
    controller._query = query  # no session: the pages come from this test, not from a server
    try:
        for step in range(4):
            page = [Processing.from_json(item) for item in raw(step)]
            refresh = PageRefresh(query, 1000, 1, diff_rows(controller.model.snapshot(), build_rows(page)))
            controller.schedule.request_now()
            ticket = controller.schedule.begin()
            if step == 2:
                widget.select_positions([3, 4])
            signals.clear()
            controller.apply_refresh(ticket, refresh)
            qtbot.wait(0)
            if step == 0:
                assert signals.structural == [("rowsInserted", (0, 999))] and signals.rows_changed == []
                continue
            assert signals.structural == []  # no reset, no re-layout, no row removed or inserted
            assert signals.rows_changed == changed_rows(step)  # each changed row once, and only those
            assert signals.columns_changed <= {Column.STATUS, Column.PROGRESS}
            progress = controller.model.index(3, Column.PROGRESS).data()  # row 3 progressed, row 4 did not
            assert progress != controller.model.index(4, Column.PROGRESS).data()
        assert len(signals.rows_changed) == 367  # 334 progressed + 50 finished, 17 of them both
        assert [index.row() for index in widget.processingsTable.selectionModel().selectedRows()] == [3, 4]
        assert controller.model.rowCount() == 1000
        assert mapflow_log.count("50 processing(s) finished and 0 failed") == 1
        assert mapflow_log.count("Processing 'bulk 7' finished") == 1  # each one still in the log
        assert len(bar_iface.bar_texts()) == 1  # but one line in the message bar
    finally:
        controller.shutdown()
