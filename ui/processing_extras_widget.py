"""Below the processing list: the review of a result (accept, mark corrections, send back) and Duplicate.
Emits intents only; the review and duplicate controllers decide."""
from __future__ import annotations

from typing import Mapping

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QWidget

from ..core.processing_view import ActionState
from ..core.review import ReviewAction
from .loader import form_class
from .wrapping import WrappingGrid


class ProcessingExtrasWidget(QWidget, form_class("processing_extras")):
    review_requested = pyqtSignal(object)  # core.review.ReviewAction
    duplicate_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.reviewWrap = WrappingGrid.take_from(self.reviewGrid, [self.acceptButton, self.markButton,
                                                                   self.sendBackButton], columns=3, row=1)
        self._buttons = {ReviewAction.ACCEPT: self.acceptButton, ReviewAction.MARK: self.markButton,
                         ReviewAction.SEND_BACK: self.sendBackButton}
        self._tips = {action: button.toolTip() for action, button in self._buttons.items()}
        for action, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, a=action: self.review_requested.emit(a))
        self.duplicateButton.clicked.connect(lambda *_: self.duplicate_requested.emit())
        self.set_review_visible(False)
        self.set_duplicate_state(ActionState(False, self.tr("Select one processing to duplicate.")))

    def set_review_visible(self, visible: bool) -> None:
        """The review part shows for accounts with the review workflow (or results that have a review)."""
        self.reviewGroup.setVisible(visible)

    def set_review_states(self, states: Mapping[ReviewAction, ActionState]) -> None:
        for action, state in states.items():
            button = self._buttons[action]
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason or self._tips[action])

    def set_review_text(self, text: str) -> None:
        self.reviewLabel.setText(text)
        self.reviewLabel.setVisible(bool(text))

    def set_duplicate_state(self, state: ActionState) -> None:
        self.duplicateButton.setEnabled(state.enabled)
        self.duplicateButton.setToolTip(state.reason or self.tr(
            "Fill the Start tab with this processing's model, options, imagery and area, to start a copy"))
