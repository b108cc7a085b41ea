"""Processings and their partitions (one per AOI)."""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Optional

from ..util import now_iso
from .records import Partition, Processing

JSON_FIELDS = ("blocks", "source", "inference", "meta", "geometry", "messages")


def insert_processing(conn: sqlite3.Connection, processing: Processing) -> None:
    data = dict(processing.__dict__)
    for key in JSON_FIELDS:
        data[f"{key}_json"] = json.dumps(data.pop(key))
    columns = ", ".join(data)
    marks = ", ".join("?" for _ in data)
    conn.execute(f"INSERT INTO processings ({columns}) VALUES ({marks})", tuple(data.values()))


def get_processing(conn: sqlite3.Connection, processing_id: str) -> Optional[Processing]:
    row = conn.execute("SELECT * FROM processings WHERE id = ?", (processing_id,)).fetchone()
    return Processing.from_row(row) if row else None


def processings_in_projects(conn: sqlite3.Connection, project_ids: Iterable[str]) -> list:
    ids = list(project_ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT * FROM processings WHERE project_id IN ({marks}) ORDER BY created DESC", ids)
    return [Processing.from_row(r) for r in rows]


def processings_by_creators(conn: sqlite3.Connection, user_ids: Iterable[str]) -> list:
    ids = list(user_ids)
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT * FROM processings WHERE creator_id IN ({marks}) ORDER BY created DESC", ids)
    return [Processing.from_row(r) for r in rows]


def all_processings(conn: sqlite3.Connection) -> list:
    return [Processing.from_row(r) for r in conn.execute("SELECT * FROM processings ORDER BY created DESC")]


def update_processing(conn: sqlite3.Connection, processing_id: str, **fields) -> None:
    for key in JSON_FIELDS:
        if key in fields:
            fields[f"{key}_json"] = json.dumps(fields.pop(key))
    assignments = "".join(f"{k} = ?, " for k in fields)
    conn.execute(f"UPDATE processings SET {assignments}updated = ? WHERE id = ?",
                 (*fields.values(), now_iso(), processing_id))


def delete_processing(conn: sqlite3.Connection, processing_id: str) -> None:
    conn.execute("DELETE FROM processings WHERE id = ?", (processing_id,))


def insert_partition(conn: sqlite3.Connection, partition_id: str, processing_id: str, idx: int, geometry: dict,
                     area: int, status: str, messages: Optional[list] = None) -> None:
    conn.execute("INSERT INTO partitions (id, processing_id, idx, geometry_json, area, status, messages_json, updated) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (partition_id, processing_id, idx, json.dumps(geometry), area, status,
                  json.dumps(messages or []), now_iso()))


def partitions_of(conn: sqlite3.Connection, processing_id: str) -> list:
    rows = conn.execute("SELECT * FROM partitions WHERE processing_id = ? ORDER BY idx", (processing_id,))
    return [Partition.from_row(r) for r in rows]


def get_partition(conn: sqlite3.Connection, partition_id: str) -> Optional[Partition]:
    row = conn.execute("SELECT * FROM partitions WHERE id = ?", (partition_id,)).fetchone()
    return Partition.from_row(row) if row else None


def update_partition(conn: sqlite3.Connection, partition_id: str, **fields) -> None:
    if "messages" in fields:
        fields["messages_json"] = json.dumps(fields.pop("messages"))
    if "bounds" in fields:
        fields["bounds_json"] = json.dumps(fields.pop("bounds"))
    assignments = "".join(f"{k} = ?, " for k in fields)
    conn.execute(f"UPDATE partitions SET {assignments}updated = ? WHERE id = ?",
                 (*fields.values(), now_iso(), partition_id))


def progress_summary(conn: sqlite3.Connection, processing_ids: Iterable[str]) -> dict:
    """processing id -> (aoi count, area-weighted percent) from the partitions, in one query."""
    ids = list(processing_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        f"SELECT processing_id, COUNT(*), SUM(MAX(area, 1) * percent) / SUM(MAX(area, 1)) "
        f"FROM partitions WHERE processing_id IN ({marks}) GROUP BY processing_id", ids).fetchall()
    return {r[0]: (r[1], r[2] or 0.0) for r in rows}


def claim_queued_partitions(conn: sqlite3.Connection, limit: int) -> list:
    """Mark up to ``limit`` queued partitions IN_PROGRESS (oldest first) and return them."""
    rows = conn.execute("SELECT p.id FROM partitions p JOIN processings r ON r.id = p.processing_id "
                        "WHERE p.status = 'UNPROCESSED' ORDER BY r.created, p.idx LIMIT ?", (limit,)).fetchall()
    claimed = []
    for (partition_id,) in rows:
        conn.execute("UPDATE partitions SET status = 'IN_PROGRESS', attempts = attempts + 1, updated = ? "
                     "WHERE id = ? AND status = 'UNPROCESSED'", (now_iso(), partition_id))
        claimed.append(get_partition(conn, partition_id))
    return claimed


def requeue_interrupted(conn: sqlite3.Connection) -> int:
    """Partitions left IN_PROGRESS by a stopped server go back to the queue, resuming at their last stage."""
    cursor = conn.execute("UPDATE partitions SET status = 'UNPROCESSED', start_stage = stage, updated = ? "
                          "WHERE status = 'IN_PROGRESS'", (now_iso(),))
    return cursor.rowcount
