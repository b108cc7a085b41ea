"""Admin endpoints for fault injection, guarded by the X-Sandbox-Admin header (DIR/admin-token.txt)."""
from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Depends, Request

from ..context import json_body
from ..errors import ApiError
from ..faults import FaultRuleError, parse_rules

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
