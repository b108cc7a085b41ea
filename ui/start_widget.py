"""Processing name, cost, the reason Start is disabled, and the Start button."""
from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox

from ..core.choices import StartForm
from .loader import form_class


class StartWidget(QGroupBox, form_class("start")):
    start_requested = pyqtSignal(object)  # StartForm

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.startButton.clicked.connect(
            lambda *_: self.start_requested.emit(StartForm(self.nameEdit.text(), self.confirmCheck.isChecked())))

    def set_cost_text(self, text: str) -> None:
        self.costLabel.setText(text)

    def set_blockers(self, reasons: list) -> None:
        """Start is enabled only when there is no reason against it; the reasons are shown next to it."""
        self.reasonLabel.setText("\n".join(reasons))
        self.reasonLabel.setVisible(bool(reasons))
        self.startButton.setEnabled(not reasons)
        self.startButton.setToolTip("\n".join(reasons))

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.startButton.setEnabled(False)
