"""What the dock's read-only tables share: row and column counts, translated column titles, numbers right-aligned."""
from __future__ import annotations

from typing import Collection, List, Sequence

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

NO_INDEX = QModelIndex()
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TitledTableModel(QAbstractTableModel):
    """Subclasses set their titles (translated with their own ``self.tr``) and give the row count; ``alignment``
    serves TextAlignmentRole."""

    def __init__(self, numeric_columns: Collection[int] = (), parent=None):
        super().__init__(parent)
        self._titles: List[str] = []
        self._numeric = frozenset(int(c) for c in numeric_columns)

    def set_titles(self, titles: Sequence[str]) -> None:
        self._titles = list(titles)

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent=NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def alignment(self, column: int):
        return RIGHT_ALIGNED if column in self._numeric else None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._titles):
            return self._titles[section]
        return None
