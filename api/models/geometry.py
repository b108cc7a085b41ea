"""Area-of-interest geometry for request bodies: a GeoJSON Polygon or MultiPolygon in EPSG:4326."""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Union

from ..errors import InvalidRequestError

# A GeoJSON mapping, or any object with ``__geo_interface__`` (shapely geometries, many GIS libraries).
Geometry = Union[Mapping[str, Any], Any]


def _as_mapping(geometry: Geometry) -> Mapping[str, Any]:
    if hasattr(geometry, "__geo_interface__"):
        geometry = geometry.__geo_interface__
    if not isinstance(geometry, Mapping):
        raise InvalidRequestError("the area of interest must be a GeoJSON object")
    return geometry


def _listify(value: Any) -> Any:
    """Tuples (shapely's coordinates) to lists, so the body is plain JSON."""
    if isinstance(value, (list, tuple)):
        return [_listify(v) for v in value]
    return value


def _polygon_parts(geometry: Mapping[str, Any]) -> List[Any]:
    kind = geometry.get("type")
    if kind == "Feature":
        return _polygon_parts(_as_mapping(geometry.get("geometry") or {}))
    if kind == "FeatureCollection":
        parts: List[Any] = []
        for feature in geometry.get("features") or []:
            parts.extend(_polygon_parts(_as_mapping(feature)))
        return parts
    if kind == "GeometryCollection":
        parts = []
        for member in geometry.get("geometries") or []:
            parts.extend(_polygon_parts(_as_mapping(member)))
        return parts
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        return [coordinates]
    if kind == "MultiPolygon":
        return list(coordinates or [])
    raise InvalidRequestError(f"the area of interest must be a Polygon or MultiPolygon, not {kind or 'unknown'}")


def geometry_to_json(geometry: Geometry) -> Dict[str, Any]:
    """A Polygon (one part) or MultiPolygon body; Features and collections of polygons are merged into one."""
    parts = _polygon_parts(_as_mapping(geometry))
    if not parts:
        raise InvalidRequestError("the area of interest is empty")
    for part in parts:
        if not isinstance(part, (list, tuple)) or not part or not all(
                isinstance(ring, (list, tuple)) and len(ring) >= 4 for ring in part):
            raise InvalidRequestError("the area of interest has a polygon without a closed ring of 4 or more points")
    if len(parts) == 1:
        return {"type": "Polygon", "coordinates": _listify(parts[0])}
    return {"type": "MultiPolygon", "coordinates": _listify(parts)}


def polygon_count(geometry: Geometry) -> int:
    """How many polygon parts (= AOIs of a processing) the geometry has."""
    return len(_polygon_parts(_as_mapping(geometry)))
