"""A headless QGIS application for one benchmark process, and running its event loop until something happens."""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

from .workspace import WORK_ROOT, make_plugin_importable

_APP = None  # the one QgsApplication of this process; kept referenced until exit


class WaitTimeout(RuntimeError):
    """The event loop ran out of time before the awaited condition came true."""


def start_qgis(profile_dir: Path = WORK_ROOT / "qgis-profile"):
    """Start QGIS with a GUI (widgets, canvas) on the offscreen platform, with a throwaway profile folder."""
    global _APP
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # QGIS makes QGIS3-* folders in the temp folder (source cache, project archives) and a benchmark process may
    # end without removing them: keep them in the run's work folder, which `make bench` deletes at the end
    temp = WORK_ROOT / "tmp"
    temp.mkdir(parents=True, exist_ok=True)
    os.environ["TMPDIR"] = str(temp)
    make_plugin_importable()
    from qgis.core import QgsApplication

    profile_dir.mkdir(parents=True, exist_ok=True)
    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], True, str(profile_dir))
    _APP.initQgis()
    return _APP


def run_until(condition: Callable[[], bool], timeout_s: float, what: str, check_every_ms: int = 2) -> float:
    """Run a real Qt event loop until ``condition()`` is true; returns the perf_counter time it became true.

    A short repeating timer re-checks the condition; signals and queued calls run as in the application.
    """
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    if condition():
        return time.perf_counter()
    loop = QEventLoop()
    state = {"at": None}
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if condition():
            state["at"] = time.perf_counter()
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(check_every_ms)
    timer.timeout.connect(check)
    timer.start()
    loop.exec_()
    timer.stop()
    if state["at"] is None:
        raise WaitTimeout(f"{what}: not done after {timeout_s:.0f} s")
    return state["at"]


def spin(seconds: float) -> None:
    """Keep the event loop running for a while (let queued work and paints happen)."""
    end = time.perf_counter() + seconds
    run_until(lambda: time.perf_counter() >= end, seconds + 5, "spinning the event loop")
