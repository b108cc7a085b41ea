"""The "Processings" tab: table, filter, paging, poll status, details and action buttons. Emits intents only."""
from __future__ import annotations

from typing import Dict, List, Mapping, Sequence, Set

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QEvent, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QAbstractItemView, QAction, QHeaderView, QWidget

from ..core.processing_view import ActionState, Column, ListAction, column_tip, column_title
from .fitting import fit_combo
from .loader import form_class
from .processings_model import ProcessingsModel
from .wrapping import WrappingGrid

PAGE_SIZES = (30, 100, 500, 1000)  # 30 is what the service's own clients use (contract 1.5)
NAME_MIN_CHARS = 12  # the name column keeps at least this many average characters
MEASURED_ROWS = 40  # rows whose texts size the short columns: those in view and the next ones
# In a dock too narrow for every column, these give way first (and come back when there is room): the percent is
# in the details, the area and the date as well; the status and the cost stay longest.
GIVE_WAY_ORDER = (Column.PROGRESS, Column.AREA, Column.CREATED, Column.MODEL, Column.COST)
LOAD_MODE_ORDER = ("both", "gpkg", "tiles")  # order of the "Load as" combo box in processings.ui
FILTER_DELAY_MS = 500  # typing pauses this long before the filter is sent to the server

_ACTION_TEXTS = {ListAction.LOAD_RESULTS: "Load results", ListAction.AOIS: "Load AOIs", ListAction.RATE: "Rate…",
                 ListAction.RESTART: "Restart", ListAction.RENAME: "Rename…", ListAction.MOVE: "Move…",
                 ListAction.DELETE: "Delete…"}


class ProcessingsWidget(QWidget, form_class("processings")):
    terms_changed = pyqtSignal(str)  # the name filter, after typing paused
    sort_requested = pyqtSignal(int, bool)  # column (core.processing_view.Column), descending
    page_step_requested = pyqtSignal(int)  # -1 previous, +1 next
    page_size_changed = pyqtSignal(int)
    refresh_requested = pyqtSignal()
    selection_changed = pyqtSignal()
    action_requested = pyqtSignal(object)  # ListAction
    load_mode_changed = pyqtSignal(str)  # "both" | "gpkg" | "tiles"
    results_folder_changed = pyqtSignal(str)  # the folder typed or picked; "" for the default
    hidden_columns_changed = pyqtSignal(object)  # tuple of the Columns the user hid (header menu)

    def __init__(self, parent=None, filter_delay_ms: int = FILTER_DELAY_MS,
                 page_sizes: Sequence[int] = PAGE_SIZES):
        super().__init__(parent)
        self.setupUi(self)
        self.actionsWrap = WrappingGrid.take_from(self.actionsGrid, [
            self.loadResultsButton, self.aoisButton, self.rateButton, self.restartButton, self.renameButton,
            self.moveButton, self.deleteButton], columns=4)
        self._details_html = ""
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(filter_delay_ms)
        self._filter_timer.timeout.connect(lambda: self.terms_changed.emit(self.filterEdit.text().strip()))
        self.filterEdit.textEdited.connect(lambda _text: self._filter_timer.start())
        self.filterEdit.returnPressed.connect(self._send_filter_now)
        # re-measures the short columns after a refresh, on an event-loop turn of its own
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns_to_width)

        for size in page_sizes:
            self.pageSizeCombo.addItem(str(size), size)
        self.pageSizeCombo.currentIndexChanged.connect(
            lambda index: self.page_size_changed.emit(int(self.pageSizeCombo.itemData(index))))
        self.previousPageButton.clicked.connect(lambda: self.page_step_requested.emit(-1))
        self.nextPageButton.clicked.connect(lambda: self.page_step_requested.emit(1))
        self.refreshButton.clicked.connect(self.refresh_requested.emit)
        self.loadModeCombo.currentIndexChanged.connect(lambda index: self.load_mode_changed.emit(self.load_mode()))
        self.resultsFolderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.resultsFolderWidget.setDialogTitle(self.tr("Save results in"))
        self.resultsFolderWidget.fileChanged.connect(
            lambda path: self.results_folder_changed.emit((path or "").strip()))

        table = self.processingsTable
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(int(Column.CREATED), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(
            lambda column, order: self.sort_requested.emit(int(column), order == Qt.SortOrder.DescendingOrder))
        header.setResizeContentsPrecision(40)  # measure a few rows, not a thousand
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # which columns to show
        self._column_actions: Dict[Column, QAction] = {}
        for column in Column:
            if column is Column.NAME:
                continue
            action = QAction(column_tip(column) or column_title(column), header)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            header.addAction(action)
            self._column_actions[column] = action
        table.doubleClicked.connect(lambda _index: self.action_requested.emit(ListAction.LOAD_RESULTS))
        for combo in (self.pageSizeCombo, self.loadModeCombo):
            fit_combo(combo)

        self._buttons = {ListAction.LOAD_RESULTS: self.loadResultsButton, ListAction.AOIS: self.aoisButton,
                         ListAction.RATE: self.rateButton, ListAction.RESTART: self.restartButton,
                         ListAction.RENAME: self.renameButton, ListAction.MOVE: self.moveButton,
                         ListAction.DELETE: self.deleteButton}
        self._menu_actions: Dict[ListAction, QAction] = {}
        self._user_hidden: Set[Column] = set()  # hidden from the header menu (remembered)
        self._squeezed: Set[Column] = set()  # hidden for want of width (shown again when there is room)
        table.viewport().installEventFilter(self)
        for action, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
            menu_action = QAction(self.tr(_ACTION_TEXTS[action]), table)
            menu_action.triggered.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
            table.addAction(menu_action)
            self._menu_actions[action] = menu_action
        self.set_action_states({a: ActionState(False, self.tr("Select a processing first.")) for a in ListAction})
        self.set_page(0, 1, 0)

    # --- model and selection -------------------------------------------------------------------------------
    def set_model(self, model: ProcessingsModel) -> None:
        table = self.processingsTable
        table.setModel(model)
        table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        model.modelReset.connect(self.selection_changed.emit)
        model.rowsRemoved.connect(lambda *_: self.selection_changed.emit())
        header = table.horizontalHeader()
        # the short columns get the width of their contents from _fit_columns_to_width (measured when rows arrive
        # or the dock is resized, not by the header on every change of a row, which asks the model for every role
        # of dozens of rows each time); the name takes what is left (elided, in full as its tooltip)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def selected_positions(self) -> List[int]:
        selection = self.processingsTable.selectionModel()
        return [] if selection is None else sorted(index.row() for index in selection.selectedRows())

    def select_positions(self, positions: List[int]) -> None:
        table = self.processingsTable
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for position in positions:
            table.selectRow(position)
        table.setSelectionMode(mode)

    def fit_columns(self) -> None:
        """The first rows are in: the short columns are measured again, and what fits is shown."""
        self._fit_timer.stop()
        self._fit_columns_to_width()

    def fit_columns_soon(self) -> None:
        """Rows changed: measure the short columns again once the change is painted (one measure for many calls)."""
        self._fit_timer.start()

    def set_hidden_columns(self, columns) -> None:
        """Hide these columns (the name never), as the user chose them; no signal."""
        self._user_hidden = {Column(c) for c in columns} - {Column.NAME}
        for column, action in self._column_actions.items():
            action.blockSignals(True)
            action.setChecked(column not in self._user_hidden)
            action.blockSignals(False)
        self._fit_columns_to_width()

    def hidden_columns(self) -> tuple:
        """The columns the user hid (not those hidden for want of width)."""
        return tuple(c for c in Column if c in self._user_hidden)

    def squeezed_columns(self) -> tuple:
        """Columns hidden for now because the dock is too narrow for them and a readable name."""
        return tuple(c for c in Column if c in self._squeezed)

    def _show_column(self, column: Column, shown: bool) -> None:
        (self._user_hidden.discard if shown else self._user_hidden.add)(column)
        self._fit_columns_to_width()
        self.hidden_columns_changed.emit(self.hidden_columns())

    def _natural_widths(self, columns) -> Dict[Column, int]:
        """What each column needs for its title and its widest text among the rows in view and the next ones
        (MEASURED_ROWS in all). The texts are compared by the font's advance, read from the model's rows in Python;
        only the widest cell of each column goes through the view's delegate, which asks the model for every role
        (measuring every cell that way made a fill of 1,000 rows freeze the GUI thread for tens of ms)."""
        table, header = self.processingsTable, self.processingsTable.horizontalHeader()
        model = table.model()
        metrics = table.fontMetrics()
        first = max(table.rowAt(0), 0)
        count = model.rowCount() if model is not None else 0
        rows = [model.row_at(r) for r in range(first, min(first + MEASURED_ROWS, count))]
        widths = {}
        hidden = [c for c in columns if table.isColumnHidden(int(c))]
        table.setUpdatesEnabled(False)
        try:  # Qt measures the title of a hidden column as empty: shown for the measure, without a repaint
            for column in hidden:
                table.setColumnHidden(int(column), False)
            titles = {c: header.sectionSizeHint(int(c)) for c in columns}
        finally:
            for column in hidden:
                table.setColumnHidden(int(column), True)
            table.setUpdatesEnabled(True)
        for column in columns:
            width = titles[column]
            texts = [(metrics.horizontalAdvance(row.cells[int(column)] or ""), position)
                     for position, row in enumerate(rows, start=first)]
            if texts:
                _advance, widest = max(texts)
                width = max(width, table.sizeHintForIndex(model.index(widest, int(column))).width())
            widths[column] = width
        return widths

    def _fit_columns_to_width(self) -> None:
        """Show what the user wants; if the name would get less than NAME_MIN_CHARS, the short columns give way
        in GIVE_WAY_ORDER until it fits, and come back as soon as there is room."""
        table = self.processingsTable
        room = table.viewport().width() - table.fontMetrics().averageCharWidth() * NAME_MIN_CHARS
        wanted = [c for c in Column if c is not Column.NAME and c not in self._user_hidden]
        widths = self._natural_widths(wanted)
        squeezed: Set[Column] = set()
        for column in GIVE_WAY_ORDER:
            if sum(w for c, w in widths.items() if c not in squeezed) <= room:
                break
            if column in widths:
                squeezed.add(column)
        self._squeezed = squeezed
        header = table.horizontalHeader()
        for column in Column:
            hidden = column in self._user_hidden or column in squeezed
            if table.isColumnHidden(int(column)) != hidden:
                table.setColumnHidden(int(column), hidden)
            if not hidden and column in widths and header.sectionSize(int(column)) != widths[column]:
                header.resizeSection(int(column), widths[column])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.processingsTable.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns_to_width()
        return super().eventFilter(watched, event)

    # --- state shown -------------------------------------------------------------------------------------
    def set_page(self, page_index: int, page_count: int, total: int) -> None:
        self.pageLabel.setText(self.tr("Page {page} of {pages} ({total} processings)").format(
            page=page_index + 1, pages=max(page_count, 1), total=total))
        self.previousPageButton.setEnabled(page_index > 0)
        self.nextPageButton.setEnabled(page_index + 1 < page_count)

    def set_poll_message(self, text: str, is_error: bool = False) -> None:
        self.pollStatusLabel.setText(text)
        self.pollStatusLabel.setStyleSheet("color: #b00020;" if is_error else "")

    def show_details(self, html_text: str) -> None:
        if html_text != self._details_html:  # re-setting the same text on every poll would reset the scrolling
            self._details_html = html_text
            self.detailsBrowser.setHtml(html_text)

    def set_action_states(self, states: Mapping[ListAction, ActionState]) -> None:
        for action, state in states.items():
            for widget in (self._buttons[action], self._menu_actions[action]):
                widget.setEnabled(state.enabled)
                widget.setToolTip(state.reason)

    def load_mode(self) -> str:
        return LOAD_MODE_ORDER[max(0, self.loadModeCombo.currentIndex())]

    def set_load_mode(self, mode: str) -> None:
        self.loadModeCombo.blockSignals(True)
        self.loadModeCombo.setCurrentIndex(LOAD_MODE_ORDER.index(mode) if mode in LOAD_MODE_ORDER else 0)
        self.loadModeCombo.blockSignals(False)

    def set_results_folder(self, chosen: str, default: str) -> None:
        """Show the chosen folder (no signal); an empty one shows where results go by default."""
        widget = self.resultsFolderWidget
        widget.blockSignals(True)
        try:
            widget.setFilePath(chosen)
        finally:
            widget.blockSignals(False)
        widget.lineEdit().setPlaceholderText(default)
        widget.setToolTip(self.tr("Results are saved in {folder}").format(folder=chosen or default))

    def results_folder(self) -> str:
        return self.resultsFolderWidget.filePath().strip()

    def page_size(self) -> int:
        return int(self.pageSizeCombo.currentData())

    def _send_filter_now(self) -> None:
        self._filter_timer.stop()
        self.terms_changed.emit(self.filterEdit.text().strip())
