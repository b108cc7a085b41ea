"""Render the Search tab for the user guide: a search over the demo area, footprints on the map, one scene selected
and previewed.

    .venv/bin/python scripts/search_screenshot.py [--output docs/search-screenshot.png]

Headless (Qt "offscreen", or under xvfb-run), in a throwaway QGIS profile and sandbox data dir, like
scripts/dock_screenshot.py: nothing of the user's QGIS is touched; the dock is driven through its own widgets.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dock_screenshot import MASTER_PASSWORD, PKG_DIR, REPO, leave, save_window, throwaway_sandbox, wait_until  # noqa: E402

AOI_BOX = (37.585, 55.722, 37.615, 55.738)  # ~5.6 km² in the demo area


def pause(seconds: float) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def render(output: Path, base_url: str, token: str, profile: Path) -> None:
    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsFillSymbol, QgsGeometry,
                           QgsProject, QgsRasterLayer, QgsRectangle, QgsSettings, QgsSingleSymbolRenderer,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QItemSelectionModel, QSettings, Qt

    app = QgsApplication([], True, str(profile))
    app.initQgis()
    sys.path.insert(0, str(PKG_DIR))
    sys.path.insert(0, str(REPO))
    from mapflow_processing.core.choices import AoiKind
    from mapflow_processing.integration.auth import SecretStore
    from mapflow_processing.integration.messages import Notifier
    from mapflow_processing.integration.settings_store import SettingsStore
    from mapflow_processing.integration.task_registry import TaskRegistry
    from mapflow_processing.ui.dock import MapflowDock
    from mapflow_processing.ui.dock_controller import DockController
    from tests.support.fake_iface import RealWidgetsIface

    manager = QgsApplication.authManager()
    manager.setMasterPassword(MASTER_PASSWORD, True)
    iface = RealWidgetsIface()
    canvas = iface.canvas
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    dock = MapflowDock(iface.main_window)
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    iface.main_window.resize(1280, 1000)
    iface.main_window.show()
    settings = SettingsStore(QgsSettings(str(profile / "QGIS3.ini"), QSettings.IniFormat))
    tasks = TaskRegistry()
    controller = DockController(dock, iface, Notifier(iface), tasks, settings=settings,
                                secrets=SecretStore(settings, manager, interactive=False), auto_sign_in=False)
    try:
        dock.connection.serverCombo.setEditText(base_url)
        dock.connection.tokenEdit.setText(token)
        dock.connection.signInButton.click()
        wait_until(lambda: controller.state.session is not None, 30, "the sign-in")

        provider = controller.sources.provider("Sandbox_Demo")
        basemap = QgsRasterLayer(f"type=xyz&url={provider.preview_url}&zmin=0&zmax=19", "Sandbox demo imagery", "wms")
        QgsProject.instance().addMapLayer(basemap)
        aoi = QgsVectorLayer("Polygon?crs=EPSG:4326", "Search area", "memory")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*AOI_BOX)))
        aoi.dataProvider().addFeatures([feature])
        aoi.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "30,90,200,255", "outline_width": "0.8"})))
        QgsProject.instance().addMapLayer(aoi)
        dock.aoi.set_kind(AoiKind.LAYER)
        dock.aoi.aoiLayerCombo.setLayer(aoi)
        wait_until(lambda: controller.draft.aoi is not None and controller.draft.aoi.usable, 30, "the AOI")

        dock.tabs.setCurrentWidget(dock.searchTab)
        search = controller.search
        filters = search.widget.filters
        filters.cloudCheck.setChecked(True)
        filters.cloudSpin.setValue(30)
        filters.offNadirCheck.setChecked(True)
        filters.offNadirMaxSpin.setValue(20)
        search.widget.searchButton.click()
        wait_until(lambda: not tasks.running and search.page is not None, 60, "the search")
        model, view = search.widget.model, search.widget.resultsView
        row = next(r for r in range(model.rowCount()) if model.image_at(r).is_image)
        view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)
        search.widget.previewButton.click()
        wait_until(lambda: not tasks.running and controller.scene_previews.previews.existing(
            model.image_at(row).id) is not None, 60, "the preview")
        filters.cloudSpin.setValue(10)  # a narrower filter: greyed, sunk rows and hidden footprints, no request
        search.widget.zoomButton.click()
        canvas.zoomByFactor(1.6)
        canvas.setLayers(QgsProject.instance().layerTreeRoot().layerOrder())
        save_window(iface, output, canvas, pause)
        print(f"wrote {output} ({search.widget.pageLabel.text()}, {search.widget.statusLabel.text()})")
    finally:
        controller.shutdown()
        tasks.cancel_all()
        QgsProject.instance().removeAllMapLayers()
        app.exitQgis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "search-screenshot.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with throwaway_sandbox("search-screenshot-") as (folder, base_url, token):
        render(args.output.resolve(), base_url, token, folder / "profile")

if __name__ == "__main__":
    main()
    leave()
