"""A QgisInterface made of real Qt objects (main window, Web menu, toolbars, docks, canvas, message bar).

pytest-qgis's iface answers unknown calls with MagicMocks, which cannot show that unload() removed what initGui()
added. This one records nothing by hand: the assertions look at the real widgets.
"""
from __future__ import annotations

from qgis.core import QgsProject
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QVBoxLayout, QWidget


class RealWidgetsIface:
    def __init__(self):
        self.main_window = QMainWindow()
        central = QWidget()
        layout = QVBoxLayout(central)
        self.message_bar = QgsMessageBar()
        self.canvas = QgsMapCanvas()
        layout.addWidget(self.message_bar)
        layout.addWidget(self.canvas)
        self.main_window.setCentralWidget(central)
        self.web_menu = QMenu("&Web", self.main_window)
        self.main_window.menuBar().addMenu(self.web_menu)
        self._plugin_menus: dict = {}

    # --- the part of QgisInterface the plugin uses -------------------------------------------------
    def mainWindow(self):  # noqa: N802
        return self.main_window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        return self.message_bar

    def addPluginToWebMenu(self, name, action):  # noqa: N802
        menu = self._plugin_menus.get(name)
        if menu is None:
            menu = self.web_menu.addMenu(name)
            self._plugin_menus[name] = menu
        menu.addAction(action)

    def removePluginWebMenu(self, name, action):  # noqa: N802
        menu = self._plugin_menus.get(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.web_menu.removeAction(menu.menuAction())
            del self._plugin_menus[name]
            menu.deleteLater()

    def addToolBar(self, title):  # noqa: N802
        return self.main_window.addToolBar(title)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.main_window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.main_window.removeDockWidget(dock)

    def addTabifiedDockWidget(self, area, dock, tabify_with=None, raise_tab=False):  # noqa: N802
        self.main_window.addDockWidget(area, dock)

    def activeLayer(self):  # noqa: N802
        return None

    def layerTreeView(self):  # noqa: N802
        return None

    def project(self):
        return QgsProject.instance()

    # --- what tests inspect ---------------------------------------------------------------------------
    def web_menu_action_texts(self) -> list:
        texts = []
        for menu in self._plugin_menus.values():
            texts.extend(a.text() for a in menu.actions())
        return texts
