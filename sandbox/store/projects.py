"""Projects and their shares."""
from __future__ import annotations

import sqlite3
from typing import Optional

from ..util import new_id, now_iso
from .records import Project


def insert_project(conn: sqlite3.Connection, owner_id: str, name: str, description: Optional[str],
                   is_default: bool = False) -> Project:
    now = now_iso()
    project_id = new_id()
    conn.execute("INSERT INTO projects (id, owner_id, name, description, is_default, created, updated) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (project_id, owner_id, name, description, int(is_default), now, now))
    return get_project(conn, project_id)


def get_project(conn: sqlite3.Connection, project_id: str) -> Optional[Project]:
    row = conn.execute("SELECT * FROM projects WHERE id = ?", (project_id,)).fetchone()
    return Project.from_row(row) if row else None


def default_project(conn: sqlite3.Connection, owner_id: str) -> Optional[Project]:
    row = conn.execute("SELECT * FROM projects WHERE owner_id = ? AND is_default = 1", (owner_id,)).fetchone()
    return Project.from_row(row) if row else None


def visible_projects(conn: sqlite3.Connection, user_id: str) -> list:
    """Projects the user owns or that are shared with them, oldest first."""
    rows = conn.execute("SELECT * FROM projects WHERE owner_id = ? OR id IN "
                        "(SELECT project_id FROM project_shares WHERE user_id = ?) ORDER BY created",
                        (user_id, user_id)).fetchall()
    return [Project.from_row(r) for r in rows]


def update_project(conn: sqlite3.Connection, project_id: str, **fields) -> None:
    fields = {k: v for k, v in fields.items() if k in ("name", "description")}
    assignments = "".join(f"{k} = ?, " for k in fields)
    conn.execute(f"UPDATE projects SET {assignments}updated = ? WHERE id = ?",
                 (*fields.values(), now_iso(), project_id))


def touch_project(conn: sqlite3.Connection, project_id: str) -> None:
    conn.execute("UPDATE projects SET updated = ? WHERE id = ?", (now_iso(), project_id))


def delete_project(conn: sqlite3.Connection, project_id: str) -> None:
    conn.execute("DELETE FROM projects WHERE id = ?", (project_id,))


def share_role(conn: sqlite3.Connection, project_id: str, user_id: str) -> Optional[str]:
    row = conn.execute("SELECT role FROM project_shares WHERE project_id = ? AND user_id = ?",
                       (project_id, user_id)).fetchone()
    return row[0] if row else None


def set_share(conn: sqlite3.Connection, project_id: str, user_id: str, role: str) -> None:
    conn.execute("INSERT OR REPLACE INTO project_shares (project_id, user_id, role) VALUES (?, ?, ?)",
                 (project_id, user_id, role))


def remove_share(conn: sqlite3.Connection, project_id: str, user_id: str) -> None:
    conn.execute("DELETE FROM project_shares WHERE project_id = ? AND user_id = ?", (project_id, user_id))


def shares_of(conn: sqlite3.Connection, project_id: str) -> list:
    """[(email, role)] of everyone the project is shared with."""
    rows = conn.execute("SELECT u.email, s.role FROM project_shares s JOIN users u ON u.id = s.user_id "
                        "WHERE s.project_id = ? ORDER BY u.email", (project_id,)).fetchall()
    return [(r[0], r[1]) for r in rows]
