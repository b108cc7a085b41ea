"""Accounts: creation with sane limits, API tokens, teams, and the /user/status view."""
from __future__ import annotations

import base64
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Optional

from ..store import projects as project_store
from ..store import users as user_store
from ..store.records import User
from . import catalog_views

DEMO_EMAIL = "demo@sandbox.mapflow.local"
KM2 = 1_000_000
GIB = 1024 ** 3
BILLING_TYPES = ("CREDITS", "AREA", "NONE")
ROLES = ("USER", "ADMIN")


@dataclass
class AccountLimits:
    """Limits a new account starts with (free plan-like); every value can be changed with set-limits."""
    billing_type: str = "CREDITS"
    credits: int = 250
    area_limit: int = 100 * KM2
    aoi_area_limit: int = 100 * KM2
    max_aois: int = 10
    memory_limit: Optional[int] = 5 * GIB
    max_upload_file_size: int = 1 * GIB
    max_pixel_count: int = 65535
    role: str = "USER"
    premium: bool = False  # premium plans get the premium search providers (contract 5)
    max_active_templates: int = 5  # planned searches that may search at the same time
    review_days: float = 7.0  # review period of results when the review workflow is on


DEMO_LIMITS = AccountLimits(credits=100_000, area_limit=100_000 * KM2, aoi_area_limit=100 * KM2, max_aois=10,
                            memory_limit=20 * GIB, max_upload_file_size=2 * GIB, premium=True)


def encode_token(email: str, secret: str) -> str:
    """What a client puts after ``Authorization: Basic``: base64 of ``email:secret``."""
    return base64.b64encode(f"{email}:{secret}".encode()).decode()


def token_of(user: User) -> str:
    return encode_token(user.email, user.secret)


def create_account(conn: sqlite3.Connection, email: str, limits: AccountLimits,
                   secret: Optional[str] = None) -> User:
    """A user with a default project. Raises ValueError with a clear message on bad input."""
    email = (email or "").strip()
    if "@" not in email or ":" in email or len(email) > 254:
        raise ValueError(f"not a valid email address: {email!r}")
    if user_store.find_user_by_email(conn, email):
        raise ValueError(f"a user with email {email} already exists")
    billing = limits.billing_type.upper()
    if billing not in BILLING_TYPES:
        raise ValueError(f"billing must be one of {', '.join(BILLING_TYPES)}")
    if limits.role.upper() not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    user = user_store.insert_user(
        conn, email, secret or secrets.token_urlsafe(24),
        role=limits.role.upper(), billing_type=billing, credits=limits.credits, area_limit=limits.area_limit,
        aoi_area_limit=limits.aoi_area_limit, max_aois=limits.max_aois, memory_limit=limits.memory_limit,
        max_upload_file_size=limits.max_upload_file_size, max_pixel_count=limits.max_pixel_count,
        is_premium=int(bool(limits.premium)), max_active_templates=limits.max_active_templates,
        review_days=limits.review_days,
    )
    project_store.insert_project(conn, user.id, "Default", None, is_default=True)
    user_store.add_ledger_entry(conn, user.id, None, "TOPUP", credits=limits.credits, note="account created")
    return user


def ensure_demo_account(conn: sqlite3.Connection) -> User:
    """The demo account exists after this; its token never changes once made."""
    existing = user_store.find_user_by_email(conn, DEMO_EMAIL)
    if existing:
        return existing
    return create_account(conn, DEMO_EMAIL, DEMO_LIMITS)


def team_views(conn: sqlite3.Connection, user: User) -> list:
    return [{"teamId": team.id, "name": team.name, "role": role, "activeUntil": team.active_until,
             "creditsLimit": team.credits_limit} for team, role in user_store.teams_of_user(conn, user.id)]


def user_object(user: User) -> dict:
    """The nested user object of projects and /user/status."""
    return {
        "id": user.id, "login": user.email, "email": user.email, "role": user.role,
        "areaLimit": user.area_limit, "aoiAreaLimit": user.aoi_area_limit,
        "templateAreaLimit": user.template_area_limit, "processedArea": user.processed_area,
        "remainingArea": user.remaining_area, "credits": user.credits, "remainingCredits": user.credits,
        "billingType": user.billing_type, "maxAoisPerProcessing": user.max_aois,
        "created": user.created, "updated": user.updated, "isPremium": user.is_premium,
        "reviewWorkflowEnabled": user.review_workflow, "isCustomer": False,
    }


def user_status(conn: sqlite3.Connection, user: User, public_url: str) -> dict:
    """The flat SEED shape plus every key the plugin reads (contract 2.1)."""
    return {
        "id": user.id, "email": user.email, "login": user.email, "role": user.role,
        "billingType": user.billing_type,
        "remainingCredits": user.credits,
        "remainingArea": user.remaining_area, "areaLimit": user.area_limit, "processedArea": user.processed_area,
        "aoiAreaLimit": user.aoi_area_limit, "memoryLimit": user.memory_limit,
        "templateAreaLimit": user.template_area_limit, "searchAreaLimit": user.search_area_limit,
        "maxAoisPerProcessing": user.max_aois, "reviewWorkflowEnabled": user.review_workflow,
        "reviewPeriodDays": user.review_days,
        "isPremium": user.is_premium, "maxActiveTemplates": user.max_active_templates,
        "models": catalog_views.workflow_defs(conn),
        "dataProviders": catalog_views.data_providers(conn, public_url),
        "searchDataProviders": catalog_views.search_data_providers(conn, user, public_url),
        "teams": team_views(conn, user),
        "user": user_object(user),
    }
