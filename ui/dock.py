"""The plugin's dock widget: a shell that hosts the section widgets; it holds no business logic."""
from __future__ import annotations

from qgis.gui import QgsDockWidget

from .loader import form_class

DOCK_OBJECT_NAME = "MapflowProcessingDock"  # stable, so QGIS restores the dock's place between sessions


class MapflowDock(QgsDockWidget, form_class("dock")):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName(DOCK_OBJECT_NAME)

    def show_status(self, text: str) -> None:
        self.statusLabel.setText(text)
