"""The questions of the review and Duplicate actions: confirm an acceptance, the comment of a send-back.

Controllers ask through :class:`ReviewPrompts`, so that a headless test can answer instead of a modal dialog.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ..integration.messages import tr
from .dialogs import names_for_confirmation
from .loader import form_class

MAX_COMMENT = 4000  # the server's limit (REVIEW_COMMENT_TOO_LONG beyond)


@dataclass(frozen=True)
class SendBack:
    comment: str
    include_marked: bool


class SendBackDialog(QDialog, form_class("send_back_dialog")):
    """A comment (required) and whether the marked objects go with it; OK is enabled once there is a comment."""

    def __init__(self, processing_name: str, marked: int, layer_name: str, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.questionLabel.setText(self.tr("Send “{name}” back to Mapflow for review: say what is wrong. Support "
                                           "reworks the result and it comes back to you for review.").format(
            name=processing_name))
        if marked:
            self.featuresCheck.setText(self.tr("Send the {count} object(s) marked in “{layer}”").format(
                count=marked, layer=layer_name))
            self.featuresCheck.setChecked(True)
            self.hintLabel.setVisible(False)
        else:
            self.featuresCheck.setVisible(False)
            self.hintLabel.setText(self.tr("No objects are marked. To show what is wrong or missing, cancel, press "
                                           "“Mark corrections” and draw them on the map."))
        self.commentEdit.textChanged.connect(self._update_ok)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._update_ok()

    def comment(self) -> str:
        return self.commentEdit.toPlainText().strip()

    def choice(self) -> Optional[SendBack]:
        comment = self.comment()
        if not comment:
            return None
        return SendBack(comment, not self.featuresCheck.isHidden() and self.featuresCheck.isChecked())

    def _update_ok(self) -> None:
        length = len(self.comment())
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < length <= MAX_COMMENT)
        ok.setToolTip(self.tr("At most {limit} characters ({length} now).").format(limit=MAX_COMMENT, length=length)
                      if length > MAX_COMMENT else "")


class ReviewPrompts:
    """The real, modal dialogs; each returns None (or False) when the user cancels."""

    def confirm_accept(self, parent, names: List[str]) -> bool:
        question = tr("Accept {count} result(s) as they are? An accepted result cannot be sent back for review "
                      "any more.").format(count=len(names))
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, tr("Accept results"), f"{question}\n\n{names_for_confirmation(names)}",
                                      buttons.Yes | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Yes

    def send_back(self, parent, processing_name: str, marked: int, layer_name: str) -> Optional[SendBack]:
        dialog = SendBackDialog(processing_name, marked, layer_name, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
