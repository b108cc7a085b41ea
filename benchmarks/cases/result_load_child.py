"""One result-load path in a fresh QGIS process: the plugin's "Load results" task, or the naive GUI-thread path.

Both end the same way, with the styled layer drawn on a shown canvas; the parent measures this process's peak
memory. Usage (the token comes in the environment, BENCH_SANDBOX_TOKEN)::

    python -m benchmarks.cases.result_load_child plugin|naive BASE_URL PROCESSING_ID OUT_DIR REPORT.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from benchmarks.harness.canvas import WatchedCanvas
from benchmarks.harness.qgis_app import run_until, start_qgis
from benchmarks.harness.stall import StallTicker, idle_baseline

LOAD_TIMEOUT_S = 600


def _plugin_path(client, processing, out_dir: Path, canvas: WatchedCanvas, ticker: StallTicker) -> dict:
    """The plugin's machinery: LoadResultsTask through the QGIS task manager, layers added in its finished()."""
    from mapflow_processing.integration.task_registry import TaskRegistry
    from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader

    marks = {}
    plugin_download = client_downloader(client, processing.id)

    def timed_download(target, progress, should_cancel):  # only notes when the download ended
        plugin_download(target, progress, should_cancel)
        marks["downloaded"] = time.perf_counter()

    class TimedLoadResultsTask(LoadResultsTask):
        def execute(self):
            outcome = super().execute()
            marks["converted"] = time.perf_counter()
            return outcome

    outcomes, failures = [], []
    registry = TaskRegistry()
    request = LoadResultsRequest(processing.id, processing.name, processing.model_name, "gpkg", out_dir,
                                 downloader=timed_download)
    task = TimedLoadResultsTask(request, canvas.project)

    def on_success(outcome) -> None:
        marks["layers_added"] = time.perf_counter()
        outcomes.append(outcome)
        canvas.zoom_to(canvas.project.mapLayer(outcome.layer_ids[0]))

    task.succeeded.connect(on_success)
    task.failed.connect(failures.append)
    ticker.open_window()
    started = time.perf_counter()  # the user clicked "Load results"
    registry.submit(task)
    run_until(lambda: bool(outcomes or failures), LOAD_TIMEOUT_S, "loading the results")
    if failures:
        raise RuntimeError(f"the load task failed: {failures[0]}")
    layer_id = outcomes[0].layer_ids[0]
    drawn = run_until(lambda: canvas.render_done_with(layer_id, marks["layers_added"]) is not None,
                      LOAD_TIMEOUT_S, "drawing the results")
    stall = ticker.close_window()
    layer = canvas.project.mapLayer(layer_id)
    phase_ends = (("download", marks["downloaded"]), ("convert", marks["converted"]),
                  ("add_layers", marks["layers_added"]), ("render", drawn))
    worst_phase = next((name for name, end in phase_ends if stall.longest_gap_at < end), "render")
    render_again_s = _render_again(canvas, layer_id)
    return {"total_s": drawn - started, "feature_count": layer.featureCount(), "stall_phase": worst_phase,
            "phases_s": {"download": marks["downloaded"] - started,
                         "convert": marks["converted"] - marks["downloaded"],
                         "add_layers": marks["layers_added"] - marks["converted"],
                         "render": drawn - marks["layers_added"]},
            "stall_ms": stall.longest_gap_ms, "stall_gaps_over_50ms": stall.gaps_over_50ms,
            "stall_gc_ms": stall.gc_in_worst_gap_ms, "stall_gc_hint": stall.gc_hint(),
            "gpkg_mb": outcomes[0].package.path.stat().st_size / 1e6, "render_again_s": render_again_s}


def _render_again(canvas: WatchedCanvas, layer_id: str) -> float:
    """Diagnostic, outside the measured time: the same view drawn a second time (files already read once), to
    tell the cost of drawing from the cost of the first read."""
    asked = time.perf_counter()
    canvas.canvas.refresh()
    done = run_until(lambda: canvas.render_done_with(layer_id, asked) is not None, LOAD_TIMEOUT_S, "a second render")
    return done - asked


def _naive_path(client, processing, out_dir: Path, canvas: WatchedCanvas, ticker: StallTicker,
                base_url: str, token: str) -> dict:
    """What a simple plugin does: download and parse the whole JSON on the GUI thread, write it feature by feature
    with QgsVectorFileWriter, then add the same styled layer."""
    import requests
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature, QgsField,
                           QgsFields, QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsVectorLayer, QgsWkbTypes)
    from qgis.PyQt.QtCore import QVariant

    from mapflow_processing.layers.styles import style_path

    ticker.open_window()
    started = time.perf_counter()
    response = requests.get(f"{base_url}/processings/{processing.id}/result",
                            headers={"Authorization": f"Basic {token}"}, timeout=300)
    response.raise_for_status()
    features = response.json()["features"]
    downloaded = time.perf_counter()
    first = features[0]["properties"] if features else {}
    names = list(first)
    fields = QgsFields()
    for name in names:
        kind = QVariant.LongLong if isinstance(first[name], int) else \
            QVariant.Double if isinstance(first[name], float) else QVariant.String
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "buildings"
    path = out_dir / "naive.gpkg"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Polygon,
                                        QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsCoordinateTransformContext(), options)
    for item in features:
        feature = QgsFeature(fields)
        rings = item["geometry"]["coordinates"]
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring] for ring in rings]))
        properties = item["properties"]
        feature.setAttributes([properties.get(name) for name in names])
        writer.addFeature(feature)
    del writer  # closes the GeoPackage
    written = time.perf_counter()
    layer = QgsVectorLayer(f"{path}|layername=buildings", processing.name, "ogr")
    layer.loadNamedStyle(str(style_path("buildings")))
    canvas.project.addMapLayer(layer)
    added = time.perf_counter()
    canvas.zoom_to(layer)
    drawn = run_until(lambda: canvas.render_done_with(layer.id(), added) is not None, LOAD_TIMEOUT_S,
                      "drawing the naive layer")
    stall = ticker.close_window()
    return {"total_s": drawn - started, "feature_count": layer.featureCount(),
            "phases_s": {"download_and_parse": downloaded - started, "write": written - downloaded,
                         "add_layers": added - written, "render": drawn - added},
            "stall_ms": stall.longest_gap_ms, "stall_gaps_over_50ms": stall.gaps_over_50ms,
            "gpkg_mb": path.stat().st_size / 1e6}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", choices=("plugin", "naive"))
    parser.add_argument("base_url")
    parser.add_argument("processing_id")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("report", type=Path)
    args = parser.parse_args(argv)
    token = os.environ["BENCH_SANDBOX_TOKEN"]
    start_qgis(args.out_dir / "profile")
    from qgis.core import QgsProject

    from mapflow_processing.api.client import MapflowClient
    from mapflow_processing.integration.qgis_transport import QgisTransport

    client = MapflowClient(args.base_url, token, transport=QgisTransport())  # the plugin's HTTP: QGIS's network
    processing = client.get_processing(args.processing_id)  # on screen already: the list showed it
    canvas = WatchedCanvas(QgsProject.instance())
    ticker = StallTicker()
    ticker.start()
    idle = idle_baseline(ticker, 0.5)
    if args.path == "plugin":
        report = _plugin_path(client, processing, args.out_dir, canvas, ticker)
    else:
        report = _naive_path(client, processing, args.out_dir, canvas, ticker, args.base_url, token)
    report["idle_stall_ms"] = idle.longest_gap_ms
    ticker.stop()
    args.report.write_text(json.dumps(report, indent=2))
    sys.stdout.flush()
    os._exit(0)  # skip QGIS teardown: not part of what is measured, and slow with big layers


if __name__ == "__main__":
    sys.exit(main())
