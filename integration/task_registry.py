"""Keeps track of the plugin's running QgsTasks so that unloading the plugin cancels them all."""
from __future__ import annotations

from qgis.core import QgsApplication, QgsTask


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

    def cancel_all(self, wait_ms: int = 5000) -> None:
        """Cancel every task and wait a bounded time so none outlives the plugin's code."""
        tasks = list(self._tasks)
        for task in tasks:
            try:
                task.cancel()
            except RuntimeError:  # C++ object already deleted
                pass
        for task in tasks:
            try:
                if task.status() in (QgsTask.TaskStatus.Running, QgsTask.TaskStatus.Queued, QgsTask.TaskStatus.OnHold):
                    task.waitForFinished(wait_ms)
            except RuntimeError:
                pass
        self._tasks.clear()
