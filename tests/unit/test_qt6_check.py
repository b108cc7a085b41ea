"""scripts/qt6_check.py: each rule fires on a Qt5-only construct and stays quiet on its Qt5+Qt6 form."""
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import qt6_check  # noqa: E402
from qt6check import tables  # noqa: E402
from qt6check.python_rules import PythonChecker  # noqa: E402
from qt6check.ui_rules import UiChecker  # noqa: E402

QT = "from qgis.PyQt.QtCore import Qt, QVariant\nfrom qgis.PyQt.QtGui import QFontMetrics\n" \
     "from qgis.PyQt.QtWidgets import QApplication, QDialog, QMessageBox, QSizePolicy\n" \
     "from qgis.core import Qgis, QgsCoordinateTransform, QgsMapLayerType, QgsTask, QgsWkbTypes\n"


def findings(code: str):
    return PythonChecker(tables.load()).check("snippet.py", QT + code)


def kinds(code: str):
    return [(f.kind, f.construct) for f in findings(code)]


@pytest.mark.parametrize("code, kind, construct, replacement", [
    ("x = QMessageBox.Yes", "qt-unscoped-enum", "QMessageBox.Yes", "QMessageBox.StandardButton.Yes"),
    ("x = Qt.AlignLeft", "qt-unscoped-enum", "Qt.AlignLeft", "Qt.AlignmentFlag.AlignLeft"),
    ("x = QSizePolicy.Expanding", "qt-unscoped-enum", "QSizePolicy.Expanding", "QSizePolicy.Policy.Expanding"),
    ("class D(QDialog):\n    pass\nx = D.Accepted", "qt-unscoped-enum", "QDialog.Accepted",
     "QDialog.DialogCode.Accepted"),
    ("from qgis.PyQt import QtCore\nx = QtCore.Qt.AlignRight", "qt-unscoped-enum", "Qt.AlignRight",
     "Qt.AlignmentFlag.AlignRight"),
    ("x = Qt.MidButton", "qt6-removed", "Qt.MidButton", "Qt.MouseButton.MiddleButton"),
    ("dialog.exec_()", "exec_", "exec_()", "exec()"),
    ("w = QFontMetrics(font).width('x')", "fontmetrics-width", "QFontMetrics.width()", "horizontalAdvance()"),
    ("m = widget.fontMetrics()\nw = m.width('x')", "fontmetrics-width", "QFontMetrics.width()",
     "horizontalAdvance()"),
    ("geometry = QApplication.desktop()", "qt6-removed", "QApplication.desktop()", "primaryScreen"),
    ("from qgis.PyQt.QtCore import QRegExp\nr = QRegExp('a+')", "qt6-removed", "QRegExp", "QRegularExpression"),
    ("t = QVariant.Int", "qvariant", "QVariant.Int", "QMetaType.Type.Int"),
    ("v = QVariant()", "qvariant", "QVariant()", "NULL"),
    ("combo.activated[str].connect(print)", "signal-overload", "activated[str]", "unindexed"),
    ("from PyQt5.QtWidgets import QWidget", "direct-pyqt-import", "from PyQt5.QtWidgets import QWidget",
     "from qgis.PyQt.QtWidgets import QWidget"),
    ("from qgis.PyQt.QtGui import QAction", "qgis3-module", "QAction from qgis.PyQt.QtGui", "QtWidgets"),
    ("from qgis.PyQt.QtWidgets import QFileSystemModel", "qt-module", "QFileSystemModel from qgis.PyQt.QtWidgets",
     "QtGui"),
    ("from . import resources_rc", "compiled-resources", "from . import resources_rc", "file path"),
    ("f = QgsTask.CanCancel", "qgis-unscoped-enum", "QgsTask.CanCancel", "QgsTask.Flag.CanCancel"),
    ("level = Qgis.Critical", "qgis-unscoped-enum", "Qgis.Critical", "Qgis.MessageLevel.Critical"),
    ("g = QgsWkbTypes.PolygonGeometry", "qgis-unscoped-enum", "QgsWkbTypes.PolygonGeometry",
     "Qgis.GeometryType.Polygon when Qgis.QGIS_VERSION_INT >= 33000"),
    ("g = QgsWkbTypes.GeometryType.PolygonGeometry", "qgis-deprecated", "QgsWkbTypes.GeometryType.PolygonGeometry",
     "Qgis.GeometryType.Polygon"),
    ("t = QgsMapLayerType.VectorLayer", "qgis-deprecated", "QgsMapLayerType.VectorLayer", "Qgis.LayerType.Vector"),
    ("g = Qgis.GeometryType.Polygon", "qgis3-missing", "Qgis.GeometryType", "version check"),
    ("QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, context, options)", "qgis-deprecated",
     "writeAsVectorFormatV2()", "writeAsVectorFormatV3"),
    ("t = QgsCoordinateTransform(source, destination)", "qgis-deprecated",
     "QgsCoordinateTransform(source, destination)", "context"),
])
def test_a_rule_reports_the_construct_and_its_replacement(code, kind, construct, replacement):
    found = [f for f in findings(code) if f.kind == kind and f.construct == construct]
    assert found, f"no {kind} for {construct!r} in {kinds(code)}"
    assert replacement in found[0].replacement
    assert found[0].line > QT.count("\n")  # reported on the snippet's own line


@pytest.mark.parametrize("code", [
    "x = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel",
    "x = Qt.AlignmentFlag.AlignLeft",
    "x = QSizePolicy.Policy.Expanding",
    "class D(QDialog):\n    pass\nx = D.DialogCode.Accepted",
    "dialog.exec()",
    "w = QFontMetrics(font).horizontalAdvance('x')",
    "from qgis.PyQt.QtWidgets import QAction, QShortcut",
    "from qgis.PyQt.QtCore import QRegularExpression, pyqtSignal, QT_VERSION_STR",
    "f = QgsTask.Flag.CanCancel | QgsTask.Flag.CancelWithoutPrompt",
    "level = Qgis.MessageLevel.Critical\nversion = Qgis.QGIS_VERSION_INT",
    "flags: QgsTask.Flags = QgsTask.Flags()",
    "if Qgis.QGIS_VERSION_INT >= 33000:\n    g = Qgis.GeometryType.Polygon\nelse:\n"
    "    g = QgsWkbTypes.GeometryType.PolygonGeometry",
    "g = Qgis.GeometryType.Polygon if Qgis.QGIS_VERSION_INT >= 33000 else QgsWkbTypes.PolygonGeometry",
    "t = QgsCoordinateTransform(source, destination, context)",
    "QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, context, options)",
])
def test_the_qt5_and_qt6_form_is_clean(code):
    assert kinds(code) == []


def ui_findings(body: str):
    form = f'<?xml version="1.0"?>\n<ui version="4.0"><class>F</class><widget class="QWidget" name="F">\n{body}\n' \
           f'</widget></ui>'
    return [(f.kind, f.construct) for f in UiChecker(tables.load()).check("f.ui", form)]


def test_ui_enum_values_are_checked_against_both_uics():
    assert ui_findings('<property name="orientation"><enum>Qt::Horizontal</enum></property>') == []
    assert ui_findings('<property name="alignment"><set>Qt::AlignLeft|Qt::AlignVCenter</set></property>') == []
    assert ui_findings('<property name="orientation"><enum>Qt::Orientation::Horizontal</enum></property>') == \
        [("ui-scoped-enum", "Qt::Orientation::Horizontal")]
    assert ui_findings('<property name="echoMode"><enum>QLineEdit::Bogus</enum></property>') == \
        [("ui-enum", "QLineEdit::Bogus")]


def test_ui_spacers_classes_and_resources():
    spacer = '<layout class="QHBoxLayout"><item><spacer name="s"><property name="orientation">' \
             '<enum>Qt::Horizontal</enum></property></spacer></item></layout>'
    assert ui_findings(spacer) == [("ui-spacer", "spacer s")]
    sized = spacer.replace('</spacer>', '<property name="sizeHint" stdset="0"><size><width>40</width>'
                                        '<height>20</height></size></property></spacer>')
    assert ui_findings(sized) == []
    assert ui_findings('<widget class="QGLWidget" name="gl"/>') == [("ui-class", "QGLWidget")]
    assert ("ui-resource", "icons.qrc") in ui_findings('<include location="icons.qrc"/>')


def test_cli_lists_fails_and_reports(tmp_path, capsys):
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.PyQt.QtWidgets import QMessageBox\nanswer = QMessageBox.Yes\n", encoding="utf-8")
    assert qt6_check.main([str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2:10: qt-unscoped-enum: QMessageBox.Yes -> QMessageBox.StandardButton.Yes" in out
    assert "1 finding(s)" in out
    assert qt6_check.main(["--report", str(bad)]) == 0
    good = tmp_path / "good.py"
    good.write_text("from qgis.PyQt.QtWidgets import QMessageBox\nanswer = QMessageBox.StandardButton.Yes\n",
                    encoding="utf-8")
    assert qt6_check.main([str(good)]) == 0


def test_the_folders_fixed_for_qt6_stay_clean():
    """layers/, the forms and metadata were made Qt6-clean in the first stage (the Processing provider was born
    clean); the rest is a work list."""
    assert [f.render() for f in qt6_check.check_paths(["layers", "ui/forms", "processing_provider"])] == []


def test_the_shipped_code_is_checked_and_summarised():
    found = qt6_check.check_paths(qt6_check.SHIPPED)
    text = qt6_check.summary(found)
    assert text.startswith(f"{len(found)} finding(s)")
    assert all(f.path.split("/")[0] in ("api", "core", "integration", "layers", "tasks", "ui", "plugin.py",
                                        "__init__.py") for f in found)


def test_metadata_declares_qt6_support():
    import configparser

    metadata = configparser.ConfigParser()
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    assert general.getboolean("supportsQt6") is True  # QGIS 4 does not load a plugin without it
    assert float(general["qgisMaximumVersion"]) >= 4.0 and general["qgisMinimumVersion"] == "3.22"
