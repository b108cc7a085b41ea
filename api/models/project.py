"""Projects, their sharing and the user's role in them (contract sections 2.2 and 3.7)."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, Optional, Tuple

from ._fields import Fields, enum_value
from .user import BillingType, WorkflowDef


class ShareRole(str, enum.Enum):
    """A role in a shared project (contract 3.7), members in order from the least to the most rights.

    Reading the role string is an API fact; what each role may do is a plugin rule (``core.roles``)."""

    READONLY = "readonly"
    CONTRIBUTOR = "contributor"
    MAINTAINER = "maintainer"
    OWNER = "owner"

    @classmethod
    def parse(cls, value: Any) -> "ShareRole":
        """Case-insensitive; an unknown role gives the least one, ``readonly``."""
        return enum_value(cls, value, cls.READONLY)


@dataclass(frozen=True)
class ShareMember:
    email: str
    role: ShareRole

    @classmethod
    def from_json(cls, data: Any) -> "ShareMember":
        f = Fields(data, "project share member")
        return cls(email=f.required_text("email", "login"), role=ShareRole.parse(f.text("role")))


@dataclass(frozen=True)
class ShareProject:
    owners: Tuple[ShareMember, ...] = ()
    users: Tuple[ShareMember, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> "ShareProject":
        f = Fields(data, "project sharing")
        return cls(owners=tuple(f.items(ShareMember.from_json, "owners")),
                   users=tuple(f.items(ShareMember.from_json, "users")))


@dataclass(frozen=True)
class ProjectUser:
    """The project's user object; ``aoi_area_limit`` (m²) is the AOI limit of the project (the owner's)."""

    id: Optional[str] = None
    email: Optional[str] = None
    login: Optional[str] = None
    role: Optional[str] = None
    area_limit: Optional[int] = None
    aoi_area_limit: Optional[int] = None
    template_area_limit: Optional[float] = None
    processed_area: Optional[int] = None
    is_premium: bool = False
    review_workflow_enabled: bool = False
    is_customer: bool = False

    @classmethod
    def from_json(cls, data: Any) -> "ProjectUser":
        f = Fields(data, "project user")
        return cls(id=f.text("id"), email=f.text("email", "login"), login=f.text("login"), role=f.text("role"),
                   area_limit=f.integer("areaLimit"), aoi_area_limit=f.integer("aoiAreaLimit"),
                   template_area_limit=f.number("templateAreaLimit"), processed_area=f.integer("processedArea"),
                   is_premium=f.flag("isPremium"), review_workflow_enabled=f.flag("reviewWorkflowEnabled"),
                   is_customer=f.flag("isCustomer"))

    @property
    def is_admin(self) -> bool:
        return (self.role or "").upper() == "ADMIN"


@dataclass(frozen=True)
class ProjectProgress:
    status: Optional[str] = None
    percent_completed: Optional[int] = None
    completion_date: Optional[datetime] = None

    @classmethod
    def from_json(cls, data: Any) -> "ProjectProgress":
        f = Fields(data, "project progress")
        return cls(status=f.text("status"), percent_completed=f.integer("percentCompleted"),
                   completion_date=f.timestamp("completionDate"))


@dataclass(frozen=True)
class Project:
    id: str
    name: str
    description: Optional[str] = None
    is_default: bool = False
    created: Optional[datetime] = None
    updated: Optional[datetime] = None
    aoi_count: Optional[int] = None
    area: Optional[int] = None  # m²
    user: Optional[ProjectUser] = None
    workflow_defs: Tuple[WorkflowDef, ...] = ()
    share_project: Optional[ShareProject] = None
    processing_counts: Optional[Dict[str, int]] = None
    billing_type: Optional[BillingType] = None
    progress: Optional[ProjectProgress] = None

    @classmethod
    def from_json(cls, data: Any) -> "Project":
        f = Fields(data, "project")
        counts = {str(k): int(v) for k, v in f.mapping("processingCounts").items()
                  if isinstance(v, (int, float)) or str(v).isdigit()}
        billing = f.text("billingType")
        return cls(id=f.required_text("id"), name=f.required_text("name"), description=f.text("description"),
                   is_default=f.flag("isDefault"), created=f.timestamp("created"), updated=f.timestamp("updated"),
                   aoi_count=f.integer("aoiCount"), area=f.integer("area"),
                   user=f.child(ProjectUser.from_json, "user"),
                   workflow_defs=tuple(f.items(WorkflowDef.from_json, "workflowDefs")),
                   share_project=f.child(ShareProject.from_json, "shareProject"),
                   processing_counts=counts or None,
                   billing_type=None if billing is None else BillingType.parse(billing, BillingType.AREA),
                   progress=f.child(ProjectProgress.from_json, "progress"))

    @property
    def owner_email(self) -> Optional[str]:
        if self.share_project and self.share_project.owners:
            return self.share_project.owners[0].email
        return self.user.email if self.user else None

    def role_of(self, email: Optional[str]) -> ShareRole:
        """The role of ``email`` here: owners first, then users; not listed → readonly; no sharing → owner."""
        if self.share_project is None:
            return ShareRole.OWNER
        wanted = (email or "").strip().lower()
        for member in self.share_project.owners:
            if member.email.lower() == wanted:
                return ShareRole.OWNER if member.role is ShareRole.READONLY else member.role
        for member in self.share_project.users:
            if member.email.lower() == wanted:
                return member.role
        return ShareRole.READONLY

    def model(self, name_or_id: str) -> Optional[WorkflowDef]:
        for m in self.workflow_defs:
            if m.id == name_or_id or m.name.lower() == name_or_id.lower():
                return m
        return None
