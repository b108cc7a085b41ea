"""Projects: views with progress and sharing, paging, create/update/delete, and sharing by role."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Optional

from ..errors import ApiError, bad_request, forbidden, not_found
from ..store import processings as processing_store
from ..store import projects as project_store
from ..store import templates as template_store
from ..store import users as user_store
from ..store.records import Project, User
from . import access, catalog_views
from .accounts import user_object
from .paging import page_window, sort_direction

ACTIVE = ("UNPROCESSED", "IN_PROGRESS", "AWAITING")
PROJECT_SORT_KEYS = {"NAME": lambda p: p.name.lower(), "CREATED": lambda p: p.created,
                     "UPDATED": lambda p: p.updated}


def _aggregates(conn: sqlite3.Connection, project_ids: list) -> dict:
    """project id -> {"statuses": {status: (count, area, last update, last completion)}, "aoiCount": n}."""
    result = {pid: {"statuses": {}, "aoiCount": 0} for pid in project_ids}
    if not project_ids:
        return result
    marks = ", ".join("?" for _ in project_ids)
    rows = conn.execute(f"SELECT project_id, status, COUNT(*), SUM(area), MAX(updated), MAX(completed) "
                        f"FROM processings WHERE project_id IN ({marks}) GROUP BY project_id, status", project_ids)
    for pid, status, count, area, updated, completed in rows:
        result[pid]["statuses"][status] = (count, int(area or 0), updated, completed)
    rows = conn.execute(f"SELECT r.project_id, COUNT(*) FROM partitions p JOIN processings r "
                        f"ON r.id = p.processing_id WHERE r.project_id IN ({marks}) GROUP BY r.project_id", project_ids)
    for pid, count in rows:
        result[pid]["aoiCount"] = count
    return result


def _progress(statuses: dict) -> dict:
    details = [{"status": s, "count": c, "area": a, "statusUpdateDate": u} for s, (c, a, u, _) in statuses.items()]
    total_area = sum(a for _, a, _, _ in statuses.values())
    if not statuses:
        return {"status": "UNPROCESSED", "percentCompleted": 0, "details": [], "completionDate": None}
    finished_area = sum(a for s, (_, a, _, _) in statuses.items() if s not in ACTIVE)
    if any(s in ACTIVE for s in statuses):
        status = "IN_PROGRESS"
    elif "FAILED" in statuses:
        status = "FAILED"
    else:
        status = "OK"
    percent = 100 if status != "IN_PROGRESS" else int(100 * finished_area / total_area) if total_area else 0
    completions = [c for _, _, _, c in statuses.values() if c]
    return {"status": status, "percentCompleted": percent, "details": details,
            "completionDate": max(completions) if status == "OK" and completions else None}


def project_views(conn: sqlite3.Connection, projects: list) -> list:
    aggregates = _aggregates(conn, [p.id for p in projects])
    templates = template_store.count_by_project(conn, [p.id for p in projects])
    defs = catalog_views.workflow_defs(conn)
    owners = {}
    views = []
    for project in projects:
        owner = owners.get(project.owner_id) or user_store.get_user(conn, project.owner_id)
        owners[project.owner_id] = owner
        shares = project_store.shares_of(conn, project.id)
        statuses = aggregates[project.id]["statuses"]
        views.append({
            "id": project.id, "name": project.name, "description": project.description,
            "isDefault": project.is_default, "created": project.created, "updated": project.updated,
            "progress": _progress(statuses),
            "aoiCount": aggregates[project.id]["aoiCount"],
            "area": sum(a for _, a, _, _ in statuses.values()),
            "user": user_object(owner),  # for a shared project these are the owner's limits
            "workflowDefs": defs,
            "shareProject": {
                "owners": [{"email": owner.email, "role": "owner"}]
                + [{"email": e, "role": r} for e, r in shares if r == "owner"],
                "users": [{"email": e, "role": r} for e, r in shares if r != "owner"],
            },
            "processingCounts": {
                "succeeded": statuses.get("OK", (0,))[0], "failed": statuses.get("FAILED", (0,))[0],
                "inProgress": sum(statuses.get(s, (0,))[0] for s in ACTIVE),
                "total": sum(c for c, _, _, _ in statuses.values()),
            },
            "templatesCount": templates.get(project.id, 0),
            "billingType": owner.billing_type,
        })
    return views


def project_view(conn: sqlite3.Connection, project: Project) -> dict:
    return project_views(conn, [project])[0]


def list_projects(conn: sqlite3.Connection, user: User) -> list:
    return project_views(conn, project_store.visible_projects(conn, user.id))


def page_projects(conn: sqlite3.Connection, user: User, body: dict) -> dict:
    projects = project_store.visible_projects(conn, user.id)
    text = str(body.get("filter") or "").strip().lower()
    if text:
        projects = [p for p in projects if text in p.name.lower() or text in (p.description or "").lower()]
    sort_by = str(body.get("sortBy") or "UPDATED").upper()
    if sort_by not in PROJECT_SORT_KEYS:
        raise bad_request(f"sortBy must be one of {', '.join(PROJECT_SORT_KEYS)}", sortBy=sort_by)
    projects.sort(key=PROJECT_SORT_KEYS[sort_by], reverse=sort_direction(body.get("sortOrder"), "DESC"))
    limit, offset = page_window(body, default_limit=20)
    chosen = projects[offset:offset + limit]
    return {"results": project_views(conn, chosen), "total": len(projects), "count": len(chosen)}


def _clean_name(value, required: bool) -> Optional[str]:
    if value is None:
        if required:
            raise bad_request("name is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise bad_request("name must be a non-empty string")
    if len(value) > 255:
        raise bad_request("name must be at most 255 characters")
    return value.strip()


def _clean_description(value) -> Optional[str]:
    if value is not None and not isinstance(value, str):
        raise bad_request("description must be a string")
    return value


def create_project(conn: sqlite3.Connection, user: User, body: dict) -> Project:
    name = _clean_name(body.get("name"), required=True)
    return project_store.insert_project(conn, user.id, name, _clean_description(body.get("description")))


def update_project(conn: sqlite3.Connection, user: User, project_id: str, body: dict) -> Project:
    project, _ = access.require_project(conn, user, project_id, access.OWNER)
    name = _clean_name(body.get("name"), required=False)
    description = _clean_description(body.get("description"))
    if project.is_default and name is not None and name != project.name:
        raise ApiError(400, "BAD_REQUEST", "The default project cannot be renamed")
    fields = {}
    if name is not None:
        fields["name"] = name
    if "description" in body:
        fields["description"] = description
    project_store.update_project(conn, project.id, **fields)
    return project_store.get_project(conn, project.id)


def delete_project(conn: sqlite3.Connection, user: User, project_id: str, data_dir: Path) -> list:
    """Deletes the project and its processings; returns the deleted processing ids (their files go too)."""
    project, _ = access.require_project(conn, user, project_id, access.OWNER)
    if project.is_default:
        raise ApiError(400, "BAD_REQUEST", "The default project cannot be deleted")
    removed = [p.id for p in processing_store.processings_in_projects(conn, [project.id])]
    project_store.delete_project(conn, project.id)
    for pid in removed:
        shutil.rmtree(data_dir / "processings" / pid, ignore_errors=True)
    return removed


def share_project(conn: sqlite3.Connection, user: User, body: dict) -> Project:
    """Share by role: maintainers share up to maintainer, only owners grant owner; above readonly needs a team."""
    role = str(body.get("role") or "").strip().lower()
    if role not in access.ROLE_LEVEL:
        raise bad_request(f"role must be one of {', '.join(access.ROLE_LEVEL)}", role=str(body.get("role")))
    project_id = body.get("projectId")
    if not project_id:
        raise bad_request("projectId is required")
    project, my_role = access.require_project(conn, user, project_id, access.MAINTAINER)
    if role == access.OWNER and my_role != access.OWNER:
        raise forbidden("Only a project owner can make other owners")
    target = user_store.find_user_by_email(conn, str(body.get("email") or ""))
    if target is None:
        raise not_found("User", str(body.get("email")))
    if target.id == project.owner_id:
        raise bad_request("The project already belongs to this user")
    current = project_store.share_role(conn, project.id, target.id)
    if current == access.OWNER and my_role != access.OWNER:
        raise forbidden("Only a project owner can change another owner's role")
    if role != access.READONLY and not user_store.share_a_team(conn, project.owner_id, target.id):
        raise ApiError(400, "BAD_REQUEST", f"Role {role} can only be given to members of the owner's team; "
                       f"share as readonly instead", {"email": target.email, "role": role})
    project_store.set_share(conn, project.id, target.id, role)
    project_store.touch_project(conn, project.id)
    return project_store.get_project(conn, project.id)
