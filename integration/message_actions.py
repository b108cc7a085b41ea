"""The buttons of a message-bar item (the caller's own actions, Details, Open log, Retry) and the Details window
with its Copy button."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QFontDatabase
from qgis.PyQt.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton,
                                 QVBoxLayout)

DETAILS_BUTTON = "mapflowDetailsButton"  # object names, for tests and for styling
OPEN_LOG_BUTTON = "mapflowOpenLogButton"
RETRY_BUTTON = "mapflowRetryButton"


@dataclass(frozen=True)
class MessageAction:
    """A button on a message ("Open folder", "Load results"); ``name`` becomes its object name (for tests)."""

    name: str
    text: str
    run: Callable[[], None]
    closes: bool = False  # the message goes when the button is pressed (its news is acted upon)


def add_actions(item, level, *, details: str, retry: Optional[Callable[[], None]], open_log: Callable[[], None],
                close: Callable[[], None], keep: List[QDialog], actions: Sequence[MessageAction] = ()) -> None:
    """The caller's actions first, then Details (when there is a report), Open log (for warnings and failures)
    and Retry (when given)."""
    for action in actions:
        _button(item, action.text, action.name, _pressed(action, close))
    failure = level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)
    if details:
        _button(item, QCoreApplication.translate("MapflowMessages", "Details"), DETAILS_BUTTON,
                lambda: _show_details(item, details, keep))
    if failure:
        _button(item, QCoreApplication.translate("MapflowMessages", "Open log"), OPEN_LOG_BUTTON, open_log)
    if retry is not None:
        def run_again() -> None:
            close()  # the old failure goes; the retry reports its own outcome
            retry()
        _button(item, QCoreApplication.translate("MapflowMessages", "Retry"), RETRY_BUTTON, run_again)


def _pressed(action: MessageAction, close: Callable[[], None]) -> Callable[[], None]:
    def press() -> None:
        if action.closes:
            close()
        action.run()
    return press


def _button(item, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, item)
    button.setObjectName(name)
    button.clicked.connect(lambda *_: slot())
    item.layout().addWidget(button)
    return button


class ErrorDetailsDialog(QDialog):
    """The full error report, read-only, selectable, with a Copy button; not modal."""

    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MapflowMessages", "Mapflow Processing: error details"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(report)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(QCoreApplication.translate("MapflowMessages", "Copy"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda *_: self.copy())
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


def _show_details(item, report: str, keep: List[QDialog]) -> ErrorDetailsDialog:
    dialog = ErrorDetailsDialog(report, item.window())
    keep.append(dialog)
    dialog.finished.connect(lambda *_: keep.remove(dialog) if dialog in keep else None)
    dialog.show()
    return dialog
