"""How long the imagery search freezes the GUI thread with 1,000 results: a quick measurement, not a test.

    .venv/bin/python scripts/measure_search_stall.py [--rounds 5]

Headless, in a throwaway QGIS profile and sandbox data dir. A 10 ms QTimer ticks on the GUI thread; the longest gap
between two ticks is the longest freeze. Measured:
- a search of the sandbox's dense survey area with 1,000 results per page (Search button → rows and footprints);
- ``SearchController.show_results(page, features)`` alone with features prepared off the GUI thread (what the
  task hands over);
- a local filter change over those 1,000 results (``apply_local_filters`` through the cloud filter's spin box).
The benchmark cases of ``make bench`` call the same two controller methods.
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dock_screenshot import PKG_DIR, REPO, start_sandbox, wait_until  # noqa: E402

SURVEY_BOX = (38.395, 55.745, 38.405, 55.755)
TICK_MS = 10


class Ticker:
    """Timestamps of a 10 ms timer on the GUI thread; the longest gap is the longest freeze. Python's garbage
    collections in the window are timed too (a full one holds the GIL: a freeze no code of ours explains)."""

    def __init__(self):
        from qgis.PyQt.QtCore import QTimer

        self.stamps = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def __enter__(self):
        self.stamps = [time.perf_counter()]
        self.collections = []
        self._since = None
        gc.callbacks.append(self._on_gc)
        self.timer.start()
        return self

    def __exit__(self, *_exc):
        self.timer.stop()
        gc.callbacks.remove(self._on_gc)
        self.stamps.append(time.perf_counter())

    def _on_gc(self, phase, info):
        if phase == "start":
            self._since = time.perf_counter()
        elif self._since is not None:
            self.collections.append(((time.perf_counter() - self._since) * 1000, info.get("generation")))

    @property
    def longest_gc_ms(self) -> float:
        return max((ms for ms, _gen in self.collections), default=0.0)

    @property
    def longest_ms(self) -> float:
        return max((b - a for a, b in zip(self.stamps, self.stamps[1:])), default=0.0) * 1000


def settle(seconds: float) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.001)


def measure(base_url: str, token: str, profile: Path, rounds: int, profile_out: bool = False) -> None:
    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProject,
                           QgsRectangle, QgsSettings, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSettings, Qt

    app = QgsApplication([], True, str(profile))
    app.initQgis()
    sys.path.insert(0, str(PKG_DIR))
    sys.path.insert(0, str(REPO))
    from mapflow_processing.api.models import SearchFilters
    from mapflow_processing.core.choices import AoiKind
    from mapflow_processing.integration.auth import SecretStore
    from mapflow_processing.integration.messages import Notifier
    from mapflow_processing.integration.settings_store import SettingsStore
    from mapflow_processing.integration.task_registry import TaskRegistry
    from mapflow_processing.layers.footprints import footprint_features, footprint_fields
    from mapflow_processing.ui.dock import MapflowDock
    from mapflow_processing.ui.dock_controller import DockController
    from tests.support.fake_iface import RealWidgetsIface

    QgsApplication.authManager().setMasterPassword("stall", True)
    iface = RealWidgetsIface()
    iface.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    dock = MapflowDock(iface.main_window)
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    iface.main_window.resize(1280, 900)
    iface.main_window.show()
    settings = SettingsStore(QgsSettings(str(profile / "QGIS3.ini"), QSettings.IniFormat))  # nothing of the user's
    tasks = TaskRegistry()
    controller = DockController(dock, iface, Notifier(iface), tasks, settings=settings,
                                secrets=SecretStore(settings, QgsApplication.authManager(), interactive=False),
                                auto_sign_in=False)
    try:
        dock.connection.serverCombo.setEditText(base_url)
        dock.connection.tokenEdit.setText(token)
        dock.connection.signInButton.click()
        wait_until(lambda: controller.state.session is not None, 30, "the sign-in")
        west, south, east, north = SURVEY_BOX
        aoi = QgsVectorLayer("Polygon?crs=EPSG:4326", "survey", "memory")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(west, south, east, north)))
        aoi.dataProvider().addFeatures([feature])
        QgsProject.instance().addMapLayer(aoi)
        dock.aoi.set_kind(AoiKind.LAYER)
        dock.aoi.aoiLayerCombo.setLayer(aoi)
        wait_until(lambda: controller.draft.aoi is not None and controller.draft.aoi.usable, 30, "the AOI")
        iface.canvas.setExtent(QgsRectangle(west - 0.05, south - 0.05, east + 0.05, north + 0.05))
        dock.tabs.setCurrentWidget(dock.searchTab)
        search = controller.search
        search.widget.filters.set_filters(SearchFilters())
        search.widget.pageSizeCombo.setCurrentIndex(search.widget.pageSizeCombo.findData(1000))

        searches, shows, filters, gcs, timelines = [], [], [], [], []
        shown_at = []
        original = search.show_results

        def traced(page, features=None):  # when the table part of a search's answer ran, for --profile
            started = time.perf_counter()
            original(page, features)
            shown_at.append((started, time.perf_counter()))

        search.show_results = traced
        for _ in range(rounds):
            with Ticker() as ticker:
                search.widget.searchButton.click()
                wait_until(lambda: not tasks.running and search.page is not None and not search.footprints_pending
                           and len(search.page.images) == 1000, 60, "1,000 results")
                settle(0.3)
            searches.append(ticker.longest_ms)
            gcs.append(ticker.longest_gc_ms)
            origin = ticker.stamps[0]
            worst = sorted(((b - a) * 1000, (a - origin) * 1000) for a, b in zip(ticker.stamps, ticker.stamps[1:]))
            timelines.append((worst[-3:], [(round((a - origin) * 1000), round((b - a) * 1000, 1))
                                           for a, b in shown_at[-1:]]))

            page = search.page
            features = footprint_features(page.images, footprint_fields())  # what the task hands over
            with Ticker() as ticker:
                started = time.perf_counter()
                search.show_results(page, features)
                call_ms = (time.perf_counter() - started) * 1000
                wait_until(lambda: not search.footprints_pending, 10, "the footprints")
                settle(0.3)
            shows.append((call_ms, ticker.longest_ms))

            spin, check = search.widget.filters.cloudSpin, search.widget.filters.cloudCheck
            for value in (20, 60, 5):
                with Ticker() as ticker:
                    started = time.perf_counter()
                    if not check.isChecked():
                        check.setChecked(True)
                    spin.setValue(value)
                    call_ms = (time.perf_counter() - started) * 1000
                    settle(0.3)
                filters.append((call_ms, ticker.longest_ms, search.model.match_count()))
            check.setChecked(False)
            settle(0.2)

        print(f"search of 1,000 results, longest freeze: median {statistics.median(searches):.1f} ms, "
              f"max {max(searches):.1f} ms; longest garbage collection in it: max {max(gcs):.1f} ms")
        print(f"show_results(1,000): call median {statistics.median(c for c, _ in shows):.1f} ms, "
              f"longest freeze max {max(t for _, t in shows):.1f} ms")
        print(f"local filter change: call median {statistics.median(c for c, _t, _m in filters):.1f} ms, "
              f"longest freeze max {max(t for _c, t, _m in filters):.1f} ms "
              f"(matching rows: {sorted({m for _c, _t, m in filters})})")
        if profile_out:
            for worst, table in timelines:
                print("worst gaps (ms long, ms after Search):", [(round(g, 1), round(at)) for g, at in worst],
                      "| table shown at (ms, for ms):", table)
            parts = {"table": [], "footprints": []}
            for _ in range(8):
                fresh = footprint_features(page.images, footprint_fields())
                t0 = time.perf_counter()
                search.model.set_images(page.images)
                t1 = time.perf_counter()
                search.footprints.show(page.images, fresh)
                parts["table"].append((t1 - t0) * 1000)
                parts["footprints"].append((time.perf_counter() - t1) * 1000)
                settle(0.2)
            print("model reset and footprint layer fill (medians, ms):",
                  {k: round(statistics.median(v), 1) for k, v in parts.items()})
    finally:
        controller.shutdown()
        tasks.cancel_all()
        QgsProject.instance().removeAllMapLayers()
        app.exitQgis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print where the GUI thread spends its time")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="search-stall-") as temp:
        data_dir, profile = Path(temp) / "sandbox", Path(temp) / "profile"
        data_dir.mkdir()
        profile.mkdir()
        if not (PKG_DIR / "mapflow_processing").exists():
            PKG_DIR.mkdir(parents=True, exist_ok=True)
            (PKG_DIR / "mapflow_processing").symlink_to(REPO, target_is_directory=True)
        process, base_url, token = start_sandbox(data_dir)
        try:
            measure(base_url, token, profile, args.rounds, args.profile)
        finally:
            process.terminate()
            process.wait(timeout=15)


if __name__ == "__main__":
    main()
