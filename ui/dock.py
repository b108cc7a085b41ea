"""The plugin's dock widget: a shell that hosts the section widgets; it holds no business logic."""
from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QComboBox, QFrame, QVBoxLayout, QWidget

from .fitting import ContentWidthScrollArea, fit_combo, fit_line_edit
from .loader import form_class

DOCK_OBJECT_NAME = "MapflowProcessingDock"  # stable, so QGIS restores the dock's place between sessions
# The width QGIS first gives the dock, in average characters: room for the processing list's name column next to
# its short columns. The minimum stays much smaller (every section fits ~400 px); the user's width is restored.
PREFERRED_WIDTH_CHARS = 70


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

        # the choices scroll; the footer (name, cost, what stands in the way, Start) stays in view below them
        scroll = ContentWidthScrollArea(self.startTab)
        scroll.setObjectName("startScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        form = QWidget(scroll)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.project = ProjectWidget(form)
        self.aoi = AoiWidget(form)
        self.model = ModelWidget(form)
        self.source = SourceWidget(form)
        for section in (self.project, self.aoi, self.model, self.source):
            form_layout.addWidget(section)
        form_layout.addStretch(1)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start = StartWidget(self.startTab)
        # long model, provider and imagery names must not widen the dock; cut ones show in full as tooltips
        for combo in self.findChildren(QComboBox):
            fit_combo(combo)
        fit_line_edit(self.source.urlEdit)
        self.startTabLayout.setContentsMargins(0, 0, 0, 0)
        self.startTabLayout.addWidget(scroll, 1)
        self.startTabLayout.addWidget(self.start)
        self.built = True
        self.set_signed_in(False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * PREFERRED_WIDTH_CHARS), hint.height())

    def set_signed_in(self, signed_in: bool) -> None:
        """Everything but the connection row waits for a signed-in session."""
        self.connection.set_signed_in(signed_in)
        self.tabs.setEnabled(signed_in)

    def set_starting(self, starting: bool) -> None:
        """Shown before the controllers are composed: nothing can be done yet, and the status says so."""
        self.connection.setEnabled(not starting)
        if starting:
            self.show_status(self.tr("Getting ready…"))

    def show_status(self, text: str) -> None:
        self.statusLabel.setText(text)
