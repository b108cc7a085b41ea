"""The Data API: mosaics and images of a user's own imagery, uploads, limits and views."""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Optional

from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon

from .. import clock
from ..errors import DataApiError
from ..store import rasters as raster_store
from ..store.records import Image, Mosaic, User
from ..util import new_id, now_iso
from .raster_checks import ImageProfile, check_matches_mosaic, inspect_geotiff
from .sources import image_id_from_url, image_url


def rasters_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "rasters"


def image_path(data_dir: Path, mosaic_id: Optional[str], image_id: str) -> Path:
    return rasters_dir(data_dir) / (mosaic_id or "legacy") / f"{image_id}.tif"


def item_not_found(kind: str, uid: str) -> DataApiError:
    return DataApiError(404, "ItemNotFound", {"instance_type": kind, "uid": uid}, f"{kind} {uid} not found")


def parse_tags(values) -> list:
    """Tags as a list, a repeated query parameter, or one comma-joined string (contract 7, item 25)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, (list, tuple)) or not all(isinstance(v, str) for v in values):
        raise DataApiError(400, "BadRequest", {"field": "tags"}, "tags must be a list of strings")
    tags = []
    for value in values:
        tags.extend(t.strip() for t in value.split(",") if t.strip())
    return list(dict.fromkeys(tags))


def own_mosaic(conn: sqlite3.Connection, user: User, mosaic_id: str) -> Mosaic:
    mosaic = raster_store.get_mosaic(conn, mosaic_id)
    if mosaic is None:
        raise item_not_found("mosaic", mosaic_id)
    if mosaic.owner_id != user.id:
        raise DataApiError(403, "AccessDenied", {"instance_type": "mosaic", "uid": mosaic_id},
                           f"mosaic {mosaic_id} belongs to another user")
    return mosaic


def own_image(conn: sqlite3.Connection, user: User, image_id: str) -> Image:
    image = raster_store.get_image(conn, image_id)
    if image is None:
        raise item_not_found("image", image_id)
    if image.owner_id != user.id:
        raise DataApiError(403, "AccessDenied", {"instance_type": "image", "uid": image_id},
                           f"image {image_id} belongs to another user")
    return image


def memory(conn: sqlite3.Connection, user: User) -> dict:
    used = raster_store.bytes_used_by(conn, user.id)
    free = None if user.memory_limit is None else max(0, user.memory_limit - used)
    return {"memoryLimit": user.memory_limit, "memoryUsed": used, "memoryFree": free,
            "maxUploadFileSize": user.max_upload_file_size, "maxPixelCount": user.max_pixel_count}


def upload_byte_limit(conn: sqlite3.Connection, user: User) -> tuple:
    """(max bytes this upload may have, the error to raise past it)."""
    state = memory(conn, user)
    limit = user.max_upload_file_size
    if state["memoryFree"] is not None and state["memoryFree"] < limit:
        free = state["memoryFree"]
        return free, lambda size: DataApiError(
            400, "MemoryLimitExceeded", {"memory_requested": size, "available_memory": free},
            f"Not enough storage left: {size} bytes requested, {free} available")
    return limit, lambda size: DataApiError(
        413, "FileTooBig", {"max_file_size": limit, "actual_file_size": size},
        f"The file is too big: at least {size} bytes, at most {limit} allowed")


def create_mosaic(conn: sqlite3.Connection, user: User, name, tags) -> Mosaic:
    if not isinstance(name, str) or not name.strip():
        raise DataApiError(400, "BadRequest", {"field": "name"}, "name is required")
    return raster_store.insert_mosaic(conn, new_id(), user.id, name.strip(), parse_tags(tags))


def update_mosaic(conn: sqlite3.Connection, user: User, mosaic_id: str, body: dict) -> Mosaic:
    mosaic = own_mosaic(conn, user, mosaic_id)
    name = body.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise DataApiError(400, "BadRequest", {"field": "name"}, "name must be a non-empty string")
    tags = parse_tags(body["tags"]) if body.get("tags") is not None else None
    raster_store.update_mosaic(conn, mosaic.id, name.strip() if name else None, tags)
    return raster_store.get_mosaic(conn, mosaic.id)


def delete_mosaic(conn: sqlite3.Connection, user: User, mosaic_id: str, data_dir: Path) -> None:
    mosaic = own_mosaic(conn, user, mosaic_id)
    raster_store.delete_mosaic(conn, mosaic.id)
    shutil.rmtree(rasters_dir(data_dir) / mosaic.id, ignore_errors=True)


def delete_image(conn: sqlite3.Connection, user: User, image_id: str) -> None:
    image = own_image(conn, user, image_id)
    raster_store.delete_image(conn, image.id)
    for path in Path(image.path).parent.glob(f"{image.id}*"):
        path.unlink(missing_ok=True)


def ready_at(conn: sqlite3.Connection, preprocessing_seconds: float) -> Optional[str]:
    """When an image uploaded now is preprocessed (``serve --image-ready-after``, sandbox clock); None: at once."""
    if not preprocessing_seconds:
        return None
    return clock.iso(clock.now(conn) + timedelta(seconds=float(preprocessing_seconds)))


def is_ready(conn: sqlite3.Connection, image: Image) -> bool:
    return image.ready_at is None or image.ready_at <= clock.now_iso(conn)


def store_image(conn: sqlite3.Connection, user: User, mosaic: Optional[Mosaic], image_id: str, path: Path,
                filename: str, size: int, sha1: str, profile: ImageProfile, ready: Optional[str] = None,
                ingested: bool = True) -> Image:
    """Record a checked upload; the first image of a mosaic fixes its CRS, bands and resolution."""
    if mosaic is not None:
        check_matches_mosaic(profile, filename, mosaic.id, mosaic.crs_wkt, mosaic.band_count, mosaic.pixel_size)
        if mosaic.crs_wkt is None:
            raster_store.set_mosaic_profile(conn, mosaic.id, profile.crs_wkt, profile.count, profile.pixel_size_m)
    image = Image(id=image_id, mosaic_id=mosaic.id if mosaic else None, owner_id=user.id, filename=filename,
                  path=str(path), file_size=size, checksum=sha1, footprint_wkt=profile.footprint_wkt,
                  meta={**profile.meta_data(), "pixel_size_m": profile.pixel_size_m, "bounds": list(profile.bounds)},
                  uploaded_at=now_iso(), ready_at=ready, ingested=ingested)
    raster_store.insert_image(conn, image)
    return image


def link_image(conn: sqlite3.Connection, user: User, mosaic_id: str, body: dict, data_dir: Path) -> Image:
    """``link-image``: add an image by its ``s3://`` URL (in the sandbox: the ``image_url`` of one of the user's own
    images) without uploading it. The data stays where it is: no storage is used and it cannot be downloaded."""
    mosaic = own_mosaic(conn, user, mosaic_id)
    url = body.get("url")
    if not isinstance(url, str) or not url.startswith("s3://"):
        raise DataApiError(400, "BadRequest", {"field": "url"}, "url must be an s3:// link to a GeoTIFF")
    source_id = image_id_from_url(url)
    source = raster_store.get_image(conn, source_id) if source_id else None
    if source is None or source.owner_id != user.id or not Path(source.path).exists():
        raise DataApiError(404, "ItemNotFound", {"instance_type": "file", "uid": url}, f"No readable file at {url}")
    profile = inspect_geotiff(source.path, source.filename, user.max_pixel_count)
    image_id = new_id()
    target = image_path(data_dir, mosaic.id, image_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source.path, target)  # one copy of the bytes on disk; deleting either image keeps the other's
    except OSError:
        shutil.copyfile(source.path, target)
    try:
        return store_image(conn, user, mosaic, image_id, target, source.filename, source.file_size, source.checksum,
                           profile, ingested=False)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def download_target(conn: sqlite3.Connection, user: User, image_id: str) -> Image:
    """The image behind ``GET /rasters/image/{id}/download`` under the contract's rules: 404 when not found or not
    the user's, 403 when it was not uploaded (linked), 409 while it is still being preprocessed."""
    image = raster_store.get_image(conn, image_id)
    if image is None or image.owner_id != user.id:
        raise item_not_found("image", image_id)
    if not image.ingested:
        raise DataApiError(403, "AccessDenied", {"instance_type": "image", "uid": image_id},
                           "This image was linked by URL, not uploaded: only uploaded images can be downloaded")
    if not is_ready(conn, image) or not Path(image.path).exists():
        raise DataApiError(409, "ImageNotReady", {"instance_type": "image", "uid": image_id,
                                                  "available_at": image.ready_at or ""},
                           "The image is still being preprocessed; try again later")
    return image


def image_view(image: Image, public_url: str) -> dict:
    meta = {k: image.meta.get(k) for k in ("crs", "count", "width", "height", "dtypes", "nodata", "pixel_size")}
    rest = f"{public_url}/rest"
    return {
        "id": image.id, "mosaic_id": image.mosaic_id, "image_url": image_url(image.id, image.mosaic_id),
        "preview_url_l": f"{rest}/rasters/image/{image.id}/preview/l",
        "preview_url_s": f"{rest}/rasters/image/{image.id}/preview/s",
        "uploaded_at": image.uploaded_at, "file_size": image.file_size, "footprint": image.footprint_wkt,
        "filename": image.filename, "checksum": image.checksum, "meta_data": meta,
        "cog_link": image_url(image.id, image.mosaic_id), "available_for_download": image.ingested,
        "rasterLayer": {"tileUrl": f"{public_url}/api/images/{image.id}/tiles/{{z}}/{{x}}/{{y}}.png",
                        "tileJsonUrl": f"{public_url}/api/images/{image.id}.json"},
    }


def mosaic_view(conn: sqlite3.Connection, mosaic: Mosaic, public_url: str) -> dict:
    images = raster_store.images_of_mosaic(conn, mosaic.id)
    footprint = None
    layer = None
    if images:
        polygons = [shapely_wkt.loads(i.footprint_wkt) for i in images]
        footprint = MultiPolygon(polygons).wkt
        layer = {"tileUrl": f"{public_url}/api/mosaics/{mosaic.id}/tiles/{{z}}/{{x}}/{{y}}.png",
                 "tileJsonUrl": f"{public_url}/api/mosaics/{mosaic.id}.json"}
    return {"id": mosaic.id, "name": mosaic.name, "tags": mosaic.tags, "created_at": mosaic.created_at,
            "footprint": footprint, "sizeInBytes": sum(i.file_size for i in images), "image_count": len(images),
            "rasterLayer": layer}


def mosaic_summary(mosaic: Mosaic) -> dict:
    return {"id": mosaic.id, "name": mosaic.name, "tags": mosaic.tags, "created_at": mosaic.created_at}


def image_status(conn: sqlite3.Connection, image: Image) -> dict:
    state = "COMPLETED" if is_ready(conn, image) else "IN_PROGRESS"
    return {"image_id": image.id, "id": image.id, "filename": image.filename, "preprocessing_status": state,
            "error": None, "uploaded_at": image.uploaded_at, "ready_at": image.ready_at}


def mosaic_status(conn: sqlite3.Connection, mosaic: Mosaic) -> dict:
    states = [image_status(conn, i) for i in raster_store.images_of_mosaic(conn, mosaic.id)]
    ready = sum(1 for s in states if s["preprocessing_status"] == "COMPLETED")
    return {"mosaic_id": mosaic.id, "total_images": len(states), "ready_images": ready, "pending_images": 0,
            "in_progress_images": len(states) - ready, "failed_images": 0, "images": states}
