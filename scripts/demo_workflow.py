"""The `make demo` workflow, run inside the real QGIS desktop (`qgis --code scripts/demo_workflow.py`).

It drives the plugin's dock the way a person would — typing the token, drawing the AOI with the map tool, ticking
options, pressing Start, loading the results — and never calls the server itself. Each step waits for the
plugin's own background tasks through the Qt event loop, so QGIS stays live the whole time.

Environment (set by scripts/demo.sh): MAPFLOW_DEMO_URL, MAPFLOW_DEMO_TOKEN_FILE, MAPFLOW_DEMO_OUTPUT,
MAPFLOW_DEMO_MODE (interactive: sign in and zoom, then hand over; headless: the whole workflow, then quit).
"""
import os
import shutil
import sys
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject,
                       QgsRasterLayer, QgsRectangle, QgsSettings, QgsVectorLayer)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt, QTimer

PLUGIN = "mapflow_processing"
SERVER_URL = os.environ.get("MAPFLOW_DEMO_URL", "http://127.0.0.1:8765/rest")
TOKEN_FILE = Path(os.environ.get("MAPFLOW_DEMO_TOKEN_FILE", ".sandbox-data/demo-token.txt"))
OUTPUT = Path(os.environ.get("MAPFLOW_DEMO_OUTPUT", "demo-output"))
MODE = os.environ.get("MAPFLOW_DEMO_MODE", "headless")
DEMO_MASTER_PASSWORD = "mapflow-demo"  # noqa: S105 - the throwaway demo profile's auth database password
# A ~0.2 km² block of the sandbox's procedural demo town (any place works: the imagery is generated everywhere).
AOI_LONLAT = [(24.1050, 56.9480), (24.1110, 56.9480), (24.1110, 56.9505), (24.1050, 56.9505)]
# The second part searches the sandbox's scene catalog, whose scenes lie around 37.60 E 55.73 N: a ~0.3 km² block there
SEARCH_AOI_LONLAT = [(37.598, 55.729), (37.606, 55.729), (37.606, 55.732), (37.598, 55.732)]
SEARCH_PROCESSING = "Demo: buildings on a searched scene"
START = time.monotonic()


def say(text: str) -> None:
    print(f"[demo +{time.monotonic() - START:5.1f}s] {text}", flush=True)


def finish(status: str) -> None:
    (OUTPUT / "demo-status.txt").write_text(status)
    say("finished: " + status)
    if MODE == "headless":
        QgsProject.instance().setDirty(False)
        QTimer.singleShot(200, lambda: QgsApplication.exit(0 if status == "OK" else 1))


class Steps:
    """A chain of steps; each waits (without blocking the event loop) for a condition before the next starts."""

    def __init__(self, steps):
        self.steps = list(steps)

    def run(self) -> None:
        self._next()

    def _next(self) -> None:
        if not self.steps:
            finish("OK")
            return
        title, action, condition, timeout = self.steps.pop(0)
        say(title)
        try:
            action()
        except Exception:  # the demo reports its own failures plainly
            finish(f"step '{title}' failed:\n{traceback.format_exc()}")
            return
        self._wait(title, condition, time.monotonic() + timeout)

    def _wait(self, title, condition, deadline) -> None:
        try:
            done = condition()
        except Exception:
            finish(f"step '{title}' failed while waiting:\n{traceback.format_exc()}")
            return
        if done:
            QTimer.singleShot(100, self._next)
        elif time.monotonic() > deadline:
            finish(f"step '{title}' timed out; status line: {dock().statusLabel.text()!r}; "
                   f"start: {dock().start.reasonLabel.text()!r}")
        else:
            QTimer.singleShot(250, lambda: self._wait(title, condition, deadline))


def plugin():
    return qgis.utils.plugins[PLUGIN]


def dock():
    return plugin().dock


def controller():
    return plugin().controller


def start_plugin() -> None:
    auth = QgsApplication.authManager()
    if not auth.masterPasswordIsSet():
        auth.setMasterPassword(DEMO_MASTER_PASSWORD, True)
    # the demo loads both the GeoPackage and the tile layers (a user picks this in the plugin's settings)
    QgsSettings().setValue("mapflow_processing/results/load_mode", "both")
    if PLUGIN not in qgis.utils.active_plugins:
        qgis.utils.loadPlugin(PLUGIN)
        qgis.utils.startPlugin(PLUGIN)
    plugin().toggle_action.setChecked(True)
    qgis.utils.iface.mainWindow().showMaximized()
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(crs)


def aoi_extent_3857(corners=None) -> QgsRectangle:
    wgs84, mercator = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:3857")
    to_map = QgsCoordinateTransform(wgs84, mercator, QgsProject.instance())
    box = QgsRectangle()
    box.setMinimal()
    for lon, lat in corners or AOI_LONLAT:
        point = to_map.transform(QgsPointXY(lon, lat))
        box.combineExtentWith(point.x(), point.y())
    return box


def zoom_to_aoi(margin: float = 1.6, corners=None) -> None:
    canvas = qgis.utils.iface.mapCanvas()
    box = aoi_extent_3857(corners)
    box.scale(margin)
    canvas.setExtent(box)
    canvas.refresh()


def _zoomed_in() -> bool:
    canvas = qgis.utils.iface.mapCanvas()
    if canvas.extent().width() > 50 * aoi_extent_3857().width():
        zoom_to_aoi()
        return False
    return True


def sign_in() -> None:
    connection = dock().connection
    connection.set_server_url(SERVER_URL)
    connection.tokenEdit.setText(TOKEN_FILE.read_text().strip())
    connection.signInButton.click()


def signed_in() -> bool:
    state = controller().state
    return state.session is not None and state.session.project is not None


def show_imagery() -> None:
    """The imagery preview of the chosen provider, added by the plugin's Preview button."""
    dock().source.previewButton.click()


def imagery_shown() -> bool:
    return any(isinstance(layer, QgsRasterLayer) for layer in QgsProject.instance().mapLayers().values())


def draw_aoi(corners=None) -> None:
    """Press Draw and click the AOI's corners on the map, then right-click to finish — like a user."""
    from mapflow_processing.core.choices import AoiKind

    dock().tabs.setCurrentWidget(dock().startTab)
    dock().aoi.set_kind(AoiKind.DRAWN)
    dock().aoi.drawButton.setChecked(True)
    canvas = qgis.utils.iface.mapCanvas()
    tool = canvas.mapTool()
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), canvas.mapSettings().destinationCrs(),
                                    QgsProject.instance())
    pixels = []
    for lon, lat in corners or AOI_LONLAT:
        map_point = to_map.transform(QgsPointXY(lon, lat))
        pixel = canvas.getCoordinateTransform().transform(map_point)
        pixels.append(QPoint(int(pixel.x()), int(pixel.y())))
    for pixel in pixels:
        for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
            event = QgsMapMouseEvent(canvas, kind, pixel, Qt.LeftButton, Qt.LeftButton, Qt.NoModifier)
            (tool.canvasPressEvent if kind == QEvent.MouseButtonPress else tool.canvasReleaseEvent)(event)
    for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
        event = QgsMapMouseEvent(canvas, kind, pixels[-1], Qt.RightButton, Qt.RightButton, Qt.NoModifier)
        (tool.canvasPressEvent if kind == QEvent.MouseButtonPress else tool.canvasReleaseEvent)(event)


def aoi_ready(corners=None) -> bool:
    """The dock's AOI is the one just drawn: its area is shown and it lies over the drawn corners."""
    aoi = controller().draft.aoi
    if "km²" not in dock().aoi.aoiAreaLabel.text() or aoi is None or not aoi.usable or not aoi.parts:
        return False
    west = min(lon for lon, _lat in corners or AOI_LONLAT)
    return abs(aoi.parts[0].geometry.boundingBox().xMinimum() - west) < 0.001


def choose_buildings() -> None:
    model = dock().model
    if not model.select_model_by_name("Buildings"):
        raise RuntimeError("the Buildings model is not offered")
    model.set_block("Classification", True)


def cost_shown() -> bool:
    text = dock().start.costLabel.text()
    return any(ch.isdigit() for ch in text) and dock().start.startButton.isEnabled()


def start() -> None:
    say(f"cost: {dock().start.costLabel.text()}")
    dock().start.nameEdit.setText("Demo: buildings with classes")
    dock().start.confirmCheck.setChecked(False)
    dock().start.startButton.click()


def _demo_row(name="Demo: buildings with classes"):
    model = controller().processings.model
    for position in range(model.rowCount()):
        processing = model.processing_at(position)
        if processing is not None and processing.name == name:
            return position, processing
    return None, None


def processing_listed(name="Demo: buildings with classes") -> bool:
    dock().tabs.setCurrentWidget(dock().processingsTab)
    return _demo_row(name)[1] is not None


def processing_done(name="Demo: buildings with classes") -> bool:
    _position, processing = _demo_row(name)
    if processing is None:
        return False
    status = processing.status.value
    if status == "FAILED":
        raise RuntimeError("the processing failed: " + "; ".join(processing.error_texts()))
    return status == "OK"


def load_results(name="Demo: buildings with classes") -> None:
    position, _processing = _demo_row(name)
    widget = controller().processings_widget
    widget.select_positions([position])
    widget.loadResultsButton.click()


def _result_layer(name="Demo: buildings with classes"):
    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.source().split("|")[0].endswith(".gpkg") and \
                layer.featureCount() > 0 and name in layer.name():
            return layer
    return None


def results_loaded(name="Demo: buildings with classes") -> bool:
    tiles = [layer for layer in QgsProject.instance().mapLayers().values() if layer.type() == layer.VectorTileLayer]
    return _result_layer(name) is not None and bool(tiles)


def frame_and_render() -> None:
    dock().tabs.setCurrentWidget(dock().processingsTab)
    layer = _result_layer()
    say(f"result layer '{layer.name()}' with {layer.featureCount()} buildings")
    zoom_to_aoi(1.3)
    _wait_render.until = time.monotonic() + 6  # give the tile layers time to fetch their tiles


def _wait_render() -> bool:
    canvas = qgis.utils.iface.mapCanvas()
    return time.monotonic() > _wait_render.until and not canvas.isDrawing()


_wait_render.until = 0.0


def save_outputs() -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    window = qgis.utils.iface.mainWindow()
    window.grab().save(str(OUTPUT / "screenshot.png"))
    source = Path(_result_layer().source().split("|")[0])
    shutil.copyfile(source, OUTPUT / "result.gpkg")
    say(f"wrote {OUTPUT / 'screenshot.png'} and {OUTPUT / 'result.gpkg'} (from {source})")


# --- imagery search: find a scene over a second AOI, process it, see its result ----------------------------------
def search_imagery() -> None:
    """Search tab: clear scenes only (cloud ≤ 10 %, images, the whole AOI covered), then Search."""
    dock().tabs.setCurrentWidget(dock().searchTab)
    filters = controller().search.widget.filters
    filters.cloudCheck.setChecked(True)
    filters.cloudSpin.setValue(10)
    filters.mosaicCheck.setChecked(False)
    filters.coverCheck.setChecked(True)
    filters.coverSpin.setValue(100)
    controller().search.widget.searchButton.click()


def search_done() -> bool:
    search = controller().search
    return search.widget.model.rowCount() > 0 and not search.footprints_pending


def use_clearest_scene() -> None:
    """The most recent of the least cloudy 0.5 m scenes (the resolution the Buildings model is made for), as a user
    would pick it, then "Use for processing"."""
    widget = controller().search.widget
    model = widget.model
    provider = os.environ.get("MAPFLOW_DEMO_SCENE_PROVIDER", "SBX_HR")
    rows = [row for row in range(model.rowCount()) if model.image_at(row).provider_name == provider]
    rows.sort(key=lambda row: (round(model.image_at(row).cloud_cover or 0.0),
                               -model.image_at(row).acquisition_date.timestamp()))
    scene = model.image_at(rows[0])
    say(f"{model.rowCount()} scenes found; using {scene.id} of {scene.provider_name}, "
        f"{scene.acquisition_date.date()}, cloud {scene.cloud_cover:g} %")
    view = widget.resultsView
    view.selectRow(rows[0])
    save_screenshot("search.png")
    widget.useButton.click()


def scene_cost_shown() -> bool:
    from mapflow_processing.core.choices import SourceKind

    return dock().source.kind() == SourceKind.SEARCH and dock().tabs.currentWidget() is dock().startTab and \
        cost_shown()


def start_scene_processing() -> None:
    say(f"cost: {dock().start.costLabel.text()}")
    dock().start.nameEdit.setText(SEARCH_PROCESSING)
    dock().start.startButton.click()


def frame_scene_result() -> None:
    dock().tabs.setCurrentWidget(dock().processingsTab)
    layer = _result_layer(SEARCH_PROCESSING)
    say(f"result layer '{layer.name()}' with {layer.featureCount()} buildings")
    zoom_to_aoi(1.3, SEARCH_AOI_LONLAT)
    _wait_render.until = time.monotonic() + 6


def save_screenshot(name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    qgis.utils.iface.mainWindow().grab().save(str(OUTPUT / name))


def main() -> None:
    steps = [
        ("starting the plugin", start_plugin, lambda: dock() is not None, 30),
        ("signing in to the sandbox", sign_in, signed_in, 60),
        ("adding the demo imagery with the Preview button", show_imagery, imagery_shown, 30),
        # after the first layer: QGIS zooms a new project to its first layer's extent
        ("zooming to the demo area", zoom_to_aoi, _zoomed_in, 10),
    ]
    if MODE == "headless":
        steps += [
            ("drawing the AOI on the map", draw_aoi, aoi_ready, 60),
            ("choosing Buildings with Classification", choose_buildings, cost_shown, 60),
            ("starting the processing", start, processing_listed, 60),
            ("waiting for the processing to finish", lambda: None, processing_done, 300),
            ("loading the results (GeoPackage and tiles)", load_results, results_loaded, 180),
            ("framing the result", frame_and_render, _wait_render, 60),
            ("saving the screenshot and the GeoPackage", save_outputs, lambda: True, 5),
            ("moving to the scene catalog's area", lambda: zoom_to_aoi(1.6, SEARCH_AOI_LONLAT), lambda: True, 5),
            ("drawing a second AOI there", lambda: draw_aoi(SEARCH_AOI_LONLAT),
             lambda: aoi_ready(SEARCH_AOI_LONLAT), 60),
            ("searching imagery: cloud ≤ 10 %, images covering the whole AOI", search_imagery, search_done, 60),
            ("using the clearest recent scene for processing", use_clearest_scene, scene_cost_shown, 60),
            ("starting the processing of the scene", start_scene_processing,
             lambda: processing_listed(SEARCH_PROCESSING), 60),
            ("waiting for it to finish", lambda: None, lambda: processing_done(SEARCH_PROCESSING), 300),
            ("loading its results", lambda: load_results(SEARCH_PROCESSING),
             lambda: results_loaded(SEARCH_PROCESSING), 180),
            ("framing the scene's result", frame_scene_result, _wait_render, 60),
            ("saving its screenshot", lambda: save_screenshot("scene-result.png"), lambda: True, 5),
        ]
    # keep a reference: PyQt holds bound methods given to QTimer.singleShot weakly
    global RUNNER
    RUNNER = Steps(steps)
    RUNNER.run()


RUNNER = None


def watchdog() -> None:
    """Runs even inside a modal dialog's event loop: shows what is on screen if the workflow is stuck."""
    from qgis.PyQt.QtWidgets import QApplication

    OUTPUT.mkdir(parents=True, exist_ok=True)
    for index, window in enumerate(w for w in QApplication.topLevelWidgets() if w.isVisible()):
        window.grab().save(str(OUTPUT / f"watchdog-{index}.png"))
        say(f"watchdog: visible window {index}: {type(window).__name__} {window.windowTitle()!r}")
    if time.monotonic() - START > 480:
        finish("the workflow took more than 8 minutes; see watchdog-*.png")
        QgsApplication.exit(1)


_watchdog = QTimer()
_watchdog.timeout.connect(watchdog)

try:
    QTimer.singleShot(1000, main)
    if MODE == "headless":
        _watchdog.start(60000)
except Exception:  # pragma: no cover - reported in the demo log
    print(traceback.format_exc(), file=sys.stderr)
