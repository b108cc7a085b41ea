"""POST /catalog/meta: imagery search over the scene catalog and the user's own images and mosaics (contract 2.7).

Every filter is applied here: AOI (validated, within ``searchAreaLimit``), acquisition dates, resolution, cloud
cover, off-nadir angle (absolute), minimum AOI intersection (geodesic areas on WGS84), product types, providers
(any case; an empty list means none), ``hideUnavailable``, then sort and paging. A null metadata value matches
every filter. Planned searches reuse ``find`` with a publication window.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Optional

from shapely import wkt as shapely_wkt
from shapely.ops import unary_union

from .. import clock
from ..errors import ApiError, bad_request
from ..geo import geodesic_area, parse_aoi, to_geojson
from ..store import rasters as raster_store
from ..store.records import User
from . import scene_catalog
from .catalog_views import MY_IMAGERY_IMAGES, MY_IMAGERY_MOSAICS
from .paging import page_window, sort_direction
from .rasters import image_view
from .search_filters import SearchFilters, parse_filters

KM2 = 1_000_000


@dataclass
class Candidate:
    id: str
    provider: str
    product_type: str  # IMAGE | MOSAIC
    acquired: Optional[datetime]
    resolution: Optional[float]
    cloud: Optional[float]
    off_nadir: Optional[float]
    zoom: Optional[int]
    sat_id: Optional[str]
    footprint: object  # shapely geometry, EPSG:4326
    view: Callable[[], dict]  # the catalog image object without the per-search keys
    published: Optional[datetime] = None
    intersection: float = 0.0
    is_new: bool = False  # planned-search listings: found after the baseline and not yet seen
    aoi_ids: list = field(default_factory=list)  # planned-search listings: the template's AOIs it covers


SORT_KEYS = {
    "PROVIDER_NAME": lambda c: c.provider.lower(),
    "SAT_ID": lambda c: c.sat_id.lower() if c.sat_id else None,
    "CLOUD_COVER": lambda c: c.cloud,
    "OFF_NADIR_ANGLE": lambda c: abs(c.off_nadir) if c.off_nadir is not None else None,
    "ACQUISITION_DATE": lambda c: c.acquired,
    "ZOOM": lambda c: c.zoom,
    "PIXEL_RESOLUTION": lambda c: c.resolution,
}


def _own_candidates(conn: sqlite3.Connection, user: User, aoi, filters: SearchFilters, public_url: str) -> list:
    found = []
    if filters.wants_product("IMAGE") and filters.wants_provider(MY_IMAGERY_IMAGES):
        for image in raster_store.images_of_owner(conn, user.id):
            footprint = shapely_wkt.loads(image.footprint_wkt)
            if footprint.intersects(aoi):
                found.append(_own(image.id, "IMAGE", MY_IMAGERY_IMAGES, footprint, image.meta.get("pixel_size_m"),
                                  "png", image_view(image, public_url)["preview_url_l"]))
    if filters.wants_product("MOSAIC") and filters.wants_provider(MY_IMAGERY_MOSAICS):
        for mosaic in raster_store.mosaics_of(conn, user.id):
            images = raster_store.images_of_mosaic(conn, mosaic.id)
            if not images:
                continue
            footprint = unary_union([shapely_wkt.loads(i.footprint_wkt) for i in images])
            if footprint.intersects(aoi):
                url = f"{public_url}/api/mosaics/{mosaic.id}/tiles/{{z}}/{{x}}/{{y}}.png"
                found.append(_own(mosaic.id, "MOSAIC", MY_IMAGERY_MOSAICS, footprint, mosaic.pixel_size, "xyz", url))
    return found


def _own(item_id, product_type, provider, footprint, resolution, preview_type, preview_url) -> Candidate:
    resolution = round(resolution, 4) if resolution is not None else None
    zoom = scene_catalog.zoom_for_resolution(resolution, footprint.centroid.y)

    def view() -> dict:
        return {"id": item_id, "productType": product_type, "footprint": to_geojson(footprint),
                "pixelResolution": resolution, "acquisitionDate": None, "sensor": None, "satId": None,
                "colorBandOrder": "RGB", "cloudCover": None, "offNadirAngle": None, "providerName": provider,
                "zoom": zoom, "minAreaSqkm": 0.0, "previewType": preview_type, "previewUrl": preview_url,
                "previews": []}
    return Candidate(item_id, provider, product_type, None, resolution, None, None,
                     int(zoom) if zoom else None, None, footprint, view)


def scene_candidates(conn: sqlite3.Connection, user: User, aoi, filters: SearchFilters, public_url: str,
                     now: datetime, published_after: Optional[datetime] = None) -> list:
    catalog = scene_catalog.catalog_of(conn)
    wanted = {p.name: p for p in catalog.providers if filters.wants_provider(p.name)
              and filters.wants_product(p.product_type)
              and (not filters.hide_unavailable or scene_catalog.is_linked(user, p))}
    down = [name for name in wanted if name.lower() in clock.outage(conn)]
    if down:
        raise ApiError(503, "SEARCH_PROVIDER_UNAVAILABLE",
                       f"The imagery provider {', '.join(down)} does not answer; try again later or search "
                       f"without it", {"providers": down})
    found = []
    for scene in catalog.intersecting(aoi, now, published_after):
        provider = wanted.get(scene.provider)
        if provider is None:
            continue
        found.append(Candidate(scene.id, scene.provider, scene.product_type, scene.acquired, scene.resolution,
                               scene.cloud_cover, scene.off_nadir, scene.zoom, scene.sensor, scene.footprint,
                               lambda s=scene, p=provider: scene_catalog.scene_view(s, p, public_url),
                               published=scene.published))
    return found


def intersection_percent(footprint, aoi, aoi_area: float) -> float:
    if aoi_area <= 0:
        return 0.0
    return min(100.0, geodesic_area(footprint.intersection(aoi)) / aoi_area * 100.0)


def find(conn: sqlite3.Connection, user: User, aoi, filters: SearchFilters, public_url: str, now: datetime,
         published_after: Optional[datetime] = None, own_imagery: bool = True) -> list:
    """Candidates over ``aoi`` that pass every filter, with ``intersection`` set (percent of the AOI covered)."""
    candidates = scene_candidates(conn, user, aoi, filters, public_url, now, published_after)
    if own_imagery:
        candidates += _own_candidates(conn, user, aoi, filters, public_url)
    aoi_area = geodesic_area(aoi)
    kept = []
    for candidate in candidates:
        if not filters.matches(candidate.acquired, candidate.resolution, candidate.cloud, candidate.off_nadir):
            continue
        candidate.intersection = intersection_percent(candidate.footprint, aoi, aoi_area)
        if filters.min_intersection is not None and candidate.intersection < filters.min_intersection - 1e-9:
            continue
        kept.append(candidate)
    return kept


def sort_candidates(candidates: list, body: dict) -> list:
    """Server order (newest acquisition first) or ``sortBy``/``sortOrder``; nulls always last, ties by id."""
    sort_by = body.get("sortBy")
    candidates = sorted(candidates, key=lambda c: c.id)
    if not sort_by:
        undated = [c for c in candidates if c.acquired is None]
        dated = sorted((c for c in candidates if c.acquired is not None), key=lambda c: c.acquired, reverse=True)
        return dated + undated
    key = SORT_KEYS.get(str(sort_by).upper())
    if key is None:
        raise bad_request(f"sortBy must be one of {', '.join(SORT_KEYS)}", sortBy=str(sort_by))
    descending = sort_direction(body.get("sortOrder"), "ASC")
    present = [c for c in candidates if key(c) is not None]
    missing = [c for c in candidates if key(c) is None]
    return sorted(present, key=key, reverse=descending) + missing


def result_view(candidate: Candidate, is_new: bool = False) -> dict:
    view = candidate.view()
    view["aoiIntersectionPercent"] = round(candidate.intersection, 2)
    view["isNew"] = is_new
    return view


def check_search_area(user: User, aoi_area: float) -> None:
    limit = user.search_area_limit
    if limit and aoi_area > limit:
        raise ApiError(400, "SEARCH_AREA_LIMIT_EXCEEDED",
                       f"The search area ({aoi_area / KM2:.1f} km²) is larger than your limit of "
                       f"{limit / KM2:g} km² for an immediate search; plan a search over it instead",
                       {"area": int(round(aoi_area)), "searchAreaLimit": limit,
                        "templateAreaLimit": user.template_area_limit})


def search(conn: sqlite3.Connection, user: User, body, public_url: str) -> dict:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    aoi = unary_union(parse_aoi(body.get("aoi")))
    check_search_area(user, geodesic_area(aoi))
    filters = parse_filters(body)
    limit, offset = page_window(body, default_limit=100)
    results = sort_candidates(find(conn, user, aoi, filters, public_url, clock.now(conn)), body)
    return {"images": [result_view(c) for c in results[offset:offset + limit]], "total": len(results),
            "limit": limit, "offset": offset}
