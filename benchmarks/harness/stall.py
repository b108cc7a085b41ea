"""GUI stall meter: a 10 ms QTimer on the GUI thread; the longest gap between its ticks is the worst freeze.

A tick that comes late means the GUI thread was busy, or waiting for the GIL held by another thread, for that long:
that is what a user feels as a frozen map or dock (the dock's models and slots are Python). The idle baseline is
the same ticker with nothing else going on. Python's garbage collections in the window are recorded as well: a
full collection holds the GIL and is a usual suspect for a freeze that no code of ours explains.
"""
from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from typing import List, Optional, Tuple

TICK_MS = 10


@dataclass(frozen=True)
class StallWindow:
    longest_gap_ms: float  # the worst freeze, including the stretch from the last tick to the window's end
    longest_gap_at: float  # perf_counter time at which the worst freeze began
    ticks: int
    duration_ms: float
    gaps_over_50ms: int
    longest_gc_ms: float  # the longest garbage collection in the window (any thread)
    gc_in_worst_gap_ms: float  # time spent collecting garbage inside the worst freeze

    def gc_hint(self) -> str:
        """A sentence when garbage collection explains most of the worst freeze, else ''."""
        if self.gc_in_worst_gap_ms < 0.5 * self.longest_gap_ms:
            return ""
        return (f"{self.gc_in_worst_gap_ms:.0f} ms of it was one of Python's full garbage collections, which holds "
                f"the GIL (set off by the many objects a refresh allocates)")


class StallTicker:
    def __init__(self, interval_ms: int = TICK_MS):
        from qgis.PyQt.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._ticks: List[float] = []
        self._window_start: Optional[float] = None
        self._collections: List[Tuple[float, float]] = []  # (start, end) of each collection in the window
        self._collecting_since: Optional[float] = None

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        if self._window_start is not None:
            self._ticks.append(time.perf_counter())

    def _on_gc(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._collecting_since = time.perf_counter()
        elif self._collecting_since is not None:
            self._collections.append((self._collecting_since, time.perf_counter()))
            self._collecting_since = None

    def open_window(self) -> None:
        """Start a measurement; the window's start counts as a tick (a freeze may begin right away)."""
        self._ticks = []
        self._collections = []
        if self._on_gc not in gc.callbacks:
            gc.callbacks.append(self._on_gc)
        self._window_start = time.perf_counter()

    def close_window(self) -> StallWindow:
        end = time.perf_counter()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        stamps = [self._window_start, *self._ticks, end]
        gaps = [b - a for a, b in zip(stamps, stamps[1:])]
        worst = max(range(len(gaps)), key=gaps.__getitem__)
        gap_start, gap_end = stamps[worst], stamps[worst + 1]
        in_gap = sum(max(0.0, min(stop, gap_end) - max(begin, gap_start)) for begin, stop in self._collections)
        self._window_start = None
        return StallWindow(longest_gap_ms=gaps[worst] * 1000.0, longest_gap_at=gap_start, ticks=len(self._ticks),
                           duration_ms=(end - stamps[0]) * 1000.0,
                           gaps_over_50ms=sum(1 for gap in gaps if gap > 0.05),
                           longest_gc_ms=max((b - a for a, b in self._collections), default=0.0) * 1000.0,
                           gc_in_worst_gap_ms=in_gap * 1000.0)


def idle_baseline(ticker: StallTicker, seconds: float = 1.0) -> StallWindow:
    """The ticker's own jitter with nothing else running on the GUI thread."""
    from .qgis_app import spin

    ticker.open_window()
    spin(seconds)
    return ticker.close_window()
