"""The Search tab: filters, the Search button, the results table with server-side sorting and paging, and the
actions on the selected scenes. A thin widget: it shows what the search controller tells it and emits what the
user asks for; the table's own selection comes out as ``selection_changed`` (never for a selection set by code).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable, List

from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QWidget

from .loader import form_class
from .scene_table_model import ID_ROLE, SceneColumn, SceneTableModel, local_date_text, sort_key
from .search_filters_widget import SearchFiltersWidget

PAGE_SIZES = (50, 100, 250, 500, 1000)
DEFAULT_PAGE_SIZE = 100
ASC, DESC = "ASC", "DESC"
MAX_COLUMN_WIDTH = 120  # long provider names are cut; the user can widen the column
# what the widest cell of a column usually holds: the columns are sized once from these, never by measuring 1,000 rows
_COLUMN_SAMPLES = {SceneColumn.PROVIDER: "SBX_Mosaic_2025", SceneColumn.DATE: "", SceneColumn.CLOUD: "100.0",
                   SceneColumn.OFF_NADIR: "30.0", SceneColumn.RESOLUTION: "0.75", SceneColumn.SENSOR: "WV03",
                   SceneColumn.PRODUCT: "Mosaic", SceneColumn.COVER: "100"}


def qt_order(order: str):
    return Qt.SortOrder.DescendingOrder if order == DESC else Qt.SortOrder.AscendingOrder


class SearchWidget(QWidget, form_class("search")):
    search_requested = pyqtSignal()
    cancel_requested = pyqtSignal()
    page_requested = pyqtSignal(int)  # -1 previous, +1 next
    page_size_changed = pyqtSignal(int)
    sort_requested = pyqtSignal(int, str)  # column, ASC|DESC
    selection_changed = pyqtSignal(list)  # scene ids the user selected in the table
    zoom_requested = pyqtSignal(list)
    preview_requested = pyqtSignal(list)
    use_requested = pyqtSignal(list)
    plan_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.filters = SearchFiltersWidget(self.filtersBox)
        self.filtersLayout.addWidget(self.filters)
        self.model = SceneTableModel(self.resultsView)
        self.resultsView.setModel(self.model)
        self._syncing = False
        self._sort = (int(SceneColumn.DATE), DESC)
        self._setup_view()
        for size in PAGE_SIZES:
            self.pageSizeCombo.addItem(str(size), size)
        self.pageSizeCombo.setCurrentIndex(PAGE_SIZES.index(DEFAULT_PAGE_SIZE))
        self.pageSizeCombo.currentIndexChanged.connect(
            lambda *_: self.page_size_changed.emit(int(self.pageSizeCombo.currentData())))
        self.searchButton.clicked.connect(lambda *_: self.search_requested.emit())
        self.cancelButton.clicked.connect(lambda *_: self.cancel_requested.emit())
        self.previousButton.clicked.connect(lambda *_: self.page_requested.emit(-1))
        self.nextButton.clicked.connect(lambda *_: self.page_requested.emit(1))
        self.zoomButton.clicked.connect(lambda *_: self.zoom_requested.emit(self.selected_scenes()))
        self.previewButton.clicked.connect(lambda *_: self.preview_requested.emit(self.selected_scenes()))
        self.useButton.clicked.connect(lambda *_: self.use_requested.emit(self.selected_scenes()))
        self.planButton.clicked.connect(lambda *_: self.plan_requested.emit())
        self.planSearchButton.clicked.connect(lambda *_: self.plan_requested.emit())
        self.resultsView.selectionModel().selectionChanged.connect(self._on_selection)
        self.resultsView.doubleClicked.connect(lambda *_: self.zoom_requested.emit(self.selected_scenes()))

    def _setup_view(self) -> None:
        view = self.resultsView
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring of 1,000 rows
        rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self._sort[0], qt_order(self._sort[1]))
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        metrics = view.fontMetrics()
        header_metrics = header.fontMetrics()
        date_sample = local_date_text(datetime(2025, 12, 31, 23, 59, tzinfo=timezone.utc))
        for column, sample in _COLUMN_SAMPLES.items():
            title = self.model.headerData(int(column), Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(sample or date_sample), header_metrics.horizontalAdvance(title) + 18)
            width += 12
            view.setColumnWidth(int(column), width if column == SceneColumn.DATE else min(width, MAX_COLUMN_WIDTH))

    # --- shown by the controller -----------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.searchButton.setEnabled(not busy)
        self.cancelButton.setVisible(busy)

    def set_status(self, text: str) -> None:
        self.statusLabel.setText(text)

    def set_aoi_text(self, text: str) -> None:
        self.aoiLabel.setText(text)

    def set_hint(self, text: str) -> None:
        self.hintLabel.setText(text)
        self.hintLabel.setVisible(bool(text))

    def set_plan_offer(self, text: str, can_plan: bool) -> None:
        """``text`` '' hides the offer; ``can_plan`` shows the button (someone handles planned searches)."""
        self.planFrame.setVisible(bool(text))
        self.planLabel.setText(text)
        self.planButton.setVisible(can_plan)

    def set_page(self, text: str, has_previous: bool, has_next: bool) -> None:
        self.pageLabel.setText(text)
        self.previousButton.setEnabled(has_previous)
        self.nextButton.setEnabled(has_next)

    def page_size(self) -> int:
        return int(self.pageSizeCombo.currentData())

    def set_page_size(self, size: int) -> None:
        found = self.pageSizeCombo.findData(size)
        if found >= 0:
            self.pageSizeCombo.blockSignals(True)
            self.pageSizeCombo.setCurrentIndex(found)
            self.pageSizeCombo.blockSignals(False)

    def set_selection_text(self, text: str, can_use: bool) -> None:
        self.selectionLabel.setText(text)
        self.useButton.setEnabled(can_use)

    def set_sort(self, column: int, order: str) -> None:
        self._sort = (column, order)
        header = self.resultsView.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, qt_order(order))
        header.blockSignals(False)

    def sort(self):
        return self._sort

    # --- selection ---------------------------------------------------------------------------------------------
    def selected_scenes(self) -> List[str]:
        """Selected scene ids in table order."""
        rows = sorted(index.row() for index in self.resultsView.selectionModel().selectedRows())
        return [self.model.index(row, 0).data(ID_ROLE) for row in rows]

    def select_scenes(self, scene_ids: Iterable[str]) -> None:
        """Select these rows (from the map); emits no ``selection_changed``."""
        rows = sorted(r for r in (self.model.row_of(i) for i in scene_ids) if r is not None)
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start = previous = None
        for row in rows + [None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        self._syncing = True
        try:
            self.resultsView.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            if rows:
                self.resultsView.scrollTo(self.model.index(rows[0], 0))
        finally:
            self._syncing = False
        self._update_actions()

    def _on_selection(self, *_args) -> None:
        self._update_actions()
        if not self._syncing:
            self.selection_changed.emit(self.selected_scenes())

    def _update_actions(self) -> None:
        any_selected = self.resultsView.selectionModel().hasSelection()
        self.zoomButton.setEnabled(any_selected)
        self.previewButton.setEnabled(any_selected)

    def _on_sort_indicator(self, column: int, order) -> None:
        """A header click: a new server query sorted by that column, or back to the old indicator when the server
        cannot sort by it."""
        if sort_key(column) is None:
            self.set_sort(*self._sort)
            return
        text = DESC if order == Qt.SortOrder.DescendingOrder else ASC
        self._sort = (column, text)
        self.sort_requested.emit(column, text)
