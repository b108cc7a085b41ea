"""Rows of buttons that wrap: in a narrow dock, or in a language with longer words, the buttons of a row move to
more lines instead of making the dock wider. The dock's minimum width then comes from its widest button, not from
the sum of a row (a Russian row of four buttons is ~1.6 times as wide as the English one)."""
from __future__ import annotations

from typing import List, Sequence

from qgis.PyQt.QtCore import QEvent, QSize
from qgis.PyQt.QtWidgets import QBoxLayout, QGridLayout, QLayout, QWidget


class WrappingGrid(QWidget):
    """Its widgets in columns, at most ``columns`` of them, as many as the width gives room for; widgets hidden by
    their section do not take a cell. ``stretch``: the columns share the width (push buttons of a form's grid);
    without it the widgets keep their natural width (a row of tool buttons)."""

    def __init__(self, widgets: Sequence[QWidget], columns: int, parent=None, stretch: bool = True):
        super().__init__(parent)
        self._widgets: List[QWidget] = list(widgets)
        self._stretch = stretch
        self._max_columns = max(1, columns)
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # the layout must not impose its own minimum (all columns side by side): minimumSizeHint decides
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for widget in self._widgets:
            widget.setParent(self)
            widget.installEventFilter(self)
        self._arrange(self._max_columns)

    @classmethod
    def take_from(cls, grid: QGridLayout, widgets: Sequence[QWidget], columns: int, row: int = 0,
                  column_span: int = -1) -> "WrappingGrid":
        """Move ``widgets`` out of a form's ``grid`` into a wrapping grid placed at ``row`` of it."""
        parent = grid.parentWidget()
        for widget in widgets:
            grid.removeWidget(widget)
        wrapping = cls(widgets, columns, parent)
        grid.addWidget(wrapping, row, 0, 1, column_span)
        return wrapping

    @classmethod
    def take_row(cls, row: QBoxLayout, widgets: Sequence[QWidget]) -> "WrappingGrid":
        """Move ``widgets`` of a form's row into a wrapping grid at their place in the row; they keep their width."""
        index = row.indexOf(widgets[0])
        for widget in widgets:
            row.removeWidget(widget)
        wrapping = cls(widgets, len(widgets), row.parentWidget(), stretch=False)
        row.insertWidget(index, wrapping)
        return wrapping

    # --- geometry -------------------------------------------------------------------------------------------------
    def _shown(self) -> List[QWidget]:
        return [widget for widget in self._widgets if not widget.isHidden()]

    def _spacing(self) -> int:
        spacing = self._grid.horizontalSpacing()
        return spacing if spacing >= 0 else 6

    def _cell_width(self) -> int:
        return max((widget.sizeHint().width() for widget in self._shown()), default=0)

    def columns_for(self, width: int) -> int:
        cell = self._cell_width()
        if cell <= 0:
            return self._max_columns
        return max(1, min(self._max_columns, (width + self._spacing()) // (cell + self._spacing())))

    @property
    def columns(self) -> int:
        return self._columns

    def _arrange(self, columns: int) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for position, widget in enumerate(self._shown()):
            self._grid.addWidget(widget, position // columns, position % columns)
        for column in range(self._max_columns + 1):
            stretched = column < columns if self._stretch else column == columns
            self._grid.setColumnStretch(column, 1 if stretched else 0)
        self._columns = columns
        self._grid.invalidate()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._cell_width(), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = len(self._shown())
        columns = max(1, min(self._max_columns, shown))
        width = columns * self._cell_width() + (columns - 1) * self._spacing()
        return QSize(width, self._grid.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        columns = self.columns_for(event.size().width())
        if columns != self._columns:
            self._arrange(columns)
        super().resizeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._arrange(self.columns_for(self.width()) if self.width() > 0 else self._max_columns)
        return False
