"""Where 256-px tiles come from: the built-in demo world, or a user's XYZ / TMS / Quadkey / WMS service over HTTP.
A loader returns an RGBA array, None for an empty tile (HTTP 204 or fully transparent), or raises StageError."""
from __future__ import annotations

import io
import threading
import time
from typing import Callable, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import requests
from PIL import Image, UnidentifiedImageError

from ..demo.render import render_window
from ..geo import TILE_SIZE, quadkey, tile_window
from ..interface import SourceSpec, StageError

TileLoader = Callable[[int, int, int], Optional[np.ndarray]]

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
RETRIES = 2  # extra attempts for connection errors and 5xx answers
RETRY_PAUSE = 0.3
USER_AGENT = "mapflow-sandbox-dataloader/1"


def demo_loader(z: int, x: int, y: int) -> np.ndarray:
    rgb = render_window(tile_window(z, x, y))
    return np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])


def tile_url(template: str, kind: str, z: int, x: int, y: int) -> str:
    flipped = (2 ** z) - 1 - y
    if kind == "tms":  # TMS counts rows from the south; "{-y}" in an XYZ-style template means the same
        template = template.replace("{-y}", "{y}")
        y = flipped
    url = template.replace("{-y}", str(flipped))
    return url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y)).replace("{q}", quadkey(z, x, y))


def wms_url(template: str, z: int, x: int, y: int) -> str:
    """A GetMap request for the tile's EPSG:3857 box; the user's own parameters (LAYERS, STYLES...) are kept."""
    w = tile_window(z, x, y)
    bbox = f"{w.west:.6f},{w.south:.6f},{w.east:.6f},{w.north:.6f}"
    if "{bbox}" in template or "{bbox-epsg-3857}" in template:
        return template.replace("{bbox-epsg-3857}", bbox).replace("{bbox}", bbox)
    parts = urlsplit(template)
    params = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    upper = {k.upper(): k for k in params}

    def put(key, value, keep=False):
        existing = upper.get(key)
        if existing is not None and keep:
            return
        if existing is not None:
            del params[existing]
        params[key] = value

    put("SERVICE", "WMS", keep=True)
    put("REQUEST", "GetMap")
    put("VERSION", "1.3.0", keep=True)
    version = params.get(upper.get("VERSION", "VERSION"), "1.3.0")
    put("CRS" if version.startswith("1.3") else "SRS", "EPSG:3857")
    put("FORMAT", "image/png", keep=True)
    put("STYLES", "", keep=True)
    put("BBOX", bbox)
    put("WIDTH", str(TILE_SIZE))
    put("HEIGHT", str(TILE_SIZE))
    return urlunsplit(parts._replace(query=urlencode(params)))


class HttpTileLoader:
    """Fetches tiles with ``requests`` (timeouts, a few retries, optional basic auth) and decodes them with Pillow."""

    def __init__(self, source: SourceSpec, kind: str, url: str):
        self.kind = kind
        self.template = url
        self.auth = (source.login, source.password or "") if source.login else None
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            session.auth = self.auth
            self._local.session = session
        return session

    def url_for(self, z: int, x: int, y: int) -> str:
        if self.kind == "wms":
            return wms_url(self.template, z, x, y)
        return tile_url(self.template, self.kind, z, x, y)

    def __call__(self, z: int, x: int, y: int) -> Optional[np.ndarray]:
        location = f"{z}/{x}/{y}"
        response = self._get(self.url_for(z, x, y), location)
        if response.status_code == 204:
            return None
        if response.status_code != 200:
            raise StageError("dataloader.TileNotLoaded", {"tile_location": location, "status": response.status_code})
        return decode_tile(response.content, location) if response.content else None

    def _get(self, url: str, location: str) -> requests.Response:
        last_problem = "unreachable"
        for attempt in range(RETRIES + 1):
            if attempt:
                time.sleep(RETRY_PAUSE * attempt)
            try:
                response = self._session().get(url, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
            except requests.Timeout:
                last_problem = "timeout"
                continue
            except requests.RequestException:
                last_problem = "unreachable"
                continue
            if response.status_code >= 500 and attempt < RETRIES:
                last_problem = str(response.status_code)
                continue
            return response
        raise StageError("dataloader.TileNotLoaded", {"tile_location": location, "status": last_problem})


def decode_tile(content: bytes, location: str) -> Optional[np.ndarray]:
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.load()
            rgba = np.asarray(image.convert("RGBA"))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise StageError("dataloader.TileNotReadable", {"tile_location": location}) from None
    height, width = rgba.shape[:2]
    if height != width:
        raise StageError("dataloader.WrongTileSize",
                         {"expected_size": f"{TILE_SIZE}x{TILE_SIZE}", "real_size": f"{width}x{height}"})
    if width != TILE_SIZE:  # e.g. 512-px "retina" tiles: same area, finer pixels
        rgba = np.asarray(Image.fromarray(rgba, "RGBA").resize((TILE_SIZE, TILE_SIZE), Image.BILINEAR))
    if not rgba[:, :, 3].any():
        return None
    return rgba
