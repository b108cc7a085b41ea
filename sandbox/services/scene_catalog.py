"""The data dir's scene catalog (sandbox.engine.scenes) seen through the API: which providers a user may use,
which scenes are published by the sandbox clock, and scenes as the contract's catalog image objects."""
from __future__ import annotations

import math
import sqlite3
from typing import Optional

from .. import clock
from ..engine.scenes import SceneCatalog, scene_catalog
from ..engine.scenes.catalog import Scene
from ..engine.scenes.providers import SearchProvider
from ..store.records import User

COLOR_BAND_ORDER = "R,G,B"
PREVIEW_PATH = "/api/catalog/previews"
MOSAIC_TILES_PATH = "/api/catalog/mosaics"


def catalog_of(conn: sqlite3.Connection) -> SceneCatalog:
    seed, epoch = clock.catalog_settings(conn)
    return scene_catalog(seed, epoch)


def providers(conn: sqlite3.Connection) -> tuple:
    return catalog_of(conn).providers


def is_linked(user: User, provider: SearchProvider) -> bool:
    """Whether the provider is on the user's plan (premium providers need a premium account)."""
    return not provider.premium or user.is_premium


def linked_providers(conn: sqlite3.Connection, user: User) -> list:
    return [p for p in providers(conn) if is_linked(user, p)]


def provider_preview_url(provider: SearchProvider, public_url: str) -> Optional[str]:
    if provider.is_mosaic:
        return f"{public_url}{MOSAIC_TILES_PATH}/{provider.name}/tiles/{{z}}/{{x}}/{{y}}.png"
    return None


def footprint_json(scene: Scene) -> dict:
    """Four corners and the closing point, top-left first (the order the plugin georeferences previews with)."""
    ring = [list(c) for c in scene.corners]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def scene_view(scene: Scene, provider: SearchProvider, public_url: str) -> dict:
    """The contract's catalog image (section 2.7) without the per-search keys (aoiIntersectionPercent, isNew)."""
    if scene.is_mosaic:
        preview_type, preview_url = "xyz", provider_preview_url(provider, public_url)
    else:
        preview_type, preview_url = "png", f"{public_url}{PREVIEW_PATH}/{scene.id}.png"
    return {
        "id": scene.id, "productType": "Mosaic" if scene.is_mosaic else "Image",
        "footprint": footprint_json(scene), "pixelResolution": scene.resolution,
        "acquisitionDate": clock.iso(scene.acquired)[:19] + "Z", "publishedDate": clock.iso(scene.published)[:19] + "Z",
        "sensor": scene.sensor, "satId": scene.sensor, "colorBandOrder": COLOR_BAND_ORDER,
        "cloudCover": scene.cloud_cover, "offNadirAngle": scene.off_nadir,
        "sunElevation": scene.sun_elevation, "sunAzimuth": scene.sun_azimuth,
        "providerName": scene.provider, "zoom": str(scene.zoom), "minAreaSqkm": provider.min_area_sq_km,
        "previewType": preview_type, "previewUrl": preview_url, "previews": [],
    }


def zoom_for_resolution(resolution: Optional[float], latitude: float) -> Optional[str]:
    """The web-map zoom whose pixels are closest to a ground resolution (own imagery has no zoom of its own)."""
    if not resolution or resolution <= 0:
        return None
    zoom = math.log2(156543.03392 * math.cos(math.radians(latitude)) / resolution)
    return str(max(0, min(22, int(round(zoom)))))
