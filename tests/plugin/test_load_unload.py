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


def test_unload_while_the_first_show_is_getting_ready_composes_nothing(iface):
    """Closing QGIS (or unloading the plugin) just after the first click: the controllers never come."""
    import time

    from mapflow_processing import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    plugin.toggle_action.setChecked(True)
    dock = plugin.dock
    assert dock.built and not plugin.dock_ready()
    assert dock.statusLabel.text() == "Getting ready…" and not dock.connection.isEnabled()
    plugin.unload()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:  # long enough for the worker's imports and a check of the timer
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert plugin.controller is None
    _flush_deletes()


def test_the_first_show_becomes_usable_by_itself(iface):
    import time

    from mapflow_processing import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    try:
        plugin.toggle_action.setChecked(True)
        deadline = time.monotonic() + 60
        while not plugin.dock_ready() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert plugin.dock_ready()
        assert plugin.dock.connection.isEnabled()
        assert plugin.dock.statusLabel.text() == "Not signed in."
    finally:
        plugin.unload()


def test_package_import_pulls_no_qgis():
    """__init__.py must not import QGIS at module import time (QGIS reads metadata before loading)."""
    import subprocess

    code = ("import sys; sys.path.insert(0, '.build/pkg'); import mapflow_processing; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_initgui_defers_the_network_stack_until_the_dock_is_shown():
    """QGIS start-up pays only for the dock's shell: the controllers, api and requests load on first show. The
    first show paints the sections at once (sign-in waits) and composes the controllers when their modules are in."""
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
shown_at_once = plugin.dock.isVisible() and plugin.dock.built and not plugin.dock.connection.isEnabled()
import time
deadline = time.monotonic() + 60
while not plugin.dock_ready() and time.monotonic() < deadline:  # the controllers' modules load in a worker thread
    app.processEvents()
    time.sleep(0.01)
built = plugin.controller is not None and "mapflow_processing.ui.dock_controller" in sys.modules
usable = plugin.dock.connection.isEnabled()
plugin.unload()
print(heavy, shown_at_once, built, usable)
sys.exit(0 if heavy == [] and shown_at_once and built and usable else 1)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
