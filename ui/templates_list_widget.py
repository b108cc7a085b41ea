"""The planned searches of the project, first in the Processings tab: a short table and the actions on the selected
one. A thin widget: it shows what the templates controller tells it and emits what the user asks for."""
from __future__ import annotations

from typing import Dict, Mapping, Optional

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QAbstractItemView, QAction, QGroupBox, QHeaderView

from ..core.processing_view import ActionState
from ..core.templates import TemplateAction, TemplateColumn
from .loader import form_class
from .templates_model import ID_ROLE, TemplatesModel
from .wrapping import WrappingGrid

VISIBLE_ROWS = 4  # the table shows this many planned searches before it scrolls; the processings keep the room
_LIST_ACTIONS = (TemplateAction.OPEN, TemplateAction.PAUSE, TemplateAction.RESUME, TemplateAction.RESTART,
                 TemplateAction.RENAME, TemplateAction.DELETE)


class TemplatesListWidget(QGroupBox, form_class("templates_list")):
    action_requested = pyqtSignal(object)  # TemplateAction on the selected planned search
    selection_changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.actionsWrap = WrappingGrid.take_row(self.actionRow, [
            self.openButton, self.pauseButton, self.resumeButton, self.restartButton, self.renameButton,
            self.deleteButton])
        self.model = TemplatesModel(self.templatesTable)
        table = self.templatesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(int(TemplateColumn.NAME), QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)
        table.doubleClicked.connect(lambda *_: self.action_requested.emit(TemplateAction.OPEN))
        self._buttons = {TemplateAction.OPEN: self.openButton, TemplateAction.PAUSE: self.pauseButton,
                         TemplateAction.RESUME: self.resumeButton, TemplateAction.RESTART: self.restartButton,
                         TemplateAction.RENAME: self.renameButton, TemplateAction.DELETE: self.deleteButton}
        self._tips = {action: button.toolTip() for action, button in self._buttons.items()}
        self._menu: Dict[TemplateAction, QAction] = {}
        for action, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
            menu_action = QAction(button.text(), table)
            menu_action.triggered.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
            table.addAction(menu_action)
            self._menu[action] = menu_action
        self.set_action_states({a: ActionState(False, self.tr("Select a planned search first."))
                                for a in _LIST_ACTIONS})
        self.show_count(0)

    # --- shown by the controller -----------------------------------------------------------------------------
    def show_count(self, count: int) -> None:
        """The box shows only when the project has planned searches; the table is as tall as a few rows."""
        self.setVisible(count > 0)
        rows = max(1, min(count, VISIBLE_ROWS))
        table = self.templatesTable
        height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)
        self.setTitle(self.tr("Planned searches ({count})").format(count=count))

    def set_action_states(self, states: Mapping[TemplateAction, ActionState]) -> None:
        for action, button in self._buttons.items():
            state = states.get(action)
            if state is None:
                continue
            for widget in (button, self._menu[action]):
                widget.setEnabled(state.enabled)
                widget.setToolTip(state.reason or self._tips[action])

    def set_status(self, text: str, is_error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if is_error else "")
        self.statusLabel.setVisible(bool(text))

    # --- selection ---------------------------------------------------------------------------------------------
    def selected_id(self) -> Optional[str]:
        rows = self.templatesTable.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, template_id: Optional[str]) -> None:
        position = self.model.position_of(template_id) if template_id else -1
        table = self.templatesTable
        if position < 0:
            table.clearSelection()
            return
        table.selectRow(position)
        table.scrollTo(self.model.index(position, 0), QAbstractItemView.ScrollHint.EnsureVisible)



__all__ = ["TemplatesListWidget", "VISIBLE_ROWS"]
