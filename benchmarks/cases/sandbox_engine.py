"""Case 5, sandbox engine: wall time of a Buildings processing of 1 km² at zoom 18 on the demo imagery, created
over HTTP and polled (every 100 ms) until OK (three runs, median), against the time to only make and decode the
same tiles (the engine's own tile assembly, ``mosaic_tiles``, with a loader that renders each demo tile to PNG as the
tile server does and decodes it as the HTTP loader does, with the engine's demo parallelism). Then the API latency
(p50, p95) of the dock's list call (``POST .../processings/v2/page``) and of ``GET /processings/{id}/v2`` while two
such processings run (the sandbox's two workers busy), against the same calls on the idle server."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Dict, List

import requests

from ..harness.case_cli import case_main
from ..harness.sandbox import MOSCOW, buildings_request, demo_client, running_sandbox, square_aoi
from ..harness.stats import median, percentile
from ..measures import ON_RATIO, ON_VALUE, CaseOutput, Measure

CASE = "sandbox_engine"
AREA_KM2, QUICK_AREA_KM2 = 1.0, 0.25
REPEATS, QUICK_REPEATS = 3, 1
ZOOM = 18
RATIO_TARGET = 3.0
P95_TARGET_MS = 100.0
IDLE_CALLS = 40
SAMPLE_PAUSE_S = 0.05
RUN_TIMEOUT_S = 240


def fetch_and_decode_seconds(aoi: dict, zoom: int) -> tuple:
    """The floor of a processing: make and decode every tile of the AOI the way the engine assembles them."""
    from shapely.geometry import shape

    from sandbox.engine.demo.render import demo_tile_png
    from sandbox.engine.fetch import DEMO_WORKERS
    from sandbox.engine.geo import tiles_covering, to_merc, window_for_bounds, zoom_resolution
    from sandbox.engine.sources.mosaic import mosaic_tiles
    from sandbox.engine.sources.tile_loaders import decode_tile

    def png_loader(z: int, x: int, y: int):
        return decode_tile(demo_tile_png(z, x, y), f"{z}/{x}/{y}")

    geometry = shape(aoi)
    window = window_for_bounds(to_merc(geometry).bounds, zoom_resolution(zoom))
    tiles = tiles_covering(geometry.bounds, zoom)
    started = time.perf_counter()
    mosaic_tiles(png_loader, zoom, window, tiles, on_tile=lambda done, total: None, should_cancel=lambda: False,
                 workers=DEMO_WORKERS)
    return time.perf_counter() - started, len(tiles)


def _latencies(client, project_id: str, processing_id: str, keep_going, minimum: int = 0) -> Dict[str, List[float]]:
    """Alternate the list and get calls, timing each, while ``keep_going()`` (and at least ``minimum`` rounds)."""
    samples = {"list": [], "get": []}
    rounds = 0
    while keep_going() or rounds < minimum:
        started = time.perf_counter()
        client.processings_page(project_id, limit=30)
        samples["list"].append((time.perf_counter() - started) * 1000.0)
        started = time.perf_counter()
        client.get_processing(processing_id)
        samples["get"].append((time.perf_counter() - started) * 1000.0)
        rounds += 1
        time.sleep(SAMPLE_PAUSE_S)
    return samples


def _aoi_stages(server, processing_id: str) -> List[str]:
    """The sandbox's AOI views carry the engine stage (an extension the API client does not read)."""
    response = requests.get(f"{server.base_url}/processings/{processing_id}/aois",
                            headers={"Authorization": f"Basic {server.token}"}, timeout=30)
    response.raise_for_status()
    return [part.get("stage") for part in response.json()]


def timed_processing(client, server, project, aoi: dict, name: str) -> tuple:
    """Create over HTTP and poll every 100 ms until final; returns (processing, seconds, seconds per stage).

    Stages come from the AOI's ``stage`` (fetch, detect, postprocess, publish) as the poll sees it change."""
    started = time.perf_counter()
    created = client.create_processing(buildings_request(project, aoi, name, ZOOM))
    stage_seen: Dict[str, float] = {}
    deadline = started + RUN_TIMEOUT_S
    while True:
        processing = client.get_processing(created.id)
        now = time.perf_counter()
        if processing.is_terminal:
            break
        for stage in _aoi_stages(server, created.id):
            if stage and stage not in stage_seen:
                stage_seen[stage] = now
        if now > deadline:
            raise TimeoutError(f"{name} not final after {RUN_TIMEOUT_S} s")
        time.sleep(0.1)
    if processing.status_text != "OK":
        raise RuntimeError(f"the processing ended {processing.status_text}: {processing.error_texts}")
    marks = sorted(stage_seen.items(), key=lambda item: item[1]) + [("end", now)]
    stages = {stage: round(marks[i + 1][1] - at, 2) for i, (stage, at) in enumerate(marks[:-1])}
    if marks[:-1]:
        stages["queue_and_start"] = round(marks[0][1] - started, 2)
    return processing, now - started, stages


def run(work: Path, quick: bool) -> CaseOutput:
    output = CaseOutput(CASE)
    area = QUICK_AREA_KM2 if quick else AREA_KM2
    repeats = QUICK_REPEATS if quick else REPEATS
    aoi = square_aoi(area)
    with running_sandbox(work / "sandbox") as server:
        client = demo_client(server)
        project = client.create_project("Benchmark: engine")
        engine_runs, baselines = [], []
        for number in range(repeats):  # interleaved: other load on the machine weighs on both alike
            baseline_s, tile_count = fetch_and_decode_seconds(aoi, ZOOM)
            baselines.append(baseline_s)
            engine_runs.append(timed_processing(client, server, project, aoi, f"Engine {area:g} km² #{number + 1}"))
        processing = engine_runs[0][0]

        idle = _latencies(client, project.id, processing.id, lambda: False, minimum=IDLE_CALLS)
        lon, lat = MOSCOW
        running = [client.create_processing(buildings_request(
            project, square_aoi(area, (lon + shift, lat)), f"Concurrent {number}", ZOOM)).id
            for number, shift in enumerate((0.03, -0.03), start=1)]
        state = {"open": set(running)}

        def still_running() -> bool:
            for pid in list(state["open"]):
                if client.get_processing(pid).is_terminal:
                    state["open"].discard(pid)
            return bool(state["open"])

        busy_started = time.perf_counter()
        busy = _latencies(client, project.id, running[0], still_running)
        busy_s = time.perf_counter() - busy_started
        ended = [client.get_processing(pid).status_text for pid in running]

    engine_s = median([seconds for _, seconds, _ in engine_runs])
    middle_stages = sorted(engine_runs, key=lambda run: run[1])[(len(engine_runs) - 1) // 2][2]
    measure = output.add(Measure(
        f"{CASE}.processing_time", CASE, engine_s, "s", median(baselines),
        f"make + decode the same {tile_count} tiles", RATIO_TARGET, ON_RATIO,
        f"Buildings processing of {area:g} km² at zoom {ZOOM}, create to OK (median of {repeats})",
        {"tiles": tile_count, "engine_samples_s": [round(seconds, 2) for _, seconds, _ in engine_runs],
         "fetch_decode_samples_s": [round(seconds, 2) for seconds in baselines], "stages_s": middle_stages}))
    if measure.passed is False:
        output.notes.append(
            f"The {area:g} km² processing took {engine_s:.1f} s against {median(baselines):.1f} s to make and decode "
            f"its {tile_count} tiles (ratio {measure.ratio:.2f}, target {RATIO_TARGET:g}). Time per stage as the poll "
            f"saw it: " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in middle_stages.items()) + ".")
    for call in ("list", "get"):
        for name, fraction, target in (("p50", 0.5, None), ("p95", 0.95, P95_TARGET_MS)):
            output.add(Measure(
                f"{CASE}.{call}_{name}_ms", CASE, percentile(busy[call], fraction), "ms",
                percentile(idle[call], fraction), f"{name} on the idle server", target, ON_VALUE,
                f"{name} latency of {'the processing page (list)' if call == 'list' else 'GET processing'} "
                f"while two processings run",
                {"samples": len(busy[call]), "max_ms": round(max(busy[call]), 1),
                 "idle_median_ms": round(median(idle[call]), 1)}))
    output.notes.append(f"The two concurrent processings ran {busy_s:.1f} s and ended {', '.join(ended)}.")
    return output


if __name__ == "__main__":
    raise SystemExit(case_main(CASE, run))
