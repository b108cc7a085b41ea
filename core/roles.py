"""Who may do what in a shared project (contract section 3.7), per action, for buttons and their tooltips.

The one home of the permission rules. The role itself is an API fact: ``api.models.Project.role_of(email)`` reads
it from the project's sharing and ``api.models.ShareRole`` parses the string and orders the roles."""
from __future__ import annotations

from enum import Enum
from typing import Optional

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.project import ShareRole

CONTEXT = "MapflowRoles"
_DEFAULT_PROTECTED = QT_TRANSLATE_NOOP("MapflowRoles", "The default project cannot be renamed or deleted.")
_NEEDS_ROLE = QT_TRANSLATE_NOOP("MapflowRoles",
                                "Your role in this project is {role}; this needs the {needed} role or higher.")


class ProjectAction(str, Enum):
    RUN = "run"  # create and run processings
    RENAME_PROCESSING = "rename_processing"
    DELETE_PROCESSING = "delete_processing"
    RATE = "rate"  # rate a result
    REVIEW = "review"  # accept a result in review or send it back (contract 2.5)
    RESTART = "restart"
    MOVE = "move"
    SHARE = "share"
    RENAME_PROJECT = "rename_project"
    DELETE_PROJECT = "delete_project"


ROLES = tuple(role.value for role in ShareRole)  # lowest to highest

_MINIMUM_ROLE = {
    ProjectAction.RUN: "contributor",
    ProjectAction.RESTART: "contributor",
    ProjectAction.RENAME_PROCESSING: "maintainer",
    ProjectAction.DELETE_PROCESSING: "maintainer",
    ProjectAction.RATE: "maintainer",
    ProjectAction.REVIEW: "maintainer",
    ProjectAction.MOVE: "maintainer",
    ProjectAction.SHARE: "maintainer",
    ProjectAction.RENAME_PROJECT: "owner",
    ProjectAction.DELETE_PROJECT: "owner",
}


def normalise_role(role: Optional[str]) -> str:
    """Case-insensitive; unknown or missing means readonly (the API's own rule, api.models.ShareRole)."""
    return ShareRole.parse(role).value


def allowed(role: str, action: ProjectAction, is_default: bool = False) -> bool:
    if is_default and action in (ProjectAction.RENAME_PROJECT, ProjectAction.DELETE_PROJECT):
        return False
    return ROLES.index(normalise_role(role)) >= ROLES.index(_MINIMUM_ROLE[action])


def why_not(role: str, action: ProjectAction, is_default: bool = False) -> str:
    """A tooltip for a disabled button; empty when the action is allowed."""
    if allowed(role, action, is_default):
        return ""
    if is_default and action in (ProjectAction.RENAME_PROJECT, ProjectAction.DELETE_PROJECT):
        return translate(_DEFAULT_PROTECTED, CONTEXT)
    return translate(_NEEDS_ROLE, CONTEXT).format(role=normalise_role(role), needed=_MINIMUM_ROLE[action])
