"""The dock's "Help and feedback" section: a fold-out list of links (user guide, Mapflow documentation and prices,
the top-up page, the issue tracker). Shows what the controller gives it; the links open in the browser."""
from __future__ import annotations

import html
from typing import Dict, Sequence

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QWidget

from ..core.help_links import DOCS, PRICES, TOP_UP, TRACKER, USER_GUIDE, HelpLink
from .loader import form_class


class HelpWidget(QWidget, form_class("help")):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.labels: Dict[str, QLabel] = {USER_GUIDE: self.userGuideLabel, DOCS: self.docsLabel,
                                          PRICES: self.pricesLabel, TOP_UP: self.topUpLabel,
                                          TRACKER: self.trackerLabel}
        for label in self.labels.values():
            # links reachable by keyboard too; a text without a link can still be selected and copied
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.helpToggle.toggled.connect(self.set_expanded)
        self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        if self.helpToggle.isChecked() != expanded:
            self.helpToggle.setChecked(expanded)  # comes back here through toggled
            return
        self.linksFrame.setVisible(expanded)
        self.helpToggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def set_links(self, links: Sequence[HelpLink]) -> None:
        for link in links:
            label = self.labels[link.key]
            text = html.escape(link.text)
            if link.url:
                label.setText(f'<a href="{html.escape(link.url, quote=True)}">{text}</a>')
                label.setToolTip(link.url)
            else:
                label.setText(text)
                label.setToolTip("")

    def link_of(self, key: str) -> str:
        """The address a label opens ("" for a plain text): what the tests and screen readers check."""
        return self.labels[key].toolTip()
