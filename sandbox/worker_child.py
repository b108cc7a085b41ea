"""What runs inside a worker process: one partition through the engine, progress written to the database.

Kept free of FastAPI so that spawning a worker stays cheap. Returns a plain dict outcome:
``{"status": "OK", ...}``, ``{"status": "FAILED", code, parameters, stage}``, ``{"status": "CANCELLED"}`` or
``{"status": "REQUEUE", reason}`` when the engine is not installed yet.
"""
from __future__ import annotations

import ctypes
import importlib
import logging
import os
import signal
import sys
import threading
import time
import traceback
from pathlib import Path

from .engine.interface import PartitionCancelled, PartitionJob, SourceSpec, StageError
from .store.db import open_connection
from .util import now_iso

log = logging.getLogger("sandbox.worker")
PROGRESS_INTERVAL_S = 0.3
CANCEL_CHECK_INTERVAL_S = 0.5
PARENT_POLL_S = 0.5
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_cancel_event = None  # set by init_worker: the server is shutting down


def init_worker(cancel_event, server_pid: int = 0) -> None:
    global _cancel_event
    _cancel_event = cancel_event
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if server_pid:
        die_with_parent(server_pid)


def die_with_parent(parent_pid: int, use_prctl: bool = True) -> None:
    """End this process as soon as ``parent_pid`` (the server that spawned it) is gone, however it ended.

    On Linux the kernel sends SIGKILL when the spawning thread ends (PR_SET_PDEATHSIG). A daemon thread also polls
    the parent pid (re-parenting to init or a subreaper shows as a new ppid), which works everywhere and covers a
    parent that died before the prctl call took effect.
    """
    if use_prctl and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):  # no prctl in this libc: the poll alone does the job
            pass
    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_S)
    os._exit(1)  # orphaned: the partition stays IN_PROGRESS and the next server start resumes it


def _load(target: str):
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function or "run_partition")


class _PartitionReporter:
    """Progress and cancellation of one partition, through its row in the database (throttled)."""

    def __init__(self, db_path: Path, partition_id: str):
        self.conn = open_connection(db_path)
        self.partition_id = partition_id
        self.last_write = 0.0
        self.last_check = 0.0
        self.best = 0.0
        self.stage = ""
        self.cancelled = False

    def progress(self, fraction: float, stage: str) -> None:
        percent = max(self.best, min(99.0, float(fraction) * 100.0))  # progress only rises
        now = time.monotonic()
        if stage == self.stage and now - self.last_write < PROGRESS_INTERVAL_S:
            return  # a few writes a second at most, but every stage change is written: it is the checkpoint
        self.best, self.last_write, self.stage = percent, now, stage
        self.conn.execute("UPDATE partitions SET percent = ?, stage = ?, updated = ? WHERE id = ? "
                          "AND status = 'IN_PROGRESS'", (percent, stage, now_iso(), self.partition_id))

    def should_cancel(self) -> bool:
        if self.cancelled or (_cancel_event is not None and _cancel_event.is_set()):
            return True
        now = time.monotonic()
        if now - self.last_check >= CANCEL_CHECK_INTERVAL_S:
            self.last_check = now
            row = self.conn.execute("SELECT status FROM partitions WHERE id = ?", (self.partition_id,)).fetchone()
            self.cancelled = row is None or row[0] != "IN_PROGRESS"  # deleted, or taken away
        return self.cancelled

    def close(self) -> None:
        self.conn.close()


def job_from_payload(payload: dict) -> PartitionJob:
    data = dict(payload)
    data["source"] = SourceSpec(**data["source"])
    data["work_dir"] = Path(data["work_dir"])
    return PartitionJob(**data)


def run_job(payload: dict, db_path: str, engine_target: str) -> dict:
    """Entry point of a worker process for one partition."""
    job = job_from_payload(payload)
    try:
        run_partition = _load(engine_target)
    except (ImportError, AttributeError) as exc:
        return {"status": "REQUEUE", "reason": f"engine {engine_target} unavailable: {exc}"}
    reporter = _PartitionReporter(Path(db_path), job.aoi_id)
    job.work_dir.mkdir(parents=True, exist_ok=True)
    try:
        output = run_partition(job, reporter.progress, reporter.should_cancel)
        return {"status": "OK", "result_path": str(output.result_path),
                "raster_path": str(output.raster_path) if output.raster_path else None,
                "feature_count": output.feature_count, "bounds": list(output.bounds),
                "messages": list(getattr(output, "messages", None) or [])}
    except StageError as exc:
        return {"status": "FAILED", "code": exc.code, "parameters": exc.parameters, "stage": exc.stage}
    except PartitionCancelled:
        return {"status": "CANCELLED"}
    except Exception as exc:  # an engine bug fails the partition with an internal-error code, never the server
        log.error("partition %s crashed: %s\n%s", job.aoi_id, exc, traceback.format_exc())
        stage = reporter.conn.execute("SELECT stage FROM partitions WHERE id = ?", (job.aoi_id,)).fetchone()
        stage_name = stage[0] if stage else "fetch"
        domain = {"fetch": "dataloader", "detect": "inference", "postprocess": "vector-processor",
                  "publish": "vector-processor"}.get(stage_name, "inference")
        return {"status": "FAILED", "code": f"{domain}.internalError",
                "parameters": {"message": str(exc)[:200], "level": "error"}, "stage": stage_name}
    finally:
        reporter.close()
