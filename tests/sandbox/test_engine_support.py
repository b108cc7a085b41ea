"""Shared helpers of the engine and tile tests (no tests here): AOIs, jobs, and a local tile server that serves
the demo world as XYZ / TMS / Quadkey / WMS, with optional basic auth and injectable failures."""
from __future__ import annotations

import base64
import io
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import mercantile
import numpy as np
from PIL import Image

from sandbox.engine import PartitionJob, SourceSpec, demo_tile_png, run_partition
from sandbox.engine.demo.render import render_window
from sandbox.engine.geo import Window

# a 500 m square with houses, apartments, commercial and industrial buildings, woods of all three height classes
# and a construction site (found by scanning the demo world's ground truth)
RICH_PLACE = (37.55, 55.70)


def square(lon: float, lat: float, metres: float) -> dict:
    """GeoJSON Polygon: a square of ``metres`` on the ground, south-west corner at lon/lat."""
    d_lat = metres / 110_574.0
    d_lon = metres / (111_320.0 * math.cos(math.radians(lat)))
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + d_lon, lat], [lon + d_lon, lat + d_lat],
                                                [lon, lat + d_lat], [lon, lat]]]}


def make_job(work_dir: Path, geometry: dict, model: str = "buildings", source: SourceSpec = None,
             blocks: dict = None, start_stage: str = "fetch") -> PartitionJob:
    return PartitionJob(processing_id="proc", aoi_id="aoi", geometry=geometry, model_key=model,
                        blocks=blocks or {}, source=source or SourceSpec("demo", zoom=18), work_dir=Path(work_dir),
                        start_stage=start_stage)


class Recorder:
    """Progress callback that keeps every report."""

    def __init__(self):
        self.reports = []

    def __call__(self, fraction: float, stage: str) -> None:
        self.reports.append((fraction, stage))

    @property
    def fractions(self) -> list:
        return [f for f, _ in self.reports]


def run(job: PartitionJob, cancel=lambda: False):
    recorder = Recorder()
    return run_partition(job, recorder, cancel), recorder


class TileServer:
    """An HTTP server on 127.0.0.1 in a thread. Paths:
    /xyz/{z}/{x}/{y}.png, /tms/{z}/{x}/{y}.png (rows from the south), /qk/{quadkey}.png, /wms?...BBOX=...,
    /wm/{z}/{x}/{y}.png (an EPSG:3395 tile pyramid), /missing/... (404), /garbage/... (bytes that are no image),
    /empty/... (204), /clear/... (transparent PNG),
    /flaky/... (503 on the first request for each tile, then the tile)."""

    def __init__(self, login: str = None, password: str = None):
        self.credentials = (login, password) if login else None
        self.requests = []
        self._seen = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append(self.path)
                if server.credentials and not server._authorised(self.headers.get("Authorization", "")):
                    self.send_response(401)
                    self.end_headers()
                    return
                status, body = server._answer(self.path)
                self.send_response(status)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _authorised(self, header: str) -> bool:
        expected = base64.b64encode(":".join(self.credentials).encode()).decode()
        return header == f"Basic {expected}"

    def _answer(self, path: str):
        parts = urlsplit(path)
        segments = [s for s in parts.path.split("/") if s]
        kind = segments[0]
        if kind == "wms":
            query = {k.upper(): v[0] for k, v in parse_qs(parts.query).items()}
            west, south, east, north = (float(v) for v in query["BBOX"].split(","))
            window = Window(west, south, east, north, int(query["WIDTH"]), int(query["HEIGHT"]))
            out = io.BytesIO()
            Image.fromarray(render_window(window)).save(out, format="PNG")
            return 200, out.getvalue()
        if kind == "wm":
            return 200, world_mercator_tile(*(int(v.split(".")[0]) for v in segments[1:4]))
        if kind == "qk":
            tile = mercantile.quadkey_to_tile(segments[1].split(".")[0])
            return 200, demo_tile_png(tile.z, tile.x, tile.y)
        z, x, y = int(segments[1]), int(segments[2]), int(segments[3].split(".")[0])
        if kind == "tms":
            y = 2 ** z - 1 - y
        if kind == "missing":
            return 404, b"not found"
        if kind == "garbage":
            return 200, b"this is not an image at all"
        if kind == "empty":
            return 204, b""
        if kind == "clear":
            out = io.BytesIO()
            Image.new("RGBA", (256, 256), (0, 0, 0, 0)).save(out, format="PNG")
            return 200, out.getvalue()
        if kind == "flaky" and (z, x, y) not in self._seen:
            self._seen.add((z, x, y))
            return 503, b"try again"
        return 200, demo_tile_png(z, x, y)


def world_mercator_tile(z: int, x: int, y: int) -> bytes:
    """A tile of an EPSG:3395 pyramid: the demo world rendered in EPSG:3857 and warped by GDAL."""
    from osgeo import gdal, osr

    from sandbox.engine.geo import lonlat_to_merc, tile_window

    target = tile_window(z, x, y)  # same numbers, read as EPSG:3395 metres
    wgs84, world = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    world.ImportFromEPSG(3395)
    for srs in (wgs84, world):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lonlat = osr.CoordinateTransformation(world, wgs84)
    (lon0, lat0), (lon1, lat1) = (to_lonlat.TransformPoint(target.west, target.south)[:2],
                                  to_lonlat.TransformPoint(target.east, target.north)[:2])
    (x0, x1), (y0, y1) = lonlat_to_merc([lon0, lon1], [lat0, lat1])
    pad = 4 * target.res_x
    source_window = Window(float(x0) - pad, float(y0) - pad, float(x1) + pad, float(y1) + pad, 272, 272)
    rgb = render_window(source_window)
    mem = gdal.GetDriverByName("MEM").Create("", 272, 272, 3, gdal.GDT_Byte)
    mem.SetGeoTransform(source_window.geotransform)
    mem.SetProjection("EPSG:3857")
    for i in range(3):
        mem.GetRasterBand(i + 1).WriteArray(rgb[:, :, i])
    warped = gdal.Warp("", mem, format="MEM", dstSRS="EPSG:3395", width=256, height=256, resampleAlg="near",
                       outputBounds=(target.west, target.south, target.east, target.north))
    tile = np.dstack([warped.GetRasterBand(i + 1).ReadAsArray() for i in range(3)])
    out = io.BytesIO()
    Image.fromarray(tile).save(out, format="PNG")
    return out.getvalue()
