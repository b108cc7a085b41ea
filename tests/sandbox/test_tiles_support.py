"""Shared by the tile tests (no tests here): a data folder filled by real engine runs, served by the tile router
in a real uvicorn server on a free loopback port."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import uvicorn
from fastapi import FastAPI

from sandbox.tiles.routes import router
from tests.sandbox.test_engine_sources import write_geotiff
from tests.sandbox.test_engine_support import make_job, run, square

PUBLIC = "http://sandbox.example:8765"
PLACE = (37.554, 55.70)  # a 200 m square with about 40 houses
AOI = square(*PLACE, 200)


@dataclass
class TileSite:
    url: str  # where the test reaches the server
    data_dir: Path
    server: uvicorn.Server

    def get(self, path: str, **kwargs):
        import requests

        return requests.get(self.url + path, timeout=30, **kwargs)


def fill_data_dir(data_dir: Path) -> None:
    """processings/full (buildings result + imagery of two AOIs), processings/empty (no features),
    rasters/mosaic-1/{img-a,img-b}.tif (uploaded-style GeoTIFFs)."""
    for name, aoi in (("a1", AOI), ("a2", square(PLACE[0] + 0.004, PLACE[1], 150))):
        work = data_dir / "processings" / "full" / "aois" / name
        run(make_job(work, aoi, "buildings", blocks={"Classification": True}))
    # the API side merges AOI results into the processing's result.geojson; two AOIs -> concatenate
    import json

    features = []
    for part in sorted((data_dir / "processings" / "full" / "aois").glob("*/result.geojson")):
        features += json.loads(part.read_text())["features"]
    for index, feature in enumerate(features, start=1):
        feature["properties"]["id"] = index
    (data_dir / "processings" / "full" / "result.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}))
    empty = data_dir / "processings" / "empty"
    (empty / "aois" / "x").mkdir(parents=True)
    shutil.copy(data_dir / "processings" / "full" / "aois" / "a1" / "imagery.tif", empty / "aois" / "x")
    (empty / "result.geojson").write_text('{"type": "FeatureCollection", "features": []}')
    mosaic = data_dir / "rasters" / "mosaic-1"
    mosaic.mkdir(parents=True)
    write_geotiff(mosaic / "img-a.tif", 37.56, 55.705, 200, 0.5, 32637)
    write_geotiff(mosaic / "img-b.tif", 37.563, 55.705, 200, 0.5, 3857, alpha=True)


def start_site(data_dir: Path) -> TileSite:
    app = FastAPI()
    app.state.config = SimpleNamespace(data_dir=data_dir, public_url=PUBLIC)
    app.include_router(router)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("tile server did not start")
        time.sleep(0.02)
    return TileSite(f"http://127.0.0.1:{port}", data_dir, server)


def stop_site(site: TileSite) -> None:
    site.server.should_exit = True
