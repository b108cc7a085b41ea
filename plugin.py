"""Wiring only: actions, menu, toolbar, dock and the Processing provider; everything initGui/initProcessing add,
unload removes. ``qgis_process`` creates the plugin without an iface and calls only initProcessing."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from .integration.connections import SignalConnections
from .integration.i18n import install_translator, remove_translator
from .integration.messages import QT_TRANSLATE_NOOP, Notifier, guarded, tr
from .integration.task_registry import TaskRegistry

MENU_NAME = "&Mapflow Processing"
TOOLBAR_OBJECT_NAME = "MapflowProcessingToolbar"
HELP_URL = "https://github.com/mapflow-processing/mapflow-processing/blob/main/docs/USER_GUIDE.md"


class MapflowProcessingPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.notifier = Notifier(iface)
        self.tasks = TaskRegistry()
        self.dock = None
        self.controller = None
        self.toolbar = None
        self.toggle_action = None
        self.help_action = None
        self.provider = None
        self._connections = SignalConnections()  # undone on unload

    def initProcessing(self):  # noqa: N802 - QGIS plugin API
        """Register the "Mapflow" Processing provider (once: initGui calls this too)."""
        if self.provider is not None:
            return
        from qgis.core import QgsApplication

        from .processing_provider.provider import MapflowProvider

        provider = MapflowProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self):  # noqa: N802 - QGIS plugin API
        from .ui.loader import icon_path

        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.toggle_action = QAction(QIcon(icon_path("mapflow_processing.svg")), tr("Mapflow Processing"), main_window)
        self.toggle_action.setObjectName("mapflowProcessingToggleAction")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(tr("Show or hide the Mapflow Processing panel"))
        self.help_action = QAction(QIcon(icon_path("help.svg")), tr("Mapflow Processing help"), main_window)
        self.help_action.setObjectName("mapflowProcessingHelpAction")

        self.iface.addPluginToWebMenu(MENU_NAME, self.toggle_action)
        self.iface.addPluginToWebMenu(MENU_NAME, self.help_action)
        self.toolbar = self.iface.addToolBar(tr("Mapflow Processing"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.toolbar.addAction(self.toggle_action)

        from .ui.dock import MapflowDock

        # Only the dock's shell now, so QGIS restores its place; its sections, the controllers and the network
        # stack are built when it is first shown, which keeps QGIS start-up fast.
        self.dock = MapflowDock(main_window, build_sections=False)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.setVisible(False)

        self._connections.connect(self.toggle_action.toggled, self._on_toggle)
        self._connections.connect(self.dock.visibilityChanged, self._on_dock_visibility)
        self._connections.connect(self.help_action.triggered, self._open_help)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the Mapflow Processing panel"))
    def _on_toggle(self, checked: bool) -> None:
        if checked:
            self.ensure_dock_built()
        self.dock.setVisible(checked)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the Mapflow Processing panel"))
    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.ensure_dock_built()
        self.toggle_action.setChecked(visible)

    def ensure_dock_built(self) -> None:
        """Build the dock's sections and controllers once (the first time the dock is shown)."""
        if self.controller is not None or self.dock is None:
            return
        from .integration.i18n import route_pure_python_translations
        from .ui.dock_controller import DockController

        route_pure_python_translations()
        self.dock.build_sections()
        self.controller = DockController(self.dock, self.iface, self.notifier, self.tasks)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Opening the help"))
    def _open_help(self, _checked: bool = False) -> None:
        QDesktopServices.openUrl(QUrl(HELP_URL))

    def unload(self):
        if self.provider is not None:
            from qgis.core import QgsApplication

            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.controller is not None:
            self.controller.shutdown()
            self.controller = None
        self.tasks.cancel_all()
        self.notifier.shutdown()
        self._connections.disconnect_all()
        for action in (self.toggle_action, self.help_action):
            if action is not None:
                self.iface.removePluginWebMenu(MENU_NAME, action)
                action.deleteLater()
        self.toggle_action = self.help_action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        remove_translator(self.translator)
        self.translator = None
