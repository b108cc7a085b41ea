"""POST /catalog/meta: imagery search over the scene catalog and the user's own images and mosaics."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ..context import Context, json_body, user_context
from ..services import catalog_search

router = APIRouter()


@router.post("/catalog/meta", summary="Search imagery ({images, total, limit, offset})")
def catalog_meta(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return catalog_search.search(ctx.conn, ctx.user, body, ctx.public_url)
