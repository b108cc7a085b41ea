"""Projects: default, get, list, page, create, update, delete, share."""
from __future__ import annotations

from typing import List, Optional, Union

from ..errors import InvalidRequestError
from ..models import Page, Project, ProjectSortBy, ShareRole, SortOrder, page_body
from ..transport import CallKind, path_segment
from .base import EndpointGroup, enum_argument, non_empty, parse_list


class ProjectEndpoints(EndpointGroup):
    def default_project(self) -> Project:
        """``GET /projects/default``: the user's default project; also the login check."""
        return Project.from_json(self._transport.json("GET", "projects/default"))

    def get_project(self, project_id: str) -> Project:
        return Project.from_json(self._transport.json("GET", f"projects/{path_segment(project_id, 'project id')}"))

    def list_projects(self) -> List[Project]:
        """``GET /projects``: every project of the user, unpaged."""
        return parse_list(self._transport.json("GET", "projects"), Project.from_json, "project", "results")

    def projects_page(self, limit: int = 20, offset: int = 0, name_filter: Optional[str] = None,
                      sort_by: Union[ProjectSortBy, str] = ProjectSortBy.UPDATED,
                      sort_order: Union[SortOrder, str] = SortOrder.DESC) -> Page[Project]:
        """``POST /projects/page``: one page of projects; ``offset`` counts rows, not pages."""
        body = page_body(limit, offset, filter=name_filter, sortBy=enum_argument(ProjectSortBy, sort_by, "sort field"),
                         sortOrder=enum_argument(SortOrder, sort_order, "sort order"))
        data = self._transport.json("POST", "projects/page", json_body=body, retryable=True)
        return Page.from_json(data, Project.from_json, limit, offset, what="project page")

    def create_project(self, name: str, description: Optional[str] = None) -> Project:
        """``POST /projects``: never retried automatically (it would create a duplicate)."""
        body = {"name": _required_name(name, "project")}
        if description is not None:
            body["description"] = description
        return Project.from_json(self._transport.json("POST", "projects", json_body=body, kind=CallKind.CREATE))

    def update_project(self, project_id: str, name: Optional[str] = None,
                       description: Optional[str] = None) -> Project:
        """``PUT /projects/{id}``: rename and/or describe. The default project cannot be changed."""
        body = {}
        if name is not None:
            body["name"] = _required_name(name, "project")
        if description is not None:
            body["description"] = description
        if not body:
            raise InvalidRequestError("nothing to update: give a name or a description")
        data = self._transport.json("PUT", f"projects/{path_segment(project_id, 'project id')}", json_body=body,
                                    kind=CallKind.WRITE)
        return Project.from_json(data)

    def delete_project(self, project_id: str) -> None:
        """``DELETE /projects/{id}``: deletes its processings too."""
        self._transport.request("DELETE", f"projects/{path_segment(project_id, 'project id')}", kind=CallKind.WRITE)

    def share_project(self, project_id: str, email: str, role: Union[ShareRole, str] = ShareRole.READONLY) -> None:
        """``POST /projects/share``: give ``email`` a role (readonly to anyone; other roles within a team)."""
        if not email or "@" not in email:
            raise InvalidRequestError("sharing needs the email address of a Mapflow user")
        role_value = enum_argument(ShareRole, role, "share role").value
        body = {"projectId": non_empty(project_id, "project id"), "email": email.strip(), "role": role_value}
        # sharing twice gives the same state, so a retry is harmless
        self._transport.request("POST", "projects/share", json_body=body, retryable=True, kind=CallKind.WRITE)


def _required_name(name: Optional[str], what: str) -> str:
    if name is None or not str(name).strip():
        raise InvalidRequestError(f"the {what} name is empty")
    return str(name).strip()
