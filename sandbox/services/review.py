"""The review workflow of results (contract 2.5, 3.2) for accounts with ``reviewWorkflowEnabled``.

A result that ends OK is ``IN_REVIEW`` until ``inReviewUntil`` (the payer's ``review_days`` on the sandbox clock).
Maintainers and owners of the project accept it (``ACCEPTED``) or reject it with a comment and the features they
marked (``NOT_ACCEPTED``: support reworks it). Support's rework (admin) brings it back to ``IN_REVIEW`` with a new
deadline. A result nobody acts on before its deadline is accepted as it is: the contract is silent, and accepting
is what lets the customer keep working with it. An administrator's refund returns the charge and makes the
processing ``REFUNDED`` (status and review status).
"""
from __future__ import annotations

import json
import math
import sqlite3
from datetime import timedelta
from typing import Any, Optional

from .. import clock
from ..errors import ApiError
from ..store import processings as processing_store
from ..store import reviews as review_store
from ..store import users as user_store
from ..store.db import Database
from ..store.records import Processing, User
from . import access

IN_REVIEW, NOT_ACCEPTED, ACCEPTED, REFUNDED = "IN_REVIEW", "NOT_ACCEPTED", "ACCEPTED", "REFUNDED"
MAX_COMMENT_LENGTH = 4000
MAX_FEATURES = 1000
MAX_FEATURES_BYTES = 5 * 1024 * 1024
GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")
# nesting depth of "coordinates" and the fewest positions each innermost list needs
_SHAPES = {"Point": (0, 1), "MultiPoint": (1, 1), "LineString": (1, 2), "MultiLineString": (2, 2),
           "Polygon": (2, 4), "MultiPolygon": (3, 4)}


# -- deadlines -------------------------------------------------------------------------------------------------
def deadline(conn: sqlite3.Connection, payer: Optional[User], days: Optional[float] = None) -> str:
    """When a result delivered now leaves review: ``days`` (else the payer's review period) on the sandbox clock."""
    period = days if days is not None else (payer.review_days if payer else 7.0)
    return clock.iso(clock.now(conn) + timedelta(days=float(period)))


def settle_due(db: Database) -> int:
    """Accept every result whose review period has ended; returns how many. Cheap when there are none."""
    conn = db.connection()
    now = clock.now_iso(conn)
    due = conn.execute("SELECT COUNT(*) FROM processings WHERE review_status = ? AND review_until IS NOT NULL "
                       "AND review_until <= ?", (IN_REVIEW, now)).fetchone()[0]
    if not due:
        return 0
    with db.tx() as tx:
        cursor = tx.execute("UPDATE processings SET review_status = ?, updated = ? WHERE review_status = ? AND "
                            "review_until IS NOT NULL AND review_until <= ?", (ACCEPTED, now, IN_REVIEW, now))
    return cursor.rowcount


# -- the user's actions ----------------------------------------------------------------------------------------
def _in_review(conn: sqlite3.Connection, user: User, processing_id: str, action: str) -> Processing:
    """The processing if it waits for this user's review; 403 below maintainer, 400 with a precise code else."""
    processing, _, _ = access.require_processing(conn, user, processing_id, access.MAINTAINER)
    state = processing.review_status
    if processing.status != "OK":
        raise ApiError(400, "PROCESSING_NOT_OK",
                       f"Only a finished (OK) result can be reviewed; this processing is {processing.status}",
                       {"status": processing.status, "action": action})
    if state is None:
        raise ApiError(400, "REVIEW_NOT_ENABLED", "This result is not under review: the review workflow was not "
                       "enabled for the account when it finished", {"action": action})
    if state == ACCEPTED:
        raise ApiError(400, "REVIEW_ALREADY_ACCEPTED", "This result has already been accepted",
                       {"reviewStatus": state, "inReviewUntil": processing.review_until or "", "action": action})
    if state == NOT_ACCEPTED:
        raise ApiError(400, "REVIEW_ALREADY_REJECTED", "This result was sent back for review and support is "
                       "reworking it; it can be accepted or rejected again once it is back in review",
                       {"reviewStatus": state, "action": action})
    if state != IN_REVIEW:
        raise ApiError(400, "REVIEW_NOT_PENDING", f"This result is {state}, not waiting for a review",
                       {"reviewStatus": state, "action": action})
    return processing


def accept(conn: sqlite3.Connection, user: User, processing_id: str) -> Processing:
    processing = _in_review(conn, user, processing_id, "accept")
    processing_store.update_processing(conn, processing.id, review_status=ACCEPTED)
    return processing_store.get_processing(conn, processing.id)


def reject(conn: sqlite3.Connection, user: User, processing_id: str, body: Any) -> Processing:
    """Send a result back with ``{comment, features}``; the comment and marked features are kept for support."""
    processing = _in_review(conn, user, processing_id, "reject")
    comment, features = checked_rejection(body)
    review_store.insert_rejection(conn, processing.id, user.id, comment, features)
    processing_store.update_processing(conn, processing.id, review_status=NOT_ACCEPTED, review_comment=comment)
    return processing_store.get_processing(conn, processing.id)


def checked_rejection(body: Any) -> tuple:
    """(comment, FeatureCollection) of a rejection body; 400 with a ``REVIEW_*`` code when it is not acceptable."""
    if not isinstance(body, dict):
        raise ApiError(400, "BAD_REQUEST", "The request body must be a JSON object {comment, features}")
    comment = body.get("comment")
    if not isinstance(comment, str) or not comment.strip():
        raise ApiError(400, "REVIEW_COMMENT_REQUIRED", "Say what is wrong with the result in comment",
                       {"field": "comment"})
    comment = comment.strip()
    if len(comment) > MAX_COMMENT_LENGTH:
        raise ApiError(400, "REVIEW_COMMENT_TOO_LONG",
                       f"The comment has {len(comment)} characters; at most {MAX_COMMENT_LENGTH} are allowed",
                       {"length": len(comment), "maxLength": MAX_COMMENT_LENGTH})
    features = body.get("features")
    if features is None:
        return comment, {"type": "FeatureCollection", "features": []}
    size = len(json.dumps(features))
    if size > MAX_FEATURES_BYTES:
        raise ApiError(400, "REVIEW_FEATURES_TOO_LARGE",
                       f"The marked features take {size} bytes; at most {MAX_FEATURES_BYTES} are allowed",
                       {"size": size, "maxSize": MAX_FEATURES_BYTES})
    if not isinstance(features, dict) or features.get("type") != "FeatureCollection" or \
            not isinstance(features.get("features"), list):
        raise _invalid("features must be a GeoJSON FeatureCollection with a features list")
    items = features["features"]
    if len(items) > MAX_FEATURES:
        raise ApiError(400, "REVIEW_TOO_MANY_FEATURES",
                       f"{len(items)} features were marked; at most {MAX_FEATURES} are allowed",
                       {"featureCount": len(items), "maxFeatures": MAX_FEATURES})
    for index, feature in enumerate(items):
        _check_feature(feature, index)
    return comment, {"type": "FeatureCollection", "features": items}


def _invalid(reason: str, index: Optional[int] = None) -> ApiError:
    params = {"reason": reason}
    if index is not None:
        params["featureIndex"] = index
    where = f"feature {index}: " if index is not None else ""
    return ApiError(400, "REVIEW_FEATURES_INVALID", f"The marked features are not valid GeoJSON: {where}{reason}",
                    params)


def _check_feature(feature: Any, index: int) -> None:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise _invalid("each item must be a GeoJSON Feature", index)
    properties = feature.get("properties")
    if properties is not None and not isinstance(properties, dict):
        raise _invalid("properties must be an object or null", index)
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict):
        raise _invalid("a marked feature needs a geometry", index)
    kind = geometry.get("type")
    if kind not in GEOMETRY_TYPES:
        raise ApiError(400, "REVIEW_GEOMETRY_TYPE_NOT_ALLOWED",
                       f"Feature {index} is a {kind}; marked features are points, lines or polygons",
                       {"geometryType": str(kind), "allowedTypes": list(GEOMETRY_TYPES), "featureIndex": index})
    depth, fewest = _SHAPES[kind]
    problem = _coordinates_problem(geometry.get("coordinates"), depth, fewest, kind)
    if problem:
        raise _invalid(problem, index)


def _coordinates_problem(value: Any, depth: int, fewest: int, kind: str) -> Optional[str]:
    """What is wrong with ``coordinates`` of this depth (0: one position), or None."""
    if depth == 0:
        if not isinstance(value, list) or len(value) < 2 or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value):
            return f"{kind} coordinates must be [longitude, latitude] numbers"
        lon, lat = value[0], value[1]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return f"the position [{lon}, {lat}] is outside longitude -180..180, latitude -90..90 (EPSG:4326)"
        return None
    if not isinstance(value, list) or (depth > 1 and not value):
        return f"{kind} coordinates are not nested as GeoJSON requires"
    if depth == 1:
        if len(value) < fewest:
            return f"a {kind} part needs at least {fewest} positions"
        if kind in ("Polygon", "MultiPolygon") and value[0] != value[-1]:
            return "polygon rings must be closed (last position = first)"
    for item in value:
        problem = _coordinates_problem(item, depth - 1, fewest, kind)
        if problem:
            return problem
    return None


# -- support and administrators --------------------------------------------------------------------------------
def rework(conn: sqlite3.Connection, processing_id: str, days: Optional[float] = None) -> Processing:
    """Support has reworked a rejected result: back to IN_REVIEW with a new deadline. Raises ValueError."""
    processing = processing_store.get_processing(conn, processing_id)
    if processing is None:
        raise LookupError(f"no processing {processing_id}")
    if processing.review_status != NOT_ACCEPTED:
        raise ValueError(f"only a rejected result (NOT_ACCEPTED) can come back from rework; this one is "
                         f"{processing.review_status or 'not under review'}")
    if days is not None and (not math.isfinite(days) or days <= 0):
        raise ValueError("days must be a positive number")
    payer = user_store.get_user(conn, processing.payer_id)
    processing_store.update_processing(conn, processing.id, review_status=IN_REVIEW,
                                       review_until=deadline(conn, payer, days))
    return processing_store.get_processing(conn, processing.id)


def refund(conn: sqlite3.Connection, processing_id: str) -> Processing:
    """An administrator's refund of a finished result: the charge comes back, status and review status REFUNDED."""
    processing = processing_store.get_processing(conn, processing_id)
    if processing is None:
        raise LookupError(f"no processing {processing_id}")
    if processing.status != "OK":
        already = " (failed processings are refunded when they fail)" if processing.status == "FAILED" else ""
        raise ValueError(f"only a finished (OK) processing can be refunded; this one is {processing.status}{already}")
    from . import billing  # here, not at the top: the admin CLI imports this module and billing needs pyproj

    billing.refund(conn, processing, note="refunded by an administrator")
    fields = {"status": "REFUNDED"}
    if processing.review_status is not None:
        fields["review_status"] = REFUNDED
    processing_store.update_processing(conn, processing.id, **fields)
    return processing_store.get_processing(conn, processing.id)


def rejection_view(row: Optional[dict]) -> Optional[dict]:
    """The latest rejection as the processing view shows it (``reviewRejection``), without the features."""
    if row is None:
        return None
    return {"comment": row["comment"], "featureCount": row["feature_count"], "rejectedAt": row["created"],
            "email": row.get("email")}
