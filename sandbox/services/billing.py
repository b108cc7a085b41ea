"""Cost, limits, charges and refunds (contract 5). Every charge and refund is a row of the billing ledger."""
from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from .. import catalog
from ..errors import ApiError
from ..geo import bbox_area
from ..store import users as user_store
from ..store.records import Processing, User
from . import sources

KM2 = 1_000_000
NOT_ENOUGH = "You don't have enough limit, please contact admin!"


def processing_price(model: catalog.ModelDef, blocks: dict) -> float:
    """Non-optional blocks plus the enabled optional ones, per km²."""
    return sum(b.price for b in model.blocks if not b.optional or blocks.get(b.name))


def billable_km2(area_m2: float) -> float:
    """Areas under 1 km² count as 1 km²."""
    return max(1.0, area_m2 / KM2)


def cost_of(area_m2: float, model: catalog.ModelDef, blocks: dict, source: dict) -> int:
    """Whole credits, rounded up; the tiny epsilon keeps 3.0000000001 from becoming 4."""
    total = billable_km2(area_m2) * (processing_price(model, blocks) + sources.data_price(source, model))
    return max(0, math.ceil(round(total, 6)))


def parse_blocks(model: catalog.ModelDef, value) -> dict:
    """{block name: enabled} for every block of the model; accepts [{name, enabled}] or {name: enabled}."""
    requested = {}
    if isinstance(value, dict):
        requested = {str(k).lower(): v for k, v in value.items()}
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item.get("name"):
                requested[str(item["name"]).lower()] = item.get("enabled", True)
    elif value is not None:
        raise ApiError(400, "BAD_REQUEST", "blocks must be a list of {name, enabled}")
    result = {}
    for block in model.blocks:
        flag = requested.get(block.name.lower(), False)
        enabled = flag if isinstance(flag, bool) else str(flag).lower() in ("true", "1", "yes")
        result[block.name] = True if not block.optional else enabled
    return result


@dataclass
class LimitCheck:
    parts: list  # shapely polygons
    area: float
    cost: int
    source: dict


def check_limits(payer: User, check: LimitCheck, charge_balance: bool = True) -> None:
    """The server-side rules the plugin also checks before a start; raises ApiError with the contract's codes."""
    if len(check.parts) > payer.max_aois:
        raise ApiError(400, "TOO_MANY_AOIS",
                       f"A processing may have at most {payer.max_aois} AOIs, got {len(check.parts)}",
                       {"aoiCount": len(check.parts), "maxAoisPerProcessing": payer.max_aois})
    if payer.aoi_area_limit > 0:
        largest_bbox = max(bbox_area(p) for p in check.parts)
        if check.area > payer.aoi_area_limit or largest_bbox > payer.aoi_area_limit:
            raise ApiError(400, "TOO_LARGE_PROCESSING",
                           f"The processing area exceeds your AOI area limit of {payer.aoi_area_limit} m²",
                           {"area": int(max(check.area, largest_bbox)), "aoiAreaLimit": payer.aoi_area_limit})
    check_provider_min_area(check.area, check.source)
    if charge_balance:
        check_balance(payer, check.area, check.cost)


def check_provider_min_area(area_m2: float, source: dict) -> None:
    provider = sources.provider_of(source)
    if provider and provider.min_area_sq_km and area_m2 / KM2 < provider.min_area_sq_km:
        raise ApiError(400, "ProviderMinAreaError",
                       f"The AOI is smaller than the {provider.min_area_sq_km} km² minimum of {provider.name}",
                       {"aoiArea": round(area_m2 / KM2, 6), "providerName": provider.name,
                        "providerMinArea": provider.min_area_sq_km})


def check_balance(payer: User, area: float, cost: int) -> None:
    billing = payer.billing_type.upper()
    if billing == "CREDITS" and cost > payer.credits:
        raise ApiError(400, "BAD_REQUEST", NOT_ENOUGH, {"cost": cost, "remainingCredits": payer.credits})
    if billing == "AREA" and area > payer.remaining_area:
        raise ApiError(400, "BAD_REQUEST", NOT_ENOUGH, {"area": int(area), "remainingArea": payer.remaining_area})


def charge(conn: sqlite3.Connection, payer: User, processing_id: str, area: int, cost: int) -> None:
    billing = payer.billing_type.upper()
    credits = cost if billing == "CREDITS" else 0
    charged_area = area if billing == "AREA" else 0
    user_store.adjust_balance(conn, payer.id, credits=-credits, processed_area=charged_area)
    user_store.add_ledger_entry(conn, payer.id, processing_id, "CHARGE", credits=credits, area=charged_area,
                                note=f"{billing} billing")


def outstanding(conn: sqlite3.Connection, processing_id: str) -> tuple:
    """(credits, area) charged for a processing and not yet refunded."""
    credits = area = 0
    for entry in user_store.ledger_for_processing(conn, processing_id):
        sign = 1 if entry["kind"] == "CHARGE" else -1 if entry["kind"] == "REFUND" else 0
        credits += sign * entry["credits"]
        area += sign * entry["area"]
    return credits, area


def refund(conn: sqlite3.Connection, processing: Processing, note: str = "processing failed") -> None:
    """Give back whatever is still charged for the processing; safe to call more than once."""
    credits, area = outstanding(conn, processing.id)
    if credits <= 0 and area <= 0:
        return
    user_store.adjust_balance(conn, processing.payer_id, credits=credits, processed_area=-area)
    user_store.add_ledger_entry(conn, processing.payer_id, processing.id, "REFUND", credits=credits, area=area,
                                note=note)
