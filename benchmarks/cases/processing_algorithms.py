"""Case 8, the Processing algorithms: the real ``qgis_process`` command line (Debian's binary) in a throwaway QGIS
profile with the packaged plugin installed and enabled, its server setting and stored sign-in pointing at a
sandbox (``tests/support/qgis_process_profile.py``, the same set-up the qgis_process tests use), running
``mapflow:estimatecost`` on a small AOI file (the whole command: QGIS start, the plugin's provider, reading the
stored token, the AOI read, the server's price over HTTP, the answer as JSON), against the same ``qgis_process``
in the same profile running a built-in trivial algorithm (``native:centroids`` of the same AOI file to a
temporary layer). Both start the same QGIS with the same plugins, so the ratio is what running the plugin's
algorithm costs beyond what any algorithm costs a scheduler or a model. Runs alternate between the two, median
of five (three in a quick run)."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import List

from ..harness.case_cli import case_main
from ..harness.sandbox import running_sandbox
from ..harness.stats import median
from ..measures import ON_RATIO, CaseOutput, Measure

CASE = "processing_algorithms"
SAMPLES, QUICK_SAMPLES = 5, 3
RATIO_TARGET = 1.3
MASTER_PASSWORD = "processing-benchmark"
RUN_TIMEOUT_S = 180


def _aoi_file(folder: Path) -> Path:
    lon, lat, size = 37.60, 55.70, 0.01  # the demo imagery's area, as the qgis_process tests use
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size * 0.6], [lon, lat + size * 0.6], [lon, lat]]
    path = folder / "aoi.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "block"}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    return path


def _timed(profile, algorithm: str, parameters: dict) -> tuple:
    began = time.perf_counter()
    done = profile.run("--json", "run", algorithm, "--", *(f"{k}={v}" for k, v in parameters.items()),
                       timeout=RUN_TIMEOUT_S)
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"qgis_process {algorithm} failed ({done.returncode}): "
                           f"{(done.stdout + done.stderr)[-1500:]}")
    return took, json.loads(done.stdout[done.stdout.index("{"):])["results"]


def run(work: Path, quick: bool) -> CaseOutput:
    from tests.support.qgis_process_profile import make_profile

    output = CaseOutput(CASE)
    samples = QUICK_SAMPLES if quick else SAMPLES
    aoi = _aoi_file(work)
    estimate = ("mapflow:estimatecost", {"AOI": aoi, "MODEL": "Buildings", "ZOOM": 18})
    trivial = ("native:centroids", {"INPUT": aoi, "OUTPUT": "TEMPORARY_OUTPUT"})
    with running_sandbox(work / "sandbox") as server:
        profile = make_profile(work / "profile", server.base_url, server.token, MASTER_PASSWORD)
        _timed(profile, *estimate)  # warm-up: byte code written, the OS file cache filled, for both
        _timed(profile, *trivial)
        plugin_s: List[float] = []
        builtin_s: List[float] = []
        cost = None
        for _ in range(samples):
            took, results = _timed(profile, *estimate)
            plugin_s.append(took)
            cost = results.get("COST")
            took, _ = _timed(profile, *trivial)
            builtin_s.append(took)
    output.add(Measure(
        f"{CASE}.estimate_cost_s", CASE, median(plugin_s), "s", median(builtin_s),
        "the same qgis_process running native:centroids on the same AOI file", RATIO_TARGET, ON_RATIO,
        "qgis_process run mapflow:estimatecost, whole command (median)",
        {"samples": samples, "estimate_samples_s": [round(v, 3) for v in plugin_s],
         "builtin_samples_s": [round(v, 3) for v in builtin_s], "cost_answered": cost}))
    ratio = median(plugin_s) / median(builtin_s)
    if ratio > RATIO_TARGET:
        output.notes.append(
            f"qgis_process takes {median(plugin_s):.2f} s to run Estimate cost against {median(builtin_s):.2f} s for "
            f"a built-in trivial algorithm (ratio {ratio:.2f}, target {RATIO_TARGET}).")
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
