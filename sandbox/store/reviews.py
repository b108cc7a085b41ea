"""Rejections of results in review: the comment and the features a reviewer marked, newest last."""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Optional

from ..util import now_iso


def insert_rejection(conn: sqlite3.Connection, processing_id: str, user_id: str, comment: Optional[str],
                     features: dict) -> None:
    conn.execute("INSERT INTO review_rejections (processing_id, user_id, comment, features_json, feature_count, "
                 "created) VALUES (?, ?, ?, ?, ?, ?)",
                 (processing_id, user_id, comment, json.dumps(features), len(features.get("features") or []),
                  now_iso()))


def latest_rejections(conn: sqlite3.Connection, processing_ids: Iterable[str]) -> dict:
    """processing id -> the newest rejection row (with the reviewer's email), for those that have one."""
    ids = list(processing_ids)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        f"SELECT r.processing_id, r.comment, r.feature_count, r.created, u.email "
        f"FROM review_rejections r LEFT JOIN users u ON u.id = r.user_id "
        f"WHERE r.id IN (SELECT MAX(id) FROM review_rejections WHERE processing_id IN ({marks}) "
        f"GROUP BY processing_id)", ids).fetchall()
    return {row["processing_id"]: dict(row) for row in rows}


def rejections_of(conn: sqlite3.Connection, processing_id: str) -> list:
    """Every rejection of a processing, oldest first, with its features decoded."""
    rows = conn.execute("SELECT r.*, u.email FROM review_rejections r LEFT JOIN users u ON u.id = r.user_id "
                        "WHERE r.processing_id = ? ORDER BY r.id", (processing_id,)).fetchall()
    result = []
    for row in rows:
        data = dict(row)
        data["features"] = json.loads(data.pop("features_json"))
        result.append(data)
    return result
