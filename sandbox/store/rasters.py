"""Mosaics and images of the Data API."""
from __future__ import annotations

import json
import sqlite3
from typing import Optional

from ..util import now_iso
from .records import Image, Mosaic


def insert_mosaic(conn: sqlite3.Connection, mosaic_id: str, owner_id: str, name: str, tags: list) -> Mosaic:
    conn.execute("INSERT INTO mosaics (id, owner_id, name, tags_json, created_at) VALUES (?, ?, ?, ?, ?)",
                 (mosaic_id, owner_id, name, json.dumps(tags), now_iso()))
    return get_mosaic(conn, mosaic_id)


def get_mosaic(conn: sqlite3.Connection, mosaic_id: str) -> Optional[Mosaic]:
    row = conn.execute("SELECT * FROM mosaics WHERE id = ?", (mosaic_id,)).fetchone()
    return Mosaic.from_row(row) if row else None


def mosaics_of(conn: sqlite3.Connection, owner_id: str) -> list:
    rows = conn.execute("SELECT * FROM mosaics WHERE owner_id = ? ORDER BY created_at", (owner_id,))
    return [Mosaic.from_row(r) for r in rows]


def update_mosaic(conn: sqlite3.Connection, mosaic_id: str, name: Optional[str] = None,
                  tags: Optional[list] = None) -> None:
    if name is not None:
        conn.execute("UPDATE mosaics SET name = ? WHERE id = ?", (name, mosaic_id))
    if tags is not None:
        conn.execute("UPDATE mosaics SET tags_json = ? WHERE id = ?", (json.dumps(tags), mosaic_id))


def set_mosaic_profile(conn: sqlite3.Connection, mosaic_id: str, crs_wkt: str, band_count: int,
                       pixel_size: float) -> None:
    conn.execute("UPDATE mosaics SET crs_wkt = ?, band_count = ?, pixel_size = ? WHERE id = ?",
                 (crs_wkt, band_count, pixel_size, mosaic_id))


def delete_mosaic(conn: sqlite3.Connection, mosaic_id: str) -> None:
    conn.execute("DELETE FROM mosaics WHERE id = ?", (mosaic_id,))


def insert_image(conn: sqlite3.Connection, image: Image) -> None:
    data = dict(image.__dict__)
    data["meta_json"] = json.dumps(data.pop("meta"))
    columns = ", ".join(data)
    marks = ", ".join("?" for _ in data)
    conn.execute(f"INSERT INTO images ({columns}) VALUES ({marks})", tuple(data.values()))


def get_image(conn: sqlite3.Connection, image_id: str) -> Optional[Image]:
    row = conn.execute("SELECT * FROM images WHERE id = ?", (image_id,)).fetchone()
    return Image.from_row(row) if row else None


def images_of_mosaic(conn: sqlite3.Connection, mosaic_id: str) -> list:
    rows = conn.execute("SELECT * FROM images WHERE mosaic_id = ? ORDER BY uploaded_at", (mosaic_id,))
    return [Image.from_row(r) for r in rows]


def images_of_owner(conn: sqlite3.Connection, owner_id: str) -> list:
    rows = conn.execute("SELECT * FROM images WHERE owner_id = ? ORDER BY uploaded_at", (owner_id,))
    return [Image.from_row(r) for r in rows]


def rename_image(conn: sqlite3.Connection, image_id: str, filename: str) -> None:
    conn.execute("UPDATE images SET filename = ? WHERE id = ?", (filename, image_id))


def delete_image(conn: sqlite3.Connection, image_id: str) -> None:
    conn.execute("DELETE FROM images WHERE id = ?", (image_id,))


def bytes_used_by(conn: sqlite3.Connection, owner_id: str) -> int:
    """Storage used by uploads; images linked by URL point at data stored elsewhere and use none."""
    row = conn.execute("SELECT COALESCE(SUM(file_size), 0) FROM images WHERE owner_id = ? AND ingested = 1",
                       (owner_id,)).fetchone()
    return int(row[0])
