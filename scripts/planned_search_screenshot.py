"""Render an open planned search for the user guide: an area watched over the demo city, new scenes arrived (bold
in the table), "Only new" ticked so that only their footprints show with the areas layer, one selected and previewed.

    .venv/bin/python scripts/planned_search_screenshot.py [--output docs/planned-search-screenshot.png]

Headless (Qt "offscreen", or under xvfb-run), in a throwaway QGIS profile and sandbox data dir, like
scripts/dock_screenshot.py: nothing of the user's QGIS is touched. The dock is driven through its own widgets: the
AOI layer chosen in the Start tab, "Plan search…" pressed in the Search tab (the real "Plan a search" dialog is built
and filled; only its modal exec() is skipped), then the sandbox clock is moved so that new scenes arrive.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dock_screenshot import MASTER_PASSWORD, PKG_DIR, REPO, leave, save_window, throwaway_sandbox, wait_until  # noqa: E402
from search_screenshot import pause  # noqa: E402

AOI_BOX = (37.590, 55.724, 37.612, 55.736)  # ~3.4 km² in the demo area, where the sandbox publishes new scenes
NAME = "Centre, new imagery"
MAX_BYTES = 200_000  # the docs' pictures stay small


def advance_clock(base_url: str, admin_token: str, scenes: int) -> None:
    """The sandbox publishes ``scenes`` new scenes; running planned searches find those over their areas."""
    import requests

    response = requests.post(f"{base_url}/admin/clock/advance", json={"scenes": scenes},
                             headers={"X-Sandbox-Admin": admin_token}, timeout=120)
    response.raise_for_status()


def fewer_colours(png: Path) -> None:
    """The 256-colour picture of ``shrink`` can still be large (footprints over imagery): fewer colours until it
    fits ``MAX_BYTES`` (text stays readable down to 48)."""
    from PIL import Image

    with Image.open(png) as picture:
        rgb = picture.convert("RGB")
    for colours in (192, 128, 96, 64, 48):
        if png.stat().st_size <= MAX_BYTES:
            return
        rgb.convert("P", palette=Image.ADAPTIVE, colors=colours).save(png, optimize=True)


def render(output: Path, base_url: str, token: str, admin_token: str, profile: Path) -> None:
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
    from mapflow_processing.ui.template_dialogs import PlanSearchDialog, TemplatePrompts
    from tests.support.fake_iface import RealWidgetsIface

    class FilledPlanDialog(TemplatePrompts):
        """The real "Plan a search" dialog, filled as a user would; its choice is read without exec()."""

        def plan(self, parent, plan):
            dialog = PlanSearchDialog(plan, parent)
            try:
                dialog.nameEdit.setText(NAME)
                dialog.aoiNameEdit.setText("Centre")
                choice = dialog.choice()
                if choice is None:
                    raise SystemExit(f"the Plan a search dialog refused its input: {dialog.problem()}")
                return choice
            finally:
                dialog.deleteLater()

    manager = QgsApplication.authManager()
    manager.setMasterPassword(MASTER_PASSWORD, True)
    iface = RealWidgetsIface()
    canvas = iface.canvas
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    dock = MapflowDock(iface.main_window)
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    iface.main_window.resize(1160, 960)
    iface.main_window.show()
    settings = SettingsStore(QgsSettings(str(profile / "QGIS3.ini"), QSettings.IniFormat))
    tasks = TaskRegistry()
    controller = DockController(dock, iface, Notifier(iface), tasks, settings=settings,
                                secrets=SecretStore(settings, manager, interactive=False), auto_sign_in=False,
                                template_prompts=FilledPlanDialog())
    try:
        dock.connection.serverCombo.setEditText(base_url)
        dock.connection.tokenEdit.setText(token)
        dock.connection.signInButton.click()
        wait_until(lambda: controller.state.session is not None and controller.state.session.project is not None,
                   30, "the sign-in")

        provider = controller.sources.provider("Sandbox_Demo")
        basemap = QgsRasterLayer(f"type=xyz&url={provider.preview_url}&zmin=0&zmax=19", "Sandbox demo imagery", "wms")
        QgsProject.instance().addMapLayer(basemap)
        aoi = QgsVectorLayer("Polygon?crs=EPSG:4326", "Centre", "memory")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*AOI_BOX)))
        aoi.dataProvider().addFeatures([feature])
        aoi.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "30,90,200,255", "outline_width": "0.6"})))
        QgsProject.instance().addMapLayer(aoi)
        dock.aoi.set_kind(AoiKind.LAYER)
        dock.aoi.aoiLayerCombo.setLayer(aoi)
        wait_until(lambda: controller.draft.aoi is not None and controller.draft.aoi.usable, 30, "the AOI")
        dock.model.select_model_by_name("Buildings")

        dock.tabs.setCurrentWidget(dock.searchTab)
        controller.search.widget.planSearchButton.click()
        templates = controller.templates
        view = templates.view
        wait_until(lambda: view.details is not None and view.page is not None, 60, "the planned search")

        for _ in range(12):  # scenes arrive over time; stop once the page shows new ones of the HR/MR streams
            advance_clock(base_url, admin_token, 3)
            templates.refresh()
            pause(0.5)
            wait_until(lambda: not tasks.running, 60, "the refresh")
            pause(0.5)
            wait_until(lambda: not tasks.running, 60, "the planned search")
            if sum(image.is_new for image in view.page.images) >= 3:
                break
        view.widget.newOnlyCheck.setChecked(True)  # the others grey and sink, their footprints hide: a clear map
        model, table = view.model, view.widget.scenesView
        new_rows = [r for r in range(model.rowCount()) if model.image_at(r).is_new]
        if not new_rows:
            raise SystemExit("no new scenes arrived in the planned search")
        table.selectionModel().select(model.index(new_rows[0], 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        view.widget.previewButton.click()
        pause(0.5)
        wait_until(lambda: not tasks.running, 60, "the preview")
        canvas.setExtent(view.editor.layer.extent_of([a.id for a in view.details.template.aois]))
        canvas.zoomByFactor(1.7)  # the area, the edge of the new scene's footprint and its preview
        canvas.setLayers(QgsProject.instance().layerTreeRoot().layerOrder())
        save_window(iface, output, canvas, pause)
        fewer_colours(output)
        print(f"wrote {output} ({view.widget.stateLabel.text()}; {view.widget.statusLabel.text()})")
    finally:
        controller.shutdown()
        tasks.cancel_all()
        QgsProject.instance().removeAllMapLayers()
        app.exitQgis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "planned-search-screenshot.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with throwaway_sandbox("planned-search-screenshot-") as (folder, base_url, token):
        admin_token = (folder / "sandbox" / "admin-token.txt").read_text().strip()
        render(args.output.resolve(), base_url, token, admin_token, folder / "profile")

if __name__ == "__main__":
    main()
    leave()
