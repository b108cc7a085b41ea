"""The plugin's dock widget: a shell that hosts the section widgets; it holds no business logic."""
from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QScrollArea, QVBoxLayout, QWidget

from .loader import form_class

DOCK_OBJECT_NAME = "MapflowProcessingDock"  # stable, so QGIS restores the dock's place between sessions


class MapflowDock(QgsDockWidget, form_class("dock")):
    """``build_sections=False`` makes only the shell (cheap, for QGIS start-up); ``build_sections()`` fills it."""

    def __init__(self, parent=None, build_sections: bool = True):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.built = False
        if build_sections:
            self.build_sections()

    def build_sections(self) -> None:
        # imported here: the section forms and widgets cost QGIS start-up time until the dock is first shown
        from .aoi_widget import AoiWidget
        from .connection_widget import ConnectionWidget
        from .model_widget import ModelWidget
        from .project_widget import ProjectWidget
        from .source_widget import SourceWidget
        from .start_widget import StartWidget

        self.connection = ConnectionWidget(self.connectionHost)
        host_layout = QVBoxLayout(self.connectionHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.connection)

        scroll = QScrollArea(self.startTab)
        scroll.setWidgetResizable(True)
        form = QWidget(scroll)
        form_layout = QVBoxLayout(form)
        self.project = ProjectWidget(form)
        self.aoi = AoiWidget(form)
        self.model = ModelWidget(form)
        self.source = SourceWidget(form)
        self.start = StartWidget(form)
        for section in (self.project, self.aoi, self.model, self.source, self.start):
            form_layout.addWidget(section)
        form_layout.addStretch(1)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # long model and provider names must not widen the dock
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.startTabLayout.setContentsMargins(0, 0, 0, 0)
        self.startTabLayout.addWidget(scroll)
        self.built = True
        self.set_signed_in(False)

    def set_signed_in(self, signed_in: bool) -> None:
        """Everything but the connection row waits for a signed-in session."""
        self.connection.set_signed_in(signed_in)
        self.tabs.setEnabled(signed_in)

    def show_status(self, text: str) -> None:
        self.statusLabel.setText(text)
