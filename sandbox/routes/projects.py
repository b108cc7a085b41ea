"""Projects: default alias, list, page, create, update, delete, share."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ..context import Context, json_body, user_context
from ..errors import bad_request
from ..services import access, projects

router = APIRouter()


def _object(body: Any) -> dict:
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    return body


@router.get("/projects", summary="All projects the user owns or that are shared with them")
def list_projects(ctx: Context = Depends(user_context)) -> list:
    return projects.list_projects(ctx.conn, ctx.user)


@router.post("/projects/page", summary="A page of projects (filter, sortBy NAME|CREATED|UPDATED, sortOrder)")
def page_projects(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    return projects.page_projects(ctx.conn, ctx.user, _object(body))


@router.post("/projects/share", summary="Share a project with a user by role")
def share_project(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        project = projects.share_project(conn, ctx.user, _object(body))
    return projects.project_view(ctx.conn, project)


@router.post("/projects", summary="Create a project")
def create_project(ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        project = projects.create_project(conn, ctx.user, _object(body))
    return projects.project_view(ctx.conn, project)


@router.get("/projects/{project_id}", summary="One project; 'default' is the user's default project")
def get_project(project_id: str, ctx: Context = Depends(user_context)) -> dict:
    project, _ = access.require_project(ctx.conn, ctx.user, project_id)
    return projects.project_view(ctx.conn, project)


@router.put("/projects/{project_id}", summary="Rename or describe a project (owners only)")
def update_project(project_id: str, ctx: Context = Depends(user_context), body: Any = Depends(json_body)) -> dict:
    with ctx.db.tx() as conn:
        project = projects.update_project(conn, ctx.user, project_id, _object(body))
    return projects.project_view(ctx.conn, project)


@router.delete("/projects/{project_id}", summary="Delete a project and all its processings (owners only)")
def delete_project(project_id: str, ctx: Context = Depends(user_context)) -> dict:
    with ctx.db.tx() as conn:
        removed = projects.delete_project(conn, ctx.user, project_id, ctx.config.data_dir)
    return {"id": project_id, "deletedProcessings": len(removed)}
