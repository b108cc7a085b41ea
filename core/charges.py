"""What a processing was charged, as plugin rules (QGIS-free): a failed or refunded processing costs nothing, totals
count only what was charged, and where the balance is topped up.

The refund rule. Mapflow takes a processing's cost when it is created and gives it back when the processing fails
(contract 3.4: "when a processing fails the limit must have been returned"); REFUNDED is an administrator's refund
(contract 3.1). The sandbox does the same: its billing ledger records a REFUND of the whole charge, credits or area,
when a processing ends FAILED. So FAILED and REFUNDED processings are shown as "refunded" instead of a cost and
left out of the charged totals, for accounts billed in credits or area. An unbilled account (NONE) is charged
nothing; its costs are shown as the server states them (what the processing would have cost).

The top-up page (contract 1.1): ``https://app.mapflow.ai/account/balance`` for the Mapflow service (the documented
API host and the official plugin's ``whitemaps-production`` host). Other servers (the sandbox, a staging host)
have no known top-up page: the plugin links nowhere and says how their balance is raised instead (the sandbox's
``add-credits`` admin command, or the server's administrator).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterable, Optional, Tuple
from urllib.parse import urlsplit

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.processing import ProcessingStatus
from ..api.models.user import BillingType
from .formatting import format_credits, format_fixed

CONTEXT = "MapflowCharges"
TOP_UP_URL = "https://app.mapflow.ai/account/balance"
MAPFLOW_API_HOSTS = frozenset({"api.mapflow.ai", "whitemaps-production.mapflow.ai"})
REFUNDED_STATUSES = frozenset({ProcessingStatus.FAILED, ProcessingStatus.REFUNDED})


def _t(text: str) -> str:
    return translate(text, CONTEXT)


class Charge(str, Enum):
    CHARGED = "CHARGED"  # the cost was taken (and stays taken: running, finished, cancelled)
    REFUNDED = "REFUNDED"  # failed or refunded: the cost was given back
    NOT_BILLED = "NOT_BILLED"  # the account is not billed


def charge_of(status: ProcessingStatus, billing: BillingType = BillingType.CREDITS) -> Charge:
    if billing is BillingType.NONE:
        return Charge.NOT_BILLED
    return Charge.REFUNDED if status in REFUNDED_STATUSES else Charge.CHARGED


def cost_text(cost: Optional[int], status: ProcessingStatus, billing: BillingType = BillingType.CREDITS,
              unit: bool = False) -> str:
    """The cost cell of a processing: "refunded" for a failed or refunded one, else the cost ("13", or
    "13 credits" with ``unit``), "—" when unknown."""
    if charge_of(status, billing) is Charge.REFUNDED:
        return _t(QT_TRANSLATE_NOOP("MapflowCharges", "refunded"))
    if cost is None:
        return "—"
    if unit:
        return _t(QT_TRANSLATE_NOOP("MapflowCharges", "{cost} credits")).format(cost=format_credits(cost))
    return format_credits(cost)


@dataclass(frozen=True)
class ChargeTotals:
    count: int = 0  # processings
    charged_count: int = 0
    refunded_count: int = 0
    credits: int = 0  # charged
    refunded_credits: int = 0  # given back
    area_m2: float = 0.0  # of the charged processings


def charged_totals(rows: Iterable[Tuple[ProcessingStatus, Optional[int], Optional[float]]],
                   billing: BillingType = BillingType.CREDITS) -> ChargeTotals:
    """Totals of (status, cost, area in m²) rows: what was charged, and what was given back."""
    count = charged = refunded = credits = refunded_credits = 0
    area = 0.0
    for status, cost, area_m2 in rows:
        count += 1
        if charge_of(status, billing) is Charge.REFUNDED:
            refunded += 1
            refunded_credits += cost or 0
        else:
            charged += 1
            credits += cost or 0
            area += area_m2 or 0.0
    return ChargeTotals(count, charged, refunded, credits, refunded_credits, area)


def totals_text(totals: ChargeTotals, billing: BillingType = BillingType.CREDITS) -> str:
    """'12 processings: 44 credits and 0.63 km² charged; 1 failed or refunded (13 credits given back).'"""
    area = format_fixed(totals.area_m2 / 1e6, 2)
    if billing is BillingType.NONE:
        return _t(QT_TRANSLATE_NOOP("MapflowCharges", "{count} processings, {area} km²; this account is not billed."
                                    )).format(count=totals.count, area=area)
    text = _t(QT_TRANSLATE_NOOP("MapflowCharges", "{count} processings: {credits} credits and {area} km² charged."
                                )).format(count=totals.count, credits=format_credits(totals.credits), area=area)
    if totals.refunded_count:
        text += " " + _t(QT_TRANSLATE_NOOP(
            "MapflowCharges", "{refunded} failed or refunded, not charged ({credits} credits given back)."
        )).format(refunded=totals.refunded_count, credits=format_credits(totals.refunded_credits))
    return text


# --- topping up -----------------------------------------------------------------------------------------------
def top_up_url(server_url: str) -> Optional[str]:
    """The web page where the signed-in server's balance is topped up, when there is one."""
    host = (urlsplit((server_url or "").strip()).hostname or "").lower()
    return TOP_UP_URL if host in MAPFLOW_API_HOSTS else None


@dataclass(frozen=True)
class TopUp:
    url: Optional[str]  # a page to open, or None
    text: str  # the link's text, or the way to get more credits on this server


def top_up(server_url: str) -> TopUp:
    url = top_up_url(server_url)
    if url:
        return TopUp(url, _t(QT_TRANSLATE_NOOP("MapflowCharges", "Top up your balance")))
    host = (urlsplit((server_url or "").strip()).hostname or "").lower()
    if host in ("127.0.0.1", "localhost", "::1"):
        return TopUp(None, _t(QT_TRANSLATE_NOOP(
            "MapflowCharges", "The sandbox has no top-up page: add credits with its admin command "
                              "(python -m sandbox add-credits EMAIL N --data-dir DIR).")))
    return TopUp(None, _t(QT_TRANSLATE_NOOP(
        "MapflowCharges", "This server has no known top-up page: ask its administrator for credits.")))
