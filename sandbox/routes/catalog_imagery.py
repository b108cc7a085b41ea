"""Pictures of the scene catalog (no auth, like every tile and preview URL the API hands out, contract 2.9):
scene quick-looks (``previewType: png``) and the yearly mosaics' XYZ tiles and TileJSON (``previewType: xyz``).
Mounted at the server root."""
from __future__ import annotations

import os
import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import clock
from ..engine.geo import MAX_LAT
from ..engine.scenes.preview import mosaic_tile_png, preview_png
from ..errors import ApiError
from ..services import scene_catalog
from ..tiles.cache import LruCache

router = APIRouter()

_ID = re.compile(r"^[A-Za-z0-9_\-]{1,100}$")
_MOSAIC_TILES = LruCache(512)
HEADERS = {"Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*"}
MAX_ZOOM = 22


def _not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{what} {ident!r} not found", {"instanceType": what, "uid": ident})


def _preview_cache(request: Request, seed: int, epoch) -> Path:
    return Path(request.app.state.config.data_dir) / "catalog" / f"previews-{seed}-{epoch.isoformat()}"


@router.get("/api/catalog/previews/{scene_id}.png", summary="Quick-look PNG of a catalog scene (image frame)")
def scene_preview(scene_id: str, request: Request):
    conn = request.app.state.db.connection()
    if not _ID.match(scene_id):
        raise _not_found("Scene", scene_id)
    scene = scene_catalog.catalog_of(conn).get(scene_id, clock.now(conn))
    if scene is None:
        raise _not_found("Scene", scene_id)
    seed, epoch = clock.catalog_settings(conn)
    folder = _preview_cache(request, seed, epoch)
    path = folder / f"{scene_id}.png"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(preview_png(scene.render_params()))
        os.replace(partial, path)
    return Response(path.read_bytes(), media_type="image/png", headers=HEADERS)


def _mosaic(request: Request, name: str):
    conn = request.app.state.db.connection()
    provider = scene_catalog.catalog_of(conn).provider(name)
    if provider is None or not provider.is_mosaic:
        raise _not_found("Mosaic", name)
    tiles = [s for s in scene_catalog.catalog_of(conn).published(clock.now(conn)) if s.provider == provider.name]
    return provider, tiles


@router.get("/api/catalog/mosaics/{name}.json", summary="TileJSON of a yearly catalog mosaic")
def mosaic_tilejson(name: str, request: Request) -> dict:
    provider, tiles = _mosaic(request, name)
    xs = [x for t in tiles for x, _ in t.corners]
    ys = [y for t in tiles for _, y in t.corners]
    bounds = [min(xs), max(min(ys), -MAX_LAT), max(xs), min(max(ys), MAX_LAT)] if tiles else [-180, -85, 180, 85]
    public = request.app.state.config.public_url
    return {"tilejson": "3.0.0", "name": provider.display_name, "scheme": "xyz", "minzoom": 0,
            "maxzoom": provider.zoom + 1, "bounds": bounds,
            "center": [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 12],
            "tiles": [scene_catalog.provider_preview_url(provider, public)]}


@router.get("/api/catalog/mosaics/{name}/tiles/{z}/{x}/{y}.png", summary="XYZ tile of a yearly catalog mosaic")
def mosaic_tile(name: str, z: int, x: int, y: int, request: Request):
    provider, tiles = _mosaic(request, name)
    if not 0 <= z <= MAX_ZOOM or not 0 <= x < 2 ** z or not 0 <= y < 2 ** z:
        raise ApiError(400, "BadTileAddress", f"No tile {z}/{x}/{y}")
    key = (provider.name, tuple(t.id for t in tiles), z, x, y)
    data = _MOSAIC_TILES.get_or_make(key, lambda: mosaic_tile_png([t.render_params() for t in tiles], z, x, y))
    return Response(data, media_type="image/png", headers=HEADERS)
