"""JSON views of processings (v2 and v1) and of their AOIs, with every key the plugin requires."""
from __future__ import annotations

import sqlite3
from typing import Optional

from .. import catalog
from ..store import processings as processing_store
from ..store import reviews as review_store
from ..store.records import Partition, Processing
from . import catalog_views, review, sources

FINAL_STATUSES = ("OK", "FAILED", "CANCELLED", "REFUNDED")


def percent_of(processing: Processing, weighted_percent: float) -> int:
    if processing.status in FINAL_STATUSES:
        return 100
    return max(0, min(99, int(weighted_percent)))


def layers(processing: Processing, public_url: str) -> tuple:
    """(vectorLayer, rasterLayer) once the processing is OK, else (None, None)."""
    if processing.status != "OK":
        return None, None
    pid = processing.id
    vector = {"id": pid, "name": processing.name, "tileJsonUrl": f"{public_url}/api/layers/{pid}.json",
              "tileUrl": f"{public_url}/api/layers/{pid}/tiles/{{z}}/{{x}}/{{y}}.vector.pbf"}
    raster = {"id": pid, "tileJsonUrl": f"{public_url}/api/rasters/{pid}.json",
              "tileUrl": f"{public_url}/api/rasters/{pid}/tiles/{{z}}/{{x}}/{{y}}.png"}
    return vector, raster


def _review(processing: Processing) -> Optional[dict]:
    if not processing.review_status:
        return None
    return {"reviewStatus": processing.review_status, "inReviewUntil": processing.review_until,
            "feedback": processing.review_comment}


def _rating(processing: Processing) -> Optional[dict]:
    if processing.rating is None:
        return None
    return {"rating": str(processing.rating), "feedback": processing.feedback}


def _blocks(model: catalog.ModelDef, enabled: dict) -> list:
    return [{"name": b.name, "displayName": b.display_name, "enabled": bool(enabled.get(b.name))}
            for b in model.blocks if b.optional]


class ViewBuilder:
    """Builds many processing views with one progress query and cached model definitions."""

    def __init__(self, conn: sqlite3.Connection, public_url: str):
        self.conn = conn
        self.public_url = public_url
        self._defs = {}
        self._emails = {}
        self._summary = {}
        self._rejections = {}

    def prefetch(self, processings: list) -> "ViewBuilder":
        ids = [p.id for p in processings]
        self._summary.update(processing_store.progress_summary(self.conn, ids))
        reviewed = [p.id for p in processings if p.review_status]
        self._rejections.update(review_store.latest_rejections(self.conn, reviewed))
        return self

    def _workflow_def(self, key: str) -> dict:
        if key not in self._defs:
            self._defs[key] = catalog_views.workflow_def(self.conn, catalog.model_by_key(key))
        return self._defs[key]

    def email(self, user_id: str) -> str:
        if user_id not in self._emails:
            row = self.conn.execute("SELECT email FROM users WHERE id = ?", (user_id,)).fetchone()
            self._emails[user_id] = row[0] if row else ""
        return self._emails[user_id]

    def weighted_percent(self, processing: Processing) -> float:
        if processing.id not in self._summary:
            self.prefetch([processing])
        return self._summary.get(processing.id, (0, 0.0))[1]

    def v2(self, processing: Processing) -> dict:
        aoi_count, weighted = self._summary.get(processing.id) or \
            self.prefetch([processing])._summary.get(processing.id, (0, 0.0))
        model = catalog.model_by_key(processing.model_key)
        vector, raster = layers(processing, self.public_url)
        return {
            "id": processing.id, "name": processing.name, "description": processing.description,
            "projectId": processing.project_id,
            "vectorLayer": vector, "rasterLayer": raster,
            "workflowDef": self._workflow_def(processing.model_key),
            "aoiCount": aoi_count, "area": processing.area, "aoiArea": processing.area, "cost": processing.cost,
            "status": processing.status, "percentCompleted": percent_of(processing, weighted),
            "reviewStatus": _review(processing), "rating": _rating(processing),
            # a sandbox extra (extra keys are harmless): what the latest rejection said, without its features
            "reviewRejection": review.rejection_view(self._rejections.get(processing.id)),
            "params": {"sourceParams": sources.echo(processing.source),
                       "inferenceParams": processing.inference},
            "blocks": _blocks(model, processing.blocks),
            "meta": processing.meta, "messages": processing.messages,
            "dataProvider": sources.provider_label(processing.source),
            "email": self.email(processing.creator_id),
            "created": processing.created, "updated": processing.updated,
            "completionDate": processing.completed,
        }

    def v1(self, processing: Processing) -> dict:
        view = self.v2(processing)
        view["params"] = sources.flat_v1(self.conn, processing.source)
        view["wdName"] = view["workflowDef"]["name"]
        return view


def aoi_view(partition: Partition) -> dict:
    percent = 100 if partition.status in FINAL_STATUSES else max(0, min(99, int(partition.percent)))
    return {"id": partition.id, "status": partition.status, "percentCompleted": percent,
            "area": partition.area, "messages": partition.messages, "geometry": partition.geometry,
            "stage": partition.stage}
