"""The worker pool: queued partitions go to engine runs in separate processes, outcomes come back here.

The engine is CPU-heavy (numpy/GDAL), so each partition runs in a process of a ``ProcessPoolExecutor`` and the
API's threads stay free. Progress travels through the partition rows (the child writes them); outcomes come back
through the futures and are applied here: record, then derive the processing's status (merge, refund).

Worker processes end with their server however it ends. A normal stop (SIGTERM: uvicorn's shutdown runs the
lifespan, which calls :meth:`WorkerPool.stop`) asks them to stop and terminates stragglers. If the server dies
without stopping (SIGKILL, a crash), each worker notices by itself (``worker_child.die_with_parent``): Linux kills it
with the thread that spawned it (PR_SET_PDEATHSIG) and a watch on the parent pid covers the rest. That is why the
dispatcher thread, which spawns the workers, also shuts them down and is the last to end.
"""
from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Optional

from .services import lifecycle, sources
from .store import processings as processing_store
from .store.db import Database
from .worker_child import init_worker, run_job

log = logging.getLogger("sandbox.worker")
ENGINE_RETRY_S = 5.0
IDLE_POLL_S = 1.0


class WorkerPool:
    def __init__(self, db: Database, data_dir: Path, workers: int, engine_target: str):
        self.db = db
        self.data_dir = Path(data_dir)
        self.workers = max(1, int(workers))
        self.engine_target = engine_target
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._cancel_event = self._context.Event()
        self._wake = threading.Event()
        self._stopping = False
        self._active: dict = {}  # partition id -> processing id
        self._lock = threading.Lock()
        self._executor: Optional[ProcessPoolExecutor] = None
        self._thread: Optional[threading.Thread] = None
        self._engine_paused_until = 0.0
        self._broken = False
        self._grace_s = 8.0

    # lifecycle -----------------------------------------------------------------------------------------------
    def start(self) -> None:
        with self.db.tx() as conn:
            resumed = processing_store.requeue_interrupted(conn)
        if resumed:
            log.info("resuming %d interrupted partition(s)", resumed)
        self._executor = self._new_executor()
        self._thread = threading.Thread(target=self._run, name="sandbox-dispatcher", daemon=True)
        self._thread.start()

    def stop(self, grace_s: float = 8.0) -> None:
        """Ask running partitions to stop; those still IN_PROGRESS resume at the next start. Returns when the
        worker processes are gone (after at most ``grace_s`` they are terminated)."""
        self._grace_s = grace_s
        self._stopping = True
        self._cancel_event.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=grace_s + 10)

    def _run(self) -> None:
        try:
            self._dispatch_loop()
        finally:
            self._shutdown_executor(self._executor, self._grace_s)

    @staticmethod
    def _shutdown_executor(executor: Optional[ProcessPoolExecutor], grace_s: float) -> None:
        if executor is None:
            return
        processes = list(getattr(executor, "_processes", {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + grace_s
        for process in processes:
            process.join(timeout=max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.terminate()
                process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join(timeout=2)

    def kick(self) -> None:
        """New work was queued: look now rather than at the next poll."""
        self._wake.set()

    @property
    def active_count(self) -> int:
        with self._lock:
            return len(self._active)

    # dispatching ---------------------------------------------------------------------------------------------
    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self._context,
                                   initializer=init_worker, initargs=(self._cancel_event, os.getpid()))

    def _dispatch_loop(self) -> None:
        while not self._stopping:
            try:
                self._dispatch_once()
            except Exception:  # keep dispatching whatever one round did
                log.exception("dispatch round failed")
            self._wake.wait(IDLE_POLL_S)
            self._wake.clear()

    def _dispatch_once(self) -> None:
        if self._broken:
            log.warning("a worker process died; starting a fresh pool")
            self._shutdown_executor(self._executor, grace_s=0.0)
            self._executor = self._new_executor()
            self._broken = False
        free = self.workers - self.active_count
        if free <= 0 or time.monotonic() < self._engine_paused_until:
            return
        with self.db.tx() as conn:
            claimed = processing_store.claim_queued_partitions(conn, free)
            jobs = [(p, self._payload(conn, p)) for p in claimed]
        for partition, payload in jobs:
            with self._lock:
                self._active[partition.id] = partition.processing_id
            future = self._executor.submit(run_job, payload, str(self.db.path), self.engine_target)
            future.add_done_callback(lambda f, pid=partition.id: self._on_done(f, pid))

    def _payload(self, conn, partition) -> dict:
        processing = processing_store.get_processing(conn, partition.processing_id)
        spec = sources.source_spec(conn, processing.source)
        work_dir = lifecycle.partition_dir(self.data_dir, processing.id, partition.id)
        return {"processing_id": processing.id, "aoi_id": partition.id, "geometry": partition.geometry,
                "model_key": processing.model_key, "blocks": processing.blocks,
                "source": dataclasses.asdict(spec), "work_dir": str(work_dir), "start_stage": partition.start_stage}

    # outcomes ------------------------------------------------------------------------------------------------
    def _on_done(self, future: Future, partition_id: str) -> None:
        try:
            outcome = self._outcome(future, partition_id)
            if outcome is not None:
                self._apply(partition_id, outcome)
        except Exception:
            log.exception("could not record the outcome of partition %s", partition_id)
        finally:
            with self._lock:
                self._active.pop(partition_id, None)
            self._wake.set()

    def _outcome(self, future: Future, partition_id: str) -> Optional[dict]:
        if future.cancelled() or self._stopping:
            return None  # left IN_PROGRESS on purpose: the next start resumes it
        try:
            return future.result()
        except BrokenProcessPool:
            self._broken = True
            return {"status": "FAILED", "code": "inference.internalError",
                    "parameters": {"message": "worker process died", "level": "error"}, "stage": "detect"}

    def _apply(self, partition_id: str, outcome: dict) -> None:
        status = outcome["status"]
        if status == "CANCELLED":
            return  # the processing was deleted or restarted meanwhile
        if status == "REQUEUE":
            log.warning("%s; partition %s waits in the queue", outcome.get("reason"), partition_id)
            self._engine_paused_until = time.monotonic() + ENGINE_RETRY_S
        with self.db.tx() as conn:
            partition = processing_store.get_partition(conn, partition_id)
            if partition is None or partition.status != "IN_PROGRESS":
                return
            lifecycle.record_outcome(conn, partition_id, outcome)
            lifecycle.finalize(conn, self.data_dir, partition.processing_id)
