"""The first view of a result's vector tiles, as a QGIS canvas opened on the whole result asks for them.

For a "first view cold" measure: inject the result (``synthetic.write_buildings_geojson`` over the processing's
``result.geojson``), prepare it as publishing does (``prepare_injected_result``), start or restart the sandbox so
nothing is in its memory, then ``fetch_first_view``. The tiles come in parallel, as QGIS fetches them."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import requests

QGIS_PARALLEL_REQUESTS = 6  # what QGIS's network manager runs at once against one host


@dataclass
class FirstView:
    zoom: int
    tiles: int
    seconds: float  # from the first request sent to the last tile received
    slowest_tile_s: float
    bytes: int
    empty_tiles: int


def prepare_injected_result(result_path: Path, canvas_px: tuple = (1000, 700)) -> dict:
    """Index a result written by hand and encode its first-view tiles, as the sandbox does when it publishes one."""
    from sandbox.tiles.vector import prepare_result_tiles

    return prepare_result_tiles(Path(result_path), canvas_px)


def first_view_addresses(bounds_lonlat: tuple, canvas_px: tuple = (1000, 700)) -> tuple:
    """(zoom, [(x, y), ...]) QGIS asks for when a canvas of ``canvas_px`` zooms to ``bounds_lonlat``."""
    from sandbox.tiles.first_view import first_view_tiles

    return first_view_tiles(bounds_lonlat, canvas_px, depth=1)[0]


def fetch_first_view(root_url: str, processing_id: str, bounds_lonlat: Optional[tuple] = None,
                     canvas_px: tuple = (1000, 700), session: Optional[requests.Session] = None) -> FirstView:
    """GET every first-view tile of a processing's vector layer (``root_url`` without ``/rest``). ``bounds_lonlat``
    is what the canvas zooms to, the result's own extent; by default the TileJSON's bounds (the AOI's)."""
    session = session or requests.Session()
    if bounds_lonlat is None:
        tilejson = session.get(f"{root_url}/api/layers/{processing_id}.json", timeout=60)
        tilejson.raise_for_status()
        bounds_lonlat = tuple(tilejson.json()["bounds"])
    zoom, addresses = first_view_addresses(bounds_lonlat, canvas_px)

    def get(address):
        started = time.perf_counter()
        response = session.get(f"{root_url}/api/layers/{processing_id}/tiles/{zoom}/{address[0]}/{address[1]}"
                               ".vector.pbf", headers={"Accept-Encoding": "gzip"}, timeout=600)
        response.raise_for_status()
        return time.perf_counter() - started, len(response.content)

    started = time.perf_counter()
    with ThreadPoolExecutor(QGIS_PARALLEL_REQUESTS) as pool:
        answers = list(pool.map(get, addresses))
    seconds = time.perf_counter() - started
    return FirstView(zoom=zoom, tiles=len(addresses), seconds=seconds,
                     slowest_tile_s=max((s for s, _ in answers), default=0.0),
                     bytes=sum(n for _, n in answers), empty_tiles=sum(1 for _, n in answers if n == 0))
