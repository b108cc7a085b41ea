"""Admin endpoints, guarded by the X-Sandbox-Admin header (DIR/admin-token.txt): fault injection, the sandbox
clock (planned searches and scene arrivals run on it) and search-provider outages."""
from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Depends, Request

from .. import clock
from ..context import json_body
from ..errors import ApiError
from ..faults import FaultRuleError, parse_rules
from ..services import scene_catalog, template_search
from ..services.clock_moves import STREAMING, advance_seconds

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
    conn = db.connection()
    published = scene_catalog.catalog_of(conn).published(clock.now(conn), after=before)
    view = _clock_view(conn)
    view["publishedScenes"] = [{"id": s.id, "provider": s.provider, "acquisitionDate": clock.iso(s.acquired),
                                "publishedAt": clock.iso(s.published)} for s in published]
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
