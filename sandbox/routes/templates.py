"""Planned searches (templates), contract 2.8. Included before the processings router: ``/processings/template``
would otherwise be read as a processing id."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from ..context import Context, json_body, user_context
from ..errors import not_found
from ..services import template_processings, template_search, template_views, templates
from ..services.processing_views import ViewBuilder
from ..store import templates as template_store

router = APIRouter()
BASE = "/processings/template"


def _details(ctx: Context, template) -> dict:
    return {"template": template_views.template_json(ctx.conn, template),
            "searchResults": template_views.search_results(ctx.conn, template, ctx.public_url)}


def _synced(ctx: Context, template_id: str):
    """The template as of the sandbox clock: a search that is due runs before the answer."""
    template_search.sync(ctx.db, [template_id])
    return templates.require_template(ctx.conn, ctx.user, template_id)[0]


# -- listings ----------------------------------------------------------------------------------------------------
@router.get(f"{BASE}/project/{{project_id}}", summary="Planned searches of a project (TemplateShort)")
def project_templates(project_id: str, ctx: Context = Depends(user_context)) -> JSONResponse:
    """The plugin polls this after every processings page: answered as plain JSON, without FastAPI's generic
    encoder, so 20 templates take a few milliseconds."""
    found = templates.project_templates(ctx.conn, ctx.user, project_id)
    if template_search.sync(ctx.db, [t.id for t in found]):
        found = templates.project_templates(ctx.conn, ctx.user, project_id)
    return JSONResponse(template_views.templates_json(ctx.conn, found, short=True))


@router.get(f"{BASE}/user/{{user_id}}", summary="Planned searches a user created (those the caller can see)")
def user_templates(user_id: str, ctx: Context = Depends(user_context)) -> list:
    template_search.sync(ctx.db)
    return template_views.templates_json(ctx.conn, templates.user_templates(ctx.conn, ctx.user, user_id))


@router.get(BASE, summary="Every planned search the caller can see")
def all_templates(ctx: Context = Depends(user_context)) -> list:
    template_search.sync(ctx.db)
    return template_views.templates_json(ctx.conn, templates.visible_templates(ctx.conn, ctx.user))


# -- one template ----------------------------------------------------------------------------------------------
@router.post(BASE, summary="Create a planned search ({template, searchResults})")
def create(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _details(ctx, templates.create_template(ctx.conn, ctx.user, body))


@router.get(f"{BASE}/{{template_id}}", summary="A planned search with its search results")
def get(template_id: str, ctx: Context = Depends(user_context)) -> dict:
    return _details(ctx, _synced(ctx, template_id))


@router.put(f"{BASE}/{{template_id}}", summary="Rename, change filters (merged), processing params, activeUntil")
def update(template_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    _synced(ctx, template_id)
    with ctx.db.tx() as conn:
        template = templates.update_template(conn, ctx.user, template_id, body)
    return template_views.template_json(ctx.conn, template)


@router.delete(f"{BASE}/{{template_id}}", summary="Delete a planned search (marked deleted)")
def delete(template_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        templates.delete_template(conn, ctx.user, template_id)
    return {"id": template_id, "deleted": True}


@router.post(f"{BASE}/{{template_id}}/pause", summary="Pause a planned search")
def pause(template_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        template = templates.pause_template(conn, ctx.user, template_id)
    return _details(ctx, template)


@router.post(f"{BASE}/{{template_id}}/resume", summary="Resume a paused planned search")
def resume(template_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        template = templates.resume_template(conn, ctx.user, template_id)
    return _details(ctx, template)


@router.post(f"{BASE}/{{template_id}}/restart", summary="Restart a FAILED planned search")
def restart(template_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        template = templates.restart_template(conn, ctx.user, template_id)
    return _details(ctx, template)


@router.post(f"{BASE}/{{template_id}}/images", summary="Images a planned search found (filtered, sorted, paged)")
def images(template_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return template_views.images_page(ctx.conn, _synced(ctx, template_id), body, ctx.public_url)


@router.post(f"{BASE}/{{template_id}}/image/{{scene_id}}/seen", summary="Mark one found image as seen")
def image_seen(template_id: str, scene_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        return templates.mark_seen(conn, ctx.user, template_id, scene_id)


@router.put(f"{BASE}/{{template_id}}/image/seenAll", summary="Mark every found image as seen")
def all_seen(template_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        return templates.mark_seen(conn, ctx.user, template_id, None)


# -- AOIs ------------------------------------------------------------------------------------------------------
@router.post(f"{BASE}/{{template_id}}/aoi", summary="Add AOIs ({geometry, name?} or {aois: [...]})")
def add_aois(template_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    _synced(ctx, template_id)
    with ctx.db.tx() as conn:
        return templates.add_aois(conn, ctx.user, template_id, body)


@router.delete(f"{BASE}/{{template_id}}/aoi", summary="Delete AOIs (body {aoiIds})")
def delete_aois(template_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        return templates.delete_aois(conn, ctx.user, template_id, body)


@router.post(f"{BASE}/{{template_id}}/aoi/{{aoi_id}}", summary="Rename and/or redraw one AOI (POST, not PUT)")
def update_aoi(template_id: str, aoi_id: str, ctx: Context = Depends(user_context),
               body: Any = Depends(json_body)) -> dict:
    _synced(ctx, template_id)
    with ctx.db.tx() as conn:
        template, aoi = templates.update_aoi(conn, ctx.user, template_id, aoi_id, body)
    new_aois = template_store.aois_with_new_images(ctx.conn, template.id)
    return template_views.aoi_feature(aoi, template_views.processings_of(ctx.conn, template.id), aoi.id in new_aois)


@router.put(f"{BASE}/{{template_id}}/aoi/{{aoi_id}}", include_in_schema=False)
def update_aoi_with_put(template_id: str, aoi_id: str) -> dict:
    raise not_found("Route", f"PUT {BASE}/{template_id}/aoi/{aoi_id} (AOIs are updated with POST)")


# -- processings -----------------------------------------------------------------------------------------------
@router.get(f"{BASE}/{{template_id}}/processings", summary="Processings started from a planned search (v1 views)")
def processings(template_id: str, ctx: Context = Depends(user_context)) -> list:
    found = template_processings.template_processings(ctx.conn, ctx.user, template_id)
    views = ViewBuilder(ctx.conn, ctx.public_url).prefetch(found)
    return [views.v1(p) for p in found]


def _run(ctx: Context, template_id: str, body: Any, v1: bool) -> dict:
    processing = template_processings.run_processing(ctx.conn, ctx.config.data_dir, ctx.user, template_id, body, v1)
    ctx.kick_worker()
    views = ViewBuilder(ctx.conn, ctx.public_url)
    return views.v1(processing) if v1 else views.v2(processing)


@router.post(f"{BASE}/{{template_id}}/v2", summary="Start a processing from found images (v2 body)")
def run_v2(template_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _run(ctx, template_id, body, v1=False)


@router.post(f"{BASE}/{{template_id}}", summary="Start a processing from found images (v1 body)")
def run_v1(template_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return _run(ctx, template_id, body, v1=True)
