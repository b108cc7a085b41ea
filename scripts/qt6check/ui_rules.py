"""Qt Designer forms that one of the two uic's cannot load: PyQt5's (QGIS 3.x) or PyQt6's (QGIS 4).

What each uic accepts in ``<enum>``/``<set>`` values (checked by running both on the same file):
- PyQt5's uic (5.15.x) splits a value on ``::`` into exactly two parts, class and member, and resolves the
  member as a class attribute; a fully scoped ``Qt::Orientation::Horizontal`` makes it generate invalid code.
- PyQt6's uic resolves fully scoped names directly, and rewrites two-part names through its own map of Qt5
  names (``PyQt6.uic.enum_map``); a two-part name missing from that map fails, because PyQt6 has no unscoped
  enum members.
So a value both accept is a two-part ``Class::Member`` that PyQt6's map knows and PyQt5's class has.
And a ``<spacer>`` needs a ``sizeHint``: without one PyQt6's uic constructs ``QSpacerItem(policy, policy)``, which
PyQt6 rejects (PyQt5 took the two policies as width and height).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 - our own forms, not untrusted input
from typing import Dict, List, Optional

from .python_rules import Finding
from .tables import Tables


def _line_numbers(text: str) -> Dict[str, List[int]]:
    """First line of each distinct enum/set text, for reporting (ElementTree keeps no line numbers)."""
    lines: Dict[str, List[int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        for tag in ("<enum>", "<set>"):
            start = line.find(tag)
            while start >= 0:
                end = line.find("<", start + len(tag))
                value = line[start + len(tag):end]
                lines.setdefault(value, []).append(number)
                start = line.find(tag, end)
    return lines


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 0


class UiChecker:
    def __init__(self, tables: Tables):
        self.t = tables
        self.qt6 = tables.qt6_classes
        self.qt5 = tables.qt5_classes
        self.enum_map: Dict[str, str] = tables.qt6["uic_enum_map"]
        self.widgets6 = set(tables.qt6_module_names("QtWidgets"))

    def check(self, path: str, text: str) -> List[Finding]:
        root = ET.fromstring(text)  # noqa: S314 - see the import
        custom = {element.findtext("class") for element in root.iter("customwidget")}
        found: List[Finding] = []
        lines = _line_numbers(text)
        used: Dict[str, int] = {}

        def line_of(value: str) -> int:
            numbers = lines.get(value, [0])
            index = used.get(value, 0)
            used[value] = index + 1
            return numbers[min(index, len(numbers) - 1)]

        for element in root.iter():
            if element.tag in ("enum", "set") and element.text:
                line = line_of(element.text)
                for item in element.text.split("|"):
                    problem = self._value_problem(item.strip(), custom)
                    if problem:
                        found.append(Finding(path, line, 0, problem[0], item.strip(), problem[1]))
            elif element.tag in ("widget", "layout"):
                cls = element.get("class", "")
                if cls.startswith("Q") and not cls.startswith("Qgs") and cls not in custom and element.tag == \
                        "widget" and cls not in self.widgets6:
                    found.append(Finding(path, 0, 0, "ui-class", cls, "not a QtWidgets class in PyQt6"))
            elif element.tag == "spacer" and not any(prop.get("name") == "sizeHint"
                                                     for prop in element.iter("property")):
                name = element.get("name", "")
                found.append(Finding(path, _line_of(text, f'name="{name}"'), 0, "ui-spacer", f"spacer {name}",
                                     "give it a sizeHint: without one PyQt6's uic calls QSpacerItem(hPolicy, "
                                     "vPolicy), which PyQt6 rejects (PyQt5 silently took the policies as w/h)"))
            elif element.tag in ("include", "iconset") and (element.get("location", "").endswith(".qrc")
                                                             or element.get("resource")):
                found.append(Finding(path, 0, 0, "ui-resource", element.get("location") or element.get("resource"),
                                     "icons by file path (set in code); no compiled resources in Qt6"))
        return found

    def _value_problem(self, value: str, custom: set) -> Optional[tuple]:
        parts = value.split("::")
        if len(parts) > 2:
            short = f"{parts[0]}::{parts[-1]}"
            return "ui-scoped-enum", f"{short} (PyQt5's uic, used by QGIS 3.x, cannot read a fully scoped name)"
        cls, member = (("Qt", parts[0]) if len(parts) == 1 else parts)
        if cls in custom or cls.startswith("Qgs"):
            return "ui-qgis-enum", "set QGIS enums in code: their form values cannot be verified without QGIS 4"
        if not self._pyqt6_resolves(cls, member):
            return "ui-enum", f"PyQt6's uic cannot resolve it{self._hint(cls, member)}"
        if self.qt5.knows(cls) and not self.qt5.has_attribute(cls, member):
            return "ui-enum", "PyQt5's uic (QGIS 3.x) cannot resolve it"
        return None

    def _pyqt6_resolves(self, cls: str, member: str) -> bool:
        mapped = self.enum_map.get(f"{cls}::{member}", f"{cls}::{member}").split("::")
        if len(mapped) == 3:
            members = self.qt6.enum_members(mapped[0], mapped[1])
            return members is not None and mapped[2] in members
        return self.qt6.has_attribute(mapped[0], mapped[1])

    def _hint(self, cls: str, member: str) -> str:
        owners = self.qt6.enums_with_member(cls, member)
        return f" (PyQt6 name: {cls}::{owners[0][1]}::{member}, which PyQt5's uic cannot read: set it in code)" \
            if owners else ""
