"""Case 2, processing list: the dock's real Processings tab (``ui/processings_controller.py`` with its table model
``ui/processings_model.py`` and widget) showing a page of 1,000 processings served by the sandbox (one real
processing, cloned through the sandbox's store). Measured with a 10 ms ticker on the GUI thread: the longest
freeze while the first page of 1,000 fills the table, and while a refresh applies 100 changed rows. The
baseline is the same ticker on an idle GUI thread."""
from __future__ import annotations

import time
from pathlib import Path

from ..harness.case_cli import case_main
from ..harness.dock import services, signed_in_state
from ..harness.qgis_app import run_until, spin, start_qgis
from ..harness.sandbox import (buildings_request, clone_processings, demo_client, running_sandbox, set_statuses,
                               square_aoi, wait_until_final)
from ..harness.stall import StallTicker, idle_baseline
from ..measures import ON_VALUE, CaseOutput, Measure

CASE = "processing_list"
ROWS, QUICK_ROWS = 1000, 1000  # the largest page the dock offers; cheap enough for a quick run too
CHANGED_ROWS = 100
TARGET_MS = 30.0
PAINT_S = 0.3  # after the rows are in: the table lays out and paints them


def _fill_project(server, client, project, rows: int) -> list:
    created = client.create_processing(buildings_request(project, square_aoi(0.05), "List benchmark template"))
    template, _ = wait_until_final(client, created.id, 180)
    return [template.id, *clone_processings(server, template.id, rows - 1)]


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    rows = QUICK_ROWS if quick else ROWS
    start_qgis(work / "profile")
    from mapflow_processing.api.models.processing import ProcessingStatus
    from mapflow_processing.ui.processings_controller import ProcessingsController
    from mapflow_processing.ui.processings_widget import ProcessingsWidget

    with running_sandbox(work / "sandbox") as server:
        client = demo_client(server)
        project = client.create_project("Benchmark: processing list")
        ids = _fill_project(server, client, project, rows)
        state = signed_in_state(client, server)
        tasks, notifier = services()
        widget = ProcessingsWidget()
        widget.pageSizeCombo.setCurrentIndex(widget.pageSizeCombo.findData(rows))
        widget.resize(900, 700)
        widget.show()
        controller = ProcessingsController(widget, state, tasks, notifier)
        ticker = StallTicker()
        ticker.start()
        idle = idle_baseline(ticker, 0.5)

        ticker.open_window()
        asked = time.perf_counter()
        state.set_project(project, "owner")  # the user opens the project: the first page is asked for
        filled = run_until(lambda: controller.model.rowCount() == rows, 60, f"{rows} rows in the table")
        spin(PAINT_S)
        first_fill = ticker.close_window()

        changed = [pid for pid in ids if controller.model.position_of(pid) >= 0][:CHANGED_ROWS]
        set_statuses(server, changed, "FAILED")  # as if they had ended since the last poll
        probe = changed[-1]
        ticker.open_window()
        refreshed_at = time.perf_counter()
        controller.refresh()
        applied = run_until(lambda: controller.model.row_at(controller.model.position_of(probe)).status
                            == ProcessingStatus.FAILED, 60, "the refreshed rows")
        spin(PAINT_S)
        update = ticker.close_window()
        ticker.stop()
        controller.shutdown()
        tasks.cancel_all()

    for name, window, description, took in (
            ("first_fill", first_fill, f"first page of {rows} processings into the table", filled - asked),
            ("update", update, f"refresh applying {CHANGED_ROWS} changed rows of {rows}", applied - refreshed_at)):
        output.add(Measure(
            f"gui_stall.list_{name}", "gui_stall", window.longest_gap_ms, "ms", idle.longest_gap_ms,
            "idle GUI thread, same ticker", TARGET_MS, ON_VALUE, f"longest GUI freeze: {description}",
            {"rows_visible_after_ms": round(took * 1000), "gaps_over_50ms": window.gaps_over_50ms}))
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
