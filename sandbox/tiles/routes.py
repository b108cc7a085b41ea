"""Tile endpoints (no auth, contract section 2.9): vector tiles and TileJSON of results, PNG tiles of the imagery
used, of uploaded images and mosaics, and the demo provider's tiles and ground truth. Mounted at the server root."""
from __future__ import annotations

import functools
import math
import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ..engine.demo.render import demo_tile_png
from ..engine.demo.truth import MODEL_KEYS, ground_truth
from .cache import LruCache
from .raster import raster_info, raster_tile_png, union_bounds
from .vector import LAYER_NAME, result_tiles, vector_tile

router = APIRouter()

MAX_ZOOM = 30  # the plugin opens vector tiles with zmax 25 (contract section 6.2): deep zooms must answer
VECTOR_MAXZOOM = 18
GROUND_TRUTH_MAX_KM2 = 5.0
_ID = re.compile(r"^[A-Za-z0-9_.\-]{1,100}$")
_DEMO_TILES = LruCache(1024)
TILE_HEADERS = {"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"}


class _Problem(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def response(self) -> JSONResponse:
        return JSONResponse({"code": self.code, "message": self.message}, status_code=self.status)


def _not_found(kind: str, ident: str) -> _Problem:
    return _Problem(404, "NotFound", f"{kind} {ident!r} not found")


def _config(request: Request):
    return request.app.state.config


def _data_dir(request: Request) -> Path:
    return Path(_config(request).data_dir)


def _public(request: Request) -> str:
    return str(_config(request).public_url).rstrip("/")


def _safe_id(kind: str, ident: str) -> str:
    if not _ID.match(ident) or ident.startswith("."):
        raise _not_found(kind, ident)
    return ident


def _tile_address(z: str, x: str, y: str) -> tuple:
    try:
        zi, xi, yi = int(z), int(x), int(y)
    except ValueError:
        raise _Problem(400, "BadTileAddress", f"tile address {z}/{x}/{y} must be three integers") from None
    if not 0 <= zi <= MAX_ZOOM or not (0 <= xi < 2 ** zi and 0 <= yi < 2 ** zi):
        raise _Problem(400, "BadTileAddress", f"tile {zi}/{xi}/{yi} does not exist (zoom 0-{MAX_ZOOM}, "
                                              f"x and y 0-2^zoom-1)")
    return zi, xi, yi


def _handled(func):
    """Turn a _Problem into its JSON response (keeps every endpoint body free of try/except)."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except _Problem as problem:
            return problem.response()

    return wrapper


def _centre(bounds: tuple, zoom: int) -> list:
    return [round((bounds[0] + bounds[2]) / 2, 7), round((bounds[1] + bounds[3]) / 2, 7), zoom]


def _tilejson(name: str, tiles_url: str, bounds: tuple, minzoom: int, maxzoom: int, **extra) -> dict:
    bounds = [round(v, 7) for v in bounds]
    return {"tilejson": "3.0.0", "name": name, "scheme": "xyz", "tiles": [tiles_url], "minzoom": minzoom,
            "maxzoom": maxzoom, "bounds": bounds, "center": _centre(bounds, min(maxzoom, max(minzoom, 15))),
            **extra}


# ---- vector results -----------------------------------------------------------------------------------------
def _result_file(request: Request, pid: str) -> Path:
    path = _data_dir(request) / "processings" / _safe_id("processing", pid) / "result.geojson"
    if not path.is_file():
        raise _not_found("processing result", pid)
    return path


def _imagery_files(request: Request, pid: str) -> list:
    folder = _data_dir(request) / "processings" / _safe_id("processing", pid) / "aois"
    return sorted(folder.glob("*/imagery.tif"))


def _aoi_bounds(request: Request, pid: str):
    """The processing's AOI bounds (EPSG:4326) from the database, when the app has one."""
    db = getattr(request.app.state, "db", None)
    if db is None:
        return None
    from shapely.geometry import shape

    from ..store import processings as processing_store

    processing = processing_store.get_processing(db.connection(), pid)
    if processing is None or not processing.geometry:
        return None
    return tuple(shape(processing.geometry).bounds)


@router.get("/api/layers/{pid}.json")
@_handled
def layer_tilejson(pid: str, request: Request):
    tiles = result_tiles(_result_file(request, pid))
    # the layer's extent is the processing's AOI, as for the raster layer: clients zoom to it and keep it as the
    # layer extent, and the objects found are only part of the area that was processed
    bounds = _aoi_bounds(request, pid)
    if bounds is None:
        rasters = _imagery_files(request, pid)
        bounds = union_bounds(rasters) if rasters else tiles.bounds_lonlat
    if bounds is None:
        bounds = (-180.0, -85.0511, 180.0, 85.0511)
    fields = dict(tiles.fields) or {"id": "Number", "object_type": "String"}
    url = f"{_public(request)}/api/layers/{pid}/tiles/{{z}}/{{x}}/{{y}}.vector.pbf"
    return _tilejson(pid, url, bounds, 0, VECTOR_MAXZOOM, format="pbf",
                     vector_layers=[{"id": LAYER_NAME, "fields": fields, "minzoom": 0, "maxzoom": VECTOR_MAXZOOM}])


@router.get("/api/layers/{pid}/tiles/{z}/{x}/{y}.vector.pbf")
@_handled
def layer_tile(pid: str, z: str, x: str, y: str, request: Request):
    zi, xi, yi = _tile_address(z, x, y)
    # compressed only for clients that said they can take it (QGIS does; a bare HTTP client may not)
    gzipped = "gzip" in request.headers.get("accept-encoding", "").lower()
    data = vector_tile(_result_file(request, pid), zi, xi, yi, gzipped=gzipped)
    headers = dict(TILE_HEADERS)
    if data and gzipped:
        headers["Content-Encoding"] = "gzip"
    return Response(data, media_type="application/vnd.mapbox-vector-tile", headers=headers)


# ---- rasters ------------------------------------------------------------------------------------------------
def _raster_tilejson(request: Request, name: str, paths: list, tiles_path: str) -> dict:
    maxzoom = max(raster_info(p)["native_zoom"] for p in paths)
    return _tilejson(name, f"{_public(request)}{tiles_path}/{{z}}/{{x}}/{{y}}.png", union_bounds(paths), 0,
                     max(maxzoom, 1), format="png")


def _png(paths: list, z: str, x: str, y: str) -> Response:
    zi, xi, yi = _tile_address(z, x, y)
    return Response(raster_tile_png(paths, zi, xi, yi), media_type="image/png", headers=TILE_HEADERS)


def _processing_rasters(request: Request, pid: str) -> list:
    paths = _imagery_files(request, pid)
    if not paths:
        raise _not_found("processing imagery", pid)
    return paths


def _mosaic_rasters(request: Request, mosaic_id: str) -> list:
    folder = _data_dir(request) / "rasters" / _safe_id("mosaic", mosaic_id)
    paths = sorted(folder.glob("*.tif")) if folder.is_dir() else []
    if not paths:
        raise _not_found("mosaic", mosaic_id)
    return paths


def _image_raster(request: Request, image_id: str) -> list:
    paths = sorted((_data_dir(request) / "rasters").glob(f"*/{_safe_id('image', image_id)}.tif"))
    if not paths:
        raise _not_found("image", image_id)
    return paths[:1]


@router.get("/api/rasters/{pid}.json")
@_handled
def processing_raster_tilejson(pid: str, request: Request):
    return _raster_tilejson(request, pid, _processing_rasters(request, pid), f"/api/rasters/{pid}/tiles")


@router.get("/api/rasters/{pid}/tiles/{z}/{x}/{y}.png")
@_handled
def processing_raster_tile(pid: str, z: str, x: str, y: str, request: Request):
    return _png(_processing_rasters(request, pid), z, x, y)


@router.get("/api/mosaics/{mosaic_id}.json")
@_handled
def mosaic_tilejson(mosaic_id: str, request: Request):
    return _raster_tilejson(request, mosaic_id, _mosaic_rasters(request, mosaic_id),
                            f"/api/mosaics/{mosaic_id}/tiles")


@router.get("/api/mosaics/{mosaic_id}/tiles/{z}/{x}/{y}.png")
@_handled
def mosaic_tile(mosaic_id: str, z: str, x: str, y: str, request: Request):
    return _png(_mosaic_rasters(request, mosaic_id), z, x, y)


@router.get("/api/images/{image_id}.json")
@_handled
def image_tilejson(image_id: str, request: Request):
    return _raster_tilejson(request, image_id, _image_raster(request, image_id), f"/api/images/{image_id}/tiles")


@router.get("/api/images/{image_id}/tiles/{z}/{x}/{y}.png")
@_handled
def image_tile(image_id: str, z: str, x: str, y: str, request: Request):
    return _png(_image_raster(request, image_id), z, x, y)


# ---- demo provider ------------------------------------------------------------------------------------------
@router.get("/api/demo/tiles/{z}/{x}/{y}.png")
@_handled
def demo_tile(z: str, x: str, y: str):
    zi, xi, yi = _tile_address(z, x, y)
    data = _DEMO_TILES.get_or_make((zi, xi, yi), lambda: demo_tile_png(zi, xi, yi))
    return Response(data, media_type="image/png", headers=TILE_HEADERS)


def _parse_bbox(text: str) -> tuple:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise _Problem(400, "BadBbox", "bbox must be four numbers: west,south,east,north (EPSG:4326)") from None
    if not (-180 <= west < east <= 180 and -85.06 <= south < north <= 85.06):
        raise _Problem(400, "BadBbox", "bbox must have west < east within -180..180 and south < north within "
                                       "-85.06..85.06")
    height_km = (north - south) * 110.574
    width_km = (east - west) * 111.320 * math.cos(math.radians((south + north) / 2))
    if width_km * height_km > GROUND_TRUTH_MAX_KM2:
        raise _Problem(400, "BboxTooLarge", f"bbox covers {width_km * height_km:.1f} km²; the limit is "
                                            f"{GROUND_TRUTH_MAX_KM2:g} km²")
    return west, south, east, north


@router.get("/api/demo/ground-truth")
@_handled
def demo_ground_truth(bbox: str = "", model: str = "buildings"):
    bounds = _parse_bbox(bbox)
    if model not in MODEL_KEYS:
        raise _Problem(400, "UnknownModel", f"model must be one of: {', '.join(MODEL_KEYS)}")
    return ground_truth(bounds, model)
