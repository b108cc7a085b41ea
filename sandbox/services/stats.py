"""POST /processings/stats: the processing history, as JSON (string values) or CSV; team owners see members."""
from __future__ import annotations

import csv
import io
import sqlite3

from .. import catalog
from ..errors import bad_request
from ..store import processings as processing_store
from ..store import projects as project_store
from ..store import users as user_store
from ..store.records import User
from ..util import parse_iso
from . import sources
from .processing_views import percent_of

COLUMNS = ("projectName", "name", "email", "area", "cost", "created", "completionDate", "status",
           "percentCompleted", "archived", "dataProvider", "linkToMap", "scenario")
CANONICAL_STATUS = {"CANCELED": "CANCELLED"}


def _statuses(body: dict) -> set:
    wanted = body.get("statuses")
    filter_text = str(body.get("filter") or "")
    if not wanted and filter_text.lower().startswith("status="):
        wanted = filter_text.split("=", 1)[1].split(",")
    if isinstance(wanted, str):
        wanted = [wanted]
    if wanted and not isinstance(wanted, list):
        raise bad_request("statuses must be a list of statuses")
    return {CANONICAL_STATUS.get(str(s).strip().upper(), str(s).strip().upper()) for s in wanted or []}


def _sort(body: dict) -> tuple:
    """The newer docs' sort, 'created:desc' or 'created,desc'; default newest first."""
    text = str(body.get("sort") or "created:desc")
    field, _, order = text.replace(",", ":").partition(":")
    return field.strip() or "created", (order.strip().lower() or "desc") == "desc"


def collect(conn: sqlite3.Connection, user: User, body, public_url: str) -> dict:
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    date_from, date_to = parse_iso(body.get("dateFrom")), parse_iso(body.get("dateTo"))
    for key, parsed in (("dateFrom", date_from), ("dateTo", date_to)):
        if body.get(key) and parsed is None:
            raise bad_request(f"{key} must be an ISO date-time", **{key: str(body[key])})
    statuses = _statuses(body)
    terms = str(body.get("terms") or "").strip().lower()
    rows = []
    processings = processing_store.processings_by_creators(conn, user_store.members_of_owned_teams(conn, user.id))
    progress = processing_store.progress_summary(conn, [p.id for p in processings])
    for p in processings:
        created = parse_iso(p.created)
        if (date_from and created < date_from) or (date_to and created > date_to):
            continue
        if statuses and p.status not in statuses:
            continue
        project = project_store.get_project(conn, p.project_id)
        creator = user_store.get_user(conn, p.creator_id)
        row = {
            "projectName": project.name if project else "", "name": p.name, "email": creator.email if creator else "",
            "area": str(p.area), "cost": str(p.cost), "created": p.created, "completionDate": p.completed,
            "status": p.status, "percentCompleted": str(percent_of(p, progress.get(p.id, (0, 0.0))[1])),
            "archived": "false", "dataProvider": sources.provider_label(p.source),
            "linkToMap": f"{public_url}/projects/{p.project_id}/processings/{p.id}",
            "scenario": catalog.model_by_key(p.model_key).name, "id": p.id,
        }
        if terms and terms not in f"{row['name']} {row['projectName']} {row['email']} {row['scenario']}".lower():
            continue
        rows.append(row)
    field, descending = _sort(body)
    if rows and field in rows[0]:
        numeric = field in ("area", "cost", "percentCompleted")
        rows.sort(key=lambda r: (float(r[field]) if numeric else (r[field] or "")), reverse=descending)
    total_cost = sum(int(r["cost"]) for r in rows)
    total_area = sum(int(r["area"]) for r in rows)
    if body.get("perPage") is not None or body.get("page") is not None:
        try:
            per_page, page = int(body.get("perPage") or 50), int(body.get("page") or 1)
        except (TypeError, ValueError):
            raise bad_request("page and perPage must be integers") from None
        if per_page < 1 or page < 1:
            raise bad_request("page and perPage start at 1")
        chosen = rows[(page - 1) * per_page: page * per_page]
    else:
        chosen = rows
    return {"results": chosen, "total": len(rows), "count": len(chosen), "totalCost": total_cost,
            "totalArea": total_area}


def as_csv(stats: dict) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in stats["results"]:
        writer.writerow([row.get(c) if row.get(c) is not None else "" for c in COLUMNS])
    return buffer.getvalue()
