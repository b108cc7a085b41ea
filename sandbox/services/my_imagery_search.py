"""POST /catalog/meta: the sandbox searches the user's own imagery (images and mosaics)."""
from __future__ import annotations

import sqlite3

from shapely import wkt as shapely_wkt
from shapely.ops import unary_union

from ..errors import bad_request
from ..geo import parse_aoi, to_geojson
from ..store import rasters as raster_store
from ..store.records import User
from .catalog_views import MY_IMAGERY_IMAGES, MY_IMAGERY_MOSAICS
from .paging import page_window, sort_direction
from .rasters import image_view

SORT_FIELDS = {"PROVIDER_NAME": "providerName", "SAT_ID": "satId", "CLOUD_COVER": "cloudCover",
               "OFF_NADIR_ANGLE": "offNadirAngle", "ACQUISITION_DATE": "acquisitionDate", "ZOOM": "zoom",
               "PIXEL_RESOLUTION": "pixelResolution"}


def _number(body: dict, key: str):
    value = body.get(key)
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise bad_request(f"{key} must be a number", **{key: str(value)}) from None


def _list(body: dict, key: str):
    value = body.get(key)
    if value is not None and not isinstance(value, list):
        raise bad_request(f"{key} must be a list", **{key: str(value)})
    return value


def _result(item_id, product_type, provider, footprint, resolution, aoi, preview_type, preview_url) -> dict:
    overlap = footprint.intersection(aoi).area / aoi.area * 100 if aoi.area else 0.0
    return {
        "id": item_id, "productType": product_type, "footprint": to_geojson(footprint),
        "pixelResolution": round(resolution, 4) if resolution is not None else None,
        "acquisitionDate": None, "sensor": None, "satId": None, "colorBandOrder": "RGB", "cloudCover": None,
        "offNadirAngle": None, "providerName": provider, "zoom": None, "minAreaSqkm": 0.0,
        "previewType": preview_type, "previewUrl": preview_url, "previews": [],
        "aoiIntersectionPercent": round(overlap, 2), "isNew": False,
    }


def search(conn: sqlite3.Connection, user: User, body, public_url: str) -> dict:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    aoi = unary_union(parse_aoi(body.get("aoi")))
    products = {str(p).upper() for p in _list(body, "productTypes") or ["IMAGE", "MOSAIC"]}
    providers = _list(body, "dataProviders")
    wanted = {str(p).lower() for p in providers} if providers is not None else {MY_IMAGERY_IMAGES,
                                                                               MY_IMAGERY_MOSAICS}
    min_res, max_res = _number(body, "minResolution"), _number(body, "maxResolution")
    min_overlap = _number(body, "minAoiIntersectionPercent") or 0.0
    results = []
    if "IMAGE" in products and MY_IMAGERY_IMAGES in wanted:
        for image in raster_store.images_of_owner(conn, user.id):
            footprint = shapely_wkt.loads(image.footprint_wkt)
            if footprint.intersects(aoi):
                view = image_view(image, public_url)
                results.append(_result(image.id, "IMAGE", MY_IMAGERY_IMAGES, footprint,
                                       image.meta.get("pixel_size_m"), aoi, "png", view["preview_url_l"]))
    if "MOSAIC" in products and MY_IMAGERY_MOSAICS in wanted:
        for mosaic in raster_store.mosaics_of(conn, user.id):
            images = raster_store.images_of_mosaic(conn, mosaic.id)
            if not images:
                continue
            footprint = unary_union([shapely_wkt.loads(i.footprint_wkt) for i in images])
            if footprint.intersects(aoi):
                url = f"{public_url}/api/mosaics/{mosaic.id}/tiles/{{z}}/{{x}}/{{y}}.png"
                results.append(_result(mosaic.id, "MOSAIC", MY_IMAGERY_MOSAICS, footprint, mosaic.pixel_size,
                                       aoi, "xyz", url))
    # a null metadata value matches every filter (contract 2.7)
    results = [r for r in results if r["aoiIntersectionPercent"] >= min_overlap
               and (r["pixelResolution"] is None or min_res is None or r["pixelResolution"] >= min_res)
               and (r["pixelResolution"] is None or max_res is None or r["pixelResolution"] <= max_res)]
    sort_by = body.get("sortBy")
    if sort_by:
        field = SORT_FIELDS.get(str(sort_by).upper())
        if field is None:
            raise bad_request(f"sortBy must be one of {', '.join(SORT_FIELDS)}", sortBy=str(sort_by))
        descending = sort_direction(body.get("sortOrder"), "ASC")
        results.sort(key=lambda r: (r[field] is None, r[field] if r[field] is not None else 0), reverse=descending)
    limit, offset = page_window(body, default_limit=100)
    return {"images": results[offset:offset + limit], "total": len(results), "limit": limit, "offset": offset}

