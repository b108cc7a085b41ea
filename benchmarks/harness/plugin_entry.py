"""The plugin as QGIS starts it: ``classFactory`` + ``initGui`` on a QgisInterface made of real Qt widgets, and the
dock shown by the action a user clicks (Web → Mapflow Processing).

The one place the benchmarks touch the plugin's start-up entry points: if the refactor renames them, only this
module changes.
"""
from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class LoadedPlugin:
    iface: object  # tests.support.fake_iface.RealWidgetsIface
    plugin: object  # what classFactory returned
    import_ms: float  # import of the package + classFactory
    init_gui_ms: float  # initGui + the events it queued


def real_iface(show: bool = True):
    """A QgisInterface of real widgets (main window, Web menu, toolbars, docks, a canvas), shown like QGIS's."""
    from qgis.PyQt.QtWidgets import QApplication

    from tests.support.fake_iface import RealWidgetsIface

    iface = RealWidgetsIface()
    if show:
        iface.main_window.resize(1400, 900)
        iface.main_window.show()
        QApplication.processEvents()
    return iface


def load_plugin(iface) -> LoadedPlugin:
    """What QGIS does at start for an enabled plugin: import it, ``classFactory(iface)``, ``initGui()``."""
    from qgis.PyQt.QtWidgets import QApplication

    began = time.perf_counter()
    import mapflow_processing

    plugin = mapflow_processing.classFactory(iface)
    imported = time.perf_counter()
    plugin.initGui()
    QApplication.processEvents()  # what initGui queued (the dock's first layout) is part of the start
    done = time.perf_counter()
    return LoadedPlugin(iface, plugin, (imported - began) * 1000.0, (done - imported) * 1000.0)


def dock_action(iface):
    """The checkable action of the plugin's Web menu entry that shows its dock (the user's click)."""
    for menu_action in iface.web_menu.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.isCheckable():
                return action
    raise RuntimeError("the plugin put no checkable 'show the panel' action in the Web menu")


def plugin_docks(iface) -> list:
    from qgis.PyQt.QtWidgets import QDockWidget

    return [dock for dock in iface.main_window.findChildren(QDockWidget)]


def show_dock(iface) -> tuple:
    """Click the action that shows the dock and let Qt lay out and paint it; returns (milliseconds it took,
    widgets in the shown dock).

    The first show is where the plugin builds its sections and loads their forms (the controllers may come a
    moment later: ``wait_dock_ready``)."""
    from qgis.PyQt.QtWidgets import QApplication, QWidget

    action = dock_action(iface)
    began = time.perf_counter()
    action.trigger()
    QApplication.processEvents()  # layout and first paint of the shown dock
    took = (time.perf_counter() - began) * 1000.0
    shown = [dock for dock in plugin_docks(iface) if dock.isVisible()]
    if not shown:
        raise RuntimeError("clicking the plugin's action showed no dock")
    return took, sum(len(dock.findChildren(QWidget)) for dock in shown)


def show_dock_until_ready(loaded: LoadedPlugin) -> dict:
    """The first show (``show_dock``), then the event loop until the dock is usable (its controllers composed: the
    plugin's ``dock_ready()``), with a 10 ms ticker on the GUI thread from the click on: milliseconds to the paint,
    to usable, the longest GUI freeze in between and the widgets then in the dock."""
    from qgis.PyQt.QtWidgets import QWidget

    from .qgis_app import run_until
    from .stall import StallTicker

    ticker = StallTicker()
    ticker.start()
    ticker.open_window()
    began = time.perf_counter()
    shown_ms, _widgets = show_dock(loaded.iface)
    ready_at = run_until(loaded.plugin.dock_ready, 60.0, "the dock's controllers composed")
    window = ticker.close_window()
    ticker.stop()
    return {"shown_ms": shown_ms, "ready_ms": (ready_at - began) * 1000.0, "freeze_ms": window.longest_gap_ms,
            "widgets": sum(len(dock.findChildren(QWidget)) for dock in plugin_docks(loaded.iface)
                           if dock.isVisible())}
