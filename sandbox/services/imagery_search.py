"""Processing catalog scenes (``sourceParams.imagerySearch`` with a search provider): the multi-image rules, the
footprints the AOI is clipped to, the price, and what the engine needs to read the scenes' pixels.

Rules (contract 2.7): several images in one processing come from one provider, or are all mosaics of one zoom;
images and mosaics never mix; every id must be a published scene. Scenes are processed at their own fixed zoom;
mosaics at the requested zoom (their own when none is given). Codes where the contract names none are the
sandbox's own and are listed in docs/SANDBOX.md.
"""
from __future__ import annotations

import sqlite3
from typing import Optional

from shapely.ops import unary_union

from .. import clock
from ..engine.interface import SourceSpec
from ..errors import ApiError
from ..store.records import User
from . import scene_catalog


def provider_unavailable(name) -> ApiError:
    return ApiError(403, "PROVIDER_UNAVAILABLE",
                    f"The data provider {name!r} is not available for your account", {"providerName": str(name)})


def _zoom(value) -> Optional[int]:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def normalise(conn: sqlite3.Connection, user: User, name: str, image_ids: list, body: dict) -> dict:
    """The stored imagerySearch body for catalog scenes; refuses what the service refuses."""
    catalog = scene_catalog.catalog_of(conn)
    provider = catalog.provider(name)
    if provider is None or not scene_catalog.is_linked(user, provider):
        raise provider_unavailable(name)
    now = clock.now(conn)
    scenes = []
    for image_id in image_ids:
        scene = catalog.get(image_id, now)
        if scene is None:
            raise ApiError(400, "SEARCH_IMAGE_NOT_FOUND", f"No published image {image_id!r} in the catalog",
                           {"imageId": image_id, "dataProvider": provider.name})
        scenes.append(scene)
    kinds = sorted({s.product_type for s in scenes})
    if len(kinds) > 1:
        raise ApiError(400, "SEARCH_MIXED_PRODUCT_TYPES",
                       "Images and mosaics cannot be processed together; choose one kind",
                       {"productTypes": kinds, "imageIds": image_ids})
    if kinds == ["MOSAIC"]:
        zooms = sorted({s.zoom for s in scenes})
        if len(zooms) > 1:
            raise ApiError(400, "SEARCH_MOSAIC_ZOOM_MISMATCH",
                           "Mosaics processed together must have the same zoom",
                           {"zooms": [str(z) for z in zooms], "imageIds": image_ids})
        for scene in scenes:
            other = catalog.provider(scene.provider)
            if not scene_catalog.is_linked(user, other):
                raise provider_unavailable(scene.provider)
    else:
        providers = sorted({s.provider for s in scenes})
        if providers != [provider.name]:
            raise ApiError(400, "SEARCH_MIXED_PROVIDERS",
                           "Images of several providers cannot be processed together (mosaics of one zoom can)",
                           {"providers": sorted(set(providers) | {provider.name}), "dataProvider": name})
    return {"dataProvider": str(name).lower(), "imageIds": list(image_ids), "zoom": body.get("zoom"),
            "searchId": body.get("searchId")}


def companion(conn: sqlite3.Connection, body: dict) -> dict:
    """What a processing keeps about the scenes it was created from (stored next to its sourceParams as
    ``_catalog``, never echoed): provider, product type, zoom, price, minimum area and the scenes' look."""
    catalog = scene_catalog.catalog_of(conn)
    now = clock.now(conn)
    scenes = [catalog.get(i, now) for i in body["imageIds"]]
    provider = catalog.provider(body["dataProvider"])
    mosaic = scenes[0].is_mosaic
    zoom = (_zoom(body.get("zoom")) or scenes[0].zoom) if mosaic else scenes[0].zoom
    return {"provider": provider.name, "productType": scenes[0].product_type, "zoom": zoom,
            "price": provider.price_at(zoom), "minAreaSqKm": provider.min_area_sq_km,
            "scenes": [s.render_params() for s in scenes]}


def footprints(conn: sqlite3.Connection, body: dict):
    """The union of the chosen scenes' footprints (EPSG:4326)."""
    catalog = scene_catalog.catalog_of(conn)
    now = clock.now(conn)
    scenes = [s for s in (catalog.get(i, now) for i in body.get("imageIds") or []) if s is not None]
    return unary_union([s.footprint for s in scenes]) if scenes else None


def source_spec(companion_data: dict) -> SourceSpec:
    return SourceSpec(kind="scene", zoom=companion_data["zoom"], provider_name=companion_data["provider"],
                      scenes=list(companion_data["scenes"]))
