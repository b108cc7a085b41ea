"""Long texts in a narrow dock: combo boxes keep a small minimum width (a long model or provider name must not
widen the dock) and show their whole current text when hovered, since it may be cut; a line edit shows the
beginning of its text (a URL's host, not its tail) and its whole text when hovered."""
from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject, QSize
from qgis.PyQt.QtWidgets import QComboBox, QFrame, QLineEdit, QScrollArea, QToolTip

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


class ContentWidthScrollArea(QScrollArea):
    """A vertical scroll area that is never narrower than its contents: the dock's minimum width then includes
    them, so nothing is cut at the right (QScrollArea's own minimum ignores its widget)."""

    def setWidget(self, widget) -> None:  # noqa: N802 - Qt override
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the contents' minimum may have changed (texts, option checkboxes)
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() \
            + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


def scrolled(widget, parent) -> QScrollArea:
    """``widget`` in a frameless scroll area: a narrow dock scrolls instead of growing wider."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
