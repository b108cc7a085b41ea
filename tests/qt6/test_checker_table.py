"""The checker's Qt6 knowledge (scripts/qt6check/data/qt6.json) is what this venv's PyQt6 and the QGIS 4 shim
really offer: regenerate it here and compare, so the table cannot drift from the pinned PyQt6."""
import json
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_committed_qt6_table_matches_pyqt6(qapp):
    sys.path.insert(0, str(SCRIPTS))
    try:
        from qt6check import generate
    finally:
        sys.path.remove(str(SCRIPTS))
    fresh = json.loads(json.dumps(generate.qt6_table(), sort_keys=True))
    committed = json.loads((generate.DATA / "qt6.json").read_text(encoding="utf-8"))
    assert committed["pyqt"] == fresh["pyqt"], "PyQt6 was bumped: run --write-qt6-table with .venv-qt6"
    assert committed == fresh, "stale: .venv-qt6/bin/python scripts/qt6_check.py --write-qt6-table"


def test_the_table_knows_what_the_checker_relies_on():
    table = json.loads((SCRIPTS / "qt6check" / "data" / "qt6.json").read_text(encoding="utf-8"))
    assert "QAction" in table["modules"]["QtWidgets"]  # QGIS 4 re-exports it there
    assert "QRegExp" not in table["modules"]["QtCore"] and "QDesktopWidget" not in table["modules"]["QtWidgets"]
    assert "Yes" in table["classes"]["QMessageBox"]["enums"]["StandardButton"]
    assert table["uic_enum_map"]["Qt::Horizontal"] == "Qt::Orientation::Horizontal"
