"""What QGIS 3.22 itself makes of the tile endpoints: it fetches and draws the vector tiles (source layer
``vector_layer``), takes an empty 200 answer for an empty tile without errors, and draws the imagery tiles.

QGIS downloads tiles on its own network stack while the test thread waits in C++, so the server runs in a child
process here (a server thread in this process could starve of the GIL)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from qgis.core import (QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsRasterLayer, QgsRectangle, QgsVectorTileLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from sandbox.engine.geo import lonlat_to_merc
from tests.sandbox.test_tiles_support import PLACE, fill_data_dir
from tests.sandbox_fixture import free_port

REPO = Path(__file__).resolve().parents[2]
SERVE = """
import sys, uvicorn
from types import SimpleNamespace
from pathlib import Path
from fastapi import FastAPI
from sandbox.tiles.routes import router
app = FastAPI()
app.state.config = SimpleNamespace(data_dir=Path(sys.argv[1]), public_url=sys.argv[2])
app.include_router(router)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[3]), log_level="warning")
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("qgis-tiles")
    fill_data_dir(data_dir)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-c", SERVE, str(data_dir), url, str(port)], cwd=REPO)
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"{url}/api/layers/full.json", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            raise RuntimeError("tile server did not start")
        time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def xyz_uri(url: str, zmax: int) -> str:
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", url)
    uri.setParam("zmin", "0")
    uri.setParam("zmax", str(zmax))
    return bytes(uri.encodedUri()).decode()


def render(layer, west: float, south: float, east: float, north: float):
    """Draw ``layer`` for a lon/lat box into a 512 px image; returns (share of painted pixels, errors)."""
    (x0, x1), (y0, y1) = lonlat_to_merc([west, east], [south, north])
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(QgsRectangle(float(x0), float(y0), float(x1), float(y1)))
    settings.setOutputSize(QSize(512, 512))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    painted = sum(1 for x in range(0, 512, 4) for y in range(0, 512, 4)
                  if QColor.fromRgba(image.pixel(x, y)).alpha() > 0)
    return painted / (128 * 128), [e.message for e in job.errors()]


AREA = (PLACE[0], PLACE[1], PLACE[0] + 0.0032, PLACE[1] + 0.0018)


def test_qgis_draws_the_vector_tiles(served, qgis_app):
    layer = QgsVectorTileLayer(xyz_uri(f"{served}/api/layers/full/tiles/{{z}}/{{x}}/{{y}}.vector.pbf", 18), "result")
    assert layer.isValid()
    painted, errors = render(layer, *AREA)
    assert errors == []
    assert painted > 0.03, "buildings were drawn"


def test_qgis_accepts_empty_tiles(served, qgis_app):
    layer = QgsVectorTileLayer(xyz_uri(f"{served}/api/layers/empty/tiles/{{z}}/{{x}}/{{y}}.vector.pbf", 18), "empty")
    assert layer.isValid()
    painted, errors = render(layer, *AREA)
    assert errors == [] and painted == 0


def test_qgis_draws_the_imagery_tiles(served, qgis_app):
    layer = QgsRasterLayer(xyz_uri(f"{served}/api/rasters/full/tiles/{{z}}/{{x}}/{{y}}.png", 18), "imagery", "wms")
    assert layer.isValid()
    painted, errors = render(layer, *AREA)
    assert errors == []
    assert painted > 0.9
