"""A sandbox server of its own for a case (the same launcher the tests use), and data made through its store."""
from __future__ import annotations

import contextlib
import dataclasses
import math
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator, List

from .workspace import make_plugin_importable

DEMO_PROVIDER = "Sandbox_Demo"
BUILDINGS = "🏠 Buildings"
MOSCOW = (37.60, 55.70)  # lon, lat of the demo imagery the benchmarks use
KM_PER_DEGREE_LAT = 111.195


@contextlib.contextmanager
def running_sandbox(data_dir: Path, *extra_args: str) -> Iterator["object"]:
    """Start ``python -m sandbox serve --demo`` on a free port with its own data dir; stop it afterwards."""
    from tests.sandbox_fixture import start_sandbox

    server = start_sandbox(Path(data_dir), *extra_args)
    try:
        yield server
    finally:
        server.stop()


def demo_client(server, session=None):
    make_plugin_importable()
    from mapflow_processing.api.client import MapflowClient

    return MapflowClient(server.base_url, server.token, session=session)


def square_aoi(area_km2: float, centre=MOSCOW) -> dict:
    """A GeoJSON square of about ``area_km2`` (ground) centred on ``centre``."""
    lon, lat = centre
    half_side_km = math.sqrt(area_km2) / 2.0
    d_lat = half_side_km / KM_PER_DEGREE_LAT
    d_lon = half_side_km / (KM_PER_DEGREE_LAT * math.cos(math.radians(lat)))
    ring = [[lon - d_lon, lat - d_lat], [lon + d_lon, lat - d_lat], [lon + d_lon, lat + d_lat],
            [lon - d_lon, lat + d_lat], [lon - d_lon, lat - d_lat]]
    return {"type": "Polygon", "coordinates": [[[round(x, 7), round(y, 7)] for x, y in ring]]}


def buildings_request(project, aoi: dict, name: str, zoom: int = 18):
    """A Buildings processing on the demo imagery, as the plugin builds it."""
    from mapflow_processing.api.models import DataProviderSource, ProcessingRequest

    model = next(m for m in project.workflow_defs if "Buildings" in m.name)
    return ProcessingRequest.for_model(model, aoi, DataProviderSource(DEMO_PROVIDER, zoom), name=name,
                                       project_id=project.id)


def wait_until_final(client, processing_id: str, timeout_s: float, poll_s: float = 0.1):
    """Poll the API until the processing is final; returns it and the moment it was first seen final."""
    deadline = time.monotonic() + timeout_s
    while True:
        processing = client.get_processing(processing_id)
        if processing.is_terminal:
            return processing, time.perf_counter()
        if time.monotonic() > deadline:
            raise TimeoutError(f"processing {processing_id} not final after {timeout_s:.0f} s "
                               f"(status {processing.status_text})")
        time.sleep(poll_s)


SCALE_AT_ZOOM_0 = 559082264.0287178  # the map scale QGIS's vector tiles take as zoom 0 (GoogleMapsCompatible)


def vector_tile_zoom(scale: float, minzoom: int = 0, maxzoom: int = 18) -> int:
    """The tile zoom QGIS 3.22 draws a vector tile layer at for a map scale: log2(scale at zoom 0 / scale) − 1,
    rounded (its scaleToZoomLevel), within the layer's zooms. Checked against the tiles QGIS asks the sandbox for."""
    return min(maxzoom, max(minzoom, int(round(math.log2(SCALE_AT_ZOOM_0 / scale) - 1))))


def clone_processings(server, template_id: str, count: int, statuses=("OK", "OK", "OK", "FAILED")) -> List[str]:
    """``count`` copies of one real processing row, written through the sandbox's own store (one partition each),
    with distinct ids, names, creation times and statuses. Far quicker than running ``count`` processings."""
    from sandbox.store import processings as processing_store
    from sandbox.store.db import Database
    from sandbox.util import new_id

    database = Database(Path(server.data_dir) / "sandbox.sqlite3")
    start = datetime.now(timezone.utc) - timedelta(days=30)
    ids = []
    with database.tx() as conn:
        template = processing_store.get_processing(conn, template_id)
        template_parts = processing_store.partitions_of(conn, template_id)
        for number in range(count):
            moment = (start + timedelta(minutes=number)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            status = statuses[number % len(statuses)]
            copy = dataclasses.replace(template, id=new_id(), name=f"Bench processing {number + 1:04d}",
                                       status=status, created=moment, updated=moment, completed=moment,
                                       messages=template.messages if status == "FAILED" else [])
            processing_store.insert_processing(conn, copy)
            for part in template_parts:
                processing_store.insert_partition(conn, new_id(), copy.id, part.idx, part.geometry, part.area,
                                                  status, copy.messages)
            ids.append(copy.id)
    return ids


def set_statuses(server, processing_ids: List[str], status: str) -> None:
    """Change processings' status through the store, as the worker pool does when partitions end."""
    from sandbox.store import processings as processing_store
    from sandbox.store.db import Database

    database = Database(Path(server.data_dir) / "sandbox.sqlite3")
    with database.tx() as conn:
        for processing_id in processing_ids:
            processing_store.update_processing(conn, processing_id, status=status, messages=[])
