"""Paging and sort parameters, read liberally (strings or numbers, any case)."""
from __future__ import annotations

from ..errors import bad_request


def _int(value, name: str, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise bad_request(f"{name} must be an integer", **{name: str(value)}) from None
    if number < 0:
        raise bad_request(f"{name} must not be negative", **{name: str(value)})
    return number


def page_window(body: dict, default_limit: int) -> tuple:
    """(limit, offset) where offset counts rows, not pages (contract 1.5)."""
    limit = _int(body.get("limit"), "limit", default_limit)
    offset = _int(body.get("offset"), "offset", 0)
    return min(limit, 10_000), offset


def sort_direction(value, default: str) -> bool:
    """True for descending."""
    order = str(value or default).upper()
    if order not in ("ASC", "DESC"):
        raise bad_request("sortOrder must be ASC or DESC", sortOrder=str(value))
    return order == "DESC"
