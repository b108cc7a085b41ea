"""Admin endpoints, guarded by the X-Sandbox-Admin header (DIR/admin-token.txt): fault injection, the sandbox
clock (planned searches, scene arrivals, review periods and OAuth2 expiry run on it), search-provider outages, and
support's side of the review workflow (rework, refund)."""
from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Depends, Request

from .. import clock
from ..context import json_body
from ..errors import ApiError
from ..faults import FaultRuleError, parse_rules
from ..services import review, scene_catalog, template_search
from ..services.clock_moves import STREAMING, advance_seconds
from ..services.processing_views import ViewBuilder
from ..store import reviews as review_store

router = APIRouter()


def _require_admin(request: Request) -> None:
    given = request.headers.get("x-sandbox-admin", "")
    if not hmac.compare_digest(given.encode(), request.app.state.admin_token.encode()):
        raise ApiError(403, "ACCESS_DENIED", "Send the admin token of DIR/admin-token.txt in X-Sandbox-Admin")


@router.get("/admin/faults", summary="Current fault rules")
def get_faults(request: Request) -> dict:
    _require_admin(request)
    return request.app.state.fault_rules.as_json()


@router.post("/admin/faults", summary="Replace the fault rules")
def set_faults(request: Request, body: Any = Depends(json_body)) -> dict:
    _require_admin(request)
    try:
        rules = parse_rules(body)
    except FaultRuleError as exc:
        raise ApiError(400, "BAD_REQUEST", str(exc)) from None
    request.app.state.fault_rules.replace(rules)
    return request.app.state.fault_rules.as_json()


@router.delete("/admin/faults", summary="Remove every fault rule")
def clear_faults(request: Request) -> dict:
    _require_admin(request)
    request.app.state.fault_rules.clear()
    return {"rules": []}


# -- the sandbox clock and the catalog (planned searches, scene arrivals) ------------------------------------------
def _clock_view(conn) -> dict:
    now = clock.now(conn)
    seed, epoch = clock.catalog_settings(conn)
    upcoming = scene_catalog.catalog_of(conn).next_arrivals(now, 1, STREAMING)
    return {"now": clock.iso(now), "offsetSeconds": clock.offset_seconds(conn), "catalogSeed": seed,
            "catalogEpoch": epoch.isoformat(),
            "nextArrival": {"id": upcoming[0].id, "provider": upcoming[0].provider,
                            "publishedAt": clock.iso(upcoming[0].published)} if upcoming else None,
            "outage": sorted(clock.outage(conn))}


@router.get("/admin/clock", summary="The sandbox clock and the catalog's next arrival")
def get_clock(request: Request) -> dict:
    _require_admin(request)
    return _clock_view(request.app.state.db.connection())


@router.post("/admin/clock/advance", summary="Move the sandbox clock forward: {days|hours|seconds} or {scenes: N}")
def advance_clock(request: Request, body: Any = Depends(json_body)) -> dict:
    """Templates search what the move published before this answers; the answer lists those scenes."""
    _require_admin(request)
    db = request.app.state.db
    before = clock.now(db.connection())
    try:
        seconds = advance_seconds(db.connection(), body)
    except ValueError as exc:
        raise ApiError(400, "BAD_REQUEST", str(exc)) from None
    with db.tx() as conn:
        clock.advance(conn, seconds)
    template_search.sync(db)
    accepted = review.settle_due(db)
    conn = db.connection()
    published = scene_catalog.catalog_of(conn).published(clock.now(conn), after=before)
    view = _clock_view(conn)
    view["publishedScenes"] = [{"id": s.id, "provider": s.provider, "acquisitionDate": clock.iso(s.acquired),
                                "publishedAt": clock.iso(s.published)} for s in published]
    view["reviewsAccepted"] = accepted  # results whose review period ended with this move
    return view


@router.get("/admin/catalog/outage", summary="Search providers marked as down")
def get_outage(request: Request) -> dict:
    _require_admin(request)
    return {"providers": sorted(clock.outage(request.app.state.db.connection()))}


@router.post("/admin/catalog/outage", summary="Mark search providers as down ({providers: [...]}; [] clears)")
def set_outage(request: Request, body: Any = Depends(json_body)) -> dict:
    _require_admin(request)
    providers = body.get("providers") if isinstance(body, dict) else None
    if not isinstance(providers, list) or not all(isinstance(p, str) for p in providers):
        raise ApiError(400, "BAD_REQUEST", "Send {\"providers\": [names]} (an empty list ends the outage)")
    with request.app.state.db.tx() as conn:
        names = clock.set_outage(conn, providers)
    return {"providers": sorted(names)}


# -- support's side of the review workflow -----------------------------------------------------------------------
def _processing_action(request: Request, processing_id: str, action, code: str) -> dict:
    db = request.app.state.db
    review.settle_due(db)
    try:
        with db.tx() as conn:
            processing = action(conn)
    except LookupError:
        raise ApiError(404, "NOT_FOUND", f"Processing {processing_id} not found",
                       {"instanceType": "Processing", "uid": processing_id}) from None
    except ValueError as exc:
        raise ApiError(400, code, str(exc), {"processingId": processing_id}) from None
    return ViewBuilder(db.connection(), request.app.state.config.public_url).v2(processing)


@router.post("/admin/processings/{processing_id}/refund",
             summary="Refund a finished processing: credits back, status and review status REFUNDED")
def refund_processing(processing_id: str, request: Request) -> dict:
    _require_admin(request)
    return _processing_action(request, processing_id, lambda conn: review.refund(conn, processing_id),
                              "REFUND_NOT_POSSIBLE")


@router.post("/admin/processings/{processing_id}/review/rework",
             summary="Support reworked a rejected result: back IN_REVIEW with a new deadline ({days?})")
def rework_processing(processing_id: str, request: Request, body: Any = Depends(json_body)) -> dict:
    _require_admin(request)
    days = body.get("days") if isinstance(body, dict) else None
    if days is not None and (isinstance(days, bool) or not isinstance(days, (int, float))):
        raise ApiError(400, "BAD_REQUEST", "days must be a number")
    return _processing_action(request, processing_id, lambda conn: review.rework(conn, processing_id, days),
                              "REWORK_NOT_POSSIBLE")


@router.get("/admin/processings/{processing_id}/rejections",
            summary="Every rejection of a result with its comment and marked features (what support sees)")
def processing_rejections(processing_id: str, request: Request) -> list:
    _require_admin(request)
    rows = review_store.rejections_of(request.app.state.db.connection(), processing_id)
    return [{"comment": r["comment"], "featureCount": r["feature_count"], "features": r["features"],
             "email": r["email"], "rejectedAt": r["created"]} for r in rows]
