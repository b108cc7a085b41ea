"""JSON views of planned searches (contract 2.8): Template, TemplateShort (no searchParams), their AOIs as a
FeatureCollection, their search results and the paged image listing. Lists are built with a few grouped queries,
so a project's 20 templates answer in milliseconds."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Optional

from shapely.geometry import shape

from .. import clock
from ..errors import bad_request
from ..store import processings as processing_store
from ..store.templates import Template
from ..store import templates as template_store
from ..util import parse_iso
from . import catalog_search, scene_catalog
from .catalog_search import Candidate
from .paging import page_window
from .search_filters import parse_filters
from .template_search import READY, searched_until


def is_expired(template: Template, now: datetime) -> bool:
    until = parse_iso(template.active_until)
    return until is not None and until <= now


def is_active(template: Template, now: datetime) -> bool:
    return not template.paused and not is_expired(template, now)


def _emails(conn: sqlite3.Connection, user_ids: set) -> dict:
    if not user_ids:
        return {}
    ids = sorted(user_ids)
    rows = conn.execute(f"SELECT id, email FROM users WHERE id IN ({', '.join('?' for _ in ids)})", ids)
    return {r[0]: r[1] for r in rows}


def templates_json(conn: sqlite3.Connection, templates: list, short: bool = False) -> list:
    now = clock.now(conn)
    ids = [t.id for t in templates]
    images = template_store.image_summaries(conn, ids)
    aois = template_store.aoi_summaries(conn, ids)
    emails = _emails(conn, {t.creator_id for t in templates})
    details = {} if short else {t.id: aoi_collection(conn, t) for t in templates}
    views = []
    for template in templates:
        found, new, best = images.get(template.id, (0, 0, None))
        aoi_count, area = aois.get(template.id, (0, 0.0))
        active = is_active(template, now)
        checked = template.last_checked_at
        if active and template.status == READY:
            checked = clock.iso(searched_until(template, now))  # it has looked up to now and found nothing newer
        view = {
            "id": template.id, "name": template.name, "status": template.status,
            "createdAt": template.created_at, "updatedAt": template.updated_at,
            "userId": template.creator_id, "userEmail": emails.get(template.creator_id),
            "projectId": template.project_id, "activeUntil": template.active_until,
            "processingParams": template.processing_params, "lastCheckedAt": checked,
            "newImagesCount": new, "imagesCount": found, "hasNewImages": new > 0,
            "isActive": active, "isArchived": is_expired(template, now), "isPaused": template.paused,
            "area": int(round(area)), "aoiCount": aoi_count,
            "maxAoiIntersectionPercent": round(best, 2) if best is not None else None,
            "lastError": template.last_error,
        }
        if not short:
            view["searchParams"] = {"aoiDetails": details[template.id], **template.filters}
        views.append(view)
    return views


def template_json(conn: sqlite3.Connection, template: Template) -> dict:
    return templates_json(conn, [template])[0]


def aoi_feature(aoi, processings: list, has_new: bool) -> dict:
    geometry = shape(aoi.geometry)
    linked = [{"processingId": p.id, "processingName": p.name, "processingStatus": p.status, "area": p.area,
               "geometry": p.geometry, "projectId": p.project_id}
              for p in processings if shape(p.geometry).intersects(geometry)]
    return {"type": "Feature", "id": aoi.id, "geometry": aoi.geometry,
            "properties": {"id": aoi.id, "name": aoi.name, "area": int(round(aoi.area)), "processings": linked,
                           "hasNewImages": has_new, "createdAt": aoi.created_at}}


def aoi_collection(conn: sqlite3.Connection, template: Template) -> dict:
    processings = processings_of(conn, template.id)
    new_aois = template_store.aois_with_new_images(conn, template.id)
    features = [aoi_feature(a, processings, a.id in new_aois)
                for a in template_store.aois_of(conn, [template.id])[template.id]]
    return {"type": "FeatureCollection", "features": features}


def processings_of(conn: sqlite3.Connection, template_id: str) -> list:
    rows = conn.execute("SELECT id FROM processings WHERE template_id = ? ORDER BY created DESC", (template_id,))
    return [p for p in (processing_store.get_processing(conn, r[0]) for r in rows) if p is not None]


def _grouped(conn: sqlite3.Connection, template: Template, aoi_ids: Optional[list], public_url: str) -> list:
    """One Candidate per image the template found (over the given AOIs), with its best AOI intersection."""
    rows = template_store.images_of(conn, template.id, aoi_ids)
    catalog = scene_catalog.catalog_of(conn)
    now = clock.now(conn)
    grouped: dict = {}
    for row in rows:
        entry = grouped.setdefault(row.image_id, {"aois": [], "new": False, "best": 0.0})
        entry["aois"].append(row.aoi_id)
        entry["new"] = entry["new"] or row.is_new
        entry["best"] = max(entry["best"], row.intersection)
    candidates = []
    for image_id, entry in grouped.items():
        scene = catalog.get(image_id, now)
        if scene is None:
            continue
        provider = catalog.provider(scene.provider)
        candidate = Candidate(scene.id, scene.provider, scene.product_type, scene.acquired, scene.resolution,
                              scene.cloud_cover, scene.off_nadir, scene.zoom, scene.sensor, scene.footprint,
                              lambda s=scene, p=provider: scene_catalog.scene_view(s, p, public_url),
                              published=scene.published, intersection=entry["best"], is_new=entry["new"],
                              aoi_ids=sorted(entry["aois"]))
        candidates.append(candidate)
    return candidates


def image_view(candidate: Candidate) -> dict:
    view = catalog_search.result_view(candidate, candidate.is_new)
    view["aoiIds"] = candidate.aoi_ids
    return view


def search_results(conn: sqlite3.Connection, template: Template, public_url: str) -> list:
    """``[{id, metadata}]``: every image found, newest acquisition first."""
    ordered = catalog_search.sort_candidates(_grouped(conn, template, None, public_url), {})
    return [{"id": c.id, "metadata": image_view(c)} for c in ordered]


def images_page(conn: sqlite3.Connection, template: Template, body, public_url: str) -> dict:
    """POST .../images: the found images filtered like the catalog (and by ``aoiIds``), sorted and paged."""
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    aoi_ids = body.get("aoiIds")
    if aoi_ids is not None and (not isinstance(aoi_ids, list) or not all(isinstance(a, str) for a in aoi_ids)):
        raise bad_request("aoiIds must be a list of AOI ids")
    filters = parse_filters(body)
    limit, offset = page_window(body, default_limit=100)
    kept = []
    for candidate in _grouped(conn, template, aoi_ids, public_url):
        if not filters.wants_provider(candidate.provider) or not filters.wants_product(candidate.product_type):
            continue
        if not filters.matches(candidate.acquired, candidate.resolution, candidate.cloud, candidate.off_nadir):
            continue
        if filters.min_intersection is not None and candidate.intersection < filters.min_intersection - 1e-9:
            continue
        kept.append(candidate)
    ordered = catalog_search.sort_candidates(kept, body)
    return {"images": [image_view(c) for c in ordered[offset:offset + limit]], "total": len(ordered),
            "limit": limit, "offset": offset}
