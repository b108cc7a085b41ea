"""Every text a widget tree shows a user, and the English words and English-style numbers left in them.

``shown_texts`` walks the widgets (visible or on another tab: a user switches tabs) and collects labels, buttons and
their menus, group and tab titles, tab tips, combo items, placeholders, tooltips, spin box texts, the documents of
text views, and the headers, cells and cell tips of item views. ``english_left`` finds the words of the plugin's
English sources in them; ``english_numbers`` the numbers written with separators the locale does not use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, List, Sequence, Set, Tuple

from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox, QLabel,
                                 QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QToolBox, QWidget)

from .translation_files import TsMessage

WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]")  # two letters or more: "km", "OK"
# not words of a sentence: addresses, paths, identifiers with digits or underscores (scene ids, SBX2A, {x})
NOT_PROSE = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|(?<!\S)/\S+|\S*[\d_{}]\S*")
MAX_ROWS = 20  # rows of a table to read: the first ones show every kind of cell


@dataclass(frozen=True)
class Shown:
    where: str  # object name and what of it ("startButton text", "processingsTable header 2")
    text: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _actions(owner, where: str) -> Iterator[Shown]:
    for action in owner.actions():
        if action.isSeparator():
            continue
        yield Shown(f"{where} action", action.text())
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield Shown(f"{where} action tip", action.toolTip())
        if action.menu() is not None:
            yield from _actions(action.menu(), f"{where} submenu")


def _view_texts(view: QAbstractItemView, name: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        for role, what in ((Qt.ItemDataRole.DisplayRole, "header"), (Qt.ItemDataRole.ToolTipRole, "header tip")):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if value:
                yield Shown(f"{name} {what} {column}", str(value))
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role, what in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tip")):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield Shown(f"{name} {what} {row},{column}", _plain(value))


def _inside_qgis_widget(widget: QWidget, root: QWidget) -> bool:
    """A part QGIS builds inside one of its composite widgets (QgsFileWidget's line edit and button): QGIS's own
    texts, translated by QGIS's translation."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if type(parent).__name__.startswith("Qgs") and type(parent).__name__ != "QgsCollapsibleGroupBox":
            return True
        parent = parent.parentWidget()
    return False


def _widget_texts(widget: QWidget) -> Iterator[Shown]:
    name = _name(widget)
    if widget.toolTip():
        yield Shown(f"{name} tooltip", _plain(widget.toolTip()))
    if isinstance(widget, QLabel):
        yield Shown(f"{name} text", _plain(widget.text()))
    elif isinstance(widget, QAbstractButton):
        yield Shown(f"{name} text", widget.text())
        menu = getattr(widget, "menu", lambda: None)()
        if menu is not None:
            yield from _actions(menu, f"{name} menu")
    elif isinstance(widget, QGroupBox):
        yield Shown(f"{name} title", widget.title())
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield Shown(f"{name} tab {index}", widget.tabText(index))
            yield Shown(f"{name} tab tip {index}", widget.tabToolTip(index))
    elif isinstance(widget, QToolBox):
        for index in range(widget.count()):
            yield Shown(f"{name} page {index}", widget.itemText(index))
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield Shown(f"{name} item {index}", widget.itemText(index))
            tip = widget.itemData(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and not type(widget).__name__.startswith("Qgs"):  # QGIS's layer tips
                yield Shown(f"{name} item tip {index}", tip)
        if widget.lineEdit() is not None:
            yield Shown(f"{name} placeholder", widget.lineEdit().placeholderText())
    elif isinstance(widget, QLineEdit):
        yield Shown(f"{name} placeholder", widget.placeholderText())
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield Shown(f"{name} document", widget.toPlainText())
        yield Shown(f"{name} placeholder", widget.placeholderText())
    elif isinstance(widget, QAbstractSpinBox):
        yield Shown(f"{name} text", widget.text())
        yield Shown(f"{name} special", widget.specialValueText())
    if isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget, name)
    if widget.actions() and not isinstance(widget, QAbstractButton):
        yield from _actions(widget, name)


def shown_texts(root: QWidget) -> List[Shown]:
    """Every non-empty text of ``root`` and its descendants."""
    found = [Shown(f"{_name(root)} title", root.windowTitle())]
    for widget in [root] + root.findChildren(QWidget):
        if not _inside_qgis_widget(widget, root):
            found.extend(_widget_texts(widget))
    return [item for item in found if item.text and item.text.strip()]


# --- English left ---------------------------------------------------------------------------------------------------
# Names and formats that read the same in every language (the product, QGIS, file formats, protocols, units).
PRODUCT_WORDS = frozenset(word.lower() for word in (
    "Mapflow", "QGIS", "GeoTIFF", "GeoTIFFs", "GeoPackage", "GeoJSON", "GPKG", "XYZ", "TMS", "WMS", "WMTS",
    "Quadkey", "TileJSON", "OAuth2", "OAuth", "API", "URL", "URLs", "CSV", "GDAL", "HTTP", "HTTPS", "PKCE", "ID", "id",
    "Esc", "WGS", "EPSG", "AOI", "px"))
PRODUCT_PHRASES = ("Mapflow Processing",)
# not numbers of the plugin: addresses, identifiers, versions ("QGIS 3.34")
NOT_NUMBERS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\S*_\S*|\b(?:QGIS|Qt|API|Python|PyQt)\s+\d+(?:\.\d+)+")


def source_words(messages: Iterable[TsMessage]) -> Set[str]:
    """The words of the plugin's English texts (the sources of a .ts file), lower case."""
    words: Set[str] = set()
    for message in messages:
        words.update(word.lower() for word in WORD.findall(_plain(message.source)))
    return words - PRODUCT_WORDS


def translation_words(messages: Iterable[TsMessage]) -> Set[str]:
    words: Set[str] = set()
    for message in messages:
        words.update(word.lower() for word in WORD.findall(_plain(message.translation)))
    return words


def _prose(text: str, data: Sequence[str]) -> str:
    """``text`` without the strings that are not the plugin's words: data, addresses, paths, identifiers."""
    for value in sorted({d for d in data if d} | set(PRODUCT_PHRASES), key=len, reverse=True):
        text = text.replace(value, " ")
    return NOT_PROSE.sub(" ", text)


def english_left(shown: Sequence[Shown], english: Set[str], data: Sequence[str] = ()) -> List[str]:
    """Texts that still hold English words: ``english`` is the vocabulary to look for; ``data`` are strings that came
    from the server or the test (model and provider names, emails, URLs, names typed), removed before looking."""
    left = []
    for item in shown:
        text = _prose(item.text, data)
        words = sorted({word for word in WORD.findall(text) if word.lower() in english})
        if words:
            left.append(f"{item.where}: {item.text!r} -> {words}")
    return left


def english_numbers(shown: Sequence[Shown], locale: QLocale, data: Sequence[str] = ()) -> List[str]:
    """Numbers written with English separators where the locale uses others: "99,920" or "0.25" in Russian; dates
    in ISO order where the locale puts the day or month first."""
    patterns: List[Tuple[str, re.Pattern]] = []
    if locale.groupSeparator() != ",":
        # where the comma is the decimal separator, "0,052" is a decimal; "99,920" is English thousands (the plugin
        # writes at most two decimals above 1)
        first = "[1-9]" if locale.decimalPoint() == "," else r"\d"
        patterns.append(("thousands comma", re.compile(rf"(?<![\d.,]){first}\d{{0,2}}(,\d{{3}})+(?![\d,])")))
    if not locale.dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("y"):
        patterns.append(("date in ISO order", re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")))
    if locale.decimalPoint() != ".":
        patterns.append(("decimal point", re.compile(r"(?<![\d.:/])\d+\.\d+(?![\d.])")))
    found = []
    for item in shown:
        text = item.text
        for value in sorted({d for d in data if d}, key=len, reverse=True):
            text = text.replace(value, " ")
        text = NOT_NUMBERS.sub(" ", text)
        if "." in locale.dateFormat(QLocale.FormatType.ShortFormat):  # "08.12.2026", "08.12 01:10": dates
            text = re.sub(r"(?<![\d.])\d{2}\.\d{2}(?:\.\d{4}|(?=\s+\d{1,2}:\d{2}))", " ", text)
        if locale.groupSeparator() == ".":  # "99.910" is 99910 grouped the locale's way (es_ES, pt_BR), not a decimal
            text = re.sub(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.])", " ", text)
        for what, pattern in patterns:
            match = pattern.search(text)
            if match:
                found.append(f"{item.where}: {item.text!r} has a {what}: {match.group(0)!r}")
    return found
