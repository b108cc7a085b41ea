"""How far an admin request moves the sandbox clock: a duration, or up to the N-th next scene publication."""
from __future__ import annotations

import math
import sqlite3
from typing import Any

from .. import clock
from . import scene_catalog

# the providers whose new acquisitions keep arriving (the yearly mosaics and the dense survey archive do not)
STREAMING = ("SBX_VHR", "SBX_HR", "SBX_MR")
MAX_DAYS = 3650


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number") from None
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"{name} must be a positive number")
    return number


def advance_seconds(conn: sqlite3.Connection, body: Any) -> float:
    """Seconds to move for ``{days}``, ``{hours}``, ``{seconds}`` (summed) or ``{scenes: N}`` (until N more scenes
    of the streaming providers, or of ``providers``, are published)."""
    if not isinstance(body, dict):
        raise ValueError("Send {\"days\": N}, {\"hours\": N}, {\"seconds\": N} or {\"scenes\": N}")
    if body.get("scenes") is not None:
        count = _number(body["scenes"], "scenes")
        if count != int(count) or count < 1 or count > 1000:
            raise ValueError("scenes must be a whole number from 1 to 1000")
        providers = body.get("providers") or STREAMING
        now = clock.now(conn)
        upcoming = scene_catalog.catalog_of(conn).next_arrivals(now, int(count), providers)
        if len(upcoming) < count:
            raise ValueError("not that many scenes will arrive in the next ten years")
        return (upcoming[-1].published - now).total_seconds() + 1.0
    seconds = sum(_number(body[key], key) * factor for key, factor in (("days", 86400), ("hours", 3600),
                                                                         ("seconds", 1)) if body.get(key) is not None)
    if seconds <= 0:
        raise ValueError("Send {\"days\": N}, {\"hours\": N}, {\"seconds\": N} or {\"scenes\": N} with N > 0")
    if seconds > MAX_DAYS * 86400:
        raise ValueError(f"the clock moves at most {MAX_DAYS} days at a time")
    return seconds
