"""Wiring only: actions, menu, toolbar, dock and the Processing provider; everything initGui/initProcessing add,
unload removes. ``qgis_process`` creates the plugin without an iface and calls only initProcessing."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from .integration.connections import SignalConnections
from .integration.i18n import install_translator, remove_translator
from .integration.messages import QT_TRANSLATE_NOOP, Notifier, guarded, tr
from .integration.task_registry import TaskRegistry

MENU_NAME = "&Mapflow Processing"
TOOLBAR_OBJECT_NAME = "MapflowProcessingToolbar"
HELP_URL = "https://github.com/mapflow-processing/mapflow-processing/blob/main/docs/USER_GUIDE.md"
# what composing the dock's controllers imports (api, requests, every section's module and form)
DOCK_CONTROLLER_MODULE = __name__.rpartition(".")[0] + ".ui.dock_controller"
IMPORT_CHECK_MS = 10  # how often the GUI thread looks whether the controllers' modules are in


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
        self._imports = None  # BackgroundImport of the controllers' modules, while the dock is first shown
        self._import_check = None  # QTimer looking whether they are in
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
            self._build_dock_soon()
        self.dock.setVisible(checked)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the Mapflow Processing panel"))
    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self._build_dock_soon()
        self.toggle_action.setChecked(visible)

    def _build_dock_sections(self) -> None:
        if self.dock.built:
            return
        from .integration.i18n import route_pure_python_translations

        route_pure_python_translations()
        self.dock.build_sections()

    def _build_dock_soon(self) -> None:
        """The first show paints the dock with its Start tab at once (waiting for the controllers, which take
        their modules' import); those modules are imported in a worker thread meanwhile, and the controllers are
        composed on the GUI thread when they are in (``dock_ready``)."""
        if self.controller is not None or self.dock is None or self._import_check is not None:
            return
        self._build_dock_sections()
        self.dock.set_starting(True)
        self._import_check = QTimer()
        self._import_check.setInterval(IMPORT_CHECK_MS)
        self._import_check.timeout.connect(self._compose_when_imported)
        self._import_check.start()  # its first timeout comes after the dock's first paint (posted events go first)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the Mapflow Processing panel"))
    def _compose_when_imported(self) -> None:
        if self._imports is None:  # the worker starts after the paint, which would otherwise wait for the GIL
            from .integration.background_import import BackgroundImport

            self._imports = BackgroundImport([DOCK_CONTROLLER_MODULE])
        if not self._imports.done():
            return
        self._stop_import_check()
        self.ensure_dock_built()

    def _stop_import_check(self) -> None:
        if self._import_check is not None:
            self._import_check.stop()
            self._import_check.deleteLater()
            self._import_check = None

    def dock_ready(self) -> bool:
        """True once the dock's controllers are composed (sign-in and every section work)."""
        return self.controller is not None

    def ensure_dock_built(self) -> None:
        """Build the dock's sections and controllers now (what the first show does, the controllers a moment
        later; a caller that needs them at once calls this)."""
        if self.controller is not None or self.dock is None:
            return
        self._stop_import_check()
        self._build_dock_sections()
        from .ui.dock_controller import DockController

        self.controller = DockController(self.dock, self.iface, self.notifier, self.tasks)
        self.dock.set_starting(False)
        self._imports = None

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Opening the help"))
    def _open_help(self, _checked: bool = False) -> None:
        QDesktopServices.openUrl(QUrl(HELP_URL))

    def unload(self):
        self._stop_import_check()  # a worker still importing ends by itself; nothing is composed
        self._imports = None
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
