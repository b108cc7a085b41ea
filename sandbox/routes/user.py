"""/user/status and /processings/stats."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from ..context import Context, json_body, user_context
from ..errors import bad_request
from ..services import accounts, stats

router = APIRouter()


@router.get("/user/status", summary="Account limits, models, data providers and teams")
def user_status(ctx: Context = Depends(user_context)) -> dict:
    return accounts.user_status(ctx.conn, ctx.user, ctx.public_url)


@router.post("/processings/stats", summary="Processing history (JSON or CSV); team owners see their members")
def processing_stats(result_type: str = Query("JSON", alias="type"), ctx: Context = Depends(user_context),
                     body: Any = Depends(json_body)):
    kind = result_type.upper()
    if kind not in ("JSON", "CSV"):
        raise bad_request("type must be JSON or CSV", type=result_type)
    result = stats.collect(ctx.conn, ctx.user, body, ctx.public_url)
    if kind == "CSV":
        return Response(stats.as_csv(result), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="processings.csv"'})
    return result
