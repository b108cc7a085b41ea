"""Processings v2 and v1 with every path alias of contract section 7 (items 3-8)."""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse

from ..context import Context, json_body, user_context
from ..errors import bad_request
from ..services import access, processing_actions, processing_create, review
from ..services.processing_views import ViewBuilder, aoi_view
from ..store import processings as processing_store

router = APIRouter()


def _views(ctx: Context) -> ViewBuilder:
    review.settle_due(ctx.db)  # results whose review period ended (sandbox clock) are accepted before anyone looks
    return ViewBuilder(ctx.conn, ctx.public_url)


def _create(ctx: Context, body: Any, project_id: Optional[str] = None):
    processing = processing_create.create_processing(ctx.conn, ctx.config.data_dir, ctx.user, body, project_id)
    ctx.kick_worker()
    return processing


def _listing(ctx: Context, project_id: Optional[str], v1: bool) -> list:
    items = processing_actions.visible_in_project(ctx.conn, ctx.user, project_id)
    views = _views(ctx).prefetch(items)
    return [views.v1(p) if v1 else views.v2(p) for p in items]


# -- lists ---------------------------------------------------------------------------------------------------
@router.get("/processings/v2", summary="Processings of the default project (v2)")
def list_default_v2(ctx: Context = Depends(user_context)) -> list:
    return _listing(ctx, None, v1=False)


@router.get("/processings", summary="Processings of the default project (v1)")
def list_default_v1(ctx: Context = Depends(user_context)) -> list:
    return _listing(ctx, None, v1=True)


@router.get("/projects/{project_id}/processings/v2", summary="Processings of a project (v2)")
def list_project_v2(project_id: str, ctx: Context = Depends(user_context)) -> list:
    return _listing(ctx, project_id, v1=False)


@router.get("/projects/{project_id}/processings", summary="Processings of a project (v1)")
def list_project_v1(project_id: str, ctx: Context = Depends(user_context)) -> list:
    return _listing(ctx, project_id, v1=True)


@router.post("/projects/{project_id}/processings/v2/page", summary="A page of a project's processings")
@router.post("/projects/{project_id}/processings/page", include_in_schema=False)
def page_project(project_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    if body is not None and not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    review.settle_due(ctx.db)
    return processing_actions.page_processings(ctx.conn, ctx.user, project_id, body or {}, ctx.public_url)


# -- create and cost -----------------------------------------------------------------------------------------
@router.post("/processings/v2", summary="Create and start a processing (v2 body)")
def create_v2(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _views(ctx).v2(_create(ctx, body))


@router.post("/processings", summary="Create and start a processing (v1 or v2 body)")
def create_v1(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _views(ctx).v1(_create(ctx, body))


@router.post("/projects/{project_id}/processings/v2", summary="Create a processing in a project (v2)")
def create_in_project_v2(project_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _views(ctx).v2(_create(ctx, body, project_id))


@router.post("/projects/{project_id}/processings", summary="Create a processing in a project (v1)")
def create_in_project_v1(project_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _views(ctx).v1(_create(ctx, body, project_id))


@router.post("/processing/cost/v2", summary="Cost in credits (bare integer); charges nothing")
@router.post("/processing/cost", summary="Cost in credits, v1 path (bare integer)")
@router.post("/processings/cost/v2", include_in_schema=False)
@router.post("/processings/cost", include_in_schema=False)
def cost(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> int:
    return processing_create.estimate_cost(ctx.conn, ctx.user, body)


# -- one processing ------------------------------------------------------------------------------------------
@router.get("/processings/{processing_id}/v2", summary="One processing (v2)")
def get_v2(processing_id: str, ctx: Context = Depends(user_context)) -> dict:
    processing, _, _ = access.require_processing(ctx.conn, ctx.user, processing_id)
    return _views(ctx).v2(processing)


@router.get("/processings/{processing_id}", summary="One processing (v1)")
def get_v1(processing_id: str, ctx: Context = Depends(user_context)) -> dict:
    processing, _, _ = access.require_processing(ctx.conn, ctx.user, processing_id)
    return _views(ctx).v1(processing)


@router.put("/processings/{processing_id}/v2", summary="Rename (and/or move) a processing")
@router.put("/processing/{processing_id}", summary="Rename a processing (v1 singular path)")
@router.put("/processings/{processing_id}", summary="Move a processing to another project (and/or rename)")
def update(processing_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    processing = processing_actions.update_processing(ctx.conn, ctx.user, processing_id, body)
    return _views(ctx).v2(processing)


@router.delete("/processings/{processing_id}", summary="Delete a processing (maintainer or owner)")
@router.delete("/processings/{processing_id}/v2", include_in_schema=False)
def delete(processing_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        processing_actions.delete_processing(conn, ctx.user, processing_id, ctx.config.data_dir)
    return {"id": processing_id}


@router.post("/processings/{processing_id}/restart/v2", summary="Restart the failed partitions")
@router.post("/processings/{processing_id}/restart", summary="Restart the failed partitions (v1 path)")
def restart(processing_id: str, ctx: Context = Depends(user_context)) -> dict:
    processing = processing_actions.restart_processing(ctx.conn, ctx.user, processing_id, ctx.config.data_dir)
    ctx.kick_worker()
    return _views(ctx).v2(processing)


@router.get("/processings/{processing_id}/aois", summary="The AOIs (partitions) of a processing")
def aois(processing_id: str, ctx: Context = Depends(user_context)) -> list:
    processing, _, _ = access.require_processing(ctx.conn, ctx.user, processing_id)
    return [aoi_view(p) for p in processing_store.partitions_of(ctx.conn, processing.id)]


@router.get("/processings/{processing_id}/result", summary="Result GeoJSON (all AOIs, or ?aoiId= for one)")
def result(processing_id: str, aoi_id: Optional[str] = Query(None, alias="aoiId"),
           ctx: Context = Depends(user_context)):
    path = processing_actions.result_file(ctx.conn, ctx.user, processing_id, ctx.config.data_dir, aoi_id)
    return FileResponse(path, media_type="application/json")


@router.put("/processings/{processing_id}/rate", summary="Rate an OK processing 1..5")
def rate(processing_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        processing = processing_actions.rate_processing(conn, ctx.user, processing_id, body)
    return _views(ctx).v2(processing)


@router.put("/processings/{processing_id}/acceptation", summary="Accept a result in review (maintainer or owner)")
def accept(processing_id: str, ctx: Context = Depends(user_context)) -> dict:
    review.settle_due(ctx.db)
    with ctx.db.tx() as conn:
        processing = review.accept(conn, ctx.user, processing_id)
    return _views(ctx).v2(processing)


@router.put("/processings/{processing_id}/rejection",
            summary="Send a result in review back with {comment, features} (maintainer or owner)")
def reject(processing_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    review.settle_due(ctx.db)
    with ctx.db.tx() as conn:
        processing = review.reject(conn, ctx.user, processing_id, body)
    return _views(ctx).v2(processing)
