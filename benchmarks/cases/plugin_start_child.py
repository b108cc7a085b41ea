"""One headless QGIS start in a fresh process, with or without the plugin (``bare`` | ``plugin``).

Prints one JSON line: the QGIS start time, and for ``plugin`` the import and ``initGui`` times. A marker line on
stderr separates the plugin's imports from QGIS's when run with ``-X importtime``.
"""
from __future__ import annotations

import time

SCRIPT_START = time.perf_counter()

import json  # noqa: E402 - the clock starts before anything else is imported
import os  # noqa: E402
import sys  # noqa: E402

PLUGIN_MARKER = "BENCH-PLUGIN-IMPORTS-BEGIN"


def main() -> None:
    mode = sys.argv[1]
    profile = sys.argv[2]
    from benchmarks.harness.qgis_app import start_qgis

    app = start_qgis(__import__("pathlib").Path(profile))
    from tests.support.fake_iface import RealWidgetsIface

    iface = RealWidgetsIface()
    iface.main_window.show()
    app.processEvents()
    ready = time.perf_counter()
    report = {"qgis_start_ms": (ready - SCRIPT_START) * 1000.0}
    if mode == "plugin":
        print(PLUGIN_MARKER, file=sys.stderr, flush=True)
        began = time.perf_counter()
        import mapflow_processing

        plugin = mapflow_processing.classFactory(iface)
        imported = time.perf_counter()
        plugin.initGui()
        app.processEvents()  # what initGui queued (the dock's first layout) is part of the start
        done = time.perf_counter()
        report.update(import_ms=(imported - began) * 1000.0, init_gui_ms=(done - imported) * 1000.0,
                      plugin_ms=(done - began) * 1000.0)
    print(json.dumps(report), flush=True)
    os._exit(0)  # QGIS teardown is not part of the start


if __name__ == "__main__":
    main()
