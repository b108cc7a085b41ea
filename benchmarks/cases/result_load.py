"""Case 1, result load: "Load results" of 10k/100k/300k buildings served by a running sandbox, until the styled
layer is drawn on the canvas, against ``ogr2ogr -f GPKG`` on the same GeoJSON (the limit) and against the naive
GUI-thread path. Each path runs in a fresh process, so its peak memory is its own. Also gives case 2's stall at
100k (the longest GUI freeze while the plugin loads)."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

from ..harness.case_cli import case_main
from ..harness.processes import ChildFailed, child_env, python_module, run_measured
from ..harness.sandbox import buildings_request, demo_client, running_sandbox, square_aoi, wait_until_final
from ..harness.stats import median
from ..harness.synthetic import write_buildings_geojson
from ..measures import ON_RATIO, ON_VALUE, CaseOutput, Measure

CASE = "result_load"
FULL_SIZES = {10_000: 3, 100_000: 3, 300_000: 2}  # features: samples per path
QUICK_SIZES = {10_000: 1}
RATIO_TARGET = 1.3  # at 100k and 300k
RATIO_TARGET_SIZES = (100_000, 300_000)
STALL_SIZE = 100_000
STALL_TARGET_MS = 50.0
CHILD_TIMEOUT_S = 900


@dataclass
class PathSamples:
    seconds: List[float] = field(default_factory=list)
    peak_mb: List[float] = field(default_factory=list)
    reports: List[dict] = field(default_factory=list)  # what the QGIS children measured inside

    def add(self, seconds: float, peak_mb: float, report: dict = None) -> None:
        self.seconds.append(seconds)
        self.peak_mb.append(peak_mb)
        if report is not None:
            self.reports.append(report)

    def median_report(self, key: str) -> float:
        return median([r[key] for r in self.reports])

    def median_phases(self) -> Dict[str, float]:
        names = self.reports[0]["phases_s"]
        return {name: round(median([r["phases_s"][name] for r in self.reports]), 3) for name in names}


def _ogr2ogr(source: Path, work: Path) -> tuple:
    target = work / "ogr2ogr.gpkg"
    run = run_measured(["ogr2ogr", "-f", "GPKG", str(target), str(source)], CHILD_TIMEOUT_S)
    target.unlink(missing_ok=True)
    if not run.ok:
        raise ChildFailed(run.failure_text("ogr2ogr"))
    return run.wall_s, run.max_rss_mb


def _qgis_path(path: str, server, processing_id: str, work: Path) -> tuple:
    out_dir = work / f"{path}-out"
    out_dir.mkdir(exist_ok=True)
    report_file = out_dir / "report.json"
    run = run_measured(python_module("benchmarks.cases.result_load_child", path, server.base_url, processing_id,
                                     str(out_dir), str(report_file)),
                       CHILD_TIMEOUT_S, env=child_env({"BENCH_SANDBOX_TOKEN": server.token}))
    if not run.ok or not report_file.exists():
        raise ChildFailed(run.failure_text(f"the {path} load path"))
    report = json.loads(report_file.read_text())
    shutil.rmtree(out_dir, ignore_errors=True)
    return report["total_s"], run.max_rss_mb, report


def _measure_size(count: int, samples: int, server, processing_id: str, result_file: Path, work: Path):
    write_buildings_geojson(result_file, count)  # the sandbox serves this file as the processing's result
    paths = {"ogr2ogr": PathSamples(), "plugin": PathSamples(), "naive": PathSamples()}
    for _ in range(samples):
        paths["ogr2ogr"].add(*_ogr2ogr(result_file, work))
        for name in ("plugin", "naive"):
            seconds, peak, report = _qgis_path(name, server, processing_id, work)
            if report["feature_count"] != count:
                raise ChildFailed(f"the {name} path loaded {report['feature_count']} of {count} features")
            paths[name].add(seconds, peak, report)
    return paths, result_file.stat().st_size / 1e6


def _rounded(values: List[float]) -> List[float]:
    return [round(value, 3) for value in values]


def _size_measures(count: int, paths: Dict[str, PathSamples], size_mb: float) -> List[Measure]:
    label = f"{count // 1000}k"
    ogr, plugin, naive = paths["ogr2ogr"], paths["plugin"], paths["naive"]
    target = RATIO_TARGET if count in RATIO_TARGET_SIZES else None
    common = {"features": count, "geojson_mb": round(size_mb, 1), "samples": len(plugin.seconds)}
    return [
        Measure(f"{CASE}.time_{label}", CASE, median(plugin.seconds), "s", median(ogr.seconds),
                "ogr2ogr -f GPKG on the same GeoJSON", target, ON_RATIO,
                f"{label} buildings: click to styled layer drawn (plugin task)",
                {**common, "plugin_phases_s": plugin.median_phases(),
                 "second_render_s": round(plugin.median_report("render_again_s"), 3),
                 "samples_s": _rounded(plugin.seconds), "ogr2ogr_samples_s": _rounded(ogr.seconds)}),
        Measure(f"{CASE}.vs_naive_{label}", CASE, median(plugin.seconds), "s", median(naive.seconds),
                "naive: parse on the GUI thread + QgsVectorFileWriter", None, ON_RATIO,
                f"{label} buildings: plugin against the naive path",
                {**common, "naive_phases_s": naive.median_phases(), "naive_samples_s": _rounded(naive.seconds),
                 "naive_gui_stall_ms": round(naive.median_report("stall_ms"), 1)}),
        Measure(f"{CASE}.peak_memory_{label}", CASE, max(plugin.peak_mb), "MB", max(ogr.peak_mb),
                "ogr2ogr peak RSS", None, ON_RATIO, f"{label} buildings: peak RSS of the QGIS process (plugin)",
                common),
        Measure(f"{CASE}.naive_peak_memory_{label}", CASE, max(naive.peak_mb), "MB", max(ogr.peak_mb),
                "ogr2ogr peak RSS", None, ON_RATIO, f"{label} buildings: peak RSS of the QGIS process (naive)",
                common),
    ]


def _note_time(output: CaseOutput, measure: Measure, paths: Dict[str, PathSamples]) -> None:
    """A missed ratio, explained by the plugin's phases against ogr2ogr."""
    if measure.passed is not False:
        return
    phases = paths["plugin"].median_phases()
    ogr = measure.baseline
    without_drawing = phases["download"] + phases["convert"] + phases["add_layers"]
    output.notes.append(
        f"{measure.details['features']:,} buildings: {measure.value:.2f} s against ogr2ogr {ogr:.2f} s (ratio "
        f"{measure.ratio:.2f}, target {RATIO_TARGET}). Plugin phases: download {phases['download']:.2f} s, GeoJSON to "
        f"GeoPackage {phases['convert']:.2f} s, layers added {phases['add_layers']:.2f} s, first canvas render "
        f"{phases['render']:.2f} s. Download + conversion + layers alone give {without_drawing:.2f} s (ratio "
        f"{without_drawing / ogr:.2f}): " + (
            f"the miss is the first render of the whole layer at full extent, which the baseline does not do (a "
            f"second render of the same view takes {measure.details['second_render_s']:.2f} s: it is the drawing "
            f"itself, not a first read of the file)."
            if without_drawing / ogr <= RATIO_TARGET else
            "download and conversion alone already miss the target, before any drawing."))


def _stall_measure(output: CaseOutput, count: int, plugin: PathSamples) -> Measure:
    """Case 2's freeze while the plugin loads: the median of the samples (single runs are noisy on a shared
    machine), with every sample in the details and the phase it happened in."""
    reports = sorted(plugin.reports, key=lambda report: report["stall_ms"])
    middle = reports[(len(reports) - 1) // 2]
    measure = Measure(
        f"gui_stall.result_load_{count // 1000}k", "gui_stall", middle["stall_ms"], "ms",
        plugin.median_report("idle_stall_ms"), "idle GUI thread, same ticker", STALL_TARGET_MS, ON_VALUE,
        f"longest GUI freeze while the plugin loads {count // 1000}k buildings (median of {len(reports)})",
        {"samples_ms": [round(r["stall_ms"], 1) for r in plugin.reports],
         "worst_freeze_during": [r["stall_phase"] for r in plugin.reports],
         "gc_in_worst_freeze_ms": [round(r["stall_gc_ms"], 1) for r in plugin.reports]})
    if measure.passed is False:
        hint = f"; {middle['stall_gc_hint']}" if middle["stall_gc_hint"] else ""
        output.notes.append(f"Result load stall: the GUI froze for {middle['stall_ms']:.0f} ms (median run) during the "
                            f"{middle['stall_phase']} phase{hint}.")
    return measure


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    sizes = QUICK_SIZES if quick else FULL_SIZES
    with running_sandbox(work / "sandbox") as server:
        from sandbox.services.lifecycle import result_path

        client = demo_client(server)
        project = client.create_project("Benchmark: result load")
        created = client.create_processing(buildings_request(project, square_aoi(0.05), "Result load benchmark"))
        processing, _ = wait_until_final(client, created.id, 180)
        if processing.status_text != "OK":
            raise ChildFailed(f"the sandbox processing ended {processing.status_text}: {processing.error_texts}")
        result_file = result_path(server.data_dir, processing.id)
        for count, samples in sizes.items():
            paths, size_mb = _measure_size(count, samples, server, processing.id, result_file, work)
            measures = _size_measures(count, paths, size_mb)
            output.measures.extend(measures)
            _note_time(output, measures[0], paths)
            if count == STALL_SIZE or (quick and count == min(sizes)):
                output.add(_stall_measure(output, count, paths["plugin"]))
    if quick:
        output.notes.append("Quick run: 10k buildings only; the targets are for 100k and 300k.")
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
