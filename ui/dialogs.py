"""Every question the Processings and Statistics tabs ask the user, behind one small class.

Controllers ask through :class:`Prompts` instead of opening dialogs themselves, so that the questions are in one
place and a headless test can answer them (a modal dialog cannot be clicked without a display).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QInputDialog, QMessageBox

from ..integration.messages import tr
from .loader import form_class
from .star_rating import StarRating

MAX_LISTED_NAMES = 10  # a delete confirmation lists this many names, then "and N more"


@dataclass(frozen=True)
class RateChoice:
    rating: int  # 1..5
    feedback: str = ""


class RateDialog(QDialog, form_class("rate_dialog")):
    """Stars from 1 to 5 and a comment; OK is enabled once a rating is chosen."""

    def __init__(self, processing_name: str, current: Optional[RateChoice] = None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.questionLabel.setText(self.tr("How good is the result of '{name}'?").format(name=processing_name))
        meanings = [self.tr("Useless"), self.tr("Poor"), self.tr("Acceptable"), self.tr("Good"), self.tr("Excellent")]
        self.stars = StarRating(self.starsHost, meanings=meanings)
        host = QHBoxLayout(self.starsHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.stars)
        self.stars.rating_changed.connect(lambda _rating: self._update_ok())
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        if current is not None:
            self.set_choice(current)
        self._update_ok()
        self.stars.setFocus()

    def set_choice(self, choice: RateChoice) -> None:
        self.stars.setRating(choice.rating)
        self.feedbackEdit.setPlainText(choice.feedback)
        self._update_ok()

    def choice(self) -> Optional[RateChoice]:
        rating = self.stars.rating()
        if rating < 1:
            return None
        return RateChoice(rating, self.feedbackEdit.toPlainText().strip())

    def _update_ok(self) -> None:
        rating = self.stars.rating()
        self.meaningLabel.setText(self.stars.meaning(rating))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(rating >= 1)


class ReloadChoice(str, enum.Enum):
    """What to do with results that are already on the map when they are loaded again."""

    REPLACE = "replace"  # load afresh and remove the layers already there
    ADD = "add"  # load another copy next to them
    CANCEL = "cancel"


def names_for_confirmation(names: Sequence[str]) -> str:
    shown = [f"• {name}" for name in names[:MAX_LISTED_NAMES]]
    if len(names) > MAX_LISTED_NAMES:
        shown.append(f"… (+{len(names) - MAX_LISTED_NAMES})")
    return "\n".join(shown)


class Prompts:
    """The real, modal dialogs. Each returns None (or False) when the user cancels."""

    def new_name(self, parent, current: str) -> Optional[str]:
        text, ok = QInputDialog.getText(parent, tr("Rename processing"), tr("New name:"), text=current)
        return text.strip() if ok and text.strip() else None

    def confirm_delete(self, parent, names: List[str]) -> bool:
        question = tr("Delete {count} processing(s)? Their results are deleted too; this cannot be undone."
                             ).format(count=len(names))
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, tr("Delete processings"),
                                      f"{question}\n\n{names_for_confirmation(names)}",
                                      buttons.Yes | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Yes

    def pick_project(self, parent, choices: List[Tuple[str, str]]) -> Optional[str]:
        """``choices`` are (project id, label); returns the chosen id."""
        labels = [label for _id, label in choices]
        label, ok = QInputDialog.getItem(parent, tr("Move processings"), tr("Move to project:"),
                                         labels, 0, False)
        if not ok or label not in labels:
            return None
        return choices[labels.index(label)][0]

    def rating(self, parent, processing_name: str, current: Optional[RateChoice]) -> Optional[RateChoice]:
        dialog = RateDialog(processing_name, current, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def reload_results(self, parent, names: List[str]) -> ReloadChoice:
        """The results of ``names`` are on the map already: replace them, add another copy, or leave them."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Load results again"),
                          tr("The results of these processings are already on the map:") + "\n\n"
                          + names_for_confirmation(names) + "\n\n"
                          + tr("Replace them with a fresh download, or add another copy?"),
                          QMessageBox.StandardButton.NoButton, parent)
        replace = box.addButton(tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        add = box.addButton(tr("Add another"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace)
        try:
            box.exec()
            clicked = box.clickedButton()
            if clicked is replace:
                return ReloadChoice.REPLACE
            if clicked is add:
                return ReloadChoice.ADD
            return ReloadChoice.CANCEL
        finally:
            box.deleteLater()

    def csv_path(self, parent, suggested: str) -> Optional[str]:
        path, _filter = QFileDialog.getSaveFileName(parent, tr("Export statistics"), suggested,
                                                    tr("CSV files (*.csv)"))
        if not path:
            return None
        return path if path.lower().endswith(".csv") else f"{path}.csv"
