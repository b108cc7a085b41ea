"""Users, teams, stable catalog ids and the billing ledger."""
from __future__ import annotations

import sqlite3
from typing import Optional

from ..util import new_id, now_iso
from .records import Team, User

USER_COLUMNS = ("role", "billing_type", "credits", "area_limit", "processed_area", "aoi_area_limit", "max_aois",
                "memory_limit", "max_upload_file_size", "max_pixel_count", "template_area_limit",
                "search_area_limit", "review_workflow", "is_premium", "max_active_templates", "review_days")


def insert_user(conn: sqlite3.Connection, email: str, secret: str, **fields) -> User:
    now = now_iso()
    values = {"id": new_id(), "email": email, "secret": secret, "created": now, "updated": now, **fields}
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO users ({columns}) VALUES ({marks})", tuple(values.values()))
    return get_user(conn, values["id"])


def get_user(conn: sqlite3.Connection, user_id: str) -> Optional[User]:
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return User.from_row(row) if row else None


def find_user_by_email(conn: sqlite3.Connection, email: str) -> Optional[User]:
    row = conn.execute("SELECT * FROM users WHERE email = ? COLLATE NOCASE", ((email or "").strip(),)).fetchone()
    return User.from_row(row) if row else None


def find_user_by_secret(conn: sqlite3.Connection, secret: str) -> Optional[User]:
    row = conn.execute("SELECT * FROM users WHERE secret = ?", (secret,)).fetchone()
    return User.from_row(row) if row else None


def update_user(conn: sqlite3.Connection, user_id: str, **fields) -> None:
    unknown = set(fields) - set(USER_COLUMNS)
    if unknown:
        raise ValueError(f"unknown user fields: {sorted(unknown)}")
    if not fields:
        return
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE users SET {assignments}, updated = ? WHERE id = ?",
                 (*fields.values(), now_iso(), user_id))


def adjust_balance(conn: sqlite3.Connection, user_id: str, credits: int = 0, processed_area: int = 0) -> None:
    conn.execute("UPDATE users SET credits = credits + ?, processed_area = MAX(0, processed_area + ?), updated = ? "
                 "WHERE id = ?", (credits, processed_area, now_iso(), user_id))


def add_ledger_entry(conn: sqlite3.Connection, user_id: str, processing_id: Optional[str], kind: str,
                     credits: int = 0, area: int = 0, note: str = "") -> None:
    conn.execute("INSERT INTO billing_ledger (user_id, processing_id, kind, credits, area, note, created) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (user_id, processing_id, kind, credits, area, note, now_iso()))


def ledger_for_processing(conn: sqlite3.Connection, processing_id: str) -> list:
    rows = conn.execute("SELECT * FROM billing_ledger WHERE processing_id = ? ORDER BY id", (processing_id,))
    return [dict(r) for r in rows]


def insert_team(conn: sqlite3.Connection, name: str, owner_id: str) -> Team:
    team_id = new_id()
    conn.execute("INSERT INTO teams (id, name, owner_id, created) VALUES (?, ?, ?, ?)",
                 (team_id, name, owner_id, now_iso()))
    conn.execute("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'OWNER')", (team_id, owner_id))
    return Team.from_row(conn.execute("SELECT * FROM teams WHERE id = ?", (team_id,)).fetchone())


def find_team(conn: sqlite3.Connection, name_or_id: str) -> Optional[Team]:
    row = conn.execute("SELECT * FROM teams WHERE id = ? OR name = ? COLLATE NOCASE",
                       (name_or_id, name_or_id)).fetchone()
    return Team.from_row(row) if row else None


def add_team_member(conn: sqlite3.Connection, team_id: str, user_id: str, role: str = "MEMBER") -> None:
    conn.execute("INSERT OR REPLACE INTO team_members (team_id, user_id, role) VALUES (?, ?, ?)",
                 (team_id, user_id, role))


def teams_of_user(conn: sqlite3.Connection, user_id: str) -> list:
    """[(Team, role)] for every team the user belongs to."""
    rows = conn.execute("SELECT t.*, m.role AS member_role FROM teams t JOIN team_members m ON m.team_id = t.id "
                        "WHERE m.user_id = ? ORDER BY t.created", (user_id,)).fetchall()
    result = []
    for row in rows:
        data = dict(row)
        role = data.pop("member_role")
        result.append((Team(**data), role))
    return result


def share_a_team(conn: sqlite3.Connection, user_a: str, user_b: str) -> bool:
    row = conn.execute("SELECT 1 FROM team_members a JOIN team_members b ON a.team_id = b.team_id "
                       "WHERE a.user_id = ? AND b.user_id = ? LIMIT 1", (user_a, user_b)).fetchone()
    return row is not None


def members_of_owned_teams(conn: sqlite3.Connection, owner_id: str) -> list:
    """Ids of every member of the teams this user owns (the user included)."""
    rows = conn.execute("SELECT DISTINCT m.user_id FROM teams t JOIN team_members m ON m.team_id = t.id "
                        "WHERE t.owner_id = ?", (owner_id,)).fetchall()
    return sorted({r[0] for r in rows} | {owner_id})


def stable_id(conn: sqlite3.Connection, kind: str, key: str) -> str:
    """A UUID for a catalog entry (model, provider) that stays the same across restarts."""
    row = conn.execute("SELECT id FROM catalog_ids WHERE kind = ? AND key = ?", (kind, key)).fetchone()
    if row:
        return row[0]
    conn.execute("INSERT OR IGNORE INTO catalog_ids (kind, key, id) VALUES (?, ?, ?)", (kind, key, new_id()))
    return conn.execute("SELECT id FROM catalog_ids WHERE kind = ? AND key = ?", (kind, key)).fetchone()[0]
