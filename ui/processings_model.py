"""The processing list as a Qt table model, updated in place from a precomputed diff (core.processing_view).

The model is never rebuilt: a refresh removes, moves and inserts only the rows that changed place and signals
``dataChanged`` only for the cells whose text changed, so selection, scroll position and the GUI thread's time
survive a poll. The expensive part (formatting and diffing) is done in the worker thread by the controller.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QAbstractItemModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ..api.models.processing import Processing, ProcessingStatus
from ..core import review
from ..core.processing_view import (NUMERIC_COLUMNS, Column, ProcessingRow, RowsDiff, build_rows, column_tip,
                                    column_title, diff_rows, format_time)
from .table_model import NO_INDEX as _NO_INDEX
from .table_model import TitledTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the processing id of a row

_STATUS_COLOURS = {ProcessingStatus.FAILED: QColor(200, 30, 30), ProcessingStatus.OK: QColor(20, 130, 40)}
_CHANGED_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
# the roles data() answers; the view asks for eight per cell each time it measures or paints, and the others
# (decoration, font, check state, size hint) return at once
_ANSWERED_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                             Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, ID_ROLE))


class ProcessingsModel(TitledTableModel):
    def __init__(self, parent=None):
        super().__init__(NUMERIC_COLUMNS, parent)
        self.set_titles([column_title(c) for c in Column])
        self._rows: List[ProcessingRow] = []
        self._brushes = {status: QBrush(colour) for status, colour in _STATUS_COLOURS.items()}
        self._due_soon = QBrush(QColor(255, 214, 153))
        self.now = lambda: datetime.now(timezone.utc)  # the review deadlines are compared with this

    # --- Qt model protocol ---------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATUS and row.processing.review_status is not None:
                return "\n".join(t for t in (row.status_tip, review.deadline_text(row.processing, self.now())) if t)
            if column == Column.STATUS and row.status_tip:
                return row.status_tip
            if column == Column.CREATED:
                return format_time(row.processing.created)
            return row.cells[column] if column == Column.NAME else None
        if role == Qt.ItemDataRole.BackgroundRole and review.deadline_near(row.processing, self.now()):
            return self._due_soon  # the review ends within a day: decide now or it is accepted as it is
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return self._brushes.get(row.status)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return (column_tip(Column(section)) or None) if 0 <= section < len(Column) else None
        return super().headerData(section, orientation, role)

    # --- reading -------------------------------------------------------------------------------------------
    def snapshot(self) -> Tuple[ProcessingRow, ...]:
        """The rows on screen, immutable, for a worker thread to diff against."""
        return tuple(self._rows)

    def row_at(self, position: int) -> Optional[ProcessingRow]:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def processing_at(self, position: int) -> Optional[Processing]:
        row = self.row_at(position)
        return None if row is None else row.processing

    def position_of(self, processing_id: str) -> int:
        for position, row in enumerate(self._rows):
            if row.id == processing_id:
                return position
        return -1

    def processings(self, positions: Sequence[int]) -> List[Processing]:
        return [self._rows[p].processing for p in sorted(set(positions)) if 0 <= p < len(self._rows)]

    def any_unfinished(self) -> bool:
        return any(not row.is_terminal for row in self._rows)

    # --- writing -------------------------------------------------------------------------------------------
    def set_processings(self, processings: Sequence[Processing]) -> None:
        """Convenience for callers on the GUI thread: format, diff and apply at once."""
        self.apply(diff_rows(self._rows, build_rows(processings)))

    def clear(self) -> None:
        self.apply(diff_rows(self._rows, ()))

    def apply(self, diff: RowsDiff) -> None:
        """Apply a diff computed from :meth:`snapshot`; if the rows changed since, the diff is recomputed here."""
        if diff.base_ids != tuple(r.id for r in self._rows):
            diff = diff_rows(self._rows, diff.new_rows)
        for first, last in diff.removed:  # bottom-up, so earlier ranges keep their positions
            self.beginRemoveRows(_NO_INDEX, first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        if diff.reorder is not None:
            self._reorder(diff.reorder)
        for start, rows in diff.inserted:  # top-down at final positions
            self.beginInsertRows(_NO_INDEX, start, start + len(rows) - 1)
            self._rows[start:start] = rows
            self.endInsertRows()
        self._rows = list(diff.new_rows)  # same ids in the same order now; fresh values
        for change in diff.changed:
            self.dataChanged.emit(self.index(change.first, change.first_column),
                                  self.index(change.last, change.last_column), _CHANGED_ROLES)

    def _reorder(self, order: Tuple[str, ...]) -> None:
        """Move kept rows to their new order, keeping selections (persistent indexes) on the same processings."""
        self.layoutAboutToBeChanged.emit([], QAbstractItemModel.LayoutChangeHint.VerticalSortHint)
        persistent = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in persistent]
        by_id = {row.id: row for row in self._rows}
        self._rows = [by_id[row_id] for row_id in order]
        position = {row_id: i for i, row_id in enumerate(order)}
        self.changePersistentIndexList(persistent, [self.index(position[row_id], index.column())
                                                    for row_id, index in zip(ids, persistent)])
        self.layoutChanged.emit([], QAbstractItemModel.LayoutChangeHint.VerticalSortHint)
