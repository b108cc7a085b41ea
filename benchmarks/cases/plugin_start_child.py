"""One headless QGIS start in a fresh process, with or without the plugin (``bare`` | ``plugin`` | ``profile``).

Prints one JSON line: the QGIS start time, and for ``plugin`` the import and ``initGui`` times, then the first
show of the dock (the user's first click on the plugin's action). A marker line on
stderr separates the plugin's imports from QGIS's when run with ``-X importtime``.
"""
from __future__ import annotations

import time

SCRIPT_START = time.perf_counter()

import json  # noqa: E402 - the clock starts before anything else is imported
import os  # noqa: E402
import sys  # noqa: E402

from pathlib import Path  # noqa: E402

PLUGIN_MARKER = "BENCH-PLUGIN-IMPORTS-BEGIN"
PLUGIN_ROOT = str(Path(__file__).resolve().parents[2])


def slowest_plugin_calls(profiler, count: int = 6) -> list:
    """The plugin's own functions with the most cumulative time, as "folder/file:function ms"; module bodies and
    the entry points every start goes through (classFactory, the plugin's __init__ and initGui) are left out."""
    import pstats

    stats = pstats.Stats(profiler).stats
    entry_points = {str(Path(PLUGIN_ROOT) / "__init__.py"), str(Path(PLUGIN_ROOT) / "plugin.py")}
    calls = [(cumulative, f"{Path(file).parent.name}/{Path(file).name}:{function}")
             for (file, _line, function), (_calls, _total, _own, cumulative, _callers) in stats.items()
             if Path(file).is_absolute() and str(Path(file).resolve()).startswith(PLUGIN_ROOT + "/")
             and str(Path(file).resolve()) not in entry_points and "/benchmarks/" not in file and "/tests/" not in file
             if function not in ("<module>", "<lambda>", "<listcomp>", "<genexpr>")]
    return [f"{name} {seconds * 1000:.0f} ms" for seconds, name in sorted(calls, reverse=True)[:count]]


def main() -> None:
    mode = sys.argv[1]
    profile = sys.argv[2]
    from benchmarks.harness.plugin_entry import load_plugin, real_iface, show_dock_until_ready
    from benchmarks.harness.qgis_app import start_qgis

    start_qgis(Path(profile))
    iface = real_iface()
    ready = time.perf_counter()
    report = {"qgis_start_ms": (ready - SCRIPT_START) * 1000.0}
    if mode in ("plugin", "profile"):
        profiler = None
        if mode == "profile":  # a diagnostic run: where the time goes, not how much (the profiler slows it)
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        print(PLUGIN_MARKER, file=sys.stderr, flush=True)
        loaded = load_plugin(iface)
        report.update(import_ms=loaded.import_ms, init_gui_ms=loaded.init_gui_ms,
                      plugin_ms=loaded.import_ms + loaded.init_gui_ms)
        if profiler is not None:
            profiler.disable()
            report["slowest_calls"] = slowest_plugin_calls(profiler)
            profiler = cProfile.Profile()
            profiler.enable()
        # the user opens the panel for the first time: sections, forms and controllers are built now
        shown = show_dock_until_ready(loaded)
        report.update(dock_show_ms=shown["shown_ms"], dock_widgets=shown["widgets"],
                      dock_ready_ms=shown["ready_ms"], dock_ready_freeze_ms=shown["freeze_ms"])
        if profiler is not None:
            profiler.disable()
            report["slowest_dock_calls"] = slowest_plugin_calls(profiler)
    print(json.dumps(report), flush=True)
    os._exit(0)  # QGIS teardown is not part of the start


if __name__ == "__main__":
    main()
