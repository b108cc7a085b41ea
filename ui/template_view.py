"""An open planned search: its state and actions, its scenes (the imagery search's table model and filters form),
its areas, and its processings grouped per area. A thin widget: it shows what the view controller tells it and
emits what the user asks for; selections set by code emit nothing."""
from __future__ import annotations

from typing import Iterable, List, Mapping, Sequence, Tuple

from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont
from qgis.PyQt.QtWidgets import QHeaderView, QMenu, QTableWidgetItem, QToolButton, QTreeWidgetItem, QWidget

from ..api.models import ProcessingStatus
from ..core.formatting import format_fixed, format_int, km2_unit
from ..core.processing_view import ActionState, format_area_km2
from ..core.templates import AoiGroup, TemplateAction
from .loader import form_class
from .scene_table_model import ID_ROLE, SceneColumn, SceneTableModel, sort_key
from .search_filters_widget import SearchFiltersWidget
from .search_widget import ASC, DESC, qt_order
from .wrapping import WrappingGrid

ALL_AOIS = ""  # the area filter's "all areas" entry
AOI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROCESSING_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FINISHED_ROLE = Qt.ItemDataRole.UserRole + 3  # True on an OK processing's row (its results can be loaded)
ADD_BY_DRAWING, ADD_FROM_DRAFT = "draw", "draft"
_STATUS_COLOURS = {ProcessingStatus.FAILED: QColor(200, 30, 30), ProcessingStatus.OK: QColor(20, 130, 40)}


class TemplateView(QWidget, form_class("template_view")):
    back_requested = pyqtSignal()
    action_requested = pyqtSignal(object)  # TemplateAction on the open planned search
    aoi_filter_changed = pyqtSignal(str)  # an AOI id, or ALL_AOIS
    new_only_changed = pyqtSignal(bool)
    page_requested = pyqtSignal(int)  # -1 previous, +1 next
    sort_requested = pyqtSignal(int, str)  # scene column, ASC|DESC
    scene_selection_changed = pyqtSignal(list)  # scene ids the user selected in the table
    zoom_requested = pyqtSignal(list)
    preview_requested = pyqtSignal(list)
    mark_seen_requested = pyqtSignal(list)
    mark_all_seen_requested = pyqtSignal()
    process_requested = pyqtSignal(list)
    aoi_selection_changed = pyqtSignal(list)  # AOI ids the user selected in the areas table
    add_aoi_requested = pyqtSignal(str)  # ADD_BY_DRAWING | ADD_FROM_DRAFT
    rename_aoi_requested = pyqtSignal(str)
    redraw_aoi_requested = pyqtSignal(str)
    delete_aois_requested = pyqtSignal(list)
    zoom_aois_requested = pyqtSignal(list)
    load_results_requested = pyqtSignal(list)  # processing ids
    refresh_processings_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.actionsWrap = WrappingGrid.take_row(self.actionRow, [
            self.pauseButton, self.resumeButton, self.restartButton, self.renameButton, self.extendButton,
            self.deleteButton])
        self.sceneActionsWrap = WrappingGrid.take_row(self.sceneActionRow, [
            self.zoomButton, self.previewButton, self.markSeenButton, self.markAllSeenButton])
        self.aoiActionsWrap = WrappingGrid.take_row(self.aoiActionRow, [
            self.addAoiButton, self.renameAoiButton, self.redrawAoiButton, self.deleteAoiButton, self.zoomAoiButton])
        self.filters = SearchFiltersWidget(self.filtersBox)
        self.filtersLayout.addWidget(self.filters)
        self.filtersBox.toggled.connect(self.filters.setVisible)
        self.filters.setVisible(False)
        self.model = SceneTableModel(self.scenesView)
        self.scenesView.setModel(self.model)
        self._syncing = False
        self._sort: Tuple[int, str] = (int(SceneColumn.DATE), DESC)
        self._setup_scenes()
        self._setup_areas()
        self._setup_processings()
        self._buttons = {TemplateAction.PAUSE: self.pauseButton, TemplateAction.RESUME: self.resumeButton,
                         TemplateAction.RESTART: self.restartButton, TemplateAction.RENAME: self.renameButton,
                         TemplateAction.EXTEND: self.extendButton, TemplateAction.DELETE: self.deleteButton}
        self._tips = {action: button.toolTip() for action, button in self._buttons.items()}
        for action, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
        self.backButton.clicked.connect(lambda *_: self.back_requested.emit())
        self._can = {TemplateAction.EDIT_AOIS: False, TemplateAction.MARK_SEEN: False, TemplateAction.PROCESS: False}
        self._process_ok = False

    # --- setup ---------------------------------------------------------------------------------------------
    def _setup_scenes(self) -> None:
        view = self.scenesView
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self._sort[0], qt_order(self._sort[1]))
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        view.selectionModel().selectionChanged.connect(self._on_scene_selection)
        view.doubleClicked.connect(lambda *_: self.zoom_requested.emit(self.selected_scenes()))
        self.aoiFilterCombo.currentIndexChanged.connect(
            lambda *_: self.aoi_filter_changed.emit(self.aoiFilterCombo.currentData() or ALL_AOIS))
        self.newOnlyCheck.toggled.connect(self.new_only_changed.emit)
        self.previousButton.clicked.connect(lambda *_: self.page_requested.emit(-1))
        self.nextButton.clicked.connect(lambda *_: self.page_requested.emit(1))
        self.zoomButton.clicked.connect(lambda *_: self.zoom_requested.emit(self.selected_scenes()))
        self.previewButton.clicked.connect(lambda *_: self.preview_requested.emit(self.selected_scenes()))
        self.markSeenButton.clicked.connect(lambda *_: self.mark_seen_requested.emit(self.selected_scenes()))
        self.markAllSeenButton.clicked.connect(lambda *_: self.mark_all_seen_requested.emit())
        self.processButton.clicked.connect(lambda *_: self.process_requested.emit(self.selected_scenes()))

    def _setup_areas(self) -> None:
        table = self.aoisTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Area"), km2_unit(), self.tr("New scenes"),
                                         self.tr("Processings")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._on_aoi_selection)
        table.itemDoubleClicked.connect(lambda *_: self.zoom_aois_requested.emit(self.selected_aois()))
        menu = QMenu(self.addAoiButton)
        menu.addAction(self.tr("Draw on the map")).triggered.connect(
            lambda *_: self.add_aoi_requested.emit(ADD_BY_DRAWING))
        menu.addAction(self.tr("The Start tab's area of interest")).triggered.connect(
            lambda *_: self.add_aoi_requested.emit(ADD_FROM_DRAFT))
        self.addAoiButton.setMenu(menu)
        self.addAoiButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.renameAoiButton.clicked.connect(lambda *_: self._one_aoi(self.rename_aoi_requested))
        self.redrawAoiButton.clicked.connect(lambda *_: self._one_aoi(self.redraw_aoi_requested))
        self.deleteAoiButton.clicked.connect(lambda *_: self.delete_aois_requested.emit(self.selected_aois()))
        self.zoomAoiButton.clicked.connect(lambda *_: self.zoom_aois_requested.emit(self.selected_aois()))

    def _setup_processings(self) -> None:
        tree = self.processingsTree
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        tree.itemSelectionChanged.connect(self._update_processing_actions)
        self.loadResultsButton.clicked.connect(
            lambda *_: self.load_results_requested.emit(self.selected_processings(finished_only=True)))
        self.refreshProcessingsButton.clicked.connect(lambda *_: self.refresh_processings_requested.emit())

    # --- header and actions --------------------------------------------------------------------------------
    def set_header(self, title: str, state_text: str, info: str) -> None:
        self.titleLabel.setText(title)
        self.titleLabel.setToolTip(title)
        self.stateLabel.setText(state_text)
        self.infoLabel.setText(info)

    def set_action_states(self, states: Mapping[TemplateAction, ActionState]) -> None:
        for action, button in self._buttons.items():
            state = states.get(action)
            if state is not None:
                button.setEnabled(state.enabled)
                button.setToolTip(state.reason or self._tips[action])
        for action in self._can:
            state = states.get(action)
            self._can[action] = bool(state and state.enabled)
        edit = states.get(TemplateAction.EDIT_AOIS)
        self.addAoiButton.setEnabled(self._can[TemplateAction.EDIT_AOIS])
        self.addAoiButton.setToolTip(edit.reason if edit and edit.reason else "")
        mark = states.get(TemplateAction.MARK_SEEN)
        self.markAllSeenButton.setEnabled(self._can[TemplateAction.MARK_SEEN])
        if mark is not None and mark.reason:
            self.markAllSeenButton.setToolTip(mark.reason)
        self._update_scene_actions()
        self._update_aoi_actions()

    def set_status(self, text: str, is_error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if is_error else "")

    # --- scenes ----------------------------------------------------------------------------------------------
    def set_aoi_choices(self, choices: Sequence[Tuple[str, str]], current: str = ALL_AOIS) -> None:
        """(AOI id, name) for the area filter, after "All areas"; emits nothing."""
        combo = self.aoiFilterCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All areas"), ALL_AOIS)
            for aoi_id, name in choices:
                combo.addItem(name, aoi_id)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
        finally:
            combo.blockSignals(False)

    def aoi_filter(self) -> str:
        return self.aoiFilterCombo.currentData() or ALL_AOIS

    def new_only(self) -> bool:
        return self.newOnlyCheck.isChecked()

    def set_page(self, text: str, has_previous: bool, has_next: bool) -> None:
        self.pageLabel.setText(text)
        self.previousButton.setEnabled(has_previous)
        self.nextButton.setEnabled(has_next)

    def sort(self) -> Tuple[int, str]:
        return self._sort

    def set_selection_text(self, text: str, can_process: bool) -> None:
        self.selectionLabel.setText(text)
        self._process_ok = can_process
        self._update_scene_actions()

    def selected_scenes(self) -> List[str]:
        rows = sorted(index.row() for index in self.scenesView.selectionModel().selectedRows())
        return [self.model.index(row, 0).data(ID_ROLE) for row in rows]

    def select_scenes(self, scene_ids: Iterable[str]) -> None:
        """Select these rows (from the map); emits no ``scene_selection_changed``."""
        rows = sorted(r for r in (self.model.row_of(i) for i in scene_ids) if r is not None)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self._syncing = True
        try:
            self.scenesView.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            if rows:
                self.scenesView.scrollTo(self.model.index(rows[0], 0))
        finally:
            self._syncing = False
        self._update_scene_actions()

    def _on_scene_selection(self, *_args) -> None:
        self._update_scene_actions()
        if not self._syncing:
            self.scene_selection_changed.emit(self.selected_scenes())

    def _update_scene_actions(self) -> None:
        selected = self.scenesView.selectionModel().hasSelection()
        self.zoomButton.setEnabled(selected)
        self.previewButton.setEnabled(selected)
        self.markSeenButton.setEnabled(selected and self._can[TemplateAction.MARK_SEEN])
        self.processButton.setEnabled(selected and self._process_ok and self._can[TemplateAction.PROCESS])

    def _on_sort_indicator(self, column: int, order) -> None:
        if sort_key(column) is None:  # the server cannot sort by it: back to the old indicator
            self._set_sort_indicator(*self._sort)
            return
        self._sort = (column, DESC if order == Qt.SortOrder.DescendingOrder else ASC)
        self.sort_requested.emit(*self._sort)

    def _set_sort_indicator(self, column: int, order: str) -> None:
        header = self.scenesView.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, qt_order(order))
        header.blockSignals(False)

    # --- areas -----------------------------------------------------------------------------------------------
    def set_aois(self, rows: Sequence[Tuple[str, str, float, bool, int]]) -> None:
        """(id, name, km², has new scenes, processings) per AOI; the selection of kept ids survives."""
        table = self.aoisTable
        kept = set(self.selected_aois())
        table.blockSignals(True)
        try:
            table.setRowCount(len(rows))
            bold = QFont()
            bold.setBold(True)
            for position, (aoi_id, name, km2, has_new, processings) in enumerate(rows):
                cells = (name, format_fixed(km2, 2), self.tr("yes") if has_new else "", format_int(processings))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(AOI_ID_ROLE, aoi_id)
                    if column:
                        item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                    if has_new:
                        item.setFont(bold)
                    table.setItem(position, column, item)
            table.clearSelection()
            for position, row in enumerate(rows):
                if row[0] in kept:
                    table.selectRow(position)
        finally:
            table.blockSignals(False)
        self._update_aoi_actions()

    def selected_aois(self) -> List[str]:
        rows = sorted({index.row() for index in self.aoisTable.selectionModel().selectedRows()})
        items = [self.aoisTable.item(row, 0) for row in rows]
        return [item.data(AOI_ID_ROLE) for item in items if item is not None]

    def select_aois(self, aoi_ids: Iterable[str]) -> None:
        """From the map; emits nothing."""
        wanted = set(aoi_ids)
        table = self.aoisTable
        table.blockSignals(True)
        try:
            table.clearSelection()
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.data(AOI_ID_ROLE) in wanted:
                    table.selectionModel().select(table.model().index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.Select
                                                  | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            table.blockSignals(False)
        self._update_aoi_actions()

    def _on_aoi_selection(self) -> None:
        self._update_aoi_actions()
        self.aoi_selection_changed.emit(self.selected_aois())

    def _one_aoi(self, signal) -> None:
        selected = self.selected_aois()
        if len(selected) == 1:
            signal.emit(selected[0])

    def _update_aoi_actions(self) -> None:
        count = len(self.selected_aois())
        edit = self._can[TemplateAction.EDIT_AOIS]
        self.renameAoiButton.setEnabled(edit and count == 1)
        self.redrawAoiButton.setEnabled(edit and count == 1)
        self.deleteAoiButton.setEnabled(edit and count >= 1)
        self.zoomAoiButton.setEnabled(count >= 1)

    def set_aoi_status(self, text: str, is_error: bool = False) -> None:
        self.aoiStatusLabel.setText(text)
        self.aoiStatusLabel.setStyleSheet("color: #b00020;" if is_error else "")

    # --- processings -------------------------------------------------------------------------------------------
    def set_groups(self, groups: Sequence[AoiGroup], status_texts: Mapping[str, str]) -> None:
        """One top-level item per AOI with its processings below; ``status_texts``: processing id -> label."""
        tree = self.processingsTree
        kept = set(self.selected_processings())
        tree.blockSignals(True)
        try:
            tree.clear()
            for group in groups:
                top = QTreeWidgetItem([f"{group.name} ({len(group.entries)})", "", ""])
                top.setData(0, AOI_ID_ROLE, group.aoi_id or "")
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                for entry in group.entries:
                    child = QTreeWidgetItem([entry.name, status_texts.get(entry.id, entry.status.value),
                                             format_area_km2(entry.area_m2)])
                    child.setData(0, PROCESSING_ID_ROLE, entry.id)
                    child.setData(0, FINISHED_ROLE, entry.status is ProcessingStatus.OK)
                    child.setTextAlignment(2, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                    colour = _STATUS_COLOURS.get(entry.status)
                    if colour is not None:
                        child.setForeground(1, QBrush(colour))
                    top.addChild(child)
                    child.setSelected(entry.id in kept)
                tree.addTopLevelItem(top)
                top.setExpanded(True)
        finally:
            tree.blockSignals(False)
        self._update_processing_actions()

    def selected_processings(self, finished_only: bool = False) -> List[str]:
        ids = []
        for item in self.processingsTree.selectedItems():
            processing_id = item.data(0, PROCESSING_ID_ROLE)
            if processing_id and processing_id not in ids and (not finished_only or item.data(0, FINISHED_ROLE)):
                ids.append(processing_id)
        return ids

    def _update_processing_actions(self) -> None:
        self.loadResultsButton.setEnabled(bool(self.selected_processings(finished_only=True)))


__all__ = ["ADD_BY_DRAWING", "ADD_FROM_DRAFT", "ALL_AOIS", "TemplateView"]
