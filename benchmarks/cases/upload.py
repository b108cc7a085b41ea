"""Case 2, upload: a 200 MB GeoTIFF (made with GDAL) uploaded to the sandbox through the dock's real upload path
(``ui/imagery_controller.py``: a CallTask around ``MapflowClient.upload_image`` into a new mosaic, progress shown
in the source widget). Measured with a 10 ms ticker on the GUI thread from the click to the task's end (the
server's GDAL check of the file included), three uploads, the median reported, on an idle machine and again with
another process busy on one core; the baseline is the same ticker on an idle GUI thread (its own jitter, under the
same condition: no code can freeze the GUI less). The upload's own speed is
reported against a plain streamed ``requests`` POST of the same file outside Qt."""
from __future__ import annotations

import time
from pathlib import Path

import requests

from ..harness.busy import busy_core
from ..harness.case_cli import case_main
from ..harness.dock import services, signed_in_state
from ..harness.qgis_app import run_until, spin, start_qgis
from ..harness.sandbox import demo_client, running_sandbox
from ..harness.stall import StallTicker, idle_baseline
from ..harness.stats import median
from ..harness.synthetic import write_geotiff
from ..measures import ON_RATIO, ON_VALUE, CaseOutput, Measure

CASE = "upload"
SIZE_BYTES, QUICK_SIZE_BYTES = 200_000_000, 20_000_000
TARGET_MS = 50.0
UPLOAD_TIMEOUT_S = 300
REPEATS, QUICK_REPEATS = 3, 1


class _NoDialogs:
    """The upload is started directly; no file or mosaic dialog is opened."""


def _plain_upload(server, path: Path) -> float:
    """The same multipart upload with requests alone (streamed from disk by the plugin's body class)."""
    from mapflow_processing.api.multipart import MultipartFileBody

    body = MultipartFileBody(path, content_type="image/tiff")
    started = time.perf_counter()
    response = requests.post(f"{server.base_url}/rasters/mosaic/image", params={"name": "Plain upload"},
                             data=body, headers={"Authorization": f"Basic {server.token}",
                                                 "Content-Type": body.content_type}, timeout=UPLOAD_TIMEOUT_S)
    body.close()
    response.raise_for_status()
    return time.perf_counter() - started


def _dock_upload(controller, ticker: StallTicker, path: Path, mosaic_id: str) -> tuple:
    """Click to the task's end, with the ticker watching; returns (seconds, StallWindow)."""
    ticker.open_window()
    started = time.perf_counter()
    task = controller.upload(str(path), mosaic_id)
    finished = []
    task.taskCompleted.connect(lambda: finished.append(time.perf_counter()))
    task.taskTerminated.connect(lambda: finished.append(time.perf_counter()))
    run_until(lambda: bool(finished), UPLOAD_TIMEOUT_S, "the upload")
    window = ticker.close_window()
    if task.error is not None:
        raise RuntimeError(f"the upload failed: {task.error}")
    spin(0.3)  # the imagery list reloads after an upload; not part of the next measurement
    return finished[0] - started, window


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    repeats = QUICK_REPEATS if quick else REPEATS
    start_qgis(work / "profile")
    from mapflow_processing.integration.project_choices import ChoiceMemory
    from mapflow_processing.integration.settings_store import SettingsStore
    from mapflow_processing.ui.imagery_controller import ImageryController
    from mapflow_processing.ui.source_widget import SourceWidget

    path = work / "benchmark-200mb.tif"
    size = write_geotiff(path, QUICK_SIZE_BYTES if quick else SIZE_BYTES)
    with running_sandbox(work / "sandbox") as server:
        client = demo_client(server)
        tasks, notifier = services()
        widget = SourceWidget()
        widget.show()
        state = signed_in_state(client, server)
        controller = ImageryController(widget, state, tasks, notifier, _NoDialogs(), ChoiceMemory(SettingsStore()))
        controller.reload()
        run_until(lambda: not tasks.running, 30, "listing the imagery")  # the sign-in's own work is over
        ticker = StallTicker()
        ticker.start()
        idle = idle_baseline(ticker, 0.5)
        uploads, plain = [], []
        for number in range(repeats):  # interleaved, so disk write-back weighs on both kinds alike
            mosaic = client.create_mosaic(f"Benchmark mosaic {number + 1}")  # an empty mosaic takes any image
            uploads.append(_dock_upload(controller, ticker, path, mosaic.id))
            plain.append(_plain_upload(server, path))
        loaded = []
        with busy_core():
            idle_loaded = idle_baseline(ticker, 0.5)
            for number in range(repeats):
                mosaic = client.create_mosaic(f"Benchmark mosaic, busy core {number + 1}")
                loaded.append(_dock_upload(controller, ticker, path, mosaic.id))
        ticker.stop()
        controller.shutdown()
        tasks.cancel_all()

    for name, runs, condition, quiet in (
            ("gui_stall.upload", uploads, "", idle),
            ("gui_stall.upload_loaded", loaded, ", another process busy on one core", idle_loaded)):
        middle = sorted(runs, key=lambda upload: upload[1].longest_gap_ms)[(len(runs) - 1) // 2][1]
        output.add(Measure(
            name, "gui_stall", middle.longest_gap_ms, "ms", quiet.longest_gap_ms,
            f"idle GUI thread, same ticker{condition}", TARGET_MS, ON_VALUE,
            f"longest GUI freeze while uploading a {size / 1e6:.0f} MB GeoTIFF{condition} (median of {len(runs)})",
            {"samples_ms": [round(window.longest_gap_ms, 1) for _, window in runs], "file_mb": round(size / 1e6, 1),
             "upload_s": [round(seconds, 2) for seconds, _ in runs],
             "gc_in_worst_freeze_ms": round(middle.gc_in_worst_gap_ms, 1)}))
    upload_s, plain_s = median([seconds for seconds, _ in uploads]), median(plain)
    output.add(Measure(
        f"{CASE}.time", "gui_stall", upload_s, "s", plain_s, "plain streamed requests POST", None, ON_RATIO,
        f"upload of {size / 1e6:.0f} MB through the dock, server check included (median)",
        {"plugin_mb_per_s": round(size / 1e6 / upload_s, 1), "plain_mb_per_s": round(size / 1e6 / plain_s, 1)}))
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
