"""Shared helpers for the result-loading tests (no tests here): GeoJSON writers, a local tile/result HTTP server,
an HTTP downloader and a wait for threaded QgsTasks.

The server is a real ``http.server`` on a loopback port: TileJSON documents, MVT tiles (source layer
``vector_layer``), PNG tiles and GeoJSON results, streamed slowly on request so that a download can be cancelled
half way. It records every request (path and headers) for the assertions.
"""
from __future__ import annotations

import io
import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Dict, List, Optional

import mapbox_vector_tile
import requests
from PIL import Image
from qgis.core import QgsApplication

CENTER_LON, CENTER_LAT = 37.62, 55.75  # Moscow: what the Mapflow demos use
CLASS_IDS = ("101", "102", "103", "104", "105")


# --- GeoJSON results ---------------------------------------------------------------------------------------------
def square(lon: float, lat: float, size: float = 0.0001) -> dict:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def building(index: int, geometry: dict, classified: bool = True) -> dict:
    properties = {"id": index, "object_type": "buildings", "area": 120 + index % 50,
                  "shape_type": "RECTANGLE", "simplification_confidence_score": 0.75, "GAN": "False",
                  "processing_date": "2024-05-01"}
    if classified:
        properties["class_id"] = CLASS_IDS[index % len(CLASS_IDS)]
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def polygons_collection(count: int, classified: bool = True, seed: int = 7) -> dict:
    rng = random.Random(seed)
    features = [building(i, square(CENTER_LON + rng.random() * 0.05, CENTER_LAT + rng.random() * 0.05), classified)
                for i in range(count)]
    return {"type": "FeatureCollection", "name": "result", "features": features}


def mixed_collection(polygons: int = 6, multipolygons: int = 2, lines: int = 4, points: int = 3) -> dict:
    features = [building(i, square(CENTER_LON + i * 0.001, CENTER_LAT)) for i in range(polygons)]
    for i in range(multipolygons):
        part = square(CENTER_LON + i * 0.001, CENTER_LAT + 0.01)["coordinates"]
        features.append(building(100 + i, {"type": "MultiPolygon", "coordinates": [part]}))
    for i in range(lines):
        line = {"type": "LineString", "coordinates": [[CENTER_LON, CENTER_LAT + i * 0.001],
                                                      [CENTER_LON + 0.002, CENTER_LAT + i * 0.001]]}
        features.append({"type": "Feature", "geometry": line, "properties": {"id": 200 + i, "object_type": "roads"}})
    for i in range(points):
        point = {"type": "Point", "coordinates": [CENTER_LON + i * 0.001, CENTER_LAT - 0.01]}
        features.append({"type": "Feature", "geometry": point, "properties": {"id": 300 + i, "object_type": "tree"}})
    return {"type": "FeatureCollection", "features": features}


def empty_collection() -> dict:
    return {"type": "FeatureCollection", "name": "result", "features": []}


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def file_downloader(source: Path, chunk_size: int = 64 * 1024) -> Callable:
    """A Downloader that copies a local file in chunks, with progress and cancel checks like a real stream."""
    def download(target: Path, progress, should_cancel) -> None:
        total = source.stat().st_size
        done = 0
        with open(source, "rb") as reader, open(target, "wb") as writer:
            while chunk := reader.read(chunk_size):
                if should_cancel():
                    return
                writer.write(chunk)
                done += len(chunk)
                progress(done, total)
    return download


def http_downloader(url: str, session: Optional[requests.Session] = None) -> Callable:
    """A Downloader streaming over HTTP with requests, the way the REST client does."""
    def download(target: Path, progress, should_cancel) -> None:
        http = session or requests.Session()
        with http.get(url, stream=True, timeout=30) as response:
            response.raise_for_status()
            total = int(response.headers["Content-Length"]) if "Content-Length" in response.headers else None
            done = 0
            with open(target, "wb") as writer:
                for chunk in response.iter_content(16 * 1024):
                    if should_cancel():
                        return
                    writer.write(chunk)
                    done += len(chunk)
                    progress(done, total)
    return download


# --- a local tile + result server --------------------------------------------------------------------------------
def mvt_square_tile(class_id: str = "101") -> bytes:
    """One polygon covering the whole tile, in the source layer the Mapflow styles expect."""
    return mapbox_vector_tile.encode([{
        "name": "vector_layer",
        "features": [{"geometry": "POLYGON ((0 0, 4096 0, 4096 4096, 0 4096, 0 0))",
                      "properties": {"class_id": class_id, "object_type": "buildings"}}],
    }])


def png_tile(rgb=(255, 0, 0)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), rgb).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class RecordedRequest:
    path: str
    headers: Dict[str, str]


@dataclass
class TileServer:
    """Routes: /tilejson/<name>.json (documents set by the test), /vt/{z}/{x}/{y}.vector.pbf, /img/{z}/{x}/{y}.png,
    /result/<name> (GeoJSON bodies set by the test; ?slow=1 streams in small, delayed chunks)."""

    server: ThreadingHTTPServer
    host: str
    tilejson: Dict[str, dict] = field(default_factory=dict)
    results: Dict[str, bytes] = field(default_factory=dict)
    requests: List[RecordedRequest] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, path: str, host: Optional[str] = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def paths(self, prefix: str = "") -> List[str]:
        return [r.path for r in list(self.requests) if r.path.startswith(prefix)]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def start_tile_server(host: str = "127.0.0.1") -> TileServer:
    holder: Dict[str, TileServer] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            state = holder["server"]
            state.requests.append(RecordedRequest(self.path, dict(self.headers.items())))
            path = self.path.split("?")[0]
            if match := re.fullmatch(r"/tilejson/(\w+)\.json", path):
                document = state.tilejson.get(match.group(1))
                return self._send(json.dumps(document).encode(), "application/json") if document else self._404()
            if re.fullmatch(r"/vt/\d+/\d+/\d+\.vector\.pbf", path):
                return self._send(mvt_square_tile(), "application/x-protobuf")
            if re.fullmatch(r"/img/\d+/\d+/\d+\.png", path):
                return self._send(png_tile(), "image/png")
            if match := re.fullmatch(r"/result/(\w+)", path):
                body = state.results.get(match.group(1))
                if body is None:
                    return self._404()
                return self._send_slowly(body) if "slow=1" in self.path else self._send(body, "application/json")
            return self._404()

        def _send(self, body: bytes, content_type: str):
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _send_slowly(self, body: bytes):
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for start in range(0, len(body), 4096):
                    self.wfile.write(body[start:start + 4096])
                    self.wfile.flush()
                    time.sleep(0.02)
            except (BrokenPipeError, ConnectionResetError):  # the client cancelled
                pass

        def _404(self):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):  # keep test output clean
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    state = TileServer(server=server, host=host)
    holder["server"] = state
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return state


def tilejson_document(tile_url: str, bounds=(37.60, 55.74, 37.65, 55.77)) -> dict:
    return {"tilejson": "2.2.0", "tiles": [tile_url], "bounds": list(bounds), "minzoom": 0, "maxzoom": 18}


# --- threaded tasks ----------------------------------------------------------------------------------------------
def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Spin the Qt event loop (finished() and signals arrive through it) until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()
