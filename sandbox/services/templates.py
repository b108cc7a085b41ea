"""Planned searches (contract 2.8): create, list, update, delete, pause, resume, restart, AOI edits, seen marks.

Access follows the project's share roles (sandbox/services/access.py): readonly users see a project's templates,
contributors create them and edit or delete their own, maintainers and owners edit any; strangers get 404.
The active-template cap counts a creator's templates that are neither paused, expired nor deleted.
"""
from __future__ import annotations

import sqlite3
from typing import Optional

from .. import clock
from ..errors import ApiError, bad_request, forbidden, not_found
from ..store import projects as project_store
from ..store import templates as template_store
from ..store import users as user_store
from ..store.records import User
from ..store.templates import Template
from ..util import new_id
from . import access, template_search
from .processing_create import checked_name
from .search_filters import FILTER_KEYS, parse_filters
from .template_aois import GEOMETRY_KEYS, active_until, aoi_input, aoi_name, aois_of_search_params, check_aois
from .template_search import CREATED, FAILED, SEARCHING
from .template_views import is_expired

CAP_REACHED = "You have reached the maximum number of active templates"


def _object(body, what: str = "The request body") -> dict:
    if not isinstance(body, dict):
        raise bad_request(f"{what} must be a JSON object")
    return body


def require_template(conn: sqlite3.Connection, user: User, template_id: str, edit: bool = False) -> tuple:
    """(template, project, role); 404 for strangers and deleted templates, 403 for an edit without the right."""
    template = template_store.get_template(conn, template_id)
    project = project_store.get_project(conn, template.project_id) if template else None
    role = access.project_role(conn, user, project) if project else None
    if role is None:
        raise not_found("Template", template_id)
    if edit and not can_edit(user, template, role):
        raise forbidden(f"Not enough rights for this action in a shared project: your role {role} can edit only "
                        f"the planned searches you created")
    return template, project, role


def can_edit(user: User, template: Template, role: str) -> bool:
    level = access.ROLE_LEVEL[role]
    return level >= access.ROLE_LEVEL[access.MAINTAINER] or (role == access.CONTRIBUTOR
                                                              and template.creator_id == user.id)


# -- listings --------------------------------------------------------------------------------------------------
def project_templates(conn: sqlite3.Connection, user: User, project_id: str) -> list:
    project, _ = access.require_project(conn, user, project_id, access.READONLY)
    return template_store.templates_in_projects(conn, [project.id])


def visible_templates(conn: sqlite3.Connection, user: User) -> list:
    if user.is_admin:
        return template_store.all_templates(conn)
    return template_store.templates_in_projects(conn, [p.id for p in project_store.visible_projects(conn, user.id)])


def user_templates(conn: sqlite3.Connection, user: User, user_id: str) -> list:
    """Templates created by ``user_id`` that the caller can see; an unknown user is a 404."""
    if user_store.get_user(conn, user_id) is None:
        raise not_found("User", user_id)
    return [t for t in visible_templates(conn, user) if t.creator_id == user_id]


# -- create and update -----------------------------------------------------------------------------------------
def _filters(values: dict) -> dict:
    return parse_filters({k: v for k, v in values.items() if k in FILTER_KEYS}).as_json()


def _processing_params(value) -> Optional[dict]:
    if value is not None and not isinstance(value, dict):
        raise bad_request("processingParams must be an object")
    return value


def create_template(conn: sqlite3.Connection, user: User, body) -> Template:
    body = _object(body)
    project, _ = access.require_project(conn, user, body.get("projectId"), access.CONTRIBUTOR)
    search_params = _object(body.get("searchParams"), "searchParams")
    aois = aois_of_search_params(search_params)
    check_aois(user, len(aois), sum(a.area for a in aois))
    filters = _filters(search_params)
    params = _processing_params(body.get("processingParams"))
    now = clock.now(conn)
    until = active_until(body.get("activeUntil"), now)
    name = checked_name(body.get("name"))
    with_tx = conn.in_transaction
    if not with_tx:
        conn.execute("BEGIN IMMEDIATE")
    try:
        if not name:
            count = conn.execute("SELECT COUNT(*) FROM templates WHERE project_id = ?", (project.id,)).fetchone()[0]
            name = f"Planned search {count + 1}"
        over_cap = template_store.count_active(conn, user.id, clock.iso(now)) >= user.max_active_templates
        template = Template(id=new_id(), project_id=project.id, creator_id=user.id, name=name, filters=filters,
                            processing_params=params, active_until=until, status=CREATED if over_cap else SEARCHING,
                            paused=over_cap, deleted=False, last_checked_at=None, last_error=None,
                            created_at=clock.iso(now), updated_at=clock.iso(now))
        template_store.insert_template(conn, template)
        for number, aoi in enumerate(aois, start=1):
            template_store.insert_aoi(conn, template.id, aoi.name or f"AOI {number}", aoi.geometry, aoi.area,
                                      clock.iso(now))
        project_store.touch_project(conn, project.id)
    except BaseException:
        if not with_tx:
            conn.execute("ROLLBACK")
        raise
    if not with_tx:
        conn.execute("COMMIT")
    return template_store.get_template(conn, template.id)


def update_template(conn: sqlite3.Connection, user: User, template_id: str, body) -> Template:
    body = _object(body)
    template, _, _ = require_template(conn, user, template_id, edit=True)
    now = clock.now(conn)
    fields, refilter = {}, False
    if body.get("name") is not None:
        name = checked_name(body["name"])
        if not name:
            raise bad_request("name must be a non-empty string")
        fields["name"] = name
    if body.get("searchParams") is not None:
        changes = _object(body["searchParams"], "searchParams")
        if any(key in changes for key in GEOMETRY_KEYS):
            raise bad_request("Geometry updates are not supported")
        merged = dict(template.filters)
        for key, value in changes.items():
            if key not in FILTER_KEYS:
                continue
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        fields["filters"] = _filters(merged)
        refilter = fields["filters"] != template.filters
    if "processingParams" in body:
        fields["processing_params"] = _processing_params(body["processingParams"])
    if body.get("activeUntil") is not None:
        fields["active_until"] = active_until(body["activeUntil"], now)
    if not fields:
        return template
    fields["updated_at"] = clock.iso(now)
    template_store.update_template(conn, template.id, **fields)
    fresh = template_store.get_template(conn, template.id)
    if refilter:
        template_search.rebaseline(conn, fresh)
    return template_store.get_template(conn, template.id)


def delete_template(conn: sqlite3.Connection, user: User, template_id: str) -> None:
    template, project, _ = require_template(conn, user, template_id, edit=True)
    template_store.update_template(conn, template.id, deleted=True, updated_at=clock.now_iso(conn))
    project_store.touch_project(conn, project.id)


# -- state -----------------------------------------------------------------------------------------------------
def pause_template(conn: sqlite3.Connection, user: User, template_id: str) -> Template:
    template, _, _ = require_template(conn, user, template_id, edit=True)
    if template.paused:
        return template
    if template.status in (SEARCHING, "READY") and not is_expired(template, clock.now(conn)):
        template_search.search_now(conn, template)  # what was published before the pause is still found
    template_store.update_template(conn, template.id, paused=True, updated_at=clock.now_iso(conn))
    return template_store.get_template(conn, template.id)


def resume_template(conn: sqlite3.Connection, user: User, template_id: str) -> Template:
    template, _, _ = require_template(conn, user, template_id, edit=True)
    if not template.paused:
        return template
    now = clock.now(conn)
    if is_expired(template, now):
        raise ApiError(400, "TEMPLATE_EXPIRED", "The planned search has expired; extend activeUntil to resume it",
                       {"activeUntil": template.active_until})
    creator = user_store.get_user(conn, template.creator_id)
    if template_store.count_active(conn, creator.id, clock.iso(now), excluding=template.id) >= \
            creator.max_active_templates:
        raise ApiError(400, "BAD_REQUEST", CAP_REACHED, {"maxActiveTemplates": creator.max_active_templates})
    status = SEARCHING if template.status == CREATED or template.last_checked_at is None else template.status
    template_store.update_template(conn, template.id, paused=False, status=status, updated_at=clock.iso(now))
    fresh = template_store.get_template(conn, template.id)
    if fresh.status != FAILED:
        template_search.search_now(conn, fresh)  # what was published while it was paused is found now
    return template_store.get_template(conn, template.id)


def restart_template(conn: sqlite3.Connection, user: User, template_id: str) -> Template:
    template, _, _ = require_template(conn, user, template_id, edit=True)
    if template.status != FAILED:
        raise ApiError(400, "TEMPLATE_NOT_FAILED", f"Only a failed planned search can be restarted; this one is "
                       f"{template.status}", {"status": template.status})
    now = clock.now(conn)
    template_store.update_template(conn, template.id, status=SEARCHING, last_error=None, updated_at=clock.iso(now))
    fresh = template_store.get_template(conn, template.id)
    if not fresh.paused and not is_expired(fresh, now):
        template_search.search_now(conn, fresh)
    return template_store.get_template(conn, template.id)


# -- AOIs ------------------------------------------------------------------------------------------------------
def _aoi_list(conn: sqlite3.Connection, template: Template) -> list:
    return template_store.aois_of(conn, [template.id])[template.id]


def add_aois(conn: sqlite3.Connection, user: User, template_id: str, body) -> dict:
    body = _object(body)
    template, _, _ = require_template(conn, user, template_id, edit=True)
    items = body.get("aois") if body.get("aois") is not None else [body]
    if not isinstance(items, list) or not items:
        raise bad_request("aois must be a non-empty list of {geometry, name}")
    new = [aoi_input(item) for item in items]
    existing = _aoi_list(conn, template)
    creator = user_store.get_user(conn, template.creator_id)
    check_aois(creator, len(existing) + len(new), sum(a.area for a in existing) + sum(a.area for a in new))
    now = clock.now_iso(conn)
    ids = []
    number = len(existing)
    for aoi in new:
        number += 1
        ids.append(template_store.insert_aoi(conn, template.id, aoi.name or f"AOI {number}", aoi.geometry, aoi.area,
                                             now))
    template_store.update_template(conn, template.id, updated_at=now)
    template_search.rebaseline(conn, template, ids)
    return {"addedCount": len(ids), "partitioningTriggered": True, "aoiIds": ids}


def update_aoi(conn: sqlite3.Connection, user: User, template_id: str, aoi_id: str, body) -> tuple:
    """(template, aoi): rename and/or redraw one AOI."""
    body = _object(body)
    template, _, _ = require_template(conn, user, template_id, edit=True)
    aois = _aoi_list(conn, template)
    target = next((a for a in aois if a.id == aoi_id), None)
    if target is None:
        raise not_found("AOI", aoi_id)
    name = aoi_name(body.get("name"))
    redrawn = aoi_input({"geometry": body["geometry"]}) if body.get("geometry") is not None else None
    if name is None and redrawn is None:
        raise bad_request("Give a name and/or a geometry to change")
    if redrawn is not None:
        creator = user_store.get_user(conn, template.creator_id)
        check_aois(creator, len(aois), sum(a.area for a in aois if a.id != aoi_id) + redrawn.area)
    template_store.update_aoi(conn, aoi_id, name=name, geometry=redrawn.geometry if redrawn else None,
                              area=redrawn.area if redrawn else None)
    template_store.update_template(conn, template.id, updated_at=clock.now_iso(conn))
    if redrawn is not None:
        template_search.rebaseline(conn, template, [aoi_id])
    return template, next(a for a in _aoi_list(conn, template) if a.id == aoi_id)


def delete_aois(conn: sqlite3.Connection, user: User, template_id: str, body) -> dict:
    body = _object(body)
    template, _, _ = require_template(conn, user, template_id, edit=True)
    wanted = body.get("aoiIds")
    if not isinstance(wanted, list) or not wanted or not all(isinstance(a, str) for a in wanted):
        raise bad_request("aoiIds must be a non-empty list of AOI ids")
    existing = {a.id for a in _aoi_list(conn, template)}
    found = [a for a in dict.fromkeys(wanted) if a in existing]
    if not found:
        raise not_found("AOI", ", ".join(wanted))
    if len(existing) - len(found) < 1:
        raise ApiError(400, "TEMPLATE_NEEDS_AOI", "A planned search keeps at least one AOI; delete the planned "
                       "search instead", {"aoiCount": len(existing)})
    deleted = template_store.delete_aois(conn, template.id, found)
    template_store.update_template(conn, template.id, updated_at=clock.now_iso(conn))
    return {"deletedCount": deleted, "remainingCount": len(existing) - deleted,
            "notFound": [a for a in wanted if a not in existing]}


# -- seen marks ------------------------------------------------------------------------------------------------
def mark_seen(conn: sqlite3.Connection, user: User, template_id: str, image_id: Optional[str]) -> dict:
    template, _, _ = require_template(conn, user, template_id, edit=True)
    if image_id is not None and not template_store.has_image(conn, template.id, image_id):
        raise not_found("Image", image_id)
    changed = template_store.mark_seen(conn, template.id, image_id)
    return {"templateId": template.id, "imageId": image_id, "updatedCount": changed}
