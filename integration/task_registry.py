"""Keeps track of the plugin's running QgsTasks so that unloading the plugin cancels them all."""
from __future__ import annotations

import time

from qgis.core import QgsApplication, QgsTask

_ACTIVE = (QgsTask.TaskStatus.Running, QgsTask.TaskStatus.Queued, QgsTask.TaskStatus.OnHold)
# Tasks still running after their registry let go of them (the plugin unloaded while a call that cannot be
# interrupted was under way): referenced here until they end, because a collected task object crashes QGIS.
_OUTLIVING: set = set()


def _release(task: QgsTask) -> None:
    _OUTLIVING.discard(task)


class TaskRegistry:
    def __init__(self):
        self._tasks: list = []

    def submit(self, task: QgsTask) -> QgsTask:
        """Hand a task to the QGIS task manager (progress shows there) and remember it until it ends."""
        self._tasks.append(task)
        task.taskCompleted.connect(lambda t=task: self._forget(t))
        task.taskTerminated.connect(lambda t=task: self._forget(t))
        QgsApplication.taskManager().addTask(task)
        return task

    def _forget(self, task: QgsTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    @property
    def running(self) -> list:
        return list(self._tasks)

    def cancel_all(self, wait_ms: int = 0) -> None:
        """Cancel every task and wait at most ``wait_ms`` in all (not per task) for them to end.

        Every step of the plugin's tasks checks the cancel flag, and what cannot be interrupted (a geometry repair,
        a GDAL conversion) has bounded input, so a cancelled task ends soon by itself; nobody needs to wait for
        it. One still running afterwards stays referenced until it ends."""
        tasks = list(self._tasks)
        for task in tasks:
            try:
                task.cancel()
            except RuntimeError:  # C++ object already deleted
                pass
        deadline = time.monotonic() + max(0, wait_ms) / 1000.0
        for task in tasks:
            try:
                if task.status() not in _ACTIVE:
                    continue
                left_ms = int((deadline - time.monotonic()) * 1000)
                if left_ms > 0:
                    task.waitForFinished(left_ms)
                if task.status() in _ACTIVE:
                    _OUTLIVING.add(task)
                    task.taskCompleted.connect(lambda t=task: _release(t))
                    task.taskTerminated.connect(lambda t=task: _release(t))
                    if task.status() not in _ACTIVE:  # it ended while we connected
                        _release(task)
            except RuntimeError:
                pass
        self._tasks.clear()
