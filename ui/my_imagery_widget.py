"""The "My imagery" tab: mosaics with their images (sortable, filtered), storage, details, actions, a progress bar
with Cancel for uploads and downloads. Emits intents only; ``MyImageryController`` decides."""
from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..core.my_imagery import (ImageryAction, Listing, SortKey, column_titles, image_cells, mosaic_cells)
from ..core.processing_view import ActionState
from .loader import form_class
from .table_model import RIGHT_ALIGNED
from .wrapping import WrappingGrid

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "mosaic" or "image"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_DELAY_MS = 300
PREVIEW_SIZES = ("s", "l")  # order of previewSizeCombo
Key = Tuple[str, str]  # (kind, id)


class MyImageryWidget(QWidget, form_class("my_imagery")):
    filter_changed = pyqtSignal(str)
    sort_requested = pyqtSignal(int, bool)  # core.my_imagery.SortKey, descending
    refresh_requested = pyqtSignal()
    selection_changed = pyqtSignal()
    action_requested = pyqtSignal(object)  # core.my_imagery.ImageryAction
    cancel_requested = pyqtSignal()

    def __init__(self, parent=None, filter_delay_ms: int = FILTER_DELAY_MS):
        super().__init__(parent)
        self.setupUi(self)
        self.actionsWrap = WrappingGrid.take_from(self.actionsGrid, [
            self.newButton, self.uploadButton, self.editButton, self.deleteButton, self.previewButton,
            self.previewSizeCombo, self.downloadButton, self.aoiButton, self.useButton], columns=4)
        tree = self.imageryTree
        tree.setColumnCount(len(SortKey))
        tree.setHeaderLabels(column_titles())
        header = tree.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(int(SortKey.CREATED), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(
            lambda column, order: self.sort_requested.emit(int(column), order == Qt.SortOrder.DescendingOrder))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(int(SortKey.NAME), QHeaderView.ResizeMode.Stretch)
        tree.itemSelectionChanged.connect(self.selection_changed.emit)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(filter_delay_ms)
        self._filter_timer.timeout.connect(lambda: self.filter_changed.emit(self.filterEdit.text().strip()))
        self.filterEdit.textEdited.connect(lambda _text: self._filter_timer.start())
        self.filterEdit.returnPressed.connect(self._send_filter_now)
        self.refreshButton.clicked.connect(lambda *_: self.refresh_requested.emit())
        self.cancelButton.clicked.connect(lambda *_: self.cancel_requested.emit())
        self._buttons = {ImageryAction.NEW: self.newButton, ImageryAction.UPLOAD: self.uploadButton,
                         ImageryAction.EDIT: self.editButton, ImageryAction.DELETE: self.deleteButton,
                         ImageryAction.PREVIEW: self.previewButton, ImageryAction.DOWNLOAD: self.downloadButton,
                         ImageryAction.AOI: self.aoiButton, ImageryAction.USE: self.useButton}
        self._tips = {action: button.toolTip() for action, button in self._buttons.items()}
        for action, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
        tree.itemDoubleClicked.connect(lambda *_: self.action_requested.emit(ImageryAction.PREVIEW))
        self.set_progress(None)
        self.set_storage("", None)

    # --- the listing ---------------------------------------------------------------------------------------
    def set_listing(self, listing: Listing) -> None:
        """Show ``listing`` (already sorted and filtered), keeping expanded mosaics and the selection."""
        tree = self.imageryTree
        expanded = {item.data(0, ID_ROLE) for item in self._mosaic_items() if item.isExpanded()}
        selected = set(self.selected_keys())
        tree.blockSignals(True)
        try:
            tree.clear()
            for entry in listing:
                item = QTreeWidgetItem(list(mosaic_cells(entry)))
                self._tag(item, "mosaic", entry.mosaic.id)
                for image in entry.images:
                    child = QTreeWidgetItem(list(image_cells(image)))
                    self._tag(child, "image", image.id)
                    item.addChild(child)
                tree.addTopLevelItem(item)
                item.setExpanded(entry.mosaic.id in expanded)
            for item in self._all_items():
                if (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) in selected:
                    item.setSelected(True)
        finally:
            tree.blockSignals(False)
        self.selection_changed.emit()

    @staticmethod
    def _tag(item: QTreeWidgetItem, kind: str, item_id: str) -> None:
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, item_id)
        for column in (SortKey.IMAGES, SortKey.SIZE):
            item.setTextAlignment(int(column), RIGHT_ALIGNED)

    def _mosaic_items(self) -> List[QTreeWidgetItem]:
        tree = self.imageryTree
        return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]

    def _all_items(self) -> List[QTreeWidgetItem]:
        items = []
        for mosaic in self._mosaic_items():
            items.append(mosaic)
            items.extend(mosaic.child(i) for i in range(mosaic.childCount()))
        return items

    def selected_keys(self) -> List[Key]:
        return [(item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) for item in self._all_items() if item.isSelected()]

    def select_keys(self, keys: Sequence[Key]) -> None:
        wanted = set(keys)
        tree = self.imageryTree
        tree.clearSelection()
        for item in self._all_items():
            if (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) in wanted:
                item.setSelected(True)
                if item.parent() is not None:
                    item.parent().setExpanded(True)

    def row_texts(self) -> Dict[Key, Tuple[str, ...]]:
        """Every row's cells, for tests and screen readers of the state."""
        return {(item.data(0, KIND_ROLE), item.data(0, ID_ROLE)):
                tuple(item.text(c) for c in range(self.imageryTree.columnCount())) for item in self._all_items()}

    def order(self) -> List[str]:
        return [item.text(0) for item in self._mosaic_items()]

    # --- state shown -----------------------------------------------------------------------------------------
    def set_storage(self, text: str, percent: Optional[int]) -> None:
        self.storageLabel.setText(text)
        self.storageBar.setVisible(percent is not None)
        if percent is not None:
            self.storageBar.setValue(percent)

    def show_details(self, html_text: str) -> None:
        self.detailsBrowser.setHtml(html_text)

    def set_action_states(self, states: Mapping[ImageryAction, ActionState]) -> None:
        for action, state in states.items():
            button = self._buttons[action]
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason or self._tips[action])

    def set_progress(self, percent: Optional[float], text: str = "") -> None:
        """``None`` hides the progress bar and Cancel (nothing runs)."""
        busy = percent is not None
        self.taskProgress.setVisible(busy)
        self.cancelButton.setVisible(busy)
        if busy:
            self.taskProgress.setValue(int(percent))
            self.taskProgress.setFormat(f"{text} %p%" if text else "%p%")

    def preview_size(self) -> str:
        return PREVIEW_SIZES[max(0, self.previewSizeCombo.currentIndex())]

    def set_preview_size(self, size: str) -> None:
        self.previewSizeCombo.setCurrentIndex(PREVIEW_SIZES.index(size) if size in PREVIEW_SIZES else 0)

    def _send_filter_now(self) -> None:
        self._filter_timer.stop()
        self.filter_changed.emit(self.filterEdit.text().strip())
