"""Qt5-only, Qt6-breaking and QGIS-3.22-breaking constructs in Python source, found on the AST.

Names are resolved through the file's own imports (``from qgis.PyQt.QtWidgets import QMessageBox``,
``from qgis.PyQt import QtCore``, ``from qgis.core import QgsTask``) and its own subclasses of those classes;
what cannot be resolved statically (attributes of instances) is left alone except for a few method names that
are unambiguous (``exec_``).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

from .tables import (DEPRECATED_QGIS_CALLS, MOVED_QGIS_ENUMS, MOVED_TO_QTGUI, QVARIANT_TO_QMETATYPE,
                     RENAMED_QT_MEMBERS, Tables, moved_enum)

QT_PACKAGES = ("qgis.PyQt", "PyQt5", "PyQt6")
QGIS_MODULES = {"qgis.core": "core", "qgis._core": "core", "qgis.gui": "gui", "qgis._gui": "gui"}
REMOVED_NAMES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QGuiApplication.primaryScreen() / QWidget.screen()",
    "qApp": "QApplication.instance()",
}
OVERLOADED_SIGNALS = ("activated", "currentIndexChanged", "highlighted", "valueChanged", "buttonClicked")
VERSION_MARKERS = ("QGIS_VERSION_INT", "versionInt")
COMPILED_RESOURCES = ("resources_rc", "resources")  # pyrcc5 output; there is no pyrcc for PyQt6
RESOURCES_ADVICE = "load icons and forms by file path (Qt6 has no pyrcc; QGIS 4 cannot load pyrcc5 modules)"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    col: int
    kind: str
    construct: str
    replacement: str

    def render(self) -> str:
        return f"{self.path}:{self.line}:{self.col + 1}: {self.kind}: {self.construct} -> {self.replacement}"


@dataclass(frozen=True)
class Ref:
    family: str  # "qt" or "qgis"
    what: str  # "module" or "class"
    name: str  # module short name (QtCore, core) or class name


class _Resolver:
    def __init__(self, tree: ast.AST):
        self.names: Dict[str, Ref] = {}
        self.metrics_names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                self._from_import(node)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    ref = _module_ref(alias.name)
                    if ref and alias.asname:
                        self.names[alias.asname] = ref
            elif isinstance(node, ast.Assign) and _makes_font_metrics(node.value):
                self.metrics_names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        for node in ast.walk(tree):  # own subclasses of Qt/QGIS classes: MyDialog.Accepted is QDialog's enum
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    ref = self.resolve(base)
                    if ref is not None and ref.what == "class":
                        self.names.setdefault(node.name, ref)
                        break

    def _from_import(self, node: ast.ImportFrom) -> None:
        module_ref = _module_ref(node.module)
        for alias in node.names:
            local = alias.asname or alias.name
            if module_ref is not None and module_ref.what == "module":
                self.names[local] = Ref(module_ref.family, "class", alias.name)
            elif node.module in ("qgis.PyQt", "PyQt5", "PyQt6"):
                self.names[local] = Ref("qt", "module", alias.name)
            elif node.module == "qgis" and alias.name in ("core", "gui"):
                self.names[local] = Ref("qgis", "module", alias.name)

    def resolve(self, node: ast.AST) -> Optional[Ref]:
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = self.resolve(node.value)
            if owner is not None and owner.what == "module":
                return Ref(owner.family, "class", node.attr)
        return None


def _module_ref(module: str) -> Optional[Ref]:
    if module in QGIS_MODULES:
        return Ref("qgis", "module", QGIS_MODULES[module])
    for package in QT_PACKAGES:
        if module.startswith(package + ".") and module.count(".") == package.count(".") + 1:
            return Ref("qt", "module", module.rsplit(".", 1)[1])
    return None


def _makes_font_metrics(value: ast.AST) -> bool:
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    return (isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF")) or \
        (isinstance(func, ast.Attribute) and func.attr == "fontMetrics")


def _set_parents(tree: ast.AST) -> None:
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            child.parent = parent  # type: ignore[attr-defined]


def _version_guarded(node: ast.AST) -> bool:
    """Inside ``if``/conditional expression/assignment whose condition looks at the QGIS version."""
    current = getattr(node, "parent", None)
    while current is not None:
        if isinstance(current, (ast.If, ast.IfExp, ast.While)):
            test = ast.unparse(current.test)
            if any(marker in test for marker in VERSION_MARKERS):
                return True
        current = getattr(current, "parent", None)
    return False


class PythonChecker:
    def __init__(self, tables: Tables):
        self.t = tables
        self.qt6 = tables.qt6_classes
        self.qt5 = tables.qt5_classes
        self.qgis = tables.qgis_classes

    def check(self, path: str, source: str) -> List[Finding]:
        tree = ast.parse(source, path)
        _set_parents(tree)
        resolver = _Resolver(tree)
        found: List[Finding] = []
        for node in ast.walk(tree):
            for kind, construct, replacement in self._node(node, resolver):
                found.append(Finding(path, node.lineno, node.col_offset, kind, construct, replacement))
        return sorted(set(found), key=lambda f: (f.line, f.col, f.kind))

    # --- dispatch -----------------------------------------------------------------------------------------------
    def _node(self, node: ast.AST, resolver: _Resolver) -> Iterator[Tuple[str, str, str]]:
        if isinstance(node, ast.ImportFrom):
            yield from self._import_from(node)
        elif isinstance(node, ast.Import):
            yield from self._import(node)
        elif isinstance(node, ast.Attribute):
            yield from self._attribute(node, resolver)
        elif isinstance(node, ast.Call):
            yield from self._call(node, resolver)
        elif isinstance(node, ast.Subscript):
            yield from self._subscript(node)
        elif isinstance(node, ast.Name) and node.id in REMOVED_NAMES and isinstance(node.ctx, ast.Load):
            yield "qt6-removed", node.id, REMOVED_NAMES[node.id]

    # --- imports ------------------------------------------------------------------------------------------------
    def _import(self, node: ast.Import) -> Iterator[Tuple[str, str, str]]:
        for alias in node.names:
            if alias.name.split(".")[-1] in COMPILED_RESOURCES:
                yield "compiled-resources", f"import {alias.name}", RESOURCES_ADVICE
            top = alias.name.split(".")[0]
            if top in ("PyQt5", "PyQt6", "sip"):
                yield "direct-pyqt-import", f"import {alias.name}", f"import {alias.name.replace(top, 'qgis.PyQt', 1)}"

    def _import_from(self, node: ast.ImportFrom) -> Iterator[Tuple[str, str, str]]:
        names = ", ".join(alias.name for alias in node.names)
        shown = "." * node.level + (node.module or "")
        if (node.module or "").split(".")[-1] in COMPILED_RESOURCES or \
                any(a.name in COMPILED_RESOURCES for a in node.names):
            yield "compiled-resources", f"from {shown} import {names}", RESOURCES_ADVICE
        if not node.module or node.level:
            return
        module = node.module
        top = module.split(".")[0]
        if top in ("PyQt5", "PyQt6", "sip"):
            yield "direct-pyqt-import", f"from {module} import {names}", \
                f"from {module.replace(top, 'qgis.PyQt', 1)} import {names}"
        ref = _module_ref(module)
        if ref is None or ref.family != "qt":
            return
        qt6_names, qt5_names = self.t.qt6_module_names(ref.name), self.t.qt5_module_names(ref.name)
        for alias in node.names:
            name = alias.name
            if not name.startswith("Q") or (name not in qt6_names and name not in qt5_names):
                continue  # constants and functions (QT_VERSION_STR, pyqtSignal) are not tabled
            if name in REMOVED_NAMES and name not in qt6_names:
                continue  # reported where the name is used
            if name not in qt6_names:
                homes = self.t.qt6_home_of(name)
                if name in MOVED_TO_QTGUI or homes:
                    yield "qt-module", f"{name} from qgis.PyQt.{ref.name}", \
                        f"Qt6 has it in {'/'.join(homes) or 'QtGui'}; QGIS 3.22 in {ref.name}: import it in a " \
                        f"try/except ImportError"
                else:
                    yield "qt6-removed", f"{name} from qgis.PyQt.{ref.name}", "not in Qt6: see the Qt6 porting notes"
            elif name not in qt5_names:
                homes5 = [m for m, names5 in self.t.qgis3["qt5"]["modules"].items() if name in names5]
                yield "qgis3-module", f"{name} from qgis.PyQt.{ref.name}", \
                    f"QGIS 3.22 has it only in qgis.PyQt.{'/'.join(homes5) or '?'}; import it from there " \
                    f"(QGIS 4 re-exports it)" if homes5 else "not in Qt5: guard it with a version check"

    # --- attributes ---------------------------------------------------------------------------------------------
    def _attribute(self, node: ast.Attribute, resolver: _Resolver) -> Iterator[Tuple[str, str, str]]:
        if node.attr == "exec_":
            yield "exec_", "exec_()", "exec()"
            return
        owner = resolver.resolve(node.value)
        if owner is None:
            return
        if owner.what == "module":
            if owner.family == "qt" and node.attr.startswith("Q") and node.attr not in \
                    self.t.qt6_module_names(owner.name) and node.attr in self.t.qt5_module_names(owner.name):
                yield "qt6-removed", f"{owner.name}.{node.attr}", \
                    REMOVED_NAMES.get(node.attr, f"not in Qt6's {owner.name}")
            return
        if owner.family == "qt":
            yield from self._qt_attribute(node, owner.name)
        else:
            yield from self._qgis_attribute(node, owner.name)

    def _qt_attribute(self, node: ast.Attribute, cls: str) -> Iterator[Tuple[str, str, str]]:
        attr = node.attr
        if cls in ("QFontMetrics", "QFontMetricsF") and attr == "width":
            yield "fontmetrics-width", f"{cls}.width", "horizontalAdvance()"
            return
        if not attr[:1].isupper() or not self.qt6.knows(cls):
            return
        if self.qt6.has_attribute(cls, attr):
            parent = getattr(node, "parent", None)
            members5 = self.qt5.enum_members(cls, attr)
            if isinstance(parent, ast.Attribute) and parent.value is node and self.qt6.enum_members(cls, attr) \
                    is not None and self.qt5.knows(cls) and (members5 is None or parent.attr not in members5):
                yield "qgis3-missing", f"{cls}.{attr}.{parent.attr}", \
                    "not in PyQt5 5.15 (QGIS 3.22): guard it with a version check"
            return
        if (cls, attr) in RENAMED_QT_MEMBERS:
            yield "qt6-removed", f"{cls}.{attr}", RENAMED_QT_MEMBERS[(cls, attr)]
        elif cls == "QVariant" and attr in QVARIANT_TO_QMETATYPE:
            yield "qvariant", f"QVariant.{attr}", \
                f"QMetaType.Type.{QVARIANT_TO_QMETATYPE[attr]} for QGIS >= 3.38 APIs, QVariant.{attr} before " \
                f"(version check)"
        else:
            owners = self.qt6.enums_with_member(cls, attr)
            if owners:
                options = " or ".join(f"{cls}.{enum}.{attr}" for _owner, enum in owners)
                yield "qt-unscoped-enum", f"{cls}.{attr}", options
            else:
                yield "qt6-removed", f"{cls}.{attr}", "not in PyQt6"

    def _qgis_attribute(self, node: ast.Attribute, cls: str) -> Iterator[Tuple[str, str, str]]:
        attr = node.attr
        if not attr[:1].isupper() or not self.qgis.knows(cls):
            return
        guarded = _version_guarded(node)
        top_level = moved_enum(cls, "")
        if top_level is not None:  # QgsMapLayerType.VectorLayer
            if not guarded:
                yield "qgis-deprecated", f"{cls}.{attr}", _moved_text(top_level, attr)
            return
        parent = getattr(node, "parent", None)
        members = self.qgis.enum_members(cls, attr)
        if members is not None:  # QgsWkbTypes.GeometryType[.PolygonGeometry]
            moved = moved_enum(cls, attr)
            if moved is not None and not guarded and isinstance(parent, ast.Attribute) and parent.value is node:
                yield "qgis-deprecated", f"{cls}.{attr}.{parent.attr}", _moved_text(moved, parent.attr)
            elif isinstance(parent, ast.Attribute) and parent.value is node and parent.attr[:1].isupper() \
                    and parent.attr not in members and not guarded:
                yield "qgis3-missing", f"{cls}.{attr}.{parent.attr}", "not in QGIS 3.22: guard it with a version check"
            return
        owners = self.qgis.enums_with_member(cls, attr, unscoped_only=True)
        if owners:
            owner, enum = owners[0]
            moved = moved_enum(owner, enum)
            if moved is not None:
                if not guarded:
                    yield "qgis-unscoped-enum", f"{cls}.{attr}", _moved_text(moved, attr)
            else:
                yield "qgis-unscoped-enum", f"{cls}.{attr}", f"{cls}.{enum}.{attr}"
        elif not self.qgis.has_attribute(cls, attr) and not guarded:
            yield "qgis3-missing", f"{cls}.{attr}", "not in QGIS 3.22: guard it with a version check"

    # --- calls and subscripts -----------------------------------------------------------------------------------
    def _call(self, node: ast.Call, resolver: _Resolver) -> Iterator[Tuple[str, str, str]]:
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "width" and (_makes_font_metrics(func.value) or (
                    isinstance(func.value, ast.Name) and func.value.id in resolver.metrics_names)):
                yield "fontmetrics-width", "QFontMetrics.width()", "horizontalAdvance()"
            elif func.attr == "desktop" and not node.args:
                yield "qt6-removed", "QApplication.desktop()", REMOVED_NAMES["QDesktopWidget"]
            elif func.attr in DEPRECATED_QGIS_CALLS and not _version_guarded(node):
                replacement, since = DEPRECATED_QGIS_CALLS[func.attr]
                yield "qgis-deprecated", f"{func.attr}()", f"{replacement} (deprecated since QGIS {since})"
        ref = resolver.resolve(func)
        if ref is not None and ref.what == "class" and ref.name == "QVariant" and (
                not node.args or (len(node.args) == 1 and isinstance(node.args[0], ast.Attribute)
                                  and isinstance(node.args[0].value, ast.Name)
                                  and node.args[0].value.id == "QVariant")):
            yield "qvariant", ast.unparse(node), "NULL from qgis.core (or None)"
        if ref is not None and ref.family == "qgis" and ref.name == "QgsCoordinateTransform" and \
                len(node.args) == 2 and not node.keywords:
            yield "qgis-deprecated", "QgsCoordinateTransform(source, destination)", \
                "pass the transform context (or the project) as third argument"

    def _subscript(self, node: ast.Subscript) -> Iterator[Tuple[str, str, str]]:
        if isinstance(node.value, ast.Attribute) and node.value.attr in OVERLOADED_SIGNALS:
            key = node.slice
            if (isinstance(key, ast.Name) and key.id in ("str", "int")) or \
                    (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                yield "signal-overload", f"{node.value.attr}[{ast.unparse(key)}]", \
                    "the unindexed signal (Qt6 dropped the overloads; use textActivated etc. for text)"


def _moved_text(moved, member: str) -> str:
    return (f"{moved.new_member(member)} when Qgis.QGIS_VERSION_INT >= {moved.version_int}, else "
            f"{moved.old_scoped(member)} (deprecated since QGIS {moved.since})")


__all__ = ["Finding", "PythonChecker", "MOVED_QGIS_ENUMS"]
