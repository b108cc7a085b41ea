"""A partition runner driven by its source URL, to test the worker pool's mechanics deterministically.

The real engine (sandbox.engine) is exercised by test_pipeline_real_engine.py; this runner lets tests choose
exactly when a partition fails, crashes, is slow or burns CPU. It honours the same interface
(sandbox.engine.interface) and writes a real GeoJSON result. Directives come from the XYZ URL's query, e.g.
``https://scripted.test/{z}/{x}/{y}.png?fail=detect&delay=0.2``:

- ``delay=S``: sleep S seconds per stage (reporting progress, honouring should_cancel);
- ``busy=S``: burn CPU for S seconds per stage;
- ``fail=STAGE``: raise StageError at that stage; ``failonce=STAGE``: only on the first attempt;
- ``only=LON``: apply fail/failonce only to AOIs whose west edge is at or east of LON;
- ``crash=1``: raise an unexpected exception.
Every run appends its start stage to ``work_dir/starts.txt`` so that tests can check where a restart resumed.
"""
from __future__ import annotations

import json
import time
from urllib.parse import parse_qs, urlparse

from shapely.geometry import shape

from sandbox.engine.interface import STAGES, PartitionCancelled, PartitionOutput, StageError


def _directives(job) -> dict:
    url = job.source.url or ""
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


def _wait(seconds: float, busy: bool, should_cancel) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if should_cancel():
            raise PartitionCancelled()
        if busy:
            total = 0
            for i in range(200_000):
                total += i * i
        else:
            time.sleep(0.02)


def run_partition(job, progress_cb, should_cancel) -> PartitionOutput:
    options = _directives(job)
    with open(job.work_dir / "starts.txt", "a", encoding="utf-8") as handle:
        handle.write(job.start_stage + "\n")
    marker = job.work_dir / "failed-once"
    if "only" in options and shape(job.geometry).bounds[0] < float(options["only"]):
        options.pop("fail", None)
        options.pop("failonce", None)
    for index, stage in enumerate(STAGES[STAGES.index(job.start_stage):], start=STAGES.index(job.start_stage)):
        progress_cb(index / len(STAGES), stage)
        if options.get("crash"):
            raise RuntimeError("scripted crash")
        if options.get("fail") == stage:
            raise StageError("dataloader.TileNotLoaded", {"tile_location": "18/1/1", "status": 503}, stage=stage)
        if options.get("failonce") == stage and not marker.exists():
            marker.write_text("x")
            raise StageError("dataloader.TileNotLoaded", {"tile_location": "18/1/1", "status": 503}, stage=stage)
        _wait(float(options.get("delay", 0)), False, should_cancel)
        _wait(float(options.get("busy", 0)), True, should_cancel)
        progress_cb((index + 1) / len(STAGES), stage)
    geom = shape(job.geometry)
    features = [{"type": "Feature", "id": n, "geometry": json.loads(json.dumps(job.geometry)),
                 "properties": {"id": n, "object_type": "buildings", "area": 100}} for n in (1, 2)]
    result = job.work_dir / "result.geojson"
    result.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return PartitionOutput(result_path=result, raster_path=None, feature_count=len(features), bounds=geom.bounds)
