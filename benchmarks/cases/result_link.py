"""Case 6, over a real-world link: the sandbox serves the result at 8 MB/s (its ``throttle`` fault rule on
``GET .../result``, paced against the clock like a link of that speed) and the plugin loads 100k and 300k buildings
as a GeoPackage, from the click until the styled GeoPackage layer is in the project, each load in a fresh QGIS
process with the plugin loaded and its dock open (the first render is timed too, for the details). The baseline is
the longer of two parts measured in the same run: the download alone (a plain streamed ``requests`` GET of the same
result at the same rate, to a file) and the conversion alone (``ogr2ogr -f GPKG`` of the local file, its process
start taken off). A client that converts while the bytes arrive finishes soon after the longer of the two; one that
converts after the download pays both. The target is 1.15 × that longer part."""
from __future__ import annotations

import time
from pathlib import Path

import requests

from ..harness.case_cli import case_main
from ..harness.processes import ChildFailed
from ..harness.result_runs import (PathSamples, load_in_child, ogr2ogr_convert, ogr2ogr_start,
                                   sandbox_result_processing)
from ..harness.sandbox import demo_client, running_sandbox
from ..harness.stats import median
from ..harness.synthetic import write_buildings_geojson
from ..measures import ON_RATIO, CaseOutput, Measure

CASE = "result_link"
RATE_BYTES_PER_S = 8_000_000
RESULT_PATH = r"/processings/[^/]+/result$"
FULL_SIZES = {100_000: 2, 300_000: 2}
QUICK_SIZES = {30_000: 1}
TARGET_RATIO = 1.15
PLUGIN_OPTIONS = ("--load-mode", "gpkg", "--until", "added")


def throttle_results(server, bytes_per_second: float) -> None:
    """Every result download from now on leaves the sandbox at ``bytes_per_second`` (its fault rules)."""
    response = requests.post(f"{server.base_url}/admin/faults", headers={"X-Sandbox-Admin": server.admin_token},
                             json={"rules": [{"path": RESULT_PATH, "method": "GET", "throttle": bytes_per_second}]},
                             timeout=30)
    response.raise_for_status()


def download_alone(server, processing_id: str, target: Path) -> float:
    """The same result over the same link with nothing else: a streamed GET to a file."""
    started = time.perf_counter()
    with requests.get(f"{server.base_url}/processings/{processing_id}/result", stream=True, timeout=600,
                      headers={"Authorization": f"Basic {server.token}"}) as response:
        response.raise_for_status()
        with open(target, "wb") as out:
            for chunk in response.iter_content(1 << 20):
                out.write(chunk)
    took = time.perf_counter() - started
    target.unlink()
    return took


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    sizes = QUICK_SIZES if quick else FULL_SIZES
    with running_sandbox(work / "sandbox") as server:
        client = demo_client(server)
        processing, result_file = sandbox_result_processing(server, client, "Real-world link benchmark")
        start_s = ogr2ogr_start(work)
        throttle_results(server, RATE_BYTES_PER_S)
        for count, samples in sizes.items():
            size = write_buildings_geojson(result_file, count)
            downloads, conversions, plugin = [], [], PathSamples()
            for _ in range(samples):  # interleaved: other load on the machine weighs on every part alike
                downloads.append(download_alone(server, processing.id, work / "download-alone.geojson"))
                conversions.append(ogr2ogr_convert(result_file, work)[0] - start_s)
                seconds, peak, report = load_in_child("plugin", server, processing.id, work, *PLUGIN_OPTIONS)
                if report["feature_count"] != count:
                    raise ChildFailed(f"the plugin loaded {report['feature_count']} of {count} features")
                plugin.add(seconds, peak, report)
            download_s, convert_s = median(downloads), median(conversions)
            longer = "download" if download_s >= convert_s else "conversion"
            measure = output.add(Measure(
                f"{CASE}.time_{count // 1000}k", CASE, median(plugin.seconds), "s", max(download_s, convert_s),
                f"the longer of download alone at {RATE_BYTES_PER_S / 1e6:g} MB/s and conversion alone ({longer})",
                TARGET_RATIO, ON_RATIO,
                f"{count // 1000}k buildings at {RATE_BYTES_PER_S / 1e6:g} MB/s: click to styled GeoPackage layer",
                {"geojson_mb": round(size / 1e6, 1), "samples_s": [round(s, 2) for s in plugin.seconds],
                 "download_alone_s": [round(s, 2) for s in downloads],
                 "download_mb_per_s": round(size / 1e6 / download_s, 2),
                 "conversion_alone_s": [round(s, 2) for s in conversions],
                 "sum_of_both_s": round(download_s + convert_s, 2),
                 "plugin_phases_s": plugin.median_phases(),
                 "drawn_s": [round(r["drawn_s"], 2) for r in plugin.reports],
                 "peak_rss_mb": [round(mb) for mb in plugin.peak_mb]}))
            if measure.passed is False:
                phases = ", ".join(f"{name} {s:.1f} s" for name, s in plugin.median_phases().items())
                output.notes.append(
                    f"{count:,} buildings over {RATE_BYTES_PER_S / 1e6:g} MB/s: {measure.value:.1f} s against "
                    f"download alone {download_s:.1f} s and conversion alone {convert_s:.1f} s (ratio "
                    f"{measure.ratio:.2f}, target {TARGET_RATIO}); their sum is {download_s + convert_s:.1f} s. "
                    f"Plugin phases: {phases}.")
            phases = plugin.median_phases()
            if measure.passed and "download" in phases and "convert" in phases:
                output.notes.append(
                    f"{count:,} buildings over {RATE_BYTES_PER_S / 1e6:g} MB/s: the plugin's conversion follows its "
                    f"download ({phases['download']:.1f} s, then {phases['convert']:.1f} s) instead of overlapping "
                    f"it; the ratio holds at this size only because the plugin's conversion alone is shorter than "
                    f"ogr2ogr's ({convert_s:.1f} s).")
    if quick:
        output.notes.append(f"Quick run: {', '.join(f'{c // 1000}k' for c in sizes)} buildings only; the target is "
                            f"for 100k and 300k.")
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
