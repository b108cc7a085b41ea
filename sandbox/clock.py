"""The sandbox clock: real time plus an offset kept in the database, so tests and demos can move time forward
(``POST /rest/admin/clock/advance``, ``python -m sandbox advance-clock``). The catalog (which scenes are
published) and planned searches (what they have found, when they expire) run on it; processings, accounts and
billing keep real timestamps.

The catalog's seed and epoch live here too: they are fixed when a data dir is first used, so its scenes and their
ids never change afterwards.
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from typing import Optional

OFFSET_KEY = "clock_offset_seconds"
SEED_KEY = "catalog_seed"
EPOCH_KEY = "catalog_epoch"
OUTAGE_KEY = "catalog_outage"
DEFAULT_SEED = 2024
ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def _meta(conn: sqlite3.Connection, key: str) -> Optional[str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))


def offset_seconds(conn: sqlite3.Connection) -> float:
    value = _meta(conn, OFFSET_KEY)
    return float(value) if value else 0.0


def now(conn: sqlite3.Connection) -> datetime:
    return datetime.now(timezone.utc) + timedelta(seconds=offset_seconds(conn))


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(ISO)


def now_iso(conn: sqlite3.Connection) -> str:
    return iso(now(conn))


def advance(conn: sqlite3.Connection, seconds: float) -> datetime:
    """Move the clock forward (never back: what was published stays published)."""
    if seconds < 0:
        raise ValueError("the sandbox clock only moves forward")
    _set_meta(conn, OFFSET_KEY, repr(offset_seconds(conn) + float(seconds)))
    return now(conn)


def ensure_catalog(conn: sqlite3.Connection, seed: Optional[int] = None, epoch: Optional[date] = None) -> tuple:
    """(seed, epoch) of the data dir's catalog; the first call fixes them (today, UTC, unless given)."""
    stored_seed, stored_epoch = _meta(conn, SEED_KEY), _meta(conn, EPOCH_KEY)
    if stored_seed is None:
        stored_seed = str(DEFAULT_SEED if seed is None else int(seed))
        _set_meta(conn, SEED_KEY, stored_seed)
    if stored_epoch is None:
        stored_epoch = (epoch or datetime.now(timezone.utc).date()).isoformat()
        _set_meta(conn, EPOCH_KEY, stored_epoch)
    return int(stored_seed), date.fromisoformat(stored_epoch)


def catalog_settings(conn: sqlite3.Connection) -> tuple:
    """(seed, epoch) as stored; a data dir the server never ran on gets the defaults fixed now."""
    seed, epoch = _meta(conn, SEED_KEY), _meta(conn, EPOCH_KEY)
    if seed is None or epoch is None:
        return ensure_catalog(conn)
    return int(seed), date.fromisoformat(epoch)


def outage(conn: sqlite3.Connection) -> frozenset:
    """Lower-cased names of the search providers an administrator has marked as down."""
    value = _meta(conn, OUTAGE_KEY)
    return frozenset(p for p in (value or "").split(",") if p)


def set_outage(conn: sqlite3.Connection, providers) -> frozenset:
    names = sorted({str(p).strip().lower() for p in providers if str(p).strip()})
    _set_meta(conn, OUTAGE_KEY, ",".join(names))
    return frozenset(names)
