"""The processing state machine: partitions' outcomes decide the processing's status, result and refund."""
from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path

from ..store import processings as processing_store
from ..store import users as user_store
from ..util import now_iso
from . import billing, review
from .sources import message

log = logging.getLogger("sandbox.lifecycle")
RUNNING = ("UNPROCESSED", "IN_PROGRESS")


def processing_dir(data_dir: Path, processing_id: str) -> Path:
    return Path(data_dir) / "processings" / processing_id


def partition_dir(data_dir: Path, processing_id: str, aoi_id: str) -> Path:
    return processing_dir(data_dir, processing_id) / "aois" / aoi_id


def result_path(data_dir: Path, processing_id: str) -> Path:
    return processing_dir(data_dir, processing_id) / "result.geojson"


def dedupe_messages(messages: list) -> list:
    """Several AOIs failing the same way give one message (contract 2.3)."""
    seen, unique = set(), []
    for item in messages:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def merge_results(partition_paths: list, target: Path, name: str) -> int:
    """One FeatureCollection of every partition's features, ids renumbered 1..N; written atomically."""
    features = []
    for path in partition_paths:
        with open(path, encoding="utf-8") as handle:
            features.extend(json.load(handle).get("features") or [])
    for number, feature in enumerate(features, start=1):
        feature["id"] = number
        feature.setdefault("properties", {})
        if feature["properties"] is None:
            feature["properties"] = {}
        feature["properties"]["id"] = number
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".geojson.part")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "name": name, "features": features}, handle)
    os.replace(partial, target)
    return len(features)


def finalize(conn: sqlite3.Connection, data_dir: Path, processing_id: str) -> str:
    """Derive the processing's status from its partitions; merge on success, refund on failure. Returns it."""
    processing = processing_store.get_processing(conn, processing_id)
    if processing is None:
        return "DELETED"
    partitions = processing_store.partitions_of(conn, processing_id)
    if any(p.status in RUNNING for p in partitions):
        if processing.status != "IN_PROGRESS":
            processing_store.update_processing(conn, processing_id, status="IN_PROGRESS")
        return "IN_PROGRESS"
    if partitions and all(p.status == "OK" for p in partitions):
        try:
            merge_results([p.result_path for p in partitions], result_path(data_dir, processing_id), processing.name)
        except (OSError, ValueError, TypeError) as exc:
            log.error("merging results of %s failed: %s", processing_id, exc)
            return _fail(conn, processing, [message("vector-processor.internalError")])
        _prepare_tiles(result_path(data_dir, processing_id))
        return _succeed(conn, processing, [m for p in partitions for m in p.messages])
    failures = [m for p in partitions if p.status == "FAILED" for m in p.messages]
    return _fail(conn, processing, failures or [message("inference.internalError")])


def _prepare_tiles(path: Path) -> None:
    """Index the merged result for vector tiles in the background, so its first view is served quickly."""
    try:
        from ..tiles.vector import prepare_in_background
    except ImportError:  # the tile server is optional: results are still downloadable without it
        return
    prepare_in_background(path)


def _succeed(conn: sqlite3.Connection, processing, notes: list) -> str:
    """OK; the engine's non-fatal notes (level "warning") stay visible in ``messages``."""
    payer = user_store.get_user(conn, processing.payer_id)
    fields = {"status": "OK", "messages": dedupe_messages(notes), "completed": now_iso()}
    if payer and payer.review_workflow:  # the review period runs on the sandbox clock (review.py)
        fields.update(review_status=review.IN_REVIEW, review_until=review.deadline(conn, payer))
    processing_store.update_processing(conn, processing.id, **fields)
    return "OK"


def _fail(conn: sqlite3.Connection, processing, messages: list) -> str:
    processing_store.update_processing(conn, processing.id, status="FAILED", messages=dedupe_messages(messages),
                                       completed=now_iso())
    billing.refund(conn, processing)
    return "FAILED"


def record_outcome(conn: sqlite3.Connection, partition_id: str, outcome: dict) -> None:
    """Store what the engine returned for one partition (see sandbox.worker_child)."""
    status = outcome["status"]
    if status == "OK":
        processing_store.update_partition(
            conn, partition_id, status="OK", percent=100.0, stage="publish", messages=outcome.get("messages") or [],
            result_path=outcome["result_path"], raster_path=outcome.get("raster_path"),
            feature_count=outcome.get("feature_count"), bounds=list(outcome.get("bounds") or []))
    elif status == "FAILED":
        processing_store.update_partition(conn, partition_id, status="FAILED", stage=outcome.get("stage", "fetch"),
                                          messages=[{"code": outcome["code"], "parameters": outcome["parameters"]}])
    elif status == "REQUEUE":
        processing_store.update_partition(conn, partition_id, status="UNPROCESSED")
