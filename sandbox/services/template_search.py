"""The background side of planned searches: each active template searches the scenes published since it last
looked, over each of its AOIs with its filters, and records what it finds.

- The first search (and the search of an AOI added later, or after the filters change) is the *baseline*: what the
  archive already held. Those images are not new.
- Every later search covers (last check, now] on the sandbox clock, capped at ``activeUntil``: those images are
  new (``isNew``) until marked seen.
- A paused template does not search; when resumed it searches from where it stopped, so what was published
  meanwhile is found and counted as new. An expired template keeps what it found and searches no more; extending
  ``activeUntil`` makes it continue the same way.
- A provider outage (admin) makes the search fail: status FAILED until ``/restart``.

``sync`` runs every second in the server (sandbox/watcher.py), right after the admin clock moves, and before a
template is read, so that every answer reflects the clock.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Iterable, Optional

from shapely.geometry import shape
from shapely.ops import unary_union

from .. import clock
from ..errors import ApiError
from ..store import templates as template_store
from ..store import users as user_store
from ..store.templates import Template
from ..util import parse_iso
from . import catalog_search, scene_catalog
from .search_filters import parse_filters

SEARCHING, READY, FAILED, CREATED = "SEARCHING", "READY", "FAILED", "CREATED"


def searched_until(template: Template, now: datetime) -> datetime:
    """The end of the window a search made now covers."""
    until = parse_iso(template.active_until)
    return min(now, until) if until else now


def _found(conn: sqlite3.Connection, template: Template, aoi, creator, end: datetime,
           after: Optional[datetime]) -> list:
    geometry = unary_union([shape(aoi.geometry)])
    filters = parse_filters(template.filters)
    return catalog_search.find(conn, creator, geometry, filters, "", end, published_after=after, own_imagery=False)


def _fail(conn: sqlite3.Connection, template: Template, error: ApiError, now: datetime) -> None:
    template_store.update_template(conn, template.id, status=FAILED, last_error=error.message,
                                   updated_at=clock.iso(now))


def _search(conn: sqlite3.Connection, template: Template, now: datetime) -> None:
    """One search of every AOI over (last check, end] (or the whole archive the first time)."""
    end = searched_until(template, now)
    last = parse_iso(template.last_checked_at)
    creator = user_store.get_user(conn, template.creator_id)
    rows = []
    try:
        for aoi in template_store.aois_of(conn, [template.id])[template.id]:
            for candidate in _found(conn, template, aoi, creator, end, last):
                rows.append((template.id, aoi.id, candidate.id, candidate.provider, round(candidate.intersection, 4),
                             int(last is not None), clock.iso(now)))
    except ApiError as error:
        if error.code != "SEARCH_PROVIDER_UNAVAILABLE":
            raise
        _fail(conn, template, error, now)
        return
    template_store.add_images(conn, rows)
    template_store.update_template(conn, template.id, status=READY, last_error=None,
                                   last_checked_at=clock.iso(max(end, last) if last else end),
                                   updated_at=clock.iso(now))


def _due(conn: sqlite3.Connection, template: Template, now: datetime) -> bool:
    if template.paused or template.status not in (SEARCHING, READY):
        return False
    last = parse_iso(template.last_checked_at)
    if template.status == SEARCHING or last is None:
        return True
    end = searched_until(template, now)
    return end > last and bool(scene_catalog.catalog_of(conn).published(end, after=last))


def sync(db, template_ids: Optional[Iterable[str]] = None) -> int:
    """Run the searches that are due (of the given templates, or of all); returns how many ran."""
    conn = db.connection()
    now = clock.now(conn)
    wanted = set(template_ids) if template_ids is not None else None
    ran = 0
    for template in template_store.searching_templates(conn):
        if wanted is not None and template.id not in wanted:
            continue
        if not _due(conn, template, now):
            continue
        with db.tx() as tx:
            fresh = template_store.get_template(tx, template.id)
            if fresh is not None and _due(tx, fresh, now):
                _search(tx, fresh, now)
                ran += 1
    return ran


def search_now(conn: sqlite3.Connection, template: Template) -> None:
    """Search at once (inside the caller's transaction): resume, restart."""
    _search(conn, template, clock.now(conn))


def rebaseline(conn: sqlite3.Connection, template: Template, aoi_ids: Optional[list] = None) -> None:
    """The AOIs' (all, or ``aoi_ids``) results redone with the current filters and geometry up to the last check:
    images still found keep their new/seen state, the others go, newly matching ones come as already known."""
    last = parse_iso(template.last_checked_at)
    if last is None or template.status == FAILED:
        return  # the first search, still to come, covers everything
    aois = template_store.aois_of(conn, [template.id])[template.id]
    if aoi_ids is not None:
        aois = [a for a in aois if a.id in set(aoi_ids)]
    now = clock.now(conn)
    creator = user_store.get_user(conn, template.creator_id)
    existing = {(f.aoi_id, f.image_id) for f in template_store.images_of(conn, template.id, [a.id for a in aois])}
    found, rows = set(), []
    try:
        for aoi in aois:
            for candidate in _found(conn, template, aoi, creator, last, None):
                found.add((aoi.id, candidate.id))
                if (aoi.id, candidate.id) not in existing:
                    rows.append((template.id, aoi.id, candidate.id, candidate.provider,
                                 round(candidate.intersection, 4), 0, clock.iso(now)))
    except ApiError as error:
        if error.code != "SEARCH_PROVIDER_UNAVAILABLE":
            raise
        _fail(conn, template, error, now)
        return
    template_store.delete_images(conn, template.id, sorted(existing - found))
    template_store.add_images(conn, rows)
