"""Processing name, cost, the reason Start is disabled, and the Start button."""
from __future__ import annotations

import html

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox

from ..core.choices import StartForm
from .loader import form_class


class StartWidget(QGroupBox, form_class("start")):
    start_requested = pyqtSignal(object)  # StartForm

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.reasonLabel.setOpenExternalLinks(True)  # the top-up page opens in the browser
        self.startButton.clicked.connect(
            lambda *_: self.start_requested.emit(StartForm(self.nameEdit.text(), self.confirmCheck.isChecked())))

    def set_cost_text(self, text: str) -> None:
        self.costLabel.setText(text)

    def set_blockers(self, reasons: list, top_up=None) -> None:
        """Start is enabled only when there is no reason against it; the reasons are shown next to it.
        ``top_up`` (core.charges.TopUp): where to get more credits, a link when the server has a page for it."""
        if top_up is not None and top_up.url:
            lines = [html.escape(reason) for reason in reasons]
            lines.append(f'<a href="{html.escape(top_up.url, quote=True)}">{html.escape(top_up.text)}</a>')
            self.reasonLabel.setTextFormat(Qt.TextFormat.RichText)
            self.reasonLabel.setText("<br>".join(lines))
        else:
            self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)
            self.reasonLabel.setText("\n".join(list(reasons) + ([top_up.text] if top_up is not None else [])))
        self.reasonLabel.setVisible(bool(reasons))
        self.startButton.setEnabled(not reasons)
        self.startButton.setToolTip("\n".join(reasons))

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.startButton.setEnabled(False)
