"""Geometry rules: parse AOIs, split them into parts, and measure them on the WGS84 ellipsoid."""
from __future__ import annotations

from typing import Any

from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.validation import explain_validity

from .errors import ApiError

GEOD = Geod(ellps="WGS84")


def invalid_geometry(reason: str) -> ApiError:
    return ApiError(400, "geometry.Invalid", f"Invalid geometry: {reason}", {"reason": reason})


def parse_aoi(value: Any) -> list:
    """A GeoJSON Polygon/MultiPolygon (or a Feature/FeatureCollection of them) as a list of shapely Polygons."""
    if value is None:
        raise invalid_geometry("geometry is required")
    if not isinstance(value, dict):
        raise invalid_geometry("geometry must be a GeoJSON object")
    kind = value.get("type")
    if kind == "Feature":
        return parse_aoi(value.get("geometry"))
    if kind == "FeatureCollection":
        parts = []
        for feature in value.get("features") or []:
            parts.extend(parse_aoi(feature))
        if not parts:
            raise invalid_geometry("the feature collection has no polygons")
        return parts
    if kind not in ("Polygon", "MultiPolygon"):
        raise invalid_geometry(f"type must be Polygon or MultiPolygon, got {kind!r}")
    try:
        geom = shape(value)
    except Exception as exc:  # shapely raises several types for malformed coordinates
        raise invalid_geometry(f"malformed coordinates ({exc})") from None
    parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    if geom.is_empty or not parts:
        raise invalid_geometry("empty geometry")
    for part in parts:
        _check_part(part)
    return parts


def _check_part(part: Polygon) -> None:
    if part.is_empty:
        raise invalid_geometry("empty polygon")
    west, south, east, north = part.bounds
    if west < -180 or east > 180 or south < -90 or north > 90:
        raise invalid_geometry("coordinates must be longitude/latitude in EPSG:4326")
    if not part.is_valid:
        raise invalid_geometry(explain_validity(part))
    if part.area <= 0:
        raise invalid_geometry("polygon has no area")


def geodesic_area(geom) -> float:
    """Area in m² on the WGS84 ellipsoid (the rule the client uses too)."""
    area, _ = GEOD.geometry_area_perimeter(geom)
    return abs(area)


def bbox_area(geom) -> float:
    return geodesic_area(box(*geom.bounds))


def to_geojson(geom) -> dict:
    data = mapping(geom)
    return {"type": data["type"], "coordinates": _lists(data["coordinates"])}


def _lists(value):
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


def union_geojson(parts: list) -> dict:
    if len(parts) == 1:
        return to_geojson(parts[0])
    return to_geojson(MultiPolygon(parts))
