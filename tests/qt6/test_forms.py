"""Every Qt Designer form of ui/forms loads with PyQt6's uic, the one QGIS 4 uses, through both entry points."""
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt import uic
from qgis.PyQt import QtWidgets

FORMS = sorted((Path(__file__).resolve().parents[2] / "ui" / "forms").glob("*.ui"))


def test_there_are_forms():
    assert len(FORMS) >= 10


def _declared(path: Path):
    root = ET.parse(path).getroot()
    top = root.find("widget")
    names = [w.get("name") for w in top.iter("widget")] + [a.get("name") for a in top.iter("action")] + \
        [layout.get("name") for layout in top.iter("layout") if layout.get("name")]
    return top.get("class"), top.get("name"), [n for n in names if n and n != top.get("name")]


def _base_class(name: str):
    import qgis.gui

    return getattr(QtWidgets, name, None) or getattr(qgis.gui, name)


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_load_ui_type_builds_every_declared_object(qapp, path):
    form_class, base = uic.loadUiType(str(path))
    top_class, top_name, names = _declared(path)
    assert base is _base_class(top_class)
    host = base()
    try:
        form = form_class()
        form.setupUi(host)
        assert host.objectName() == top_name
        missing = [name for name in names if not hasattr(form, name)]
        assert not missing, f"uic did not create {missing}"
    finally:
        host.deleteLater()


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_load_ui_fills_an_existing_widget(qapp, path):
    top_class, top_name, names = _declared(path)
    host = _base_class(top_class)()
    try:
        uic.loadUi(str(path), host)
        assert host.objectName() == top_name
        assert all(host.findChild(QtWidgets.QWidget, name) is not None or hasattr(host, name) for name in names)
    finally:
        host.deleteLater()
