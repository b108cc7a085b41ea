"""The review workflow's request side and the stored rejection (contract 2.5, 3.2).

A rejection sends ``{"comment", "features"}``: what is wrong, and the objects the reviewer marked (missed or
wrong), as a GeoJSON FeatureCollection in EPSG:4326. The checks here catch a malformed body before it is sent;
the server has its own limits (the sandbox: 1000 features, 5 MB, 4000 characters of comment).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Optional

from ..errors import InvalidRequestError
from ._fields import Fields

# the geometry types a marked feature may have: a missed object is drawn as a point, a line or a polygon
REVIEW_GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")


@dataclass(frozen=True)
class ReviewRejection:
    """What the latest rejection of a result said (the sandbox's ``reviewRejection`` key; absent elsewhere)."""

    comment: Optional[str] = None
    feature_count: int = 0
    rejected_at: Optional[datetime] = None
    email: Optional[str] = None  # who rejected it

    @classmethod
    def from_json(cls, data: Any) -> "ReviewRejection":
        f = Fields(data, "review rejection")
        return cls(comment=f.text("comment"), feature_count=f.integer("featureCount", default=0) or 0,
                   rejected_at=f.timestamp("rejectedAt"), email=f.text("email"))


def rejection_body(comment: str, features: Optional[Mapping[str, Any]] = None) -> dict:
    """``{comment, features}`` for ``PUT /processings/{id}/rejection``; raises InvalidRequestError when malformed.

    ``features`` is a GeoJSON FeatureCollection (None: no marked features). Every feature needs a geometry of
    :data:`REVIEW_GEOMETRY_TYPES` with finite longitude/latitude coordinates; properties (e.g. a remark) are kept.
    """
    text = (comment or "").strip() if isinstance(comment, str) else ""
    if not text:
        raise InvalidRequestError("a review request needs a comment that says what is wrong")
    if features is None:
        return {"comment": text, "features": {"type": "FeatureCollection", "features": []}}
    if not isinstance(features, Mapping) or features.get("type") != "FeatureCollection" or \
            not isinstance(features.get("features"), (list, tuple)):
        raise InvalidRequestError("the marked features must be a GeoJSON FeatureCollection")
    items = []
    for index, feature in enumerate(features["features"]):
        geometry = feature.get("geometry") if isinstance(feature, Mapping) else None
        if not isinstance(geometry, Mapping):
            raise InvalidRequestError(f"marked feature {index + 1} has no geometry")
        kind = geometry.get("type")
        if kind not in REVIEW_GEOMETRY_TYPES:
            raise InvalidRequestError(f"marked feature {index + 1} is a {kind}; mark points, lines or polygons")
        if not _finite_positions(geometry.get("coordinates")):
            raise InvalidRequestError(f"marked feature {index + 1} has coordinates that are not longitude/latitude "
                                      "numbers")
        properties = feature.get("properties")
        items.append({"type": "Feature", "properties": dict(properties) if isinstance(properties, Mapping) else {},
                      "geometry": dict(geometry)})
    return {"comment": text, "features": {"type": "FeatureCollection", "features": items}}


def _finite_positions(value: Any) -> bool:
    """Nested lists ending in [lon, lat(, z)] numbers within -180..180 / -90..90."""
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                          for v in value):
        return len(value) >= 2 and all(math.isfinite(v) for v in value) and -180 <= value[0] <= 180 and \
            -90 <= value[1] <= 90
    return isinstance(value, (list, tuple)) and bool(value) and all(_finite_positions(v) for v in value)
