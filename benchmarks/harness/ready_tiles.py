"""A front for the sandbox that serves a result's vector tiles ready, as the real service does.

The sandbox cuts vector tiles on demand in Python: seconds per tile of a dense result, which would swamp what a
case wants to measure (how soon the plugin shows features). This front is the sandbox's public URL (``serve
--public-url``), so every tile and TileJSON address the API hands out points here. Vector tiles of a result that
were cut beforehand (by GDAL's MVT driver, at the zoom the view needs) are served from disk, gzipped as the
sandbox serves them; every other request is passed to the sandbox unchanged. Counters say how many tiles were
served ready and how many had to be passed on (a view at another zoom than the one cut).
"""
from __future__ import annotations

import re
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Optional

import requests

_TILE = re.compile(r"^/api/layers/(?P<pid>[^/]+)/tiles/(?P<z>\d+)/(?P<x>\d+)/(?P<y>\d+)\.vector\.pbf$")
LAYER_NAME = "vector_layer"  # the source-layer name the plugin's tile styles use (contract section 6.2)
_PASSED_HEADERS = ("content-type", "content-encoding", "cache-control", "etag", "last-modified")


class ReadyTiles:
    def __init__(self):
        self.upstream: Optional[str] = None  # the sandbox's root URL, set once it runs
        self._cut: Dict[str, tuple] = {}  # processing id -> (folder, zooms)
        self._lock = threading.Lock()
        self.served_ready = 0
        self.passed_on: Dict[str, int] = {}
        self._session = requests.Session()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def cut(self, processing_id: str, geojson: Path, folder: Path, zooms: tuple) -> int:
        """Cut the result's vector tiles at ``zooms`` with ``ogr2ogr -f MVT``; returns how many tiles were made."""
        subprocess.run(["ogr2ogr", "-f", "MVT", str(folder), str(geojson), "-nln", LAYER_NAME,
                        "-dsco", "FORMAT=DIRECTORY", "-dsco", f"MINZOOM={min(zooms)}", "-dsco",
                        f"MAXZOOM={max(zooms)}", "-dsco", "COMPRESS=YES", "-dsco", "TILE_EXTENSION=pbf",
                        # every feature in: the sandbox's own tiles drop none either
                        "-dsco", "MAX_SIZE=100000000", "-dsco", "MAX_FEATURES=100000000"],
                       check=True, capture_output=True, timeout=1800)
        with self._lock:
            self._cut[processing_id] = (folder, tuple(zooms))
        return sum(1 for _ in folder.rglob("*.pbf"))

    def reset_counts(self) -> None:
        with self._lock:
            self.served_ready = 0
            self.passed_on = {}

    def counts(self) -> dict:
        with self._lock:
            return {"served_ready": self.served_ready, "passed_to_sandbox": dict(self.passed_on)}

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._session.close()

    def _ready_tile(self, path: str) -> Optional[bytes]:
        match = _TILE.match(path)
        if not match:
            return None
        with self._lock:
            cut = self._cut.get(match["pid"])
        if cut is None or int(match["z"]) not in cut[1]:
            return None
        tile = cut[0] / match["z"] / match["x"] / f"{match['y']}.pbf"
        return tile.read_bytes() if tile.exists() else b""  # GDAL writes no file for an empty tile

    def _handler(self):
        front = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server API
                ready = front._ready_tile(self.path.split("?", 1)[0])
                if ready is not None:
                    with front._lock:
                        front.served_ready += 1
                    headers = {"Content-Type": "application/vnd.mapbox-vector-tile"}
                    if ready:
                        headers["Content-Encoding"] = "gzip"
                    return self._answer(200, headers, ready)
                kind = "vector tile" if _TILE.match(self.path.split("?", 1)[0]) else "other"
                with front._lock:
                    front.passed_on[kind] = front.passed_on.get(kind, 0) + 1
                return self._pass_on()

            def _pass_on(self):
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                try:
                    with front._session.get(front.upstream + self.path, headers=headers, stream=True,
                                            timeout=600) as answer:
                        body = answer.raw.read(decode_content=False)
                        passed = {k: v for k, v in answer.headers.items() if k.lower() in _PASSED_HEADERS}
                        return self._answer(answer.status_code, passed, body)
                except requests.RequestException as error:
                    return self._answer(502, {"Content-Type": "text/plain"}, str(error).encode())

            def _answer(self, status: int, headers: dict, body: bytes):
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args):
                pass

        return Handler
