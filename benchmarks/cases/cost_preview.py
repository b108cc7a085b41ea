"""Case 4, cost preview: a burst of 20 AOI edits within 2 s (one every 100 ms, each a different area so each has a
different price) into the dock's real cost controller (``ui/cost_controller.py`` over ``core.pricing.CostPreview``)
with a real Qt event loop against the sandbox. Requests are counted by an adapter on the client's HTTP session;
a stale value is a server price shown for an AOI other than the one on screen at that moment (or a last price that
is not the last AOI's). The baseline is the naive controller: one request per edit. Also gives case 2's stall
during the burst (a 10 ms ticker on the GUI thread)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import List

from ..harness.case_cli import case_main
from ..harness.dock import counting_session, services, signed_in_state
from ..harness.qgis_app import run_until, spin, start_qgis
from ..harness.sandbox import DEMO_PROVIDER, demo_client, running_sandbox, square_aoi
from ..harness.stall import StallTicker, idle_baseline
from ..measures import ON_VALUE, CaseOutput, Measure

CASE = "cost_preview"
EDITS = 20
EDIT_EVERY_MS = 100  # 20 edits in 1.9 s
ZOOM = 18
SETTLE_S = 1.5  # after the final price, keep watching for late answers


@dataclass(frozen=True)
class Shown:
    at: float
    credits: object
    final: bool
    aoi_index: int  # the AOI on screen when the value was shown


def _aoi_selections(count: int):
    """``count`` AOIs of 2, 3, ... km² built by the plugin's AOI pipeline (as drawn on the map)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject

    from mapflow_processing.layers.aoi import build_aoi, input_from_drawn

    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    context = QgsProject.instance().transformContext()
    selections = []
    for number in range(count):
        ring = square_aoi(2.0 + number)["coordinates"][0]
        geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])
        selection = build_aoi(input_from_drawn(geometry, crs, context, f"AOI {number + 1}"))
        if not selection.usable:
            raise RuntimeError(f"AOI {number + 1} is not usable: {selection.status}")
        selections.append(selection)
    return selections


def _picks(client, project):
    from mapflow_processing.api.models.sources import DataProviderSource
    from mapflow_processing.ui.draft import ModelPick, SourcePick

    model = next(m for m in project.workflow_defs if "Buildings" in m.name)
    provider = next(p for p in client.user_status().data_providers if p.name.lower() == DEMO_PROVIDER.lower())
    return ModelPick(model, ()), SourcePick(DataProviderSource(provider.name, ZOOM), provider.display_name,
                                            provider, ZOOM)


def _expected_costs(server, project, draft, selections) -> List[int]:
    """The server's price of each AOI, asked beforehand with a separate client (not counted)."""
    checker = demo_client(server)
    costs = []
    for selection in selections:
        draft.aoi = selection
        costs.append(checker.processing_cost(draft.cost_request(project.id)))
    draft.aoi = None
    if len(set(costs)) != len(costs):
        raise RuntimeError(f"the AOIs must have distinct prices to tell stale values apart: {costs}")
    return costs


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    start_qgis(work / "profile")
    from qgis.PyQt.QtCore import QTimer

    from mapflow_processing.api.client import MapflowClient
    from mapflow_processing.integration.settings_store import SettingsStore
    from mapflow_processing.ui.cost_controller import CostController
    from mapflow_processing.ui.draft import ProcessingDraft
    from mapflow_processing.ui.start_widget import StartWidget

    with running_sandbox(work / "sandbox") as server:
        session, counter = counting_session()
        client = MapflowClient(server.base_url, server.token, session=session)
        project = client.create_project("Benchmark: cost preview")
        state = signed_in_state(client, server, project)
        tasks, notifier = services()
        widget = StartWidget()
        widget.show()
        draft = ProcessingDraft()
        settings = SettingsStore()  # QgsSettings of the throwaway profile: the default debounce
        controller = CostController(widget, state, draft, tasks, notifier, settings)
        model_pick, source_pick = _picks(client, project)
        draft.set_model(model_pick)
        draft.set_source(source_pick)
        selections = _aoi_selections(EDITS)
        expected = _expected_costs(server, project, draft, selections)

        current = {"index": -1}
        shown: List[Shown] = []
        controller.cost_changed.connect(
            lambda view: shown.append(Shown(time.perf_counter(), view.credits, view.final, current["index"])))

        def edit(index: int) -> None:
            current["index"] = index
            draft.set_aoi(selections[index])

        ticker = StallTicker()
        ticker.start()
        idle = idle_baseline(ticker, 0.5)
        sent_before = counter.count("POST", "/processing/cost/v2")
        ticker.open_window()
        started = time.perf_counter()
        timers = []
        for index in range(EDITS):
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(lambda i=index: edit(i))
            timer.start(index * EDIT_EVERY_MS)
            timers.append(timer)
        last = EDITS - 1
        answered = run_until(lambda: current["index"] == last and any(
            s.final and s.aoi_index == last and s.credits is not None for s in shown), 30, "the final price")
        stall = ticker.close_window()
        spin(SETTLE_S)  # late answers to older edits would show up now
        ticker.stop()
        requests_sent = counter.count("POST", "/processing/cost/v2") - sent_before
        last_edit_at = started + last * EDIT_EVERY_MS / 1000.0
        final_prices = [s for s in shown if s.final and s.credits is not None]
        stale = [s for s in final_prices if s.credits != expected[s.aoi_index]]
        if not final_prices or final_prices[-1].credits != expected[last]:
            stale.append(final_prices[-1] if final_prices else Shown(0, None, True, last))
        estimates_off = [s for s in shown if not s.final and s.credits is not None
                         and s.credits != expected[s.aoi_index]]
        controller.shutdown()
        tasks.cancel_all()

    output.add(Measure(
        f"{CASE}.requests", CASE, requests_sent, "requests", EDITS, "naive: one request per edit", 2, ON_VALUE,
        f"cost requests sent for {EDITS} AOI edits in {(EDITS - 1) * EDIT_EVERY_MS / 1000:.1f} s",
        {"edits": EDITS, "controller_sent_count": controller.requests_sent}))
    output.add(Measure(
        f"{CASE}.stale_values", CASE, len(stale), "values", None, "", 0, ON_VALUE,
        "server prices shown that belong to an older AOI",
        {"final_prices_shown": len(final_prices), "expected_last": expected[last],
         "shown_last": final_prices[-1].credits if final_prices else None,
         "local_estimates_differing_from_server": len(estimates_off)}))
    output.add(Measure(
        f"{CASE}.final_price_latency_ms", CASE, (answered - last_edit_at) * 1000.0, "ms", None, "", None, ON_VALUE,
        "last edit to the server's price on screen (debounce included)"))
    output.add(Measure(
        "gui_stall.cost_update", "gui_stall", stall.longest_gap_ms, "ms", idle.longest_gap_ms,
        "idle GUI thread, same ticker", 50.0, ON_VALUE, "longest GUI freeze during the burst of cost updates",
        {"gaps_over_50ms": stall.gaps_over_50ms, "window_ms": round(stall.duration_ms)}))
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
