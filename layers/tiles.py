"""Tile layers of a processing: the result as vector tiles (MVT) and the imagery it used as raster XYZ tiles.

TileJSON is read in a task (never on the GUI thread) through the plugin's HTTP transport; layers are made on the GUI
thread.
The TileJSON only tells the tile URL template (``tiles[0]``, unless the processing gives ``tileUrl``) and the
``bounds``; a TileJSON URL itself is never a layer source. The Mapflow Authorization header goes to the Mapflow
host only, never to a third-party TileJSON host. QGIS fetches the tiles itself, without that header.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Tuple
from urllib.parse import quote, urljoin, urlsplit

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext, \
    QgsRasterLayer, QgsRectangle, QgsVectorTileLayer

from ..api.errors import ConnectionFailed, MapflowError, Timeout
from ..api.http import BodyError, HttpRequest, HttpTransport
from ..api.i18n import translate
from ..core.formatting import LocalNumber
from .styles import apply_style
from ..integration.messages import tr

Bounds = Tuple[float, float, float, float]  # west, south, east, north in EPSG:4326

TILE_ZMIN = 0
TILE_ZMAX = 18  # above it QGIS overzooms the z18 tiles, so the layers stay visible at every zoom
WEB_MERCATOR = "EPSG:3857"
_MAX_MERCATOR_LATITUDE = 85.05112878
_TILEJSON_TIMEOUT_S = 30.0
_MAX_TILEJSON_BYTES = 1_000_000



class TileJsonError(Exception):
    """The TileJSON could not be read or lacks what a layer needs; the text is meant for the user."""


@dataclass(frozen=True)
class TileService:
    """The tile endpoints a processing reports (``vectorLayer`` / ``rasterLayer`` of the API)."""

    tile_url: Optional[str] = None  # XYZ template, e.g. .../{z}/{x}/{y}.vector.pbf
    tile_json_url: Optional[str] = None


@dataclass(frozen=True)
class HostAuth:
    """Request headers (the Mapflow Authorization) that may be sent to one origin only."""

    base_url: str
    headers: Mapping[str, str] = field(default_factory=dict)

    def applies_to(self, url: str) -> bool:
        return _origin(url) == _origin(self.base_url)

    def headers_for(self, url: str) -> dict:
        return dict(self.headers) if self.applies_to(url) else {}


@dataclass(frozen=True)
class TileJson:
    tiles: Tuple[str, ...]
    bounds: Optional[Bounds]
    minzoom: Optional[int] = None
    maxzoom: Optional[int] = None


@dataclass(frozen=True)
class ResolvedTiles:
    """What a tile layer is made from: an XYZ template and, when known, the area that has tiles."""

    tile_url: str
    bounds: Optional[Bounds]


def _origin(url: str) -> Tuple[str, str, Optional[int]]:
    parts = urlsplit(url)
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    try:
        port = parts.port or default_port
    except ValueError:  # a malformed port never matches the Mapflow origin
        port = -1
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def fetch_tilejson(http: HttpTransport, url: str, auth: Optional[HostAuth] = None,
                   timeout: float = _TILEJSON_TIMEOUT_S) -> TileJson:
    """GET and validate a TileJSON document. Raises :class:`TileJsonError` with a readable text."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise TileJsonError(tr("The TileJSON address is not an http(s) URL: {url}").format(url=url))
    headers = auth.headers_for(url) if auth else {}
    try:
        # ``credentials``: a transport that authenticates by itself (OAuth2 through QGIS) adds them here too
        outgoing = HttpRequest("GET", url, headers, connect_timeout=timeout, read_timeout=timeout,
                               credentials=auth is not None and auth.applies_to(url))
        with http.send(outgoing) as response:
            status = response.status_code
            content = response.read_prefix(_MAX_TILEJSON_BYTES + 1) if status == 200 else b""
    except Timeout:
        raise TileJsonError(tr("The tile server at {host} did not answer within {seconds:g} s.").format(
            host=urlsplit(url).netloc, seconds=LocalNumber(timeout))) from None
    except (MapflowError, BodyError) as error:
        reason = error.reason if isinstance(error, ConnectionFailed) else (
            translate(error.detail).format(**error.params) if isinstance(error, BodyError) else str(error))
        raise TileJsonError(tr("Cannot reach the tile server at {host}: {reason}").format(
            host=urlsplit(url).netloc, reason=reason)) from None
    if status != 200:
        raise TileJsonError(tr("The tile server answered HTTP {status} for the TileJSON at {host}.").format(
            status=status, host=urlsplit(url).netloc))
    if len(content) > _MAX_TILEJSON_BYTES:
        raise TileJsonError(tr("The TileJSON at {host} is too large to be a TileJSON document.").format(
            host=urlsplit(url).netloc))
    try:
        document = json.loads(content)
    except ValueError:
        raise TileJsonError(tr("The TileJSON at {host} is not valid JSON.").format(
            host=urlsplit(url).netloc)) from None
    return parse_tilejson(document, base_url=url)


def parse_tilejson(document: Any, base_url: str = "") -> TileJson:
    if not isinstance(document, dict):
        raise TileJsonError(tr("The TileJSON is not a JSON object."))
    tiles = document.get("tiles")
    if not isinstance(tiles, list) or not all(isinstance(item, str) for item in tiles):
        tiles = []
    # relative templates are resolved against the TileJSON address
    resolved = tuple(urljoin(base_url, item) if base_url else item for item in tiles if item.strip())
    return TileJson(tiles=resolved, bounds=_parse_bounds(document.get("bounds")),
                    minzoom=_parse_zoom(document.get("minzoom")), maxzoom=_parse_zoom(document.get("maxzoom")))


def _parse_bounds(value: Any) -> Optional[Bounds]:
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        return None
    try:
        west, south, east, north = (float(item) for item in value)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (west, south, east, north)) or south > north:
        return None
    if not (-180.0 <= west <= 180.0 and -180.0 <= east <= 180.0 and -90.0 <= south and north <= 90.0):
        return None
    return west, south, east, north


def _parse_zoom(value: Any) -> Optional[int]:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def resolve_tiles(service: TileService, http: HttpTransport, auth: Optional[HostAuth] = None) -> ResolvedTiles:
    """The template and bounds for one tile layer: ``tileUrl`` when given, otherwise ``tiles[0]`` of the TileJSON."""
    tile_url = (service.tile_url or "").strip()
    bounds = None
    if service.tile_json_url:
        tilejson = fetch_tilejson(http, service.tile_json_url, auth)
        bounds = tilejson.bounds
        if not tile_url:
            if not tilejson.tiles:
                raise TileJsonError(tr("The TileJSON at {host} lists no tile URL.").format(
                    host=urlsplit(service.tile_json_url).netloc))
            tile_url = tilejson.tiles[0]
    if not tile_url:
        raise TileJsonError(tr("The processing reports neither a tile URL nor a TileJSON."))
    check_tile_template(tile_url)
    return ResolvedTiles(tile_url=tile_url, bounds=bounds)


def check_tile_template(tile_url: str) -> None:
    """An XYZ template needs {z}, {x} and {y} (or {-y}), or a quadkey {q}; a TileJSON URL would load no tiles."""
    if urlsplit(tile_url).scheme.lower() not in ("http", "https"):
        raise TileJsonError(tr("The tile URL is not an http(s) URL: {url}").format(url=tile_url))
    has_xyz = "{z}" in tile_url and "{x}" in tile_url and ("{y}" in tile_url or "{-y}" in tile_url)
    if not (has_xyz or "{q}" in tile_url):
        raise TileJsonError(tr("The tile URL has no {{z}}/{{x}}/{{y}} placeholders: {url}").format(url=tile_url))


def xyz_source(tile_url: str, zmin: int = TILE_ZMIN, zmax: int = TILE_ZMAX) -> str:
    """A QGIS ``type=xyz`` source. The URL is fully percent-encoded: QGIS 3.22 cuts a raw ``&`` in ``url=``."""
    return f"type=xyz&url={quote(tile_url, safe='')}&zmin={zmin}&zmax={zmax}"


def bounds_to_web_mercator(bounds: Bounds) -> QgsRectangle:
    """TileJSON bounds (EPSG:4326) as an EPSG:3857 rectangle, with latitudes clipped to the Mercator limit."""
    west, south, east, north = bounds
    if west > east:  # crosses the antimeridian: the layer extent cannot wrap, take the full width
        west, east = -180.0, 180.0
    south = max(south, -_MAX_MERCATOR_LATITUDE)
    north = min(north, _MAX_MERCATOR_LATITUDE)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem(WEB_MERCATOR), QgsCoordinateTransformContext())
    return transform.transformBoundingBox(QgsRectangle(west, south, east, north))


def make_vector_tile_layer(name: str, tiles: ResolvedTiles, style_name: str) -> Tuple[QgsVectorTileLayer, list]:
    """The MVT result layer, styled; returns (layer, readable problems). GUI thread only."""
    layer = QgsVectorTileLayer(xyz_source(tiles.tile_url), name)
    problems = []
    if not layer.isValid():
        raise TileJsonError(tr("QGIS cannot open the vector tiles at {host}.").format(
            host=urlsplit(tiles.tile_url).netloc))
    if tiles.bounds:
        layer.setExtent(bounds_to_web_mercator(tiles.bounds))
    style_problem = apply_style(layer, style_name)
    if style_problem:
        problems.append(style_problem)
    return layer, problems


def make_raster_tile_layer(name: str, tiles: ResolvedTiles) -> QgsRasterLayer:
    """The imagery as an XYZ raster layer (provider "wms"). GUI thread only."""
    layer = QgsRasterLayer(xyz_source(tiles.tile_url), name, "wms")
    if not layer.isValid():
        raise TileJsonError(tr("QGIS cannot open the imagery tiles at {host}.").format(
            host=urlsplit(tiles.tile_url).netloc))
    if tiles.bounds:
        layer.setExtent(bounds_to_web_mercator(tiles.bounds))
    return layer
