"""Case 4, cost preview: a burst of 20 AOI edits within 2 s (one every 100 ms, each a different area so each has a
different price) into the dock's real cost controller (``ui/cost_controller.py`` over ``core.pricing.CostPreview``)
with a real Qt event loop against the sandbox. Requests are counted by an adapter on the client's HTTP session;
a stale value is a server price shown for an AOI other than the one on screen at that moment (or a last price that
is not the last AOI's). The baseline is measured, not assumed: a naive controller written here (what a plugin without
debounce or ordering does: every AOI edit sends a cost request at once in a QgsTask through the same client, and
every answer is shown when it arrives) driven by the same bursts, counted by the same adapter; its stale values and
latency are shown as baselines too. Also gives case 2's stall during the burst (a 10 ms ticker on the GUI thread),
on an idle machine and with another process busy on one core. Three bursts each: the worst request count, all stale
values, the median freeze."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import List

from ..harness.busy import busy_core
from ..harness.case_cli import case_main
from ..harness.dock import counting_session, services, signed_in_state
from ..harness.qgis_app import run_until, spin, start_qgis
from ..harness.sandbox import DEMO_PROVIDER, demo_client, running_sandbox, square_aoi
from ..harness.stall import StallTicker, StallWindow, idle_baseline
from ..harness.stats import median
from ..measures import ON_VALUE, CaseOutput, Measure

CASE = "cost_preview"
EDITS = 20
EDIT_EVERY_MS = 100  # 20 edits in 1.9 s
ZOOM = 18
SETTLE_S = 1.5  # after the final price, keep watching for late answers
BURSTS, QUICK_BURSTS = 3, 1


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


def _expected_costs(server, project, model_pick, source_pick, selections) -> List[int]:
    """The server's price of each AOI, asked beforehand with a draft and a client of their own (not counted)."""
    from mapflow_processing.ui.draft import ProcessingDraft

    checker, draft = demo_client(server), ProcessingDraft()
    draft.set_model(model_pick)
    draft.set_source(source_pick)
    costs = []
    for selection in selections:
        draft.set_aoi(selection)
        costs.append(checker.processing_cost(draft.cost_request(project.id)))
    if len(set(costs)) != len(costs):
        raise RuntimeError(f"the AOIs must have distinct prices to tell stale values apart: {costs}")
    return costs


@dataclass(frozen=True)
class NaiveView:
    credits: object
    final: bool = True


def naive_controller_class():
    """The naive controller's class (made on first use: it derives from a Qt class, available once QGIS runs)."""
    from qgis.core import QgsApplication, QgsTask
    from qgis.PyQt.QtCore import QObject, pyqtSignal

    class NaiveCostController(QObject):
        """One cost request per AOI edit, sent at once; every answer shown when it arrives, whatever its age."""

        cost_changed = pyqtSignal(object)  # NaiveView, like the real controller's view

        def __init__(self, client, draft, project_id: str):
            super().__init__()
            self.client, self.draft, self.project_id = client, draft, project_id
            self._tasks: list = []  # referenced until they end (the task manager does not keep Python objects)
            draft.changed.connect(self._edited)

        def _edited(self) -> None:
            if not self.draft.complete:
                return
            request = self.draft.cost_request(self.project_id)
            task = QgsTask.fromFunction("Cost (naive)", lambda _task: self.client.processing_cost(request),
                                        on_finished=self._answered)
            self._tasks.append(task)
            QgsApplication.taskManager().addTask(task)

        def _answered(self, exception, credits=None) -> None:
            self._tasks = [task for task in self._tasks if task.status() not in (QgsTask.Complete,
                                                                                 QgsTask.Terminated)]
            if exception is None:
                self.cost_changed.emit(NaiveView(credits))

        def shutdown(self) -> None:
            self.draft.changed.disconnect(self._edited)
            for task in self._tasks:
                task.waitForFinished(5000)

    return NaiveCostController


@dataclass(frozen=True)
class Burst:
    requests: int
    stale: int
    final_prices: int
    estimates_off: int  # local estimates that differ from the server's price (informative)
    final_latency_ms: float
    window: StallWindow


class _BurstDriver:
    """Plays the edits from the event loop on a timer, as a user dragging vertices would, and watches the price."""

    def __init__(self, controller, draft, counter, selections, expected):
        self.controller, self.draft, self.counter = controller, draft, counter
        self.selections, self.expected = selections, expected
        self.current = -1
        self.last_edit_at = 0.0
        self.shown: List[Shown] = []
        if hasattr(controller, "cost_changed"):  # the naive controller hands its view over
            controller.cost_changed.connect(self._show)
        else:  # the plugin's cost section writes the cost line into the draft
            draft.cost_changed.connect(lambda: self._show(draft.cost))
        self.ticker = StallTicker()
        self.ticker.start()

    def _show(self, view) -> None:
        self.shown.append(Shown(time.perf_counter(), view.credits, view.final, self.current))

    def _edit(self, index: int) -> None:
        self.current = index
        self.last_edit_at = time.perf_counter()
        self.draft.set_aoi(self.selections[index])

    def burst(self) -> Burst:
        from qgis.PyQt.QtCore import Qt, QTimer

        self.shown = []
        sent_before = self.counter.count("POST", "/processing/cost/v2")
        self.ticker.open_window()
        timers = []
        for index in range(EDITS):
            timer = QTimer()
            timer.setSingleShot(True)
            timer.setTimerType(Qt.PreciseTimer)  # coarse timers may fire early or two edits at once
            timer.timeout.connect(lambda i=index: self._edit(i))
            timer.start(index * EDIT_EVERY_MS)
            timers.append(timer)
        last = EDITS - 1
        answered = run_until(lambda: self.current == last and any(
            s.final and s.aoi_index == last and s.credits is not None for s in self.shown), 30, "the final price")
        window = self.ticker.close_window()
        spin(SETTLE_S)  # late answers to older edits would show up now
        expected = self.expected
        final_prices = [s for s in self.shown if s.final and s.credits is not None]
        stale = [s for s in final_prices if s.credits != expected[s.aoi_index]]
        if not final_prices or final_prices[-1].credits != expected[last]:
            stale.append(final_prices[-1] if final_prices else Shown(0, None, True, last))
        return Burst(requests=self.counter.count("POST", "/processing/cost/v2") - sent_before, stale=len(stale),
                     final_prices=len(final_prices),
                     estimates_off=sum(1 for s in self.shown if not s.final and s.credits is not None
                                       and s.credits != expected[s.aoi_index]),
                     final_latency_ms=(answered - self.last_edit_at) * 1000.0, window=window)


def _stall_measure(name: str, bursts: List[Burst], idle: StallWindow, condition: str) -> Measure:
    middle = sorted(bursts, key=lambda b: b.window.longest_gap_ms)[(len(bursts) - 1) // 2]
    return Measure(
        name, "gui_stall", middle.window.longest_gap_ms, "ms", idle.longest_gap_ms,
        f"idle GUI thread, same ticker{condition}",
        50.0, ON_VALUE, f"longest GUI freeze during a burst of cost updates{condition} (median of {len(bursts)})",
        {"samples_ms": [round(b.window.longest_gap_ms, 1) for b in bursts],
         "gc_in_worst_freeze_ms": round(middle.window.gc_in_worst_gap_ms, 1)})


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    bursts_wanted = QUICK_BURSTS if quick else BURSTS
    start_qgis(work / "profile")
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
        expected = _expected_costs(server, project, model_pick, source_pick, selections)
        driver = _BurstDriver(controller, draft, counter, selections, expected)
        idle = idle_baseline(driver.ticker, 0.5)
        bursts = [driver.burst() for _ in range(bursts_wanted)]
        with busy_core():
            idle_loaded = idle_baseline(driver.ticker, 0.5)
            loaded = [driver.burst() for _ in range(bursts_wanted)]
        driver.ticker.stop()
        controller.shutdown()
        tasks.cancel_all()

        naive_draft = ProcessingDraft()  # a draft of its own: the real controller must not see these edits
        naive_draft.set_model(model_pick)
        naive_draft.set_source(source_pick)
        naive = naive_controller_class()(client, naive_draft, project.id)
        naive_driver = _BurstDriver(naive, naive_draft, counter, selections, expected)
        naive_bursts = [naive_driver.burst() for _ in range(bursts_wanted)]
        naive_driver.ticker.stop()
        naive.shutdown()

    span_s = (EDITS - 1) * EDIT_EVERY_MS / 1000
    naive_requests = median([b.requests for b in naive_bursts])
    output.add(Measure(
        f"{CASE}.requests", CASE, max(b.requests for b in bursts), "requests", naive_requests,
        "naive controller: one request per edit (measured)", 2, ON_VALUE,
        f"cost requests sent for {EDITS} AOI edits in {span_s:.1f} s (worst of {len(bursts)} bursts)",
        {"per_burst": [b.requests for b in bursts], "naive_per_burst": [b.requests for b in naive_bursts]}))
    output.add(Measure(
        f"{CASE}.stale_values", CASE, sum(b.stale for b in bursts), "values", sum(b.stale for b in naive_bursts),
        "naive controller, same bursts", 0, ON_VALUE,
        f"server prices shown that belong to an older AOI ({len(bursts)} bursts)",
        {"final_prices_shown_per_burst": [b.final_prices for b in bursts],
         "naive_prices_shown_per_burst": [b.final_prices for b in naive_bursts],
         "local_estimates_differing_from_server": sum(b.estimates_off for b in bursts)}))
    output.add(Measure(
        f"{CASE}.final_price_latency_ms", CASE, median([b.final_latency_ms for b in bursts]), "ms",
        median([b.final_latency_ms for b in naive_bursts]), "naive controller (no debounce)", None, ON_VALUE,
        "last edit to the server's price on screen (debounce included, median)",
        {"per_burst_ms": [round(b.final_latency_ms) for b in bursts],
         "naive_per_burst_ms": [round(b.final_latency_ms) for b in naive_bursts]}))
    output.add(_stall_measure("gui_stall.cost_update", bursts, idle, ""))
    output.add(_stall_measure("gui_stall.cost_update_loaded", loaded, idle_loaded,
                              ", another process busy on one core"))
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
