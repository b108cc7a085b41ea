"""The table model applies refresh diffs in place: minimal signals, selection kept, cheap for 1,000 rows."""

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import QTableView

from mapflow_processing.api.models.processing import Processing
from mapflow_processing.core.processing_view import Column, build_rows, diff_rows
from mapflow_processing.ui.processings_model import ID_ROLE, ProcessingsModel


def processing(pid, status="IN_PROGRESS", percent=10, name=None):
    return Processing.from_json({
        "id": pid, "name": name or f"processing {pid}", "status": status, "percentCompleted": percent,
        "workflowDef": {"id": "wd", "name": "🏠 Buildings"}, "aoiArea": 50_000, "cost": 2,
        "created": "2024-05-01T10:00:00Z", "messages": [], "params": {}, "blocks": []})


class Signals:
    def __init__(self, model):
        self.events = []
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.rowsInserted.connect(lambda _p, first, last: self.events.append(("insert", first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: self.events.append(("remove", first, last)))
        model.layoutChanged.connect(lambda *_: self.events.append(("layout",)))
        model.dataChanged.connect(lambda a, b, _r: self.events.append(("data", a.row(), b.row(), a.column(),
                                                                         b.column())))


@pytest.fixture()
def model(qgis_app):
    return ProcessingsModel()


def ids(model):
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_first_fill_is_one_insert(model):
    signals = Signals(model)
    model.set_processings([processing(str(i)) for i in range(5)])
    assert signals.events == [("insert", 0, 4)]
    assert model.index(0, Column.STATUS).data() == "In progress"
    assert model.index(0, Column.PROGRESS).data(Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)


def test_progress_change_signals_only_its_cell(model):
    model.set_processings([processing("a"), processing("b"), processing("c")])
    signals = Signals(model)
    model.set_processings([processing("a"), processing("b", percent=55), processing("c")])
    assert signals.events == [("data", 1, 1, Column.PROGRESS, Column.PROGRESS)]
    assert model.index(1, Column.PROGRESS).data() == "55 %"


def test_inserts_and_removals_keep_other_rows(model):
    model.set_processings([processing(x) for x in "abcde"])
    signals = Signals(model)
    model.set_processings([processing(x) for x in "xacyz"])
    assert ("reset",) not in signals.events
    assert [e for e in signals.events if e[0] == "remove"] == [("remove", 3, 4), ("remove", 1, 1)]
    assert [e for e in signals.events if e[0] == "insert"] == [("insert", 0, 0), ("insert", 3, 4)]
    assert ids(model) == list("xacyz")


def test_selection_follows_the_processing_when_the_order_changes(model, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_processings([processing(x) for x in "abc"])
    view.selectionModel().select(model.index(2, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    signals = Signals(model)
    model.set_processings([processing("c", status="OK", percent=100), processing("a"), processing("b")])
    assert ("layout",) in signals.events and ("reset",) not in signals.events
    selected = view.selectionModel().selectedRows()
    assert [index.data(ID_ROLE) for index in selected] == ["c"]
    assert model.index(0, Column.STATUS).data() == "OK"


def test_stale_diff_is_recomputed(model):
    model.set_processings([processing("a")])
    diff = diff_rows(model.snapshot(), build_rows([processing("a"), processing("b")]))
    model.set_processings([processing("z")])  # the rows changed after the diff was computed
    model.apply(diff)
    assert ids(model) == ["a", "b"]


def test_refreshing_1000_rows_touches_only_what_changed(model, qtbot):
    """The stall itself is measured by `make bench` (GUI stall case); here: a refresh never resets the model and
    repaints only the cells that changed, which is what keeps it cheap."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    model.set_processings([processing(str(i), percent=10) for i in range(1000)])
    QCoreApplication.processEvents()
    resets, changed_rows, inserted, removed = [], set(), [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, *_: changed_rows.update(range(top.row(), bottom.row() + 1)))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append(last - first + 1))
    for step in range(1, 4):
        # a poll where a third of the rows progressed, two vanished and two are new (computed "in the task")
        fresh = [processing(str(i), percent=10 + step * (i % 3 == 0)) for i in range(step * 2, 1000)]
        fresh[:0] = [processing(f"new{step}-{k}") for k in range(2)]
        diff = diff_rows(model.snapshot(), build_rows(fresh))
        model.apply(diff)
        QCoreApplication.processEvents()
    assert model.rowCount() == 1000 - 2 * 3 + 2  # the previous polls' new rows vanished again
    assert resets == []
    assert inserted == [2, 2, 2] and removed == [2, 4, 4]  # vanished rows: 2 old ones, then 2 old + 2 new
    assert changed_rows  # progressed rows were updated in place
