"""Case 5, sandbox engine: wall time of a Buildings processing of 1 km² at zoom 18 on the demo imagery, created
over HTTP and polled (every 100 ms) until OK (three runs, median), against an independent floor: GDAL alone reading
the same imagery through its own tile driver (a GDAL WMS/TMS description of the sandbox's demo tile service,
``/api/demo/tiles/{z}/{x}/{y}.png``, no disk cache, as many connections as the engine's demo fetch uses) into a
GeoTIFF over an AOI of the same size at the same zoom. Getting the AOI's pixels from the tile service is the least
any processing of that imagery must do, and none of the engine's code is in it (the old floor was the engine's own
fetch stage, which could only flatter the engine). Each GDAL read is of a fresh place (an AOI of the same size
further east each time), so the tile service's cache never serves it. Then the API latency
(p50, p95) of the dock's list call (``POST .../processings/v2/page``) and of ``GET /processings/{id}/v2`` while two
such processings run (the sandbox's two workers busy), against the same calls on the idle server."""
from __future__ import annotations

import math
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


GDAL_CONNECTIONS = 2  # the engine's demo fetch runs 2 workers (sandbox/engine/fetch.py DEMO_WORKERS)
FLOOR_SHIFT_DEG = 0.05  # each GDAL read is this much further east: fresh tiles, never the tile service's cache
HALF_WORLD = 20037508.342789244


def _merc(lon: float, lat: float) -> tuple:
    return (lon * HALF_WORLD / 180.0,
            math.log(math.tan(math.radians(90.0 + lat) / 2.0)) * 6378137.0)


def tile_service_xml(root_url: str, zoom: int, connections: int) -> str:
    """A GDAL WMS description (TMS mini-driver) of the sandbox's demo XYZ tiles at ``zoom``, without a disk cache."""
    return (f"<GDAL_WMS><Service name=\"TMS\"><ServerUrl>{root_url}/api/demo/tiles/${{z}}/${{x}}/${{y}}.png"
            f"</ServerUrl></Service><DataWindow><UpperLeftX>{-HALF_WORLD}</UpperLeftX><UpperLeftY>{HALF_WORLD}"
            f"</UpperLeftY><LowerRightX>{HALF_WORLD}</LowerRightX><LowerRightY>{-HALF_WORLD}</LowerRightY>"
            f"<TileLevel>{zoom}</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
            f"<YOrigin>top</YOrigin></DataWindow><Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX>"
            f"<BlockSizeY>256</BlockSizeY><BandsCount>3</BandsCount><MaxConnections>{connections}</MaxConnections>"
            f"</GDAL_WMS>")


def tiles_in(bounds_merc: tuple, zoom: int) -> int:
    """How many tiles at ``zoom`` an EPSG:3857 rectangle touches."""
    size = 2 * HALF_WORLD / 2 ** zoom
    west, south, east, north = bounds_merc
    columns = math.floor((east + HALF_WORLD) / size) - math.floor((west + HALF_WORLD) / size) + 1
    rows = math.floor((HALF_WORLD - south) / size) - math.floor((HALF_WORLD - north) / size) + 1
    return columns * rows


def gdal_floor_seconds(server, aoi: dict, zoom: int, target: Path) -> tuple:
    """GDAL reading the AOI's imagery from the tile service into a GeoTIFF: (seconds, tiles read)."""
    from osgeo import gdal

    ring = aoi["coordinates"][0]
    west, south = _merc(min(x for x, _ in ring), min(y for _, y in ring))
    east, north = _merc(max(x for x, _ in ring), max(y for _, y in ring))
    started = time.perf_counter()
    source = gdal.Open(tile_service_xml(server.root_url, zoom, GDAL_CONNECTIONS))
    out = gdal.Translate(str(target), source, projWin=[west, north, east, south], format="GTiff")
    if out is None:
        raise RuntimeError(f"GDAL could not read the demo tiles: {gdal.GetLastErrorMsg()}")
    pixels = out.RasterXSize * out.RasterYSize
    out, source = None, None  # closes the file: the write is part of the floor
    took = time.perf_counter() - started
    target.unlink()
    if not pixels:
        raise RuntimeError("GDAL read an empty window")
    return took, tiles_in((west, south, east, north), zoom)


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
        lon, lat = MOSCOW
        for number in range(repeats):  # interleaved: other load on the machine weighs on both alike
            fresh = square_aoi(area, (lon + FLOOR_SHIFT_DEG * (number + 1), lat))
            baseline_s, tile_count = gdal_floor_seconds(server, fresh, ZOOM, work / "gdal-floor.tif")
            baselines.append(baseline_s)
            engine_runs.append(timed_processing(client, server, project, aoi, f"Engine {area:g} km² #{number + 1}"))
        processing = engine_runs[0][0]

        idle = _latencies(client, project.id, processing.id, lambda: False, minimum=IDLE_CALLS)
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
        f"GDAL reading {tile_count} tiles of the same area and zoom", RATIO_TARGET, ON_RATIO,
        f"Buildings processing of {area:g} km² at zoom {ZOOM}, create to OK (median of {repeats})",
        {"tiles": tile_count, "engine_samples_s": [round(seconds, 2) for _, seconds, _ in engine_runs],
         "gdal_floor_samples_s": [round(seconds, 2) for seconds in baselines], "gdal_connections": GDAL_CONNECTIONS,
         "stages_s": middle_stages}))
    if measure.passed is False:
        output.notes.append(
            f"The {area:g} km² processing took {engine_s:.1f} s against {median(baselines):.1f} s for GDAL to read "
            f"the {tile_count} tiles of such an area (ratio {measure.ratio:.2f}, target {RATIO_TARGET:g}). Time per "
            f"stage as the poll saw it: "
            + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in middle_stages.items()) + ".")
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
