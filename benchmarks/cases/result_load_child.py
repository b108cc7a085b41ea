"""One result load in a fresh QGIS process with the plugin loaded and its dock open; the parent measures this
process's peak memory. Modes:

- ``plugin``: the plugin's "Load results" (``--load-mode``, default the plugin's default setting);
- ``incumbent``: the official plugin's way (download, then ``writeAsVectorFormatV3`` on the GUI thread);
- ``tiles``: QGIS alone drawing the processing's vector tiles (its TileJSON read at the click, a
  ``QgsVectorTileLayer`` with the plugin's tile style): the floor of "first features on the map";
- ``idle``: the same process, set up the same way, loading nothing (the memory baseline).

``--until`` says when the load is over: ``drawn`` (the GeoPackage layer drawn on the canvas, zoomed to it),
``added`` (the GeoPackage layer in the project; drawing is still timed, for the details) or ``inked`` (result
features first seen on screen: 5 % of a probe area of the canvas drawn, looked at every 50 ms and after each
render; the canvas shows the result's extent from the start, as after drawing the AOI). The token comes in the
environment (BENCH_SANDBOX_TOKEN)::

    python -m benchmarks.cases.result_load_child MODE BASE_URL PROCESSING_ID OUT_DIR REPORT.json [options]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from benchmarks.harness.canvas import WatchedCanvas
from benchmarks.harness.memory import peak_rss_mb, rss_mb
from benchmarks.harness.qgis_app import run_until, spin, start_qgis
from benchmarks.harness.stall import StallTicker, idle_baseline

LOAD_TIMEOUT_S = 600
INK_SHARE = 0.05  # "features drawn": 5 % of the canvas's probe area (away from the AOI's imagery in the centre)


def _phase_of(moment: float, ends) -> str:
    return next((name for name, end in ends if end is not None and moment < end), ends[-1][0])


def _plugin(args, client, processing, canvas: WatchedCanvas, ticker: StallTicker) -> dict:
    from benchmarks.harness.results_entry import PluginResults, is_feature_layer, is_geopackage_layer

    results = PluginResults(client, args.base_url, canvas.project, args.out_dir, args.load_mode)
    ticker.open_window()
    started = time.perf_counter()  # the user clicked "Load results"
    load = results.click(processing)
    report = {"load_mode": results.mode}
    if args.until == "inked":
        def inked():
            first = load.first_layer(is_feature_layer)
            return load.failed or (first is not None and canvas.first_ink(first[0], INK_SHARE) is not None)

        run_until(inked, LOAD_TIMEOUT_S, "the first result features on the canvas")
        _raise_if_failed(load)
        first_at, first_layer = load.first_layer(is_feature_layer)
        end = canvas.first_ink(first_at, INK_SHARE)
        stall = ticker.close_window()
        report.update(first_layer_kind="vector tiles" if not is_geopackage_layer(first_layer) else "GeoPackage",
                      first_layer_added_s=first_at - started)
        run_until(lambda: load.finished, LOAD_TIMEOUT_S, "the rest of the load")  # outside the measured time
        _raise_if_failed(load)
        geopackage = load.first_layer(is_geopackage_layer)
        report["geopackage_added_s"] = None if geopackage is None else geopackage[0] - started
        report["layers"] = [layer.name() for _, layer in load.layers]
        layer = geopackage[1] if geopackage else first_layer
    else:
        run_until(lambda: load.finished or load.first_layer(is_geopackage_layer) is not None, LOAD_TIMEOUT_S,
                  "loading the results")
        _raise_if_failed(load)
        geopackage = load.first_layer(is_geopackage_layer)
        if geopackage is None:
            raise RuntimeError(f"the load ended without a GeoPackage layer (mode {results.mode}); layers: "
                               f"{[layer.name() for _, layer in load.layers]}")
        added_at, layer = geopackage
        canvas.zoom_to(layer)  # "zoom to the results"
        drawn = run_until(lambda: canvas.render_done_with(layer.id(), added_at) is not None, LOAD_TIMEOUT_S,
                          "drawing the results")
        end = added_at if args.until == "added" else drawn
        stall = ticker.close_window()
        report.update(added_s=added_at - started, drawn_s=drawn - started)
        run_until(lambda: load.finished, LOAD_TIMEOUT_S, "the end of the load task")
        _raise_if_failed(load)
    marks = load.marks
    downloaded, worker_done = marks.get("downloaded"), marks.get("worker_done")
    phases = {}
    if downloaded is not None:
        phases["download"] = downloaded - started
    if worker_done is not None:
        phases["convert" if downloaded is not None else "prepare"] = worker_done - (downloaded or started)
    report.update(total_s=end - started, feature_count=layer.featureCount(), phases_s=phases,
                  stall_phase=_phase_of(stall.longest_gap_at, [("download", downloaded), ("convert", worker_done),
                                                               ("add_and_draw", None)]),
                  **_stall_fields(stall))
    if args.until == "drawn":
        report["render_again_s"] = _render_again(canvas, layer.id())
    return report


def _raise_if_failed(load) -> None:
    if load.failed:
        raise RuntimeError(f"the plugin's load failed: {' | '.join(load.errors) or 'a task was terminated'}")


def _incumbent(args, token: str, processing, canvas: WatchedCanvas, ticker: StallTicker) -> dict:
    from benchmarks.harness.incumbent import IncumbentLoad

    load = IncumbentLoad(f"{args.base_url}/processings/{processing.id}/result", token, canvas.project,
                         args.out_dir, processing.name)
    ticker.open_window()
    started = time.perf_counter()
    load.click()
    run_until(lambda: load.finished, LOAD_TIMEOUT_S, "the incumbent's load")
    if load.error:
        raise RuntimeError(f"the incumbent's load failed: {load.error}")
    added = load.marks["layers_added"]
    canvas.zoom_to(load.layer)
    drawn = run_until(lambda: canvas.render_done_with(load.layer.id(), added) is not None, LOAD_TIMEOUT_S,
                      "drawing the incumbent's layer")
    stall = ticker.close_window()
    marks = load.marks
    end = added if args.until == "added" else drawn
    return {"total_s": end - started, "added_s": added - started, "drawn_s": drawn - started,
            "feature_count": load.layer.featureCount(),
            "phases_s": {"download": marks["downloaded"] - started,
                         "convert": marks["converted"] - marks["downloaded"],
                         "add_and_draw": drawn - marks["converted"]},
            "stall_phase": _phase_of(stall.longest_gap_at, [("download", marks["downloaded"]),
                                                            ("convert", marks["converted"]), ("add_and_draw", None)]),
            **_stall_fields(stall)}


def _tiles_alone(args, processing, canvas: WatchedCanvas, ticker: StallTicker) -> dict:
    """QGIS's own vector tile layer of the result, added at the click: how soon features can be on the map."""
    from urllib.parse import quote

    import requests
    from qgis.core import QgsVectorTileLayer

    from benchmarks.harness.workspace import REPO

    ticker.open_window()
    started = time.perf_counter()
    tilejson = requests.get(processing.vector_layer.tile_json_url, timeout=60).json()
    source = (f"type=xyz&url={quote(tilejson['tiles'][0], safe='')}&zmin={tilejson.get('minzoom', 0)}"
              f"&zmax={tilejson.get('maxzoom', 14)}")
    layer = QgsVectorTileLayer(source, processing.name)
    layer.loadNamedStyle(str(REPO / "styles" / "buildings_tiles.qml"))
    canvas.project.addMapLayer(layer)
    added = time.perf_counter()
    run_until(lambda: canvas.first_ink(added, INK_SHARE) is not None, LOAD_TIMEOUT_S,
              "the vector tiles on the canvas")
    end = canvas.first_ink(added, INK_SHARE)
    stall = ticker.close_window()
    return {"total_s": end - started, "feature_count": 0, "phases_s": {"tilejson_and_layer": added - started,
                                                                       "draw": end - added},
            **_stall_fields(stall)}


def _stall_fields(stall) -> dict:
    return {"stall_ms": stall.longest_gap_ms, "stall_gaps_over_50ms": stall.gaps_over_50ms,
            "stall_gc_ms": stall.gc_in_worst_gap_ms, "stall_gc_hint": stall.gc_hint()}


def _render_again(canvas: WatchedCanvas, layer_id: str) -> float:
    """Diagnostic, outside the measured time: the same view drawn a second time (files already read once), to
    tell the cost of drawing from the cost of the first read."""
    asked = time.perf_counter()
    canvas.canvas.refresh()
    done = run_until(lambda: canvas.render_done_with(layer_id, asked) is not None, LOAD_TIMEOUT_S, "a second render")
    return done - asked


def _show_result_extent(canvas: WatchedCanvas, view: str) -> None:
    """The canvas shows where the result will be (the user drew the AOI there), already rendered once."""
    asked = time.perf_counter()
    canvas.show_lonlat(view)
    run_until(lambda: any(moment >= asked for moment, _ in canvas.renders), 60, "the empty canvas render")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("plugin", "incumbent", "tiles", "idle"))
    parser.add_argument("base_url")
    parser.add_argument("processing_id")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("report", type=Path)
    parser.add_argument("--load-mode", default=None, help="gpkg, tiles or both (default: the plugin's default)")
    parser.add_argument("--until", choices=("drawn", "added", "inked"), default="drawn")
    parser.add_argument("--view", default=None, help="west,south,east,north (lon/lat) shown before the click")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    token = os.environ["BENCH_SANDBOX_TOKEN"]
    start_qgis(args.out_dir / "profile")
    from qgis.core import QgsProject

    from benchmarks.harness.plugin_entry import load_plugin, real_iface, show_dock
    from mapflow_processing.api.client import MapflowClient
    from mapflow_processing.integration.qgis_transport import QgisTransport

    iface = real_iface()
    load_plugin(iface)
    show_dock(iface)  # QGIS with the plugin loaded and its panel open: where a user clicks "Load results"
    client = MapflowClient(args.base_url, token, transport=QgisTransport())  # the dock's HTTP: QGIS's network
    processing = client.get_processing(args.processing_id)  # on screen already: the list showed it
    canvas = WatchedCanvas(QgsProject.instance(), measure_ink=args.until == "inked" or args.mode == "tiles")
    report = {}
    if args.view:
        _show_result_extent(canvas, args.view)
    if args.until == "inked" or args.mode == "tiles":
        canvas.watch_ink()
    report["canvas_scale"] = canvas.canvas.scale()
    ticker = StallTicker()
    ticker.start()
    idle = idle_baseline(ticker, 0.5)
    report["rss_at_click_mb"] = rss_mb()
    if args.mode == "plugin":
        report.update(_plugin(args, client, processing, canvas, ticker))
    elif args.mode == "incumbent":
        report.update(_incumbent(args, token, processing, canvas, ticker))
    elif args.mode == "tiles":
        report.update(_tiles_alone(args, processing, canvas, ticker))
    else:
        spin(1.0)  # as long as a small load would take, doing nothing
        report.update(total_s=0.0, feature_count=0)
    report["idle_stall_ms"] = idle.longest_gap_ms
    report["peak_rss_mb"] = peak_rss_mb()
    ticker.stop()
    args.report.write_text(json.dumps(report, indent=2))
    sys.stdout.flush()
    os._exit(0)  # skip QGIS teardown: not part of what is measured, and slow with big layers


if __name__ == "__main__":
    sys.exit(main())
