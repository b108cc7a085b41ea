"""Render the dock for the docs: signed in to a fresh sandbox, an AOI drawn with the draw tool, the cost shown.

    .venv/bin/python scripts/dock_screenshot.py [--output docs/dock-screenshot.png]

Runs headless (Qt "offscreen", or under xvfb-run), in a throwaway QGIS profile and a throwaway sandbox data dir;
nothing of the user's QGIS is touched. The dock is driven like a person would: token typed, Draw clicked, clicks on
the map, model and imagery picked; the script waits for the plugin's own tasks through the event loop.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PKG_DIR = REPO / ".build" / "pkg"
MASTER_PASSWORD = "dock-screenshot"  # noqa: S105 - the throwaway profile's auth database only
AOI_LONLAT = [(37.6010, 55.7505), (37.6060, 55.7502), (37.6068, 55.7528), (37.6030, 55.7540), (37.6005, 55.7525)]
VIEW = (37.5960, 55.7480, 37.6115, 55.7560)  # lon/lat box shown on the map


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_sandbox(data_dir: Path) -> tuple:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    log = open(data_dir / "server.log", "ab")  # noqa: SIM115 - owned by the server process
    process = subprocess.Popen([sys.executable, "-m", "sandbox", "serve", "--host", "127.0.0.1", "--port", str(port),
                                "--data-dir", str(data_dir), "--demo"], cwd=REPO, stdout=log,
                               stderr=subprocess.STDOUT, env=env)
    import requests

    base_url = f"http://127.0.0.1:{port}/rest"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the sandbox stopped; see {data_dir / 'server.log'}")
        try:
            if requests.get(f"{base_url}/version", timeout=1).ok and (data_dir / "demo-token.txt").exists():
                return process, base_url, (data_dir / "demo-token.txt").read_text().strip()
        except requests.RequestException:
            pass
        time.sleep(0.2)
    process.terminate()
    raise SystemExit("the sandbox did not start within 60 s")


def wait_until(condition, timeout: float, what: str) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.02)


def shrink(png: Path) -> None:
    """A 256-colour palette keeps the committed picture small (the map imagery has few colours anyway)."""
    try:
        from PIL import Image
    except ImportError:  # Pillow is a dev dependency; without it the full-colour file stays
        return
    with Image.open(png) as picture:
        reduced = picture.convert("RGB").convert("P", palette=Image.ADAPTIVE, colors=256)
    reduced.save(png, optimize=True)


def leave() -> None:
    """Everything is written and the sandbox stopped; QGIS 3.22 then may segfault in the interpreter's own teardown
    (no Python frame left), which would turn a good run into exit code 139: leave before it."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def save_window(iface, output: Path, canvas=None, pause=time.sleep, paints: int = 3) -> None:
    """Let the map draw (tiles arrive after the first paint), then save QGIS's window as a small PNG."""
    for _ in range(paints if canvas is not None else 0):
        canvas.refresh()
        pause(1.5)
        wait_until(lambda: not canvas.isDrawing(), 30, "the map")
    output.parent.mkdir(parents=True, exist_ok=True)
    if not iface.main_window.grab().save(str(output), "PNG"):
        raise SystemExit(f"could not write {output}")
    shrink(output)


@contextmanager
def throwaway_sandbox(prefix: str):
    """A sandbox with the demo account in a temporary folder, the plugin linked where QGIS finds it, and a QGIS
    profile folder; yields (temporary folder, base URL, token); everything goes when the block ends."""
    with tempfile.TemporaryDirectory(prefix=prefix) as temp:
        folder = Path(temp)
        data_dir, profile = folder / "sandbox", folder / "profile"
        data_dir.mkdir()
        profile.mkdir()
        if not (PKG_DIR / "mapflow_processing").exists():
            PKG_DIR.mkdir(parents=True, exist_ok=True)
            (PKG_DIR / "mapflow_processing").symlink_to(REPO, target_is_directory=True)
        process, base_url, token = start_sandbox(data_dir)
        try:
            yield folder, base_url, token
        finally:
            process.terminate()
            process.wait(timeout=15)


def render(output: Path, base_url: str, token: str, profile: Path) -> None:
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsRectangle
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt

    app = QgsApplication([], True, str(profile))
    app.initQgis()
    sys.path.insert(0, str(PKG_DIR))
    sys.path.insert(0, str(REPO))
    from mapflow_processing.core.choices import AoiKind, SourceKind
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
    iface.main_window.resize(1280, 1050)  # the window height of issue 21: the Start footer stays in view
    iface.main_window.show()
    settings = SettingsStore()
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
        canvas.setLayers([basemap])
        canvas.setExtent(QgsRectangle(*VIEW))
        canvas.refresh()

        dock.aoi.set_kind(AoiKind.DRAWN)
        dock.aoi.drawButton.click()
        tool = canvas.mapTool()
        to_pixels = canvas.getCoordinateTransform()
        for lon, lat in AOI_LONLAT:
            pixel = to_pixels.transform(lon, lat)
            for kind, handler in ((QEvent.MouseButtonPress, tool.canvasPressEvent),
                                  (QEvent.MouseButtonRelease, tool.canvasReleaseEvent)):
                handler(QgsMapMouseEvent(canvas, kind, QPoint(int(pixel.x()), int(pixel.y())), Qt.LeftButton,
                                         Qt.LeftButton, Qt.NoModifier))
        tool.finish()
        wait_until(lambda: controller.draft.aoi is not None and controller.draft.aoi.usable, 30, "the drawn AOI")
        canvas.setLayers(QgsProject.instance().layerTreeRoot().layerOrder() or canvas.layers())

        dock.model.select_model_by_name("Buildings")
        dock.model.set_block("Classification", True)
        dock.source.set_kind(SourceKind.PROVIDER)
        dock.source.providerCombo.setCurrentIndex(dock.source.providerCombo.findData("Sandbox_Demo"))
        dock.source.zoomCombo.setCurrentIndex(dock.source.zoomCombo.findData(18))
        dock.start.nameEdit.setText("Buildings near the square")
        wait_until(lambda: controller.cost.view.final and controller.cost.view.credits is not None, 30, "the cost")
        save_window(iface, output, canvas, paints=2)
        print(f"wrote {output} (cost shown: {dock.start.costLabel.text()})")
    finally:
        controller.shutdown()
        tasks.cancel_all()
        app.exitQgis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "dock-screenshot.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with throwaway_sandbox("dock-screenshot-") as (folder, base_url, token):
        render(args.output.resolve(), base_url, token, folder / "profile")

if __name__ == "__main__":
    main()
    leave()
