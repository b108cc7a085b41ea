"""Everything done to existing processings: listing, paging, rename/move, delete, restart, rating; review.py: review."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Optional

from .. import catalog
from ..errors import ApiError, bad_request, not_found
from ..store import processings as processing_store
from ..store import projects as project_store
from ..store import users as user_store
from ..store.records import Processing, User
from . import access, billing, lifecycle, processing_create, sources
from .paging import page_window, sort_direction
from .processing_views import ViewBuilder


def visible_in_project(conn: sqlite3.Connection, user: User, project_id: Optional[str]) -> list:
    project, _ = access.require_project(conn, user, project_id, access.READONLY)
    if user.is_admin and project.is_default and project.owner_id == user.id:
        return processing_store.all_processings(conn)  # an admin's default project shows everything
    return processing_store.processings_in_projects(conn, [project.id])


def _sort_keys(conn: sqlite3.Connection, views: ViewBuilder) -> dict:
    names = {}

    def project_name(p: Processing) -> str:
        if p.project_id not in names:
            project = project_store.get_project(conn, p.project_id)
            names[p.project_id] = project.name.lower() if project else ""
        return names[p.project_id]

    return {
        "CREATED": lambda p: p.created, "NAME": lambda p: p.name.lower(), "STATUS": lambda p: p.status,
        "SCENARIO": lambda p: catalog.model_by_key(p.model_key).name.lower(), "PROJECT": project_name,
        "EMAIL": lambda p: views.email(p.creator_id).lower(), "COST": lambda p: p.cost, "AREA": lambda p: p.area,
        "PROGRESS": lambda p: 100 if p.status == "OK" else views.weighted_percent(p),
        "COMPLETED": lambda p: p.completed or "", "PROVIDER": lambda p: (sources.provider_label(p.source) or ""),
    }


def page_processings(conn: sqlite3.Connection, user: User, project_id: str, body: dict, public_url: str) -> dict:
    processings = visible_in_project(conn, user, project_id)
    views = ViewBuilder(conn, public_url).prefetch(processings)
    terms = str(body.get("terms") or body.get("filter") or "").strip().lower()
    if terms:
        processings = [p for p in processings if terms in " ".join((
            p.name, p.id, p.status, p.description or "", catalog.model_by_key(p.model_key).name,
            views.email(p.creator_id), sources.provider_label(p.source) or "")).lower()]
    sort_by = str(body.get("sortBy") or "CREATED").upper()
    keys = _sort_keys(conn, views)
    if sort_by not in keys:
        raise bad_request(f"sortBy must be one of {', '.join(keys)}", sortBy=sort_by)
    processings.sort(key=keys[sort_by], reverse=sort_direction(body.get("sortOrder"), "DESC"))
    limit, offset = page_window(body, default_limit=30)
    chosen = processings[offset:offset + limit]
    return {"results": [views.v2(p) for p in chosen], "total": len(processings), "count": len(chosen)}


def update_processing(conn: sqlite3.Connection, user: User, processing_id: str, body) -> Processing:
    """Rename (name, description) and/or move (projectId); every alias path lands here."""
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    processing, project, _ = access.require_processing(conn, user, processing_id, access.MAINTAINER)
    fields = {}
    if body.get("name") is not None:
        name = processing_create.checked_name(body["name"])
        if not name:
            raise bad_request("name must be a non-empty string")
        fields["name"] = name
    if "description" in body:
        if body["description"] is not None and not isinstance(body["description"], str):
            raise bad_request("description must be a string")
        fields["description"] = body["description"]
    target_id = body.get("projectId")
    if target_id and target_id != project.id:
        target, _ = access.require_project(conn, user, str(target_id), access.CONTRIBUTOR)
        fields["project_id"] = target.id
        project_store.touch_project(conn, target.id)
    if fields:
        processing_store.update_processing(conn, processing.id, **fields)
        project_store.touch_project(conn, project.id)
    return processing_store.get_processing(conn, processing.id)


def delete_processing(conn: sqlite3.Connection, user: User, processing_id: str, data_dir: Path) -> None:
    processing, project, _ = access.require_processing(conn, user, processing_id, access.MAINTAINER)
    processing_store.delete_processing(conn, processing.id)
    project_store.touch_project(conn, project.id)
    # a running partition notices the deletion through should_cancel; its files go now
    shutil.rmtree(lifecycle.processing_dir(data_dir, processing.id), ignore_errors=True)


def restart_processing(conn: sqlite3.Connection, user: User, processing_id: str, data_dir: Path) -> Processing:
    """Re-queue only the failed partitions, each from the stage it failed at; charges again."""
    processing, _, _ = access.require_processing(conn, user, processing_id, access.CONTRIBUTOR)
    if processing.status != "FAILED":
        raise ApiError(400, "BAD_REQUEST", f"Only failed processings can be restarted; this one is "
                       f"{processing.status}", {"status": processing.status})
    conn.execute("BEGIN IMMEDIATE")
    try:
        payer = user_store.get_user(conn, processing.payer_id)
        billing.check_balance(payer, processing.area, processing.cost)
        problems = sources.pipeline_messages(conn, processing.source)
        failed = [p for p in processing_store.partitions_of(conn, processing.id) if p.status == "FAILED"]
        for partition in failed:
            if problems:
                processing_store.update_partition(conn, partition.id, messages=problems)
            else:
                processing_store.update_partition(conn, partition.id, status="UNPROCESSED", messages=[],
                                                  start_stage=partition.stage, percent=0.0)
        processing_store.update_processing(conn, processing.id, status="IN_PROGRESS", messages=[], completed=None)
        billing.charge(conn, payer, processing.id, processing.area, processing.cost)
        lifecycle.finalize(conn, data_dir, processing.id)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return processing_store.get_processing(conn, processing.id)


def rate_processing(conn: sqlite3.Connection, user: User, processing_id: str, body) -> Processing:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    processing, _, _ = access.require_processing(conn, user, processing_id, access.MAINTAINER)
    if processing.status != "OK":
        raise ApiError(400, "BAD_REQUEST", "Only finished (OK) processings can be rated", {"status": processing.status})
    try:
        rating = int(body.get("rating"))
    except (TypeError, ValueError):
        raise bad_request("rating must be an integer from 1 to 5") from None
    if not 1 <= rating <= 5:
        raise bad_request("rating must be an integer from 1 to 5", rating=str(rating))
    feedback = body.get("feedback")
    if feedback is not None and not isinstance(feedback, str):
        raise bad_request("feedback must be a string")
    processing_store.update_processing(conn, processing.id, rating=rating, feedback=feedback)
    return processing_store.get_processing(conn, processing.id)


def result_file(conn: sqlite3.Connection, user: User, processing_id: str, data_dir: Path,
                aoi_id: Optional[str]) -> Path:
    processing, _, _ = access.require_processing(conn, user, processing_id, access.READONLY)
    if processing.status != "OK":
        raise ApiError(400, "BAD_REQUEST", f"The processing has no result yet (status {processing.status})",
                       {"status": processing.status})
    if aoi_id:
        partition = processing_store.get_partition(conn, aoi_id)
        if partition is None or partition.processing_id != processing.id or not partition.result_path:
            raise not_found("AOI", aoi_id)
        return Path(partition.result_path)
    path = lifecycle.result_path(data_dir, processing.id)
    if not path.exists():
        raise not_found("Result", processing.id)
    return path
