"""Who may do what: project share roles (contract 3.7) applied to projects and their processings."""
from __future__ import annotations

import sqlite3
from typing import Optional

from ..errors import forbidden, not_found
from ..store import processings as processing_store
from ..store import projects as project_store
from ..store.records import Project, User

READONLY, CONTRIBUTOR, MAINTAINER, OWNER = "readonly", "contributor", "maintainer", "owner"
ROLE_LEVEL = {READONLY: 1, CONTRIBUTOR: 2, MAINTAINER: 3, OWNER: 4}

WHAT_NEEDS = {
    CONTRIBUTOR: "create or run processings",
    MAINTAINER: "rename, delete, rate or review processings, or share the project",
    OWNER: "rename or delete the project or manage its owners",
}


def project_role(conn: sqlite3.Connection, user: User, project: Project) -> Optional[str]:
    if project.owner_id == user.id or user.is_admin:
        return OWNER
    role = project_store.share_role(conn, project.id, user.id)
    return role.lower() if role else None


def resolve_project(conn: sqlite3.Connection, user: User, project_id: Optional[str]) -> Project:
    """A project by id, or the caller's default project for the alias ``default`` / a missing id."""
    if not project_id or str(project_id).lower() == "default":
        project = project_store.default_project(conn, user.id)
    else:
        project = project_store.get_project(conn, str(project_id))
    if project is None:
        raise not_found("Project", str(project_id))
    return project


def require_project(conn: sqlite3.Connection, user: User, project_id: Optional[str],
                    min_role: str = READONLY) -> tuple:
    """(project, role) if the user holds at least ``min_role``; 404 for strangers, 403 for too low a role."""
    project = resolve_project(conn, user, project_id)
    role = project_role(conn, user, project)
    if role is None:
        raise not_found("Project", str(project_id))
    if ROLE_LEVEL[role] < ROLE_LEVEL[min_role]:
        raise forbidden(f"Not enough rights for this action in a shared project: your role {role} "
                        f"cannot {WHAT_NEEDS[min_role]}")
    return project, role


def require_processing(conn: sqlite3.Connection, user: User, processing_id: str,
                       min_role: str = READONLY) -> tuple:
    """(processing, project, role) under the same rules as its project."""
    processing = processing_store.get_processing(conn, processing_id)
    if processing is None:
        raise not_found("Processing", processing_id)
    project = project_store.get_project(conn, processing.project_id)
    role = project_role(conn, user, project) if project else None
    if role is None:
        raise not_found("Processing", processing_id)
    if ROLE_LEVEL[role] < ROLE_LEVEL[min_role]:
        raise forbidden(f"Not enough rights for this action in a shared project: your role {role} "
                        f"cannot {WHAT_NEEDS[min_role]}")
    return processing, project, role

