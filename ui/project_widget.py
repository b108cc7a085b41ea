"""Project picker with create/rename/share/delete buttons; buttons follow the user's role."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox

from ..core.choices import ProjectItem
from ..core.roles import ProjectAction, allowed, why_not
from .loader import form_class


class ProjectWidget(QGroupBox, form_class("project")):
    project_selected = pyqtSignal(str)  # project id
    create_requested = pyqtSignal()
    rename_requested = pyqtSignal(str)
    delete_requested = pyqtSignal(str)
    share_requested = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self._items: list = []
        icons = ((self.newProjectButton, "/mActionAdd.svg"),
                 (self.renameProjectButton, "/mActionToggleEditing.svg"),
                 (self.shareProjectButton, "/mActionShare.svg"),
                 (self.deleteProjectButton, "/mActionDeleteSelected.svg"))
        for button, icon in icons:
            theme_icon = QgsApplication.getThemeIcon(icon)
            if not theme_icon.isNull():
                button.setToolTip(button.toolTip() or button.text())
                button.setIcon(theme_icon)
        self.projectCombo.currentIndexChanged.connect(self._on_index)
        self.newProjectButton.clicked.connect(self.create_requested.emit)
        self.renameProjectButton.clicked.connect(lambda *_: self._emit_for_current(self.rename_requested))
        self.deleteProjectButton.clicked.connect(lambda *_: self._emit_for_current(self.delete_requested))
        self.shareProjectButton.clicked.connect(lambda *_: self._emit_for_current(self.share_requested))
        self._update_buttons()

    def set_projects(self, items: list, current_id: str = "") -> None:
        self._items = list(items)
        self.projectCombo.blockSignals(True)
        self.projectCombo.clear()
        for item in self._items:
            self.projectCombo.addItem(item.name + (self.tr(" (default)") if item.is_default else ""), item.id)
        index = max(0, self.projectCombo.findData(current_id)) if self._items else -1
        self.projectCombo.setCurrentIndex(index)
        self.projectCombo.blockSignals(False)
        self._update_buttons()

    def current(self):
        index = self.projectCombo.currentIndex()
        return self._items[index] if 0 <= index < len(self._items) else None

    def _on_index(self, _index: int) -> None:
        self._update_buttons()
        item = self.current()
        if item is not None:
            self.project_selected.emit(item.id)

    def _emit_for_current(self, signal) -> None:
        item = self.current()
        if item is not None:
            signal.emit(item.id)

    def _update_buttons(self) -> None:
        item: ProjectItem = self.current()
        buttons = ((self.renameProjectButton, ProjectAction.RENAME_PROJECT),
                   (self.deleteProjectButton, ProjectAction.DELETE_PROJECT),
                   (self.shareProjectButton, ProjectAction.SHARE))
        for button, action in buttons:
            if item is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Sign in and choose a project first"))
                continue
            ok = allowed(item.role, action, is_default=item.is_default)
            button.setEnabled(ok)
            button.setToolTip("" if ok else why_not(item.role, action, is_default=item.is_default))
