"""The plugin loads into a QGIS main window, shows its dock, and unload() leaves nothing behind."""
import sys

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

from tests.support.fake_iface import RealWidgetsIface


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture()
def iface(qgis_app):
    fake = RealWidgetsIface()
    fake.main_window.show()  # docks report visibility changes only in a shown window
    yield fake
    fake.main_window.deleteLater()
    _flush_deletes()


def _ours(widgets, name):
    return [w for w in widgets if w.objectName() == name]


def test_init_gui_adds_dock_menu_and_toolbar(iface):
    from mapflow_processing import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    try:
        window = iface.main_window
        docks = _ours(window.findChildren(QDockWidget), "MapflowProcessingDock")
        assert len(docks) == 1
        assert window.dockWidgetArea(docks[0]) != 0
        assert _ours(window.findChildren(QToolBar), "MapflowProcessingToolbar")
        assert "Mapflow Processing" in iface.web_menu_action_texts()
        assert "Mapflow Processing help" in iface.web_menu_action_texts()
        # the checkable action and the dock follow each other both ways
        plugin.toggle_action.setChecked(True)
        assert docks[0].isVisible()
        docks[0].setVisible(False)
        assert not plugin.toggle_action.isChecked()
    finally:
        plugin.unload()


def test_ten_load_unload_cycles_leave_nothing_behind(iface):
    from mapflow_processing import classFactory

    window = iface.main_window
    for _ in range(10):
        plugin = classFactory(iface)
        plugin.initGui()
        plugin.toggle_action.setChecked(True)
        plugin.unload()
        _flush_deletes()
        assert plugin.dock is None and plugin.toolbar is None and plugin.toggle_action is None
    assert not _ours(window.findChildren(QDockWidget), "MapflowProcessingDock")
    assert not _ours(window.findChildren(QToolBar), "MapflowProcessingToolbar")
    assert not [a for a in window.findChildren(QAction) if a.objectName().startswith("mapflowProcessing")]
    assert iface.web_menu_action_texts() == []
    # the canvas keeps no connection to plugin code
    assert iface.canvas.receivers(iface.canvas.mapToolSet) == 0


def test_package_import_pulls_no_qgis():
    """__init__.py must not import QGIS at module import time (QGIS reads metadata before loading)."""
    import subprocess

    code = ("import sys; sys.path.insert(0, '.build/pkg'); import mapflow_processing; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_initgui_defers_the_network_stack_until_the_dock_is_shown():
    """QGIS start-up pays only for the dock's shell: the controllers, api and requests load on first show."""
    import subprocess

    code = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, ".build/pkg")
from qgis.core import QgsApplication
app = QgsApplication([], True); app.initQgis()
from tests.support.fake_iface import RealWidgetsIface
iface = RealWidgetsIface(); iface.main_window.show()
import mapflow_processing
plugin = mapflow_processing.classFactory(iface); plugin.initGui()
heavy = sorted(m for m in ("requests", "mapflow_processing.api", "mapflow_processing.ui.dock_controller")
               if m in sys.modules)
plugin.toggle_action.setChecked(True)
built = plugin.controller is not None and "mapflow_processing.ui.dock_controller" in sys.modules
plugin.unload()
print(heavy, built)
sys.exit(0 if heavy == [] and built else 1)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
