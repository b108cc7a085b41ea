"""The Data API under /rest/rasters: mosaics, images, uploads, previews, memory, download links."""
from __future__ import annotations

from typing import Any, List, Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, Response
from starlette.concurrency import run_in_threadpool

from .. import clock
from ..context import Context, anonymous_context, json_body, user_context
from ..errors import DataApiError
from ..services import previews, rasters
from ..services.raster_checks import inspect_geotiff
from ..services.sources import image_url
from ..services.upload_stream import receive_file
from ..store import rasters as raster_store
from ..util import new_id

router = APIRouter(prefix="/rasters")


def _object(body: Any) -> dict:
    if not isinstance(body, dict):
        raise DataApiError(400, "BadRequest", {}, "The request body must be a JSON object")
    return body


async def _upload(request: Request, ctx: Context, mosaic_id: Optional[str], new_mosaic: Optional[dict] = None):
    """Stream the file to disk, check it with GDAL, then record it (creating the mosaic last if asked)."""
    conn = ctx.conn
    mosaic = None if mosaic_id is None or new_mosaic else rasters.own_mosaic(conn, ctx.user, mosaic_id)
    max_bytes, too_big = rasters.upload_byte_limit(conn, ctx.user)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes + 64 * 1024:  # room for multipart framing
        raise too_big(int(declared))
    image_id = new_id()
    target = rasters.image_path(ctx.config.data_dir, mosaic_id, image_id)
    partial = target.with_suffix(".part")
    received = await receive_file(request, partial, max_bytes, too_big)
    try:
        profile = await run_in_threadpool(inspect_geotiff, str(partial), received.filename,
                                          ctx.user.max_pixel_count)

        def record():
            with ctx.db.tx() as tx:
                owner_mosaic = mosaic
                if new_mosaic is not None:
                    owner_mosaic = raster_store.insert_mosaic(tx, mosaic_id, ctx.user.id, new_mosaic["name"],
                                                              new_mosaic["tags"])
                elif owner_mosaic is not None:
                    owner_mosaic = raster_store.get_mosaic(tx, owner_mosaic.id)  # fresh profile
                partial.rename(target)
                return rasters.store_image(tx, ctx.user, owner_mosaic, image_id, target, received.filename,
                                           received.size, received.sha1, profile,
                                           ready=rasters.ready_at(tx, ctx.config.image_ready_after))

        return await run_in_threadpool(record)
    except BaseException:
        partial.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        raise


@router.post("/mosaic", summary="Create an empty mosaic")
def create_mosaic(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    body = _object(body)
    with ctx.db.tx() as conn:
        mosaic = rasters.create_mosaic(conn, ctx.user, body.get("name"), body.get("tags"))
    return rasters.mosaic_view(ctx.conn, mosaic, ctx.public_url)


@router.get("/mosaic", summary="The user's mosaics; ?tags= (repeatable or comma-joined) keeps those with any tag")
def list_mosaics(tags: Optional[List[str]] = Query(None), ctx: Context = Depends(user_context)) -> list:
    wanted = set(rasters.parse_tags(tags))
    mosaics = raster_store.mosaics_of(ctx.conn, ctx.user.id)
    if wanted:
        mosaics = [m for m in mosaics if wanted & set(m.tags)]
    return [rasters.mosaic_view(ctx.conn, m, ctx.public_url) for m in mosaics]


@router.post("/mosaic/image", summary="Create a mosaic from its first image (multipart 'file')")
async def create_mosaic_with_image(request: Request, name: str = Query(...), tags: Optional[List[str]] = Query(None),
                                   ctx: Context = Depends(user_context)) -> dict:
    if not name.strip():
        raise DataApiError(400, "BadRequest", {"field": "name"}, "name is required")
    mosaic_id = new_id()
    image = await _upload(request, ctx, mosaic_id, {"name": name.strip(), "tags": rasters.parse_tags(tags)})
    return {"message": "Files successfully uploaded", "mosaic_id": mosaic_id, "image_id": image.id}


@router.get("/mosaic/{mosaic_id}", summary="One mosaic")
def get_mosaic(mosaic_id: str, ctx: Context = Depends(user_context)) -> dict:
    return rasters.mosaic_view(ctx.conn, rasters.own_mosaic(ctx.conn, ctx.user, mosaic_id), ctx.public_url)


@router.put("/mosaic/{mosaic_id}", summary="Rename a mosaic or replace its tags")
def update_mosaic(mosaic_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        mosaic = rasters.update_mosaic(conn, ctx.user, mosaic_id, _object(body))
    return rasters.mosaic_view(ctx.conn, mosaic, ctx.public_url)


@router.delete("/mosaic/{mosaic_id}", summary="Delete a mosaic and all its images (irreversible)")
def delete_mosaic(mosaic_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        rasters.delete_mosaic(conn, ctx.user, mosaic_id, ctx.config.data_dir)
    return {"message": "Mosaic deleted", "mosaic_id": mosaic_id}


@router.post("/mosaic/{mosaic_id}/image", summary="Upload an image into a mosaic (multipart 'file')")
async def upload_image(mosaic_id: str, request: Request, ctx: Context = Depends(user_context)) -> dict:
    image = await _upload(request, ctx, mosaic_id)
    return {"message": "Files successfully uploaded", "mosaic_id": mosaic_id, "image_id": image.id}


@router.post("/mosaic/{mosaic_id}/link-image", summary="Add an image by its s3:// URL without uploading it")
def link_image(mosaic_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        image = rasters.link_image(conn, ctx.user, mosaic_id, _object(body), ctx.config.data_dir)
    return {"message": "File successfully linked to a mosaic", "mosaic_id": mosaic_id, "image_id": image.id}


@router.get("/mosaic/{mosaic_id}/image", summary="The images of a mosaic")
def mosaic_images(mosaic_id: str, ctx: Context = Depends(user_context)) -> list:
    mosaic = rasters.own_mosaic(ctx.conn, ctx.user, mosaic_id)
    return [rasters.image_view(i, ctx.public_url) for i in raster_store.images_of_mosaic(ctx.conn, mosaic.id)]


@router.get("/mosaic/{mosaic_id}/status", summary="Preprocessing status of a mosaic's images")
def mosaic_status(mosaic_id: str, ctx: Context = Depends(user_context)) -> dict:
    return rasters.mosaic_status(ctx.conn, rasters.own_mosaic(ctx.conn, ctx.user, mosaic_id))


@router.get("/image/{image_id}", summary="One image")
def get_image(image_id: str, ctx: Context = Depends(user_context)) -> dict:
    return rasters.image_view(rasters.own_image(ctx.conn, ctx.user, image_id), ctx.public_url)


@router.put("/image/{image_id}", summary="Rename an image (?name=)")
def rename_image(image_id: str, name: str = Query(...), ctx: Context = Depends(user_context)) -> dict:
    if not name.strip():
        raise DataApiError(400, "BadRequest", {"field": "name"}, "name must not be empty")
    with ctx.db.tx() as conn:
        image = rasters.own_image(conn, ctx.user, image_id)
        raster_store.rename_image(conn, image.id, name.strip())
    return rasters.image_view(raster_store.get_image(ctx.conn, image_id), ctx.public_url)


@router.delete("/image/{image_id}", summary="Delete an image")
def delete_image(image_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        rasters.delete_image(conn, ctx.user, image_id)
    return {"message": "Image deleted", "image_id": image_id}


@router.get("/image/{image_id}/status", summary="Preprocessing status of an image")
def image_status(image_id: str, ctx: Context = Depends(user_context)) -> dict:
    return rasters.image_status(ctx.conn, rasters.own_image(ctx.conn, ctx.user, image_id))


@router.get("/image/{image_id}/preview/{size}", summary="PNG preview, s = 256 px, l = 1024 px (no auth)")
def image_preview(image_id: str, size: str, ctx: Context = Depends(anonymous_context)) -> Response:
    if size not in previews.PREVIEW_SIZES:
        raise DataApiError(400, "BadRequest", {"size": size}, "preview size must be s or l")
    image = raster_store.get_image(ctx.conn, image_id)
    if image is None:
        raise rasters.item_not_found("image", image_id)
    try:
        picture = previews.render_preview(image.path, size)
    except (RuntimeError, OSError):  # the file vanished or GDAL cannot read it any more
        raise rasters.item_not_found("image file", image_id) from None
    return Response(picture, media_type="image/png")


@router.get("/image/{image_id}/download", summary="A signed, expiring link to the original file (404 not found or "
            "not yours, 403 linked by URL, 409 still preprocessing)")
def image_download_link(image_id: str, request: Request, ctx: Context = Depends(user_context)) -> dict:
    image = rasters.download_target(ctx.conn, ctx.user, image_id)
    token = previews.download_token(request.app.state.signing_key, image.id, now=clock.now(ctx.conn).timestamp())
    return {"download_url": f"{ctx.public_url}/rest/rasters/download/{token}", "filename": image.filename,
            "expires_in": previews.DOWNLOAD_TTL_S}


@router.get("/download/{token}", summary="Download an image file with a signed link (no auth)")
def download(token: str, request: Request, ctx: Context = Depends(anonymous_context)):
    image_id = previews.image_of_token(request.app.state.signing_key, token, now=clock.now(ctx.conn).timestamp())
    image = raster_store.get_image(ctx.conn, image_id) if image_id else None
    if image is None:
        raise DataApiError(403, "AccessDenied", {"instance_type": "download", "uid": token[:12]},
                           "The download link is invalid or expired")
    return FileResponse(image.path, media_type="image/tiff", filename=image.filename)


@router.get("/memory", summary="Storage limit and use, upload limits")
def memory(ctx: Context = Depends(user_context)) -> dict:
    return rasters.memory(ctx.conn, ctx.user)


@router.post("", summary="Legacy upload: returns the s3-like url for v1 'local' processings")
async def legacy_upload(request: Request, ctx: Context = Depends(user_context)) -> dict:
    image = await _upload(request, ctx, None)
    return {"url": image_url(image.id, None), "image_id": image.id}
