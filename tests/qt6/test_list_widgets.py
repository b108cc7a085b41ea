"""The Processings and Statistics tabs on PyQt6: table models (roles, in-place diffs), the list widget's intents,
and the statistics filters, totals and the queries they emit."""
from datetime import date

from qgis.PyQt.QtCore import QModelIndex, Qt
from qgis.PyQt.QtTest import QTest

from mapflow_processing.api.models.processing import Processing, ProcessingStatus
from mapflow_processing.api.models.stats import Stats, StatsQuery
from mapflow_processing.core.processing_view import ActionState, Column, ListAction


def processing(pid, status="IN_PROGRESS", percent=10):
    return Processing.from_json({
        "id": pid, "name": f"processing {pid}", "status": status, "percentCompleted": percent,
        "workflowDef": {"id": "wd", "name": "🏠 Buildings"}, "aoiArea": 50_000, "cost": 2,
        "created": "2024-05-01T10:00:00Z", "messages": [], "params": {}, "blocks": []})


def test_processings_model_roles_and_in_place_updates(qapp):
    from mapflow_processing.ui.processings_model import ID_ROLE, ProcessingsModel

    model = ProcessingsModel()
    events = []
    model.rowsInserted.connect(lambda _parent, first, last: events.append(("insert", first, last)))
    model.dataChanged.connect(lambda a, b, _roles: events.append(("data", a.row(), a.column())))
    model.set_processings([processing("a"), processing("b", "FAILED", 100)])
    assert events == [("insert", 0, 1)]
    assert model.rowCount() == 2 and model.columnCount() == len(Column)
    assert model.index(1, 0).data(ID_ROLE) == "b"
    assert model.index(0, Column.PROGRESS).data(Qt.ItemDataRole.TextAlignmentRole) == \
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, Column.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"
    events.clear()
    model.set_processings([processing("a", percent=55), processing("b", "FAILED", 100)])
    assert events == [("data", 0, Column.PROGRESS)]
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 2
    model.set_processings([processing("b", "FAILED", 100), processing("a", percent=55)])  # reorder, kept rows
    assert [model.index(r, 0).data(ID_ROLE) for r in range(2)] == ["b", "a"]
    model.clear()
    assert model.rowCount() == 0


def test_processings_widget_turns_clicks_into_intents(widgets, record):
    from mapflow_processing.ui.processings_model import ProcessingsModel
    from mapflow_processing.ui.processings_widget import ProcessingsWidget

    widget = ProcessingsWidget(filter_delay_ms=0)
    widgets.append(widget)
    model = ProcessingsModel(widget)
    widget.set_model(model)
    selection = record(widget.selection_changed)
    model.set_processings([processing(x) for x in "abc"])
    widget.select_positions([0, 2])
    assert widget.selected_positions() == [0, 2] and selection.calls

    actions = record(widget.action_requested)
    widget.set_action_states({a: ActionState(True) for a in ListAction})
    QTest.mouseClick(widget.deleteButton, Qt.MouseButton.LeftButton)
    assert actions.last is ListAction.DELETE
    menu = {action.text(): action for action in widget.processingsTable.actions()}
    menu["Load results"].trigger()
    assert actions.last is ListAction.LOAD_RESULTS
    widget.set_action_states({ListAction.RESTART: ActionState(False, "Only failed processings restart.")})
    assert not widget.restartButton.isEnabled() and widget.restartButton.toolTip().startswith("Only failed")

    sorts = record(widget.sort_requested)
    widget.processingsTable.horizontalHeader().setSortIndicator(int(Column.NAME), Qt.SortOrder.AscendingOrder)
    assert sorts.last == (int(Column.NAME), False)
    terms = record(widget.terms_changed)
    QTest.keyClicks(widget.filterEdit, " roads ")
    QTest.keyClick(widget.filterEdit, Qt.Key.Key_Return)
    assert terms.last == "roads"
    sizes = record(widget.page_size_changed)
    widget.pageSizeCombo.setCurrentIndex(1)
    assert sizes.last == 100 and widget.page_size() == 100
    steps = record(widget.page_step_requested)
    widget.set_page(0, 3, 75)
    assert not widget.previousPageButton.isEnabled() and widget.nextPageButton.isEnabled()
    QTest.mouseClick(widget.nextPageButton, Qt.MouseButton.LeftButton)
    assert steps.last == 1
    widget.show_details("<b>details</b>")
    assert "details" in widget.detailsBrowser.toPlainText()


def _stats():
    return Stats.from_json({"total": 2, "count": 2, "totalCost": 30, "totalArea": 2_500_000, "results": [
        {"name": "a", "projectName": "P", "status": "OK", "area": "1500000", "cost": "20",
         "created": "2024-05-01T10:00:00Z", "linkToMap": "https://map.example/a"},
        {"name": "b", "projectName": "P", "status": "FAILED", "area": "1000000", "cost": "10",
         "created": "2024-05-02T10:00:00Z"}]})


def test_stats_widget_queries_and_totals(widgets, record):
    from mapflow_processing.ui.stats_widget import STATS_COLUMNS, StatsTableModel, StatsWidget

    widget = StatsWidget()
    widgets.append(widget)
    queries = record(widget.query_requested)
    widget.set_filters(date(2024, 5, 1), date(2024, 5, 31), ProcessingStatus.FAILED, "roads")
    QTest.mouseClick(widget.showButton, Qt.MouseButton.LeftButton)
    query = queries.last
    assert isinstance(query, StatsQuery)
    assert query.date_from.date() == date(2024, 5, 1) and query.date_to.date() == date(2024, 5, 31)
    assert query.statuses == (ProcessingStatus.FAILED,) and query.terms == "roads"
    exports = record(widget.export_requested)
    QTest.mouseClick(widget.exportButton, Qt.MouseButton.LeftButton)
    assert exports.last == query

    widget.set_filters(date(2024, 6, 2), date(2024, 6, 1))
    assert widget.query() is None and "after the end date" in widget.messageLabel.text()

    widget.set_stats(_stats())
    model = widget.model
    assert isinstance(model, StatsTableModel)
    assert model.rowCount() == 2 and model.columnCount() == len(STATS_COLUMNS)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "https://map.example/a"
    assert model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) == \
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert widget.totalsLabel.text() == ("2 processings: 20 credits and 1.50 km² charged. 1 failed or refunded, not "
                                         "charged (10 credits given back).")
    assert model.index(1, 5).data() == "refunded"
    widget.set_busy(True)
    assert not widget.showButton.isEnabled() and not widget.exportButton.isEnabled()
    widget.clear()
    assert model.rowCount() == 0 and widget.totalsLabel.text() == ""
