"""Creating a processing: validate the request, price it, charge it, and queue one partition per AOI."""
from __future__ import annotations

import math
import re
import sqlite3
from pathlib import Path
from typing import Optional

from shapely.geometry import Polygon

from .. import catalog
from ..errors import ApiError, bad_request
from ..geo import geodesic_area, parse_aoi, to_geojson, union_geojson
from ..store import processings as processing_store
from ..store import projects as project_store
from ..store import users as user_store
from ..store.records import Processing, User
from ..util import new_id, now_iso
from . import access, billing, catalog_views, lifecycle, sources


MAX_AREA_M2 = 510e12  # the Earth's surface
MIN_PIECE_M2 = 1.0  # slivers left by clipping an AOI to imagery footprints are dropped
MAX_NAME_LENGTH = 255
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def checked_name(value, field: str = "name") -> Optional[str]:
    """A processing name, trimmed. Too long or holding control characters is refused (400) rather than cut or
    rewritten, so that the processing is always listed under the name the user typed."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_request(f"{field} must be a string")
    text = value.strip()
    if len(text) > MAX_NAME_LENGTH:
        raise bad_request(f"The {field} is {len(text)} characters long; at most {MAX_NAME_LENGTH} are allowed",
                          maxLength=MAX_NAME_LENGTH, length=len(text))
    if _CONTROL_CHARACTERS.search(text):
        raise bad_request(f"The {field} must not contain control characters such as line breaks or tabs")
    return text


def resolve_model(conn: sqlite3.Connection, body: dict) -> catalog.ModelDef:
    """wdId wins over wdName; names match case-insensitively, ids are the stable ids of /user/status."""
    wd_id, wd_name = body.get("wdId"), body.get("wdName")
    if not wd_id and not wd_name:
        raise bad_request("wdId or wdName is required")
    ids = catalog_views.model_ids(conn)
    model = catalog.model_by_name_or_id(str(wd_id or wd_name), ids)
    if model is None and wd_id and wd_name:
        model = catalog.model_by_name_or_id(str(wd_name), ids)
    if model is None:
        known = ", ".join(m.name for m in catalog.MODELS)
        raise ApiError(400, "BAD_REQUEST", f"Unknown model {wd_id or wd_name!r}; available: {known}",
                       {"wdId": str(wd_id), "wdName": str(wd_name)})
    return model


def _string_map(value, field: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise bad_request(f"{field} must be an object")
    return {str(k): v if isinstance(v, (str, int, float, bool)) or v is None else str(v) for k, v in value.items()}


def _text(body: dict, key: str) -> Optional[str]:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise bad_request(f"{key} must be a string")
    return value


def _polygons(geometry) -> list:
    if geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    return [p for part in getattr(geometry, "geoms", []) for p in _polygons(part)]


def clip_to_imagery(conn: sqlite3.Connection, parts: list, source: dict) -> list:
    """An imagerySearch AOI cut to the chosen footprints (contract 2.7); other sources keep their AOI."""
    footprint = sources.footprint_union(conn, source)
    if footprint is None:
        return parts
    clipped = [piece for part in parts for piece in _polygons(part.intersection(footprint))
               if geodesic_area(piece) >= MIN_PIECE_M2]
    if not clipped:
        ids = source["imagerySearch"].get("imageIds") or []
        raise ApiError(400, "AOI_OUTSIDE_IMAGERY",
                       "The area of interest does not overlap the chosen images: nothing is left to process",
                       {"imageIds": list(ids)})
    return clipped


def estimate_cost(conn: sqlite3.Connection, user: User, body) -> int:
    """POST /processing/cost[/v2]: no side effects; geometry (clipped to chosen search images) or areaSqKm."""
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    model = resolve_model(conn, body)
    parts = parse_aoi(body["geometry"]) if body.get("geometry") is not None else None
    source = sources.normalise(conn, user, body.get("params"))
    if parts is not None:
        area = sum(geodesic_area(p) for p in clip_to_imagery(conn, parts, source))
    elif body.get("areaSqKm") is not None:
        try:
            area = float(body["areaSqKm"]) * billing.KM2
        except (TypeError, ValueError):
            raise bad_request("areaSqKm must be a number") from None
        if not math.isfinite(area) or not 0 <= area <= MAX_AREA_M2:
            raise bad_request("areaSqKm must be a number from 0 to 510 million (the Earth)")
    else:
        raise bad_request("geometry or areaSqKm is required")
    billing.check_provider_min_area(area, source)
    return billing.cost_of(area, model, billing.parse_blocks(model, body.get("blocks")), source)


def create_processing(conn: sqlite3.Connection, data_dir: Path, user: User, body,
                      project_id: Optional[str] = None, template_id: Optional[str] = None) -> Processing:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    project, _ = access.require_project(conn, user, project_id or body.get("projectId"), access.CONTRIBUTOR)
    model = resolve_model(conn, body)
    parts = parse_aoi(body.get("geometry"))
    source = sources.normalise(conn, user, body.get("params"))
    parts = clip_to_imagery(conn, parts, source)
    part_areas = [geodesic_area(p) for p in parts]
    area = sum(part_areas)
    blocks = billing.parse_blocks(model, body.get("blocks"))
    params = body.get("params") if isinstance(body.get("params"), dict) else {}
    inference = _string_map(params.get("inferenceParams"), "params.inferenceParams")
    meta = _string_map(body.get("meta"), "meta")
    description = _text(body, "description")
    name = checked_name(body.get("name"))
    cost = billing.cost_of(area, model, blocks, source)
    problems = sources.pipeline_messages(conn, source)
    with_tx = conn.in_transaction
    if not with_tx:
        conn.execute("BEGIN IMMEDIATE")
    try:
        payer = user_store.get_user(conn, project.owner_id)  # a shared project runs on its owner's account
        billing.check_limits(payer, billing.LimitCheck(parts, area, cost, source))
        if not name or not name.strip():
            count = conn.execute("SELECT COUNT(*) FROM processings WHERE project_id = ?", (project.id,)).fetchone()[0]
            name = f"Processing {count + 1}"
        now = now_iso()
        processing = Processing(
            id=new_id(), project_id=project.id, creator_id=user.id, payer_id=payer.id, name=name.strip(),
            description=description, model_key=model.key, blocks=blocks, source=source, inference=inference,
            meta=meta, geometry=union_geojson(parts), area=int(round(area)), cost=cost, status="IN_PROGRESS",
            messages=[], rating=None, feedback=None, review_status=None, review_until=None, review_comment=None,
            created=now, updated=now, completed=None, template_id=template_id)
        processing_store.insert_processing(conn, processing)
        status = "FAILED" if problems else "UNPROCESSED"
        for idx, (part, part_area) in enumerate(zip(parts, part_areas)):
            processing_store.insert_partition(conn, new_id(), processing.id, idx, to_geojson(part),
                                              int(round(part_area)), status, problems)
        billing.charge(conn, payer, processing.id, processing.area, cost)
        if problems:
            lifecycle.finalize(conn, data_dir, processing.id)  # fails it at once and refunds
        project_store.touch_project(conn, project.id)
    except BaseException:
        if not with_tx:
            conn.execute("ROLLBACK")
        raise
    if not with_tx:
        conn.execute("COMMIT")
    return processing_store.get_processing(conn, processing.id)
