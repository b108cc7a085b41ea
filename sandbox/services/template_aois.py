"""Reading and checking the inputs of planned searches: named AOIs, their limits, and ``activeUntil``."""
from __future__ import annotations

from datetime import datetime, timedelta

from .. import clock
from ..errors import ApiError, bad_request
from ..geo import geodesic_area, parse_aoi, union_geojson
from ..store.records import User
from ..util import parse_iso

MAX_AOI_NAME = 64
MAX_AOIS = 100
MAX_ACTIVE_DAYS = 184  # "within 6 months"; the plugin sends now + 180 days - 1 minute
DEFAULT_ACTIVE_DAYS = 180
GEOMETRY_KEYS = ("aoi", "aoiDetails", "geometry", "aois")


class AoiInput:
    """One AOI to create: its name (None: numbered later), GeoJSON geometry and geodesic area (m²)."""

    def __init__(self, name, geometry: dict, area: float):
        self.name = name
        self.geometry = geometry
        self.area = area


def aoi_name(value, fallback=None):
    if value is None or (isinstance(value, str) and not value.strip()):
        return fallback
    if not isinstance(value, str):
        raise bad_request("An AOI name must be text")
    text = value.strip()
    if len(text) > MAX_AOI_NAME:
        raise ApiError(400, "AOI_NAME_TOO_LONG", f"The AOI name is {len(text)} characters long; at most "
                       f"{MAX_AOI_NAME} are allowed", {"maxLength": MAX_AOI_NAME, "length": len(text)})
    return text


def aoi_input(item) -> AoiInput:
    """``{geometry, name?}`` or a GeoJSON Feature (name in its properties); Polygon or MultiPolygon."""
    if not isinstance(item, dict):
        raise bad_request("An AOI must be an object with a geometry")
    if item.get("type") == "Feature":
        properties = item.get("properties") if isinstance(item.get("properties"), dict) else {}
        name, geometry = properties.get("name", item.get("name")), item.get("geometry")
    else:
        name, geometry = item.get("name"), item.get("geometry")
    parts = parse_aoi(geometry)
    return AoiInput(aoi_name(name), union_geojson(parts), sum(geodesic_area(p) for p in parts))


def aois_of_search_params(search_params: dict) -> list:
    """The AOIs of a new template: ``aoiDetails`` (a FeatureCollection, one AOI per feature), or ``aoi`` (one
    geometry; each polygon part an AOI)."""
    details = search_params.get("aoiDetails")
    if details is not None:
        if not isinstance(details, dict) or details.get("type") != "FeatureCollection":
            raise bad_request("searchParams.aoiDetails must be a GeoJSON FeatureCollection")
        features = details.get("features")
        if not isinstance(features, list) or not features:
            raise ApiError(400, "geometry.Invalid", "Invalid geometry: the feature collection has no polygons",
                           {"reason": "the feature collection has no polygons"})
        return [aoi_input(feature) for feature in features]
    if search_params.get("aoi") is not None:
        return [AoiInput(None, union_geojson([part]), geodesic_area(part))
                for part in parse_aoi(search_params["aoi"])]
    raise ApiError(400, "TEMPLATE_NEEDS_AOI", "A planned search needs at least one AOI (searchParams.aoiDetails)")


def check_aois(user: User, count: int, area: float) -> None:
    """The AOI count and the template area limit (``templateAreaLimit``; 0 disables it)."""
    if count == 0:
        raise ApiError(400, "TEMPLATE_NEEDS_AOI", "A planned search needs at least one AOI")
    if count > MAX_AOIS:
        raise ApiError(400, "TOO_MANY_AOIS", f"A planned search may have at most {MAX_AOIS} AOIs, got {count}",
                       {"aoiCount": count, "maxAoisPerTemplate": MAX_AOIS})
    limit = user.template_area_limit
    if limit and area > limit:
        raise ApiError(400, "TEMPLATE_AREA_LIMIT_EXCEEDED",
                       f"The planned search covers {area / 1e6:.2f} km², more than your limit of {limit / 1e6:g} km²",
                       {"area": int(round(area)), "templateAreaLimit": limit})


def active_until(value, now: datetime) -> str:
    """``activeUntil`` checked: in the future and within six months of the sandbox clock's now."""
    if value is None or value == "":
        return clock.iso(now + timedelta(days=DEFAULT_ACTIVE_DAYS))
    moment = parse_iso(value) if isinstance(value, str) else None
    if moment is None:
        raise bad_request("activeUntil must be an ISO-8601 date-time such as 2025-01-31T00:00:00.0Z",
                          activeUntil=str(value))
    latest = now + timedelta(days=MAX_ACTIVE_DAYS)
    if moment <= now:
        raise ApiError(400, "ACTIVE_UNTIL_IN_PAST", "activeUntil must be in the future",
                       {"activeUntil": str(value), "now": clock.iso(now)})
    if moment > latest:
        raise ApiError(400, "ACTIVE_UNTIL_TOO_FAR", "activeUntil must be within 6 months",
                       {"activeUntil": str(value), "maxActiveUntil": clock.iso(latest)})
    return clock.iso(moment)
