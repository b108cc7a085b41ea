"""Five stars to rate a result: hovering shows what a click would choose, a click chooses, and the keyboard works
too (Left/Right or Down/Up by one star, Home/End, the digits 1 to 5). It emits the rating; no logic of its own."""
from __future__ import annotations

import math
from typing import Sequence

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

STAR_SIZE = 28  # px, one star's box
FILLED = QColor(245, 166, 35)  # amber
_KEY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}
_DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(1, 10)}


def star_polygon(box: QRectF) -> QPolygonF:
    """A five-pointed star inscribed in ``box``, point up."""
    centre, outer = box.center(), min(box.width(), box.height()) / 2 * 0.92
    inner = outer * 0.42
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / 5
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)


class StarRating(QWidget):
    rating_changed = pyqtSignal(int)  # 1..count, or 0 when cleared

    def __init__(self, parent=None, count: int = 5, meanings: Sequence[str] = ()):
        super().__init__(parent)
        self._count = count
        self._meanings = list(meanings)  # a word per star, e.g. "Poor"; its tooltip and accessible description
        self._rating = 0
        self._hover = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Rating"))
        self._describe()

    # --- value -------------------------------------------------------------------------------------------
    def rating(self) -> int:
        return self._rating

    def setRating(self, rating: int) -> None:  # noqa: N802 - Qt naming, like the other widgets' setters
        rating = max(0, min(self._count, int(rating)))
        if rating != self._rating:
            self._rating = rating
            self._describe()
            self.update()
            self.rating_changed.emit(rating)

    def hovered(self) -> int:
        """The star under the mouse (what a click would choose), 0 when none."""
        return self._hover

    def meaning(self, rating: int) -> str:
        return self._meanings[rating - 1] if 0 < rating <= len(self._meanings) else ""

    def star_rect(self, rating: int) -> QRectF:
        """The box of star number ``rating`` (1-based), for clicks and tests."""
        return QRectF((rating - 1) * STAR_SIZE, 0, STAR_SIZE, STAR_SIZE)

    def _describe(self) -> None:
        text = self.tr("{rating} of {count}").format(rating=self._rating, count=self._count) if self._rating \
            else self.tr("not rated")
        meaning = self.meaning(self._rating)
        self.setAccessibleDescription(f"{text}: {meaning}" if meaning else text)

    def _star_at(self, x: float) -> int:
        if x < 0 or x >= self._count * STAR_SIZE:
            return 0
        return int(x // STAR_SIZE) + 1

    # --- Qt ----------------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._count * STAR_SIZE, STAR_SIZE)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        shown = self._hover or self._rating
        outline = self.palette().color(self.palette().ColorRole.WindowText)
        for rating in range(1, self._count + 1):
            star = star_polygon(self.star_rect(rating))
            painter.setPen(QPen(FILLED.darker(130) if rating <= shown else outline, 1.2))
            painter.setBrush(FILLED if rating <= shown else Qt.BrushStyle.NoBrush)
            if self._hover and rating <= self._hover and rating > self._rating:
                painter.setBrush(FILLED.lighter(130))  # a preview of the choice, lighter than a chosen star
            painter.drawPolygon(star)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        star = self._star_at(event.pos().x())
        if star != self._hover:
            self._hover = star
            self.setToolTip(self.meaning(star))
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = 0
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            star = self._star_at(event.pos().x())
            if star:
                self.setRating(star)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in _KEY_STEPS:
            self.setRating(max(1, self._rating + _KEY_STEPS[key]))
        elif key == Qt.Key.Key_Home:
            self.setRating(1)
        elif key == Qt.Key.Key_End:
            self.setRating(self._count)
        elif _DIGITS.get(key, 0) and _DIGITS[key] <= self._count:
            self.setRating(_DIGITS[key])
        else:
            super().keyPressEvent(event)
            return
        event.accept()
