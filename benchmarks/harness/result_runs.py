"""The parent side of the result cases: a sandbox processing whose result file the cases replace, one measured
QGIS child per load (``benchmarks.cases.result_load_child``), and the ``ogr2ogr`` floor with its process start
measured apart."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .processes import ChildFailed, child_env, python_module, run_measured
from .sandbox import buildings_request, square_aoi, wait_until_final
from .stats import median

CHILD_TIMEOUT_S = 900
CHILD = "benchmarks.cases.result_load_child"


@dataclass
class PathSamples:
    """Repeated runs of one way of loading: wall seconds, the process's own peak memory, what it reported."""

    seconds: List[float] = field(default_factory=list)
    peak_mb: List[float] = field(default_factory=list)
    reports: List[dict] = field(default_factory=list)

    def add(self, seconds: float, peak_mb: float, report: Optional[dict] = None) -> None:
        self.seconds.append(seconds)
        self.peak_mb.append(peak_mb)
        if report is not None:
            self.reports.append(report)

    def median_report(self, key: str) -> float:
        return median([r[key] for r in self.reports])

    def median_phases(self) -> Dict[str, float]:
        names = [name for name in self.reports[0].get("phases_s", {})
                 if all(name in r.get("phases_s", {}) for r in self.reports)]
        return {name: round(median([r["phases_s"][name] for r in self.reports]), 3) for name in names}

    def median_of(self, key: str) -> Optional[float]:
        values = [r[key] for r in self.reports if r.get(key) is not None]
        return median(values) if values else None


def sandbox_result_processing(server, client, name: str):
    """A real Buildings processing (OK) and the path of the result file the sandbox serves for it."""
    from sandbox.services.lifecycle import result_path

    project = client.create_project(f"Benchmark: {name}")
    created = client.create_processing(buildings_request(project, square_aoi(0.05), name))
    processing, _ = wait_until_final(client, created.id, 180)
    if processing.status_text != "OK":
        raise ChildFailed(f"the sandbox processing ended {processing.status_text}: {processing.error_texts}")
    return processing, result_path(server.data_dir, processing.id)


def load_in_child(mode: str, server, processing_id: str, work: Path, *options: str) -> Tuple[float, float, dict]:
    """One load in a fresh QGIS process: (seconds the child measured, its own peak memory in MB, its report)."""
    out_dir = work / f"{mode}-out"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    report_file = out_dir / "report.json"
    run = run_measured(python_module(CHILD, mode, server.base_url, processing_id, str(out_dir), str(report_file),
                                     *options),
                       CHILD_TIMEOUT_S, env=child_env({"BENCH_SANDBOX_TOKEN": server.token}))
    if not run.ok or not report_file.exists():
        raise ChildFailed(run.failure_text(f"the {mode} load"))
    report = json.loads(report_file.read_text())
    shutil.rmtree(out_dir, ignore_errors=True)
    return report["total_s"], run.max_rss_mb, report


def ogr2ogr_convert(source: Path, work: Path) -> Tuple[float, float]:
    """``ogr2ogr -f GPKG`` of the GeoJSON: (wall seconds from exec to exit, its peak memory in MB)."""
    target = work / "ogr2ogr.gpkg"
    target.unlink(missing_ok=True)
    run = run_measured(["ogr2ogr", "-f", "GPKG", str(target), str(source)], CHILD_TIMEOUT_S)
    target.unlink(missing_ok=True)
    if not run.ok:
        raise ChildFailed(run.failure_text("ogr2ogr"))
    return run.wall_s, run.max_rss_mb


def ogr2ogr_start(work: Path, samples: int = 3) -> float:
    """What an ``ogr2ogr`` run costs before it converts anything: the same command on a one-feature GeoJSON
    (process start, GDAL's driver registration, creating the GeoPackage). Subtracted from the floor so that the
    floor and the plugin (already running in QGIS) start at the same moment; the median of a few runs."""
    tiny = work / "one-feature.geojson"
    tiny.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":1},'
                    '"geometry":{"type":"Polygon","coordinates":[[[37.6,55.7],[37.6001,55.7],[37.6001,55.7001],'
                    '[37.6,55.7]]]}}]}', encoding="utf-8")
    walls = [ogr2ogr_convert(tiny, work)[0] for _ in range(samples)]
    tiny.unlink()
    return median(walls)


def extent_of(geojson: Path) -> str:
    """``west,south,east,north`` of a GeoJSON file's features (lon/lat), as the children's ``--view`` takes it."""
    from osgeo import ogr

    dataset = ogr.Open(str(geojson))
    west, east, south, north = dataset.GetLayer(0).GetExtent()
    dataset = None
    return f"{west},{south},{east},{north}"
