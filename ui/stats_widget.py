"""The "Statistics" tab: filters of the processing history, its table and totals, CSV export. Emits intents only."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDate, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QWidget

from ..api.models.processing import ProcessingStatus
from ..api.models.stats import Stats, StatsQuery, StatsRow
from ..api.models.user import BillingType
from ..core.charges import charged_totals, cost_text, totals_text
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..core.processing_view import STATUS_LABELS, format_area_km2, format_time, status_text
from .loader import form_class
from .table_model import TitledTableModel

DEFAULT_DAYS = 30  # the history shown before the user picks dates

STATS_CONTEXT = "MapflowStats"
STATS_COLUMNS = (QT_TRANSLATE_NOOP("MapflowStats", "Name"), QT_TRANSLATE_NOOP("MapflowStats", "Project"),
                 QT_TRANSLATE_NOOP("MapflowStats", "Model"), QT_TRANSLATE_NOOP("MapflowStats", "Status"),
                 QT_TRANSLATE_NOOP("MapflowStats", "Area, km²"), QT_TRANSLATE_NOOP("MapflowStats", "Cost"),
                 QT_TRANSLATE_NOOP("MapflowStats", "Created"), QT_TRANSLATE_NOOP("MapflowStats", "Completed"),
                 QT_TRANSLATE_NOOP("MapflowStats", "User"))
_NUMERIC = {4, 5}


def stats_cells(row: StatsRow, billing: BillingType = BillingType.CREDITS) -> Tuple[str, ...]:
    status = status_text(row.status)
    return (row.name, row.project_name or "", row.scenario or "", status, format_area_km2(row.area),
            cost_text(row.cost, row.status, billing), format_time(row.created), format_time(row.completion_date),
            row.email or "")


def stats_totals_text(stats: Stats, billing: BillingType = BillingType.CREDITS) -> str:
    """What was charged for the rows (the server's own totals count refunded processings too: core.charges)."""
    return totals_text(charged_totals(((r.status, r.cost, r.area) for r in stats.results), billing), billing)


def day_start(day: date) -> datetime:
    """Local midnight as an aware datetime (sent in UTC): the user's days, not UTC days."""
    return datetime.combine(day, time.min).astimezone()


def day_end(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59)).astimezone()


class StatsTableModel(TitledTableModel):
    """Read-only rows of one stats answer (replaced as a whole: stats are asked for, not polled)."""

    def __init__(self, parent=None):
        super().__init__(_NUMERIC, parent)
        self.set_titles([translate(title, STATS_CONTEXT) for title in STATS_COLUMNS])
        self._cells: List[Tuple[str, ...]] = []
        self._links: List[str] = []

    def row_count(self) -> int:
        return len(self._cells)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self._links[index.row()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None

    def set_rows(self, rows: Sequence[StatsRow], billing: BillingType = BillingType.CREDITS) -> None:
        self.beginResetModel()
        self._cells = [stats_cells(row, billing) for row in rows]
        self._links = [row.link_to_map or "" for row in rows]
        self.endResetModel()

    def cells(self, position: int) -> Tuple[str, ...]:
        return self._cells[position]


class StatsWidget(QWidget, form_class("stats")):
    query_requested = pyqtSignal(object)  # StatsQuery
    export_requested = pyqtSignal(object)  # StatsQuery
    shown = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.model = StatsTableModel(self)
        self.statsTable.setModel(self.model)
        self.statsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.statsTable.horizontalHeader().setResizeContentsPrecision(40)
        today = QDate.currentDate()
        self.dateFromEdit.setDate(today.addDays(-DEFAULT_DAYS))
        self.dateToEdit.setDate(today)
        self.statusCombo.addItem(self.tr("Any status"), None)
        for status in STATUS_LABELS:
            self.statusCombo.addItem(status_text(status), status.value)
        self.showButton.clicked.connect(lambda: self._emit(self.query_requested))
        self.termsEdit.returnPressed.connect(lambda: self._emit(self.query_requested))
        self.exportButton.clicked.connect(lambda: self._emit(self.export_requested))

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        self.shown.emit()

    def query(self) -> Optional[StatsQuery]:
        """The filters as a StatsQuery; None (and a message) when the dates are the wrong way round."""
        first = self.dateFromEdit.date().toPyDate()
        last = self.dateToEdit.date().toPyDate()
        if first > last:
            self.set_message(self.tr("The start date {start} is after the end date {end}.").format(
                start=first.isoformat(), end=last.isoformat()), is_error=True)
            return None
        status = self.statusCombo.currentData()
        return StatsQuery(date_from=day_start(first), date_to=day_end(last),
                          statuses=(ProcessingStatus(status),) if status else (),
                          terms=self.termsEdit.text().strip() or None)

    def set_filters(self, first: date, last: date, status: Optional[ProcessingStatus] = None,
                    terms: str = "") -> None:
        self.dateFromEdit.setDate(QDate(first.year, first.month, first.day))
        self.dateToEdit.setDate(QDate(last.year, last.month, last.day))
        index = self.statusCombo.findData(status.value if status else None)
        self.statusCombo.setCurrentIndex(max(index, 0))
        self.termsEdit.setText(terms)

    def set_stats(self, stats: Stats, billing: BillingType = BillingType.CREDITS) -> None:
        self.model.set_rows(stats.results, billing)
        self.totalsLabel.setText(stats_totals_text(stats, billing))
        if stats.results:
            self.statsTable.resizeColumnsToContents()

    def set_busy(self, busy: bool) -> None:
        self.showButton.setEnabled(not busy)
        self.exportButton.setEnabled(not busy)

    def set_message(self, text: str, is_error: bool = False) -> None:
        self.messageLabel.setText(text)
        self.messageLabel.setStyleSheet("color: #b00020;" if is_error else "")

    def clear(self) -> None:
        self.model.set_rows(())
        self.totalsLabel.setText("")
        self.set_message("")

    def _emit(self, signal) -> None:
        query = self.query()
        if query is not None:
            self.set_message("")
            signal.emit(query)
