"""A third-party XYZ tile server for tests: answers every tile request with a PNG and records every request.

It stands for "somebody else's imagery host": tests point custom-imagery sources, preview layers and TileJSON at it
and then look at :attr:`RecordingTileServer.requests` (path, query string and every header) to prove what was, or
was not, sent there, e.g. that no Mapflow token ever reaches it. With ``login``/``password`` set, tiles need that
HTTP Basic login (401 otherwise), like a protected imagery service.
"""
from __future__ import annotations

import base64
import io
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional
from urllib.parse import parse_qs, urlsplit

from PIL import Image, ImageDraw

TILE_PATH = re.compile(r"/(\d+)/(\d+)/(\d+)\.png$")
TILE_SIZE = 256


def textured_png(size: int = TILE_SIZE) -> bytes:
    """An opaque RGB tile with some structure (grey ground, darker blocks), readable by any image decoder."""
    image = Image.new("RGB", (size, size), (128, 128, 120))
    draw = ImageDraw.Draw(image)
    for row in range(0, size, 64):
        for col in range(0, size, 64):
            draw.rectangle([col + 16, row + 16, col + 40, row + 44], fill=(70, 60, 60))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: Dict[str, List[str]]
    raw_query: str
    headers: Dict[str, str] = field(repr=False)

    def everything(self) -> str:
        """The request line and every header as one text, for "does X appear anywhere" checks."""
        lines = [f"{self.method} {self.path}?{self.raw_query}"]
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        return "\n".join(lines)


class _TileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_TileHttpServer"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        parts = urlsplit(self.path)
        owner = self.server.owner
        owner.record(RecordedRequest("GET", parts.path, parse_qs(parts.query), parts.query,
                                     dict(self.headers.items())))
        if not owner.authorised(self.headers.get("Authorization")):
            self._send(401, b'{"message": "login required"}', "application/json")
            return
        if TILE_PATH.search(parts.path):
            self._send(200, owner.tile, "image/png")
            return
        self._send(404, b'{"message": "not a tile"}', "application/json")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _TileHttpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, owner: "RecordingTileServer"):
        super().__init__(("127.0.0.1", 0), _TileHandler)
        self.owner = owner


class RecordingTileServer:
    def __init__(self, login: Optional[str] = None, password: Optional[str] = None) -> None:
        self.login = login
        self.password = password
        self.tile = textured_png()
        self._records: List[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server: Optional[_TileHttpServer] = None

    def start(self) -> "RecordingTileServer":
        self._server = _TileHttpServer(self)
        threading.Thread(target=self._server.serve_forever, name="recording-tiles", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the server first"
        return self._server.server_address[1]

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def xyz_template(self, prefix: str = "/tiles", query: str = "") -> str:
        """An XYZ URL template of this server, e.g. ``http://127.0.0.1:PORT/tiles/{z}/{x}/{y}.png``."""
        return f"{self.root_url}{prefix}/{{z}}/{{x}}/{{y}}.png" + (f"?{query}" if query else "")

    def authorised(self, header: Optional[str]) -> bool:
        if self.login is None:
            return True
        expected = base64.b64encode(f"{self.login}:{self.password or ''}".encode()).decode()
        return header == f"Basic {expected}"

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._records.append(request)

    @property
    def requests(self) -> List[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def tile_requests(self) -> List[RecordedRequest]:
        return [r for r in self.requests if TILE_PATH.search(r.path)]

    def __enter__(self) -> "RecordingTileServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
