"""Render the My imagery tab for the user guide: two mosaics (one with two uploaded images, one empty), the storage,
an image selected with its details and its large preview on the map.

    .venv/bin/python scripts/my_imagery_screenshot.py [--output docs/my-imagery-screenshot.png]

Headless (Qt "offscreen", or under xvfb-run), in a throwaway QGIS profile and sandbox data dir, like
scripts/dock_screenshot.py: nothing of the user's QGIS is touched. The GeoTIFFs are cut from the sandbox's demo
imagery with GDAL (its XYZ tiles read through GDAL's WMS driver), so the previews show a real-looking city; they are
uploaded through the tab's own "New mosaic…" (the dialog's answers are scripted), checks included.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dock_screenshot import MASTER_PASSWORD, PKG_DIR, REPO, leave, save_window, throwaway_sandbox, wait_until  # noqa: E402
from planned_search_screenshot import fewer_colours  # noqa: E402
from search_screenshot import pause  # noqa: E402

# two neighbouring blocks of the demo city, in EPSG:3857 metres (ulx, uly, lrx, lry), cut at 0.6 m per pixel
BLOCKS = {"centre-west.tif": (4185000.0, 7505400.0, 4185600.0, 7504900.0),
          "centre-east.tif": (4185600.0, 7505400.0, 4186200.0, 7504900.0)}
PIXEL_M = 0.6


def cut_geotiffs(preview_url: str, directory: Path) -> list:
    """GeoTIFFs (3 bands, 8-bit, EPSG:3857) of the demo imagery over ``BLOCKS``."""
    from osgeo import gdal

    template = preview_url.replace("{z}", "${z}").replace("{x}", "${x}").replace("{y}", "${y}")
    source = directory / "demo-tiles.xml"
    source.write_text(
        "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>" + template.replace("&", "&amp;") + "</ServerUrl></Service>"
        "<DataWindow><UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>"
        "<LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY><TileLevel>18</TileLevel>"
        "<TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>top</YOrigin></DataWindow>"
        "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
        "<BandsCount>3</BandsCount><ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes></GDAL_WMS>")
    paths = []
    for name, window in BLOCKS.items():
        path = directory / name
        if gdal.Translate(str(path), str(source), projWin=list(window), xRes=PIXEL_M, yRes=PIXEL_M,
                          outputType=gdal.GDT_Byte, format="GTiff", creationOptions=["COMPRESS=DEFLATE"]) is None:
            raise SystemExit(f"GDAL could not cut {name} from the demo tiles")
        paths.append(str(path))
    return paths


def render(output: Path, base_url: str, token: str, profile: Path, work: Path) -> None:
    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsSettings)
    from qgis.PyQt.QtCore import QSettings, Qt

    app = QgsApplication([], True, str(profile))
    app.initQgis()
    sys.path.insert(0, str(PKG_DIR))
    sys.path.insert(0, str(REPO))
    from mapflow_processing.integration.auth import SecretStore
    from mapflow_processing.integration.messages import Notifier
    from mapflow_processing.integration.settings_store import SettingsStore
    from mapflow_processing.integration.task_registry import TaskRegistry
    from mapflow_processing.ui.dialogs_imagery import ImageryPrompts, MosaicForm
    from mapflow_processing.ui.dock import MapflowDock
    from mapflow_processing.ui.dock_controller import DockController
    from tests.support.fake_iface import RealWidgetsIface

    class Answers(ImageryPrompts):
        """The answers a user would type into the "New mosaic" dialog, one form after the other."""

        def __init__(self):
            self.forms = []

        def new_mosaic(self, parent):
            return self.forms.pop(0) if self.forms else None

    manager = QgsApplication.authManager()
    manager.setMasterPassword(MASTER_PASSWORD, True)
    iface = RealWidgetsIface()
    canvas = iface.canvas
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    dock = MapflowDock(iface.main_window)
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    iface.main_window.resize(1000, 960)
    iface.main_window.show()
    settings = SettingsStore(QgsSettings(str(profile / "QGIS3.ini"), QSettings.IniFormat))
    tasks = TaskRegistry()
    answers = Answers()
    controller = DockController(dock, iface, Notifier(iface), tasks, settings=settings,
                                secrets=SecretStore(settings, manager, interactive=False), auto_sign_in=False,
                                imagery_prompts=answers, preview_dir=work / "previews")
    try:
        dock.connection.serverCombo.setEditText(base_url)
        dock.connection.tokenEdit.setText(token)
        dock.connection.signInButton.click()
        wait_until(lambda: controller.state.session is not None, 30, "the sign-in")

        provider = controller.sources.provider("Sandbox_Demo")
        files = cut_geotiffs(provider.preview_url, work)
        basemap = QgsRasterLayer(f"type=xyz&url={provider.preview_url}&zmin=0&zmax=19", "Sandbox demo imagery", "wms")
        QgsProject.instance().addMapLayer(basemap)

        dock.tabs.setCurrentWidget(controller.my_imagery_tab)
        widget = controller.my_imagery_widget
        wait_until(lambda: widget.storageLabel.text().startswith("Storage:"), 30, "the listing")
        answers.forms = [MosaicForm("Survey 2025 (to come)", ("survey",)),
                         MosaicForm("City centre 2024", ("city", "2024"), tuple(files))]
        for _ in range(2):
            widget.newButton.click()
            pause(0.3)
            wait_until(lambda: not tasks.running and controller.my_imagery.transfer is None, 120, "the mosaic")
        try:
            wait_until(lambda: any(cells[0] == "centre-east.tif" for cells in widget.row_texts().values()), 120,
                       "the uploaded images")
        except SystemExit:
            for item in iface.messageBar().items():  # what the plugin said instead
                print(f"message bar: {item.title()} {item.text()}", file=sys.stderr)
            raise
        image = next(key for key, cells in widget.row_texts().items() if cells[0] == "centre-east.tif")
        widget.select_keys([image])
        widget.set_preview_size("l")
        widget.previewButton.click()
        pause(0.3)
        wait_until(lambda: not tasks.running and controller.imagery_map.last_layer is not None, 60, "the preview")

        preview = controller.imagery_map.last_layer
        canvas.setLayers(QgsProject.instance().layerTreeRoot().layerOrder())
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(preview, preview.extent()))
        canvas.zoomByFactor(2.2)
        save_window(iface, output, canvas, pause)
        fewer_colours(output)
        print(f"wrote {output} ({widget.storageLabel.text()})")
    finally:
        controller.shutdown()
        tasks.cancel_all()
        QgsProject.instance().removeAllMapLayers()
        app.exitQgis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "my-imagery-screenshot.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with throwaway_sandbox("my-imagery-screenshot-") as (folder, base_url, token):
        work = folder / "work"
        work.mkdir()
        render(args.output.resolve(), base_url, token, folder / "profile", work)

if __name__ == "__main__":
    main()
    leave()
