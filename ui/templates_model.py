"""The planned searches of a project as a Qt table, shown first in the Processings tab and marked as such: an icon
on each name, a tinted row, new scenes in bold, the state coloured. Rows are formatted off the GUI thread
(``core.templates.build_template_rows``); a refresh with the same planned searches in the same order only signals
the rows whose text changed."""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QIcon

from ..core.templates import TemplateColumn, TemplateRow, TemplateState, column_title
from .loader import icon_path
from .table_model import TitledTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the template id of a row
ICON_FILE = "planned_search.svg"
ROW_TINT = QColor(232, 241, 251)  # planned searches stand apart from the processings below them
_STATE_COLOURS = {TemplateState.FAILED: QColor(200, 30, 30), TemplateState.EXPIRED: QColor(120, 120, 120),
                  TemplateState.PAUSED: QColor(154, 91, 0), TemplateState.WAITING: QColor(154, 91, 0),
                  TemplateState.READY: QColor(20, 110, 40)}
_DISPLAY = Qt.ItemDataRole.DisplayRole


class TemplatesModel(TitledTableModel):
    def __init__(self, parent=None):
        super().__init__((TemplateColumn.NEW, TemplateColumn.AOIS), parent)
        self.set_titles([column_title(c) for c in TemplateColumn])
        self._rows: List[TemplateRow] = []
        self._icon = QIcon(icon_path(ICON_FILE))
        self._tint = QBrush(ROW_TINT)
        self._brushes = {state: QBrush(colour) for state, colour in _STATE_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return row.cells[column]
        if role == Qt.ItemDataRole.DecorationRole and column == TemplateColumn.NAME:
            return self._icon
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint
        if role == Qt.ItemDataRole.FontRole and row.has_new and column in (TemplateColumn.NAME, TemplateColumn.NEW):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == TemplateColumn.STATE:
            return self._brushes.get(row.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == ID_ROLE:
            return row.id
        return None

    # --- reading -----------------------------------------------------------------------------------------------
    def rows(self) -> Tuple[TemplateRow, ...]:
        return tuple(self._rows)

    def row_at(self, position: int) -> Optional[TemplateRow]:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def position_of(self, template_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == template_id), -1)

    # --- writing -----------------------------------------------------------------------------------------------
    def apply(self, rows: Sequence[TemplateRow]) -> None:
        """Show these rows: the same planned searches in the same order change in place (selection kept), anything
        else resets the table (a handful of rows)."""
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows))
                   if old.cells != new.cells or old.tooltip != new.tooltip or old.has_new != new.has_new]
        self._rows = rows
        last = self.columnCount() - 1
        for position in changed:
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    def clear(self) -> None:
        self.apply(())
