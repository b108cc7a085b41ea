"""Long texts in a narrow dock: combo boxes keep a small minimum width (a long model or provider name must not
widen the dock) and show their whole current text when hovered, since it may be cut; a line edit shows the
beginning of its text (a URL's host, not its tail) and its whole text when hovered."""
from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit, QToolTip

MIN_COMBO_CHARACTERS = 8


def full_text_tip(widget) -> str:
    """What hovering ``widget`` shows: its whole current text, then the tooltip its form gave it."""
    text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
    base = widget.toolTip()
    if not text:
        return base
    return f"{text}\n{base}" if base and base != text else text


class _FullTextTip(QObject):
    """Answers the widget's tooltip event with ``full_text_tip`` (read when shown, so it is never stale)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            text = full_text_tip(watched)
            if text:
                QToolTip.showText(event.globalPos(), text, watched)
            else:
                QToolTip.hideText()
            return True
        return False


def _watch(widget) -> None:
    if widget.findChild(_FullTextTip) is None:
        widget.installEventFilter(_FullTextTip(widget))


def fit_combo(combo: QComboBox) -> None:
    """Small minimum width; hovering shows the whole current text."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(MIN_COMBO_CHARACTERS)
    _watch(combo)


def fit_line_edit(edit: QLineEdit) -> None:
    """When the text is set or editing ends, show its beginning; hovering shows the whole text."""
    if edit.findChild(_FullTextTip) is not None:
        return
    _watch(edit)
    edit.textChanged.connect(lambda _text: None if edit.hasFocus() else edit.setCursorPosition(0))
    edit.editingFinished.connect(lambda: edit.setCursorPosition(0))
