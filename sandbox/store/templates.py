"""Planned searches (templates), their named AOIs and the images they found."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Optional

from ..util import new_id

TEMPLATE_FIELDS = ("name", "filters", "processing_params", "active_until", "status", "paused", "deleted",
                   "last_checked_at", "last_error", "updated_at")


@dataclass
class Template:
    id: str
    project_id: str
    creator_id: str
    name: str
    filters: dict  # search filters as given (contract 2.7 keys), without the AOIs
    processing_params: Optional[dict]
    active_until: str
    status: str  # CREATED | SEARCHING | READY | FAILED
    paused: bool
    deleted: bool
    last_checked_at: Optional[str]  # scenes published up to this moment have been searched
    last_error: Optional[str]
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Template":
        data = dict(row)
        data["filters"] = json.loads(data.pop("filters_json"))
        params = data.pop("processing_params_json")
        data["processing_params"] = json.loads(params) if params else None
        data["paused"] = bool(data["paused"])
        data["deleted"] = bool(data["deleted"])
        return cls(**data)


@dataclass
class TemplateAoi:
    id: str
    template_id: str
    idx: int
    name: str
    geometry: dict
    area: float
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "TemplateAoi":
        data = dict(row)
        data["geometry"] = json.loads(data.pop("geometry_json"))
        return cls(**data)


@dataclass
class FoundImage:
    template_id: str
    aoi_id: str
    image_id: str
    provider: str
    intersection: float
    is_new: bool
    found_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "FoundImage":
        data = dict(row)
        data["is_new"] = bool(data["is_new"])
        return cls(**data)


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


# -- templates -------------------------------------------------------------------------------------------------
def insert_template(conn: sqlite3.Connection, template: Template) -> None:
    conn.execute(
        "INSERT INTO templates (id, project_id, creator_id, name, filters_json, processing_params_json, active_until,"
        " status, paused, deleted, last_checked_at, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (template.id, template.project_id, template.creator_id, template.name, json.dumps(template.filters),
         json.dumps(template.processing_params) if template.processing_params is not None else None,
         template.active_until, template.status, int(template.paused), int(template.deleted),
         template.last_checked_at, template.last_error, template.created_at, template.updated_at))


def get_template(conn: sqlite3.Connection, template_id: str) -> Optional[Template]:
    row = conn.execute("SELECT * FROM templates WHERE id = ? AND deleted = 0", (template_id,)).fetchone()
    return Template.from_row(row) if row else None


def templates_in_projects(conn: sqlite3.Connection, project_ids: Iterable[str]) -> list:
    ids = list(project_ids)
    if not ids:
        return []
    rows = conn.execute(f"SELECT * FROM templates WHERE deleted = 0 AND project_id IN ({_marks(ids)}) "
                        f"ORDER BY created_at DESC", ids)
    return [Template.from_row(r) for r in rows]


def all_templates(conn: sqlite3.Connection) -> list:
    rows = conn.execute("SELECT * FROM templates WHERE deleted = 0 ORDER BY created_at DESC")
    return [Template.from_row(r) for r in rows]


def searching_templates(conn: sqlite3.Connection) -> list:
    """Templates the background search looks at: not deleted, not paused, not failed."""
    rows = conn.execute("SELECT * FROM templates WHERE deleted = 0 AND paused = 0 AND status IN "
                        "('SEARCHING', 'READY') ORDER BY created_at")
    return [Template.from_row(r) for r in rows]


def count_active(conn: sqlite3.Connection, creator_id: str, now_iso: str, excluding: Optional[str] = None) -> int:
    row = conn.execute("SELECT COUNT(*) FROM templates WHERE creator_id = ? AND deleted = 0 AND paused = 0 "
                       "AND active_until > ? AND id != ?", (creator_id, now_iso, excluding or "")).fetchone()
    return int(row[0])


def update_template(conn: sqlite3.Connection, template_id: str, **fields) -> None:
    unknown = set(fields) - set(TEMPLATE_FIELDS)
    if unknown:
        raise ValueError(f"unknown template fields: {sorted(unknown)}")
    if "filters" in fields:
        fields["filters_json"] = json.dumps(fields.pop("filters"))
    if "processing_params" in fields:
        value = fields.pop("processing_params")
        fields["processing_params_json"] = json.dumps(value) if value is not None else None
    for flag in ("paused", "deleted"):
        if flag in fields:
            fields[flag] = int(bool(fields[flag]))
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE templates SET {assignments} WHERE id = ?", (*fields.values(), template_id))


def count_by_project(conn: sqlite3.Connection, project_ids: list) -> dict:
    if not project_ids:
        return {}
    rows = conn.execute(f"SELECT project_id, COUNT(*) FROM templates WHERE deleted = 0 AND project_id IN "
                        f"({_marks(project_ids)}) GROUP BY project_id", project_ids)
    return {r[0]: r[1] for r in rows}


# -- AOIs ------------------------------------------------------------------------------------------------------
def insert_aoi(conn: sqlite3.Connection, template_id: str, name: str, geometry: dict, area: float,
               created_at: str) -> str:
    aoi_id = new_id()
    idx = conn.execute("SELECT COALESCE(MAX(idx), -1) + 1 FROM template_aois WHERE template_id = ?",
                       (template_id,)).fetchone()[0]
    conn.execute("INSERT INTO template_aois (id, template_id, idx, name, geometry_json, area, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (aoi_id, template_id, idx, name, json.dumps(geometry), area,
                                                  created_at))
    return aoi_id


def aois_of(conn: sqlite3.Connection, template_ids: Iterable[str]) -> dict:
    """template id -> [TemplateAoi] in creation order."""
    ids = list(template_ids)
    result = {tid: [] for tid in ids}
    if not ids:
        return result
    rows = conn.execute(f"SELECT * FROM template_aois WHERE template_id IN ({_marks(ids)}) ORDER BY idx", ids)
    for row in rows:
        aoi = TemplateAoi.from_row(row)
        result[aoi.template_id].append(aoi)
    return result


def aoi_summaries(conn: sqlite3.Connection, template_ids: list) -> dict:
    """template id -> (AOI count, total area), in one query."""
    if not template_ids:
        return {}
    rows = conn.execute(f"SELECT template_id, COUNT(*), SUM(area) FROM template_aois WHERE template_id IN "
                        f"({_marks(template_ids)}) GROUP BY template_id", template_ids)
    return {r[0]: (r[1], r[2] or 0.0) for r in rows}


def update_aoi(conn: sqlite3.Connection, aoi_id: str, name: Optional[str] = None, geometry: Optional[dict] = None,
               area: Optional[float] = None) -> None:
    if name is not None:
        conn.execute("UPDATE template_aois SET name = ? WHERE id = ?", (name, aoi_id))
    if geometry is not None:
        conn.execute("UPDATE template_aois SET geometry_json = ?, area = ? WHERE id = ?",
                     (json.dumps(geometry), area, aoi_id))


def delete_aois(conn: sqlite3.Connection, template_id: str, aoi_ids: list) -> int:
    if not aoi_ids:
        return 0
    cursor = conn.execute(f"DELETE FROM template_aois WHERE template_id = ? AND id IN ({_marks(aoi_ids)})",
                          [template_id, *aoi_ids])
    return cursor.rowcount


# -- found images ----------------------------------------------------------------------------------------------
def add_images(conn: sqlite3.Connection, rows: list) -> int:
    """rows: (template id, aoi id, image id, provider, intersection, is new, found at); known ones are kept."""
    before = conn.total_changes
    conn.executemany("INSERT OR IGNORE INTO template_images (template_id, aoi_id, image_id, provider, intersection, "
                     "is_new, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return conn.total_changes - before


def images_of(conn: sqlite3.Connection, template_id: str, aoi_ids: Optional[list] = None) -> list:
    if aoi_ids is not None:
        if not aoi_ids:
            return []
        rows = conn.execute(f"SELECT * FROM template_images WHERE template_id = ? AND aoi_id IN ({_marks(aoi_ids)})",
                            [template_id, *aoi_ids])
    else:
        rows = conn.execute("SELECT * FROM template_images WHERE template_id = ?", (template_id,))
    return [FoundImage.from_row(r) for r in rows]


def delete_images(conn: sqlite3.Connection, template_id: str, keys: list) -> None:
    """keys: (aoi id, image id) pairs."""
    conn.executemany("DELETE FROM template_images WHERE template_id = ? AND aoi_id = ? AND image_id = ?",
                     [(template_id, a, i) for a, i in keys])


def image_summaries(conn: sqlite3.Connection, template_ids: list) -> dict:
    """template id -> (images found, new images, best AOI intersection), counting each image once."""
    if not template_ids:
        return {}
    rows = conn.execute(
        f"SELECT template_id, COUNT(DISTINCT image_id), COUNT(DISTINCT CASE WHEN is_new THEN image_id END), "
        f"MAX(intersection) FROM template_images WHERE template_id IN ({_marks(template_ids)}) "
        f"GROUP BY template_id", template_ids)
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def aois_with_new_images(conn: sqlite3.Connection, template_id: str) -> set:
    rows = conn.execute("SELECT DISTINCT aoi_id FROM template_images WHERE template_id = ? AND is_new = 1",
                        (template_id,))
    return {r[0] for r in rows}


def mark_seen(conn: sqlite3.Connection, template_id: str, image_id: Optional[str] = None) -> int:
    if image_id is None:
        cursor = conn.execute("UPDATE template_images SET is_new = 0 WHERE template_id = ? AND is_new = 1",
                              (template_id,))
    else:
        cursor = conn.execute("UPDATE template_images SET is_new = 0 WHERE template_id = ? AND image_id = ?",
                              (template_id, image_id))
    return cursor.rowcount


def has_image(conn: sqlite3.Connection, template_id: str, image_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM template_images WHERE template_id = ? AND image_id = ? LIMIT 1",
                       (template_id, image_id)).fetchone()
    return row is not None
