"""The checker's knowledge: generated tables (data/*.json, see generate.py) plus small curated tables of facts
that introspection cannot give (renamed members, QGIS enums moved to ``Qgis``, deprecated QGIS calls).

Sources of the curated facts: QGIS's own pyqt5_to_pyqt6 migration script (renamed Qt enums), the ``Qgis``
enum docs of the PyQGIS 3.44 reference ("Available as ... in older QGIS releases"), QGIS 4's generated
``auto_additions`` (which aliases it keeps), and the ``/Deprecated/`` annotations of QGIS 3.44's sip files.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Tuple

DATA = Path(__file__).resolve().parent / "data"

# Qt5 names with no same-named member in Qt6 (Class, old) -> scoped Qt6 replacement; all also exist in PyQt5.
RENAMED_QT_MEMBERS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}

# QVariant.Type members (gone in Qt6) -> QMetaType.Type members. QGIS 3.38+ APIs take QMetaType.Type; QGIS 3.22's
# take QVariant.Type, so code for both needs a version check.
QVARIANT_TO_QMETATYPE = {
    "Invalid": "UnknownType", "BitArray": "QBitArray", "Bool": "Bool", "ByteArray": "QByteArray", "Char": "QChar",
    "Color": "QColor", "Date": "QDate", "DateTime": "QDateTime", "Double": "Double", "Font": "QFont",
    "Hash": "QVariantHash", "Icon": "QIcon", "Image": "QImage", "Int": "Int", "List": "QVariantList",
    "LongLong": "LongLong", "Map": "QVariantMap", "Point": "QPoint", "PointF": "QPointF", "Rect": "QRect",
    "RectF": "QRectF", "Size": "QSize", "SizeF": "QSizeF", "String": "QString", "StringList": "QStringList",
    "Time": "QTime", "UInt": "UInt", "ULongLong": "ULongLong", "Url": "QUrl", "UserType": "User",
}

# Classes that moved from QtWidgets to QtGui in Qt6 and that QGIS 4 does NOT re-export from qgis.PyQt.QtWidgets
# (QAction, QActionGroup and QShortcut it does re-export, so those are checked like any other import).
MOVED_TO_QTGUI = ("QFileSystemModel", "QUndoCommand", "QUndoGroup", "QUndoStack")


@dataclass(frozen=True)
class MovedEnum:
    """A QGIS 3.22 enum that QGIS 3.30+ moved into ``Qgis`` (the old name is deprecated in 3.44)."""

    old_class: str  # "QgsWkbTypes"; for a top-level enum the enum itself ("QgsMapLayerType")
    old_enum: str  # "GeometryType"; "" for a top-level enum
    new_enum: str  # "Qgis.GeometryType"
    since: str  # QGIS version that introduced the new enum
    rename: Callable[[str], str]

    @property
    def version_int(self) -> int:
        major, minor = self.since.split(".")
        return int(major) * 10000 + int(minor) * 100

    def new_member(self, old_member: str) -> str:
        return f"{self.new_enum}.{self.rename(old_member)}"

    def old_scoped(self, member: str) -> str:
        return f"{self.old_class}.{self.old_enum}.{member}" if self.old_enum else f"{self.old_class}.{member}"


def _same(name: str) -> str:
    return name


def _strip(prefix: str, unknown: str) -> Callable[[str], str]:
    return lambda name: "Unknown" if name == unknown else (name[len(prefix):] if name.startswith(prefix) else name)


_GEOMETRY_TYPES = {"PointGeometry": "Point", "LineGeometry": "Line", "PolygonGeometry": "Polygon",
                   "UnknownGeometry": "Unknown", "NullGeometry": "Null"}
_LAYER_TYPES = {"VectorLayer": "Vector", "RasterLayer": "Raster", "PluginLayer": "Plugin", "MeshLayer": "Mesh",
                "VectorTileLayer": "VectorTile", "AnnotationLayer": "Annotation", "PointCloudLayer": "PointCloud",
                "GroupLayer": "Group"}

MOVED_QGIS_ENUMS = (
    MovedEnum("QgsWkbTypes", "GeometryType", "Qgis.GeometryType", "3.30", lambda n: _GEOMETRY_TYPES.get(n, n)),
    MovedEnum("QgsWkbTypes", "Type", "Qgis.WkbType", "3.30", _same),
    MovedEnum("QgsMapLayerType", "", "Qgis.LayerType", "3.30", lambda n: _LAYER_TYPES.get(n, n)),
    MovedEnum("QgsMapLayerProxyModel", "Filter", "Qgis.LayerFilter", "3.34", _same),
    MovedEnum("QgsUnitTypes", "DistanceUnit", "Qgis.DistanceUnit", "3.30", _strip("Distance", "DistanceUnknownUnit")),
    MovedEnum("QgsUnitTypes", "AreaUnit", "Qgis.AreaUnit", "3.30", _strip("Area", "AreaUnknownUnit")),
)

# Calls deprecated in QGIS 3.44 (method name -> (replacement, deprecated since)); matched by method name.
DEPRECATED_QGIS_CALLS = {
    "writeAsVectorFormat": ("QgsVectorFileWriter.writeAsVectorFormatV3(...)", "3.20"),
    "writeAsVectorFormatV2": ("QgsVectorFileWriter.writeAsVectorFormatV3(...)", "3.20"),
    "setMinimal": ("QgsRectangle.setNull()", "3.34"),
}


class ClassTable:
    """Classes with their own enums, other capitalised attributes and bases; lookups walk the bases."""

    def __init__(self, classes: Dict[str, dict], fallback: Optional["ClassTable"] = None):
        self.classes = classes
        self.fallback = fallback

    def entry(self, name: str) -> Optional[dict]:
        found = self.classes.get(name)
        if found is None and self.fallback is not None:
            return self.fallback.entry(name)
        return found

    def lineage(self, name: str) -> Iterator[Tuple[str, dict]]:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            entry = self.entry(current)
            if entry is not None:
                yield current, entry
                todo.extend(entry["bases"])

    def knows(self, name: str) -> bool:
        return self.entry(name) is not None

    def has_attribute(self, cls: str, attr: str) -> bool:
        for _name, entry in self.lineage(cls):
            if attr in entry["enums"] or attr in entry["attrs"]:
                return True
            if any(attr in entry["enums"][enum] for enum in entry["unscoped"]):
                return True
        return False

    def enums_with_member(self, cls: str, member: str, unscoped_only: bool = False) -> List[Tuple[str, str]]:
        """(owner class, enum name) of the enums of ``cls`` or its bases that have ``member``, nearest first."""
        found: List[Tuple[str, str]] = []
        for owner, entry in self.lineage(cls):
            for enum_name, members in entry["enums"].items():
                if unscoped_only and enum_name not in entry["unscoped"]:
                    continue
                if member in members and (owner, enum_name) not in found:
                    found.append((owner, enum_name))
        return found

    def enum_members(self, cls: str, enum: str) -> Optional[List[str]]:
        """Members of ``cls.enum`` (looked up through the bases); None when there is no such enum."""
        for _owner, entry in self.lineage(cls):
            if enum in entry["enums"]:
                return entry["enums"][enum]
        return None


@dataclass
class Tables:
    qt6: dict
    qgis3: dict

    @property
    def qt6_classes(self) -> ClassTable:
        return ClassTable(self.qt6["classes"])

    @property
    def qt5_classes(self) -> ClassTable:
        return ClassTable(self.qgis3["qt5"]["classes"])

    @property
    def qgis_classes(self) -> ClassTable:
        # QGIS classes derive from Qt classes (QgsDockWidget -> QDockWidget): fall back to Qt5's table
        return ClassTable(self.qgis3["qgis_classes"], fallback=self.qt5_classes)

    def qt6_module_names(self, module: str) -> List[str]:
        return self.qt6["modules"].get(module, [])

    def qt5_module_names(self, module: str) -> List[str]:
        return self.qgis3["qt5"]["modules"].get(module, [])

    def qt6_home_of(self, name: str) -> List[str]:
        return [module for module, names in self.qt6["modules"].items() if name in names]


@lru_cache(maxsize=1)
def load() -> Tables:
    return Tables(qt6=json.loads((DATA / "qt6.json").read_text(encoding="utf-8")),
                  qgis3=json.loads((DATA / "qgis3.json").read_text(encoding="utf-8")))


def moved_enum(cls: str, enum: str) -> Optional[MovedEnum]:
    for moved in MOVED_QGIS_ENUMS:
        if moved.old_class == cls and moved.old_enum == enum:
            return moved
    return None
