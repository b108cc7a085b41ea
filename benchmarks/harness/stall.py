"""GUI stall meter: a 10 ms QTimer on the GUI thread; the longest gap between its ticks is the worst freeze.

A tick that comes late means the GUI thread was busy (or waiting for the GIL) for that long: that is what a user
feels as a frozen map or dock. The idle baseline is the same ticker with nothing else going on.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import List, Optional

TICK_MS = 10


@dataclass(frozen=True)
class StallWindow:
    longest_gap_ms: float  # the worst freeze, including the stretch from the last tick to the window's end
    ticks: int
    duration_ms: float
    gaps_over_50ms: int


class StallTicker:
    def __init__(self, interval_ms: int = TICK_MS):
        from qgis.PyQt.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._ticks: List[float] = []
        self._window_start: Optional[float] = None

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        if self._window_start is not None:
            self._ticks.append(time.perf_counter())

    def open_window(self) -> None:
        """Start a measurement; the window's start counts as a tick (a freeze may begin right away)."""
        self._ticks = []
        self._window_start = time.perf_counter()

    def close_window(self) -> StallWindow:
        end = time.perf_counter()
        stamps = [self._window_start, *self._ticks, end]
        gaps = [b - a for a, b in zip(stamps, stamps[1:])]
        self._window_start = None
        return StallWindow(longest_gap_ms=max(gaps) * 1000.0, ticks=len(self._ticks),
                           duration_ms=(end - stamps[0]) * 1000.0,
                           gaps_over_50ms=sum(1 for gap in gaps if gap > 0.05))


def idle_baseline(ticker: StallTicker, seconds: float = 1.0) -> StallWindow:
    """The ticker's own jitter with nothing else running on the GUI thread."""
    from .qgis_app import spin

    ticker.open_window()
    spin(seconds)
    return ticker.close_window()
