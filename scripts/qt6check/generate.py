"""Build the checker's knowledge tables by introspecting the real libraries (run rarely; results are committed).

- ``data/qt6.json``: what QGIS 4's ``qgis.PyQt`` offers, read from PyQt6 through the test shim that models
  QGIS 4's compatibility layer (tests/qt6/shim): which class each ``qgis.PyQt.QtX`` module exports, each class's
  enums and their members, other capitalised class attributes, and PyQt6 uic's map of unscoped ``.ui`` enum names.
  Run with the Qt6 venv: ``.venv-qt6/bin/python scripts/qt6_check.py --write-qt6-table``.
- ``data/qgis3.json``: what QGIS 3.22 (PyQt5) offers: the same for ``qgis.PyQt`` under Qt5, plus every enum of
  ``qgis.core``/``qgis.gui`` whose members QGIS 3.22 exposes unscoped. Run with the QGIS venv:
  ``.venv/bin/python scripts/qt6_check.py --write-qgis3-table``.
"""
from __future__ import annotations

import enum
import importlib
import json
import sys
from pathlib import Path
from typing import Dict, List

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SHIM = REPO / "tests" / "qt6" / "shim"
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtTest")


def _is_python_enum(value) -> bool:
    return isinstance(value, type) and issubclass(value, enum.Enum)


def _is_sip_enum_type(value) -> bool:
    return isinstance(value, type) and type(value).__name__ == "enumtype"


def _class_entry(cls, sip_members: bool) -> dict:
    """What the class itself defines: enums (name -> members), the enums whose members are also class attributes
    (PyQt5/QGIS 3 sip enums; never in PyQt6), other capitalised attributes, and its direct bases."""
    enums: Dict[str, List[str]] = {}
    unscoped = set()
    other: List[str] = []
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if _is_python_enum(value):
            enums[name] = sorted(value.__members__)
        elif _is_sip_enum_type(value):
            enums.setdefault(name, [])
        elif sip_members and _is_sip_enum_type(type(value)):
            enum_name = type(value).__name__
            enums.setdefault(enum_name, []).append(name)
            unscoped.add(enum_name)
        elif name[:1].isupper():
            other.append(name)
    for members in enums.values():
        members.sort()
    bases = [base.__name__ for base in cls.__bases__ if base.__name__ not in ("object", "wrapper", "simplewrapper")]
    return {"bases": bases, "enums": enums, "unscoped": sorted(unscoped), "attrs": sorted(other)}


def _module_tables(package: str, modules, sip_members: bool) -> dict:
    exported: Dict[str, List[str]] = {}
    classes: Dict[str, dict] = {}
    for short in modules:
        module = importlib.import_module(f"{package}.{short}")
        names = []
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, type) and name.startswith("Q"):
                names.append(name)
                if value.__name__ == name and name not in classes:
                    classes[name] = _class_entry(value, sip_members)
        exported[short] = sorted(names)
    return {"modules": exported, "classes": classes}


def qt6_table() -> dict:
    sys.path.insert(0, str(SHIM))
    from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR
    from PyQt6.uic.enum_map import EnumMap

    table = _module_tables("qgis.PyQt", QT_MODULES, sip_members=False)
    table.update(pyqt=PYQT_VERSION_STR, qt=QT_VERSION_STR, uic_enum_map=dict(sorted(EnumMap.items())))
    return table


def qgis3_table() -> dict:
    import qgis.core
    import qgis.gui
    from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

    qt5 = _module_tables("qgis.PyQt", QT_MODULES, sip_members=True)
    qgis_classes: Dict[str, dict] = {}
    for module in (qgis.core, qgis.gui):
        for name in dir(module):
            value = getattr(module, name)
            if not isinstance(value, type) or not name.startswith("Qgs") and name != "Qgis":
                continue
            if _is_python_enum(value):  # a top-level scoped enum (QgsMapLayerType in 3.22)
                qgis_classes.setdefault(name, {"bases": [], "enums": {}, "unscoped": [], "attrs": [],
                                                "top_level_enum": True})
                continue
            entry = _class_entry(value, sip_members=True)
            if entry["enums"] or entry["bases"]:
                qgis_classes.setdefault(name, entry)
    return {"qgis": qgis.core.Qgis.QGIS_VERSION, "pyqt": PYQT_VERSION_STR, "qt": QT_VERSION_STR,
            "qt5": qt5, "qgis_classes": qgis_classes}


def write(name: str, table: dict) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / name
    path.write_text(json.dumps(table, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    return path
