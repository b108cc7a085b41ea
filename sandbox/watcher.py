"""The background of planned searches: every second, each active template searches what was published since it
last looked (services/template_search.py). With ``--scene-arrival-interval SECONDS`` the sandbox clock also jumps
to the next scene publication every SECONDS of real time, so new imagery keeps arriving during a demo."""
from __future__ import annotations

import logging
import threading
from typing import Optional

from . import clock
from .services import scene_catalog, template_search
from .services.clock_moves import STREAMING
from .store.db import Database

log = logging.getLogger("sandbox.watcher")
TICK_S = 1.0


class TemplateWatcher:
    def __init__(self, db: Database, arrival_interval: Optional[float] = None):
        self.db = db
        self.arrival_interval = arrival_interval if arrival_interval and arrival_interval > 0 else None
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._since_arrival = 0.0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="sandbox-templates", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        while not self._stop.wait(TICK_S):
            try:
                self._tick()
            except Exception:  # a failed round must not end the background search
                log.exception("planned-search round failed")

    def _tick(self) -> None:
        if self.arrival_interval:
            self._since_arrival += TICK_S
            if self._since_arrival >= self.arrival_interval:
                self._since_arrival = 0.0
                self._next_arrival()
        template_search.sync(self.db)

    def _next_arrival(self) -> None:
        conn = self.db.connection()
        now = clock.now(conn)
        upcoming = scene_catalog.catalog_of(conn).next_arrivals(now, 1, STREAMING)
        if upcoming:
            with self.db.tx() as tx:
                clock.advance(tx, (upcoming[0].published - now).total_seconds() + 1.0)
            log.info("scene %s of %s arrives", upcoming[0].id, upcoming[0].provider)
