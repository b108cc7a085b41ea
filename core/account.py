"""The account's billing and limits as plugin rules (QGIS-free): what the balance line says, how a processing's
cost is known for each billing type, and the balance check before a start.

The API says *how* the account pays (``api.models.BillingType`` in ``/user/status``); what that means here:
- CREDITS: the server prices each processing (``POST /processing/cost``); the balance must cover it;
- AREA: the processing consumes its AOI area from the remaining area; the area is the cost;
- NONE: not billed.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, List, Optional

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.user import BillingType
from .formatting import format_credits, format_km2
from .reasons import Reason, ReasonCode, Severity

CONTEXT = "MapflowAccount"
SQ_M_PER_SQ_KM = 1_000_000.0
DEFAULT_MAX_AOIS = 10  # contract 1.6: the default when /user/status does not say


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class AccountLimits:
    """What the account allows (areas in m²). ``None`` means "unknown / not limited"; an ``aoi_area_limit_m2``
    of 0 is treated as no limit, like the template limit in the contract."""

    billing_type: BillingType = BillingType.AREA
    remaining_credits: Optional[int] = None
    remaining_area_m2: Optional[float] = None
    aoi_area_limit_m2: Optional[float] = None
    max_aois: Optional[int] = DEFAULT_MAX_AOIS


def account_limits(user_status: Any, project: Any = None) -> AccountLimits:
    """Limits from an api ``UserStatus``; the AOI limit is the project owner's (contract section 2.2)."""
    project_user = getattr(project, "user", None)
    return AccountLimits(billing_type=billing_type(user_status),
                         remaining_credits=getattr(user_status, "remaining_credits", None),
                         remaining_area_m2=getattr(user_status, "remaining_area", None),
                         aoi_area_limit_m2=getattr(project_user, "aoi_area_limit", None),
                         max_aois=getattr(user_status, "max_aois_per_processing", DEFAULT_MAX_AOIS))


def billing_type(user_status: Any) -> BillingType:
    """The account's billing type; absent means AREA (contract section 2.1)."""
    value = getattr(user_status, "billing_type", None)
    return value if isinstance(value, BillingType) else BillingType.parse(value)


class CostBasis(str, Enum):
    """How the cost of a processing is known."""

    SERVER = "SERVER"  # credits: ask POST /processing/cost; unknown until it answers
    AREA = "AREA"  # the AOI's area is what the processing consumes
    FREE = "FREE"  # not billed


def cost_basis(kind: BillingType) -> CostBasis:
    if kind is BillingType.CREDITS:
        return CostBasis.SERVER
    if kind is BillingType.NONE:
        return CostBasis.FREE
    return CostBasis.AREA


def balance_text(user_status: Any) -> str:
    """The balance for the account line: credits, remaining area, or no limits."""
    kind = billing_type(user_status)
    if kind is BillingType.CREDITS:
        return _t(QT_TRANSLATE_NOOP("MapflowAccount", "balance {credits} credits")).format(
            credits=format_credits(getattr(user_status, "remaining_credits", None) or 0))
    if kind is BillingType.AREA:
        remaining = getattr(user_status, "remaining_area", None) or 0
        return _t(QT_TRANSLATE_NOOP("MapflowAccount", "remaining area {area}")).format(
            area=format_km2(remaining / SQ_M_PER_SQ_KM))
    return _t(QT_TRANSLATE_NOOP("MapflowAccount", "no billing limits"))


def balance_reasons(total_area_km2: float, limits: AccountLimits, cost_credits: Optional[int]) -> List[Reason]:
    """Why the balance does not cover this processing (empty when it does, or when that is not known yet)."""
    if limits.billing_type is BillingType.CREDITS:
        if cost_credits is None or limits.remaining_credits is None or cost_credits <= limits.remaining_credits:
            return []
        text = _t(QT_TRANSLATE_NOOP(
            "MapflowAccount", "This processing costs {cost} credits; your balance is {balance} credits."
        )).format(cost=format_credits(cost_credits), balance=format_credits(limits.remaining_credits))
        return [Reason(ReasonCode.NOT_ENOUGH_CREDITS, Severity.ERROR, text,
                       {"cost": cost_credits, "balance": limits.remaining_credits})]
    if limits.billing_type is BillingType.AREA and limits.remaining_area_m2 is not None:
        remaining_km2 = max(limits.remaining_area_m2, 0) / SQ_M_PER_SQ_KM
        if total_area_km2 <= remaining_km2:
            return []
        text = _t(QT_TRANSLATE_NOOP("MapflowAccount", "The AOI is {area}; your remaining area is {remaining}.")
                  ).format(area=format_km2(total_area_km2), remaining=format_km2(remaining_km2))
        return [Reason(ReasonCode.NOT_ENOUGH_AREA, Severity.ERROR, text,
                       {"area_km2": total_area_km2, "remaining_km2": remaining_km2})]
    return []
