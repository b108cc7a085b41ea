"""The GUI stall ticker sees a freeze of the GUI thread, and the garbage collection inside it."""
from __future__ import annotations

import gc
import time

from benchmarks.harness.qgis_app import spin
from benchmarks.harness.stall import StallTicker, idle_baseline


def _run_later(ms: int, slot):
    from qgis.PyQt.QtCore import QTimer

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    timer.start(ms)
    return timer


def test_a_blocked_gui_thread_shows_as_the_longest_gap(qgis_app):
    ticker = StallTicker()
    ticker.start()
    idle = idle_baseline(ticker, 0.3)
    ticker.open_window()
    keep = _run_later(100, lambda: time.sleep(0.12))  # a slot that freezes the GUI thread for 120 ms
    spin(0.4)
    window = ticker.close_window()
    ticker.stop()
    assert keep is not None
    assert idle.longest_gap_ms < 60
    assert 115 <= window.longest_gap_ms < 400
    assert window.gaps_over_50ms >= 1
    assert window.gc_hint() == ""


def test_garbage_collection_inside_the_freeze_is_reported(qgis_app):
    garbage = []

    def freeze_with_collection():
        garbage.extend([[i] for i in range(300_000)])  # something for the collector to walk through
        started = time.perf_counter()
        gc.collect()
        time.sleep(max(0.0, 0.06 - (time.perf_counter() - started)))  # at least 60 ms in all, mostly collecting

    ticker = StallTicker()
    ticker.start()
    ticker.open_window()
    keep = _run_later(50, freeze_with_collection)
    spin(0.3)
    window = ticker.close_window()
    ticker.stop()
    assert keep is not None
    assert window.longest_gc_ms > 0
    assert window.gc_in_worst_gap_ms > 0
    assert window.gc_in_worst_gap_ms <= window.longest_gap_ms + 1
