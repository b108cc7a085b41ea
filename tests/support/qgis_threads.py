"""Run test code the way the plugin runs network work: in a QgsTask's worker thread, while the main thread keeps
processing events (QGIS hands SSL errors and proxy logins of worker threads to the main thread, and waits for it)."""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from qgis.core import QgsApplication, QgsTask


def in_task(function: Callable[[], Any], timeout: float = 120.0) -> Any:
    """``function()`` inside a QgsTask of QGIS's task manager; its result, or its exception raised here."""
    outcome: dict = {}
    done = threading.Event()

    def body(_task: QgsTask) -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed to the test's thread below
            outcome["error"] = error
        finally:
            done.set()

    task = QgsTask.fromFunction("network test", body, flags=QgsTask.CanCancel)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + timeout
    while not done.is_set():
        QgsApplication.processEvents()
        if time.monotonic() > deadline:
            task.cancel()
            raise AssertionError(f"the task did not end within {timeout:g} s")
        done.wait(0.005)
    while task.status() not in (QgsTask.Complete, QgsTask.Terminated) \
            and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.005)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


class WorkerThread:
    """One long-lived thread that runs calls in order, like a thread of the task manager's pool that serves many
    tasks: it keeps its own QgsNetworkAccessManager between calls. The main thread processes events meanwhile."""

    def __init__(self) -> None:
        self._jobs: list = []
        self._cond = threading.Condition()
        self._stop = False
        self._thread = threading.Thread(target=self._serve, name="network-test-worker", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            with self._cond:
                while not self._jobs and not self._stop:
                    self._cond.wait()
                if self._stop and not self._jobs:
                    return
                function, outcome, done = self._jobs.pop(0)
            try:
                outcome["value"] = function()
            except BaseException as error:  # handed to the caller
                outcome["error"] = error
            finally:
                done.set()

    def run(self, function: Callable[[], Any], timeout: float = 120.0) -> Any:
        outcome: dict = {}
        done = threading.Event()
        with self._cond:
            self._jobs.append((function, outcome, done))
            self._cond.notify()
        deadline = time.monotonic() + timeout
        while not done.wait(0.005):
            QgsApplication.processEvents()
            if time.monotonic() > deadline:
                raise AssertionError(f"the call did not end within {timeout:g} s")
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        self._thread.join(timeout=10)
