"""integration/task_registry.py: unloading cancels every task without waiting for work that cannot be interrupted
(issue 21 item 9: QGIS could not quit while a geometry repair ran); such a task stays referenced until it ends."""
from __future__ import annotations

import threading

from qgis.core import QgsTask

from mapflow_processing.integration import task_registry
from mapflow_processing.integration.task_registry import TaskRegistry
from mapflow_processing.tasks.base import MapflowTask
from tests.qgis.test_results_support import wait_for


class Uninterruptible(MapflowTask[str]):
    """Stands for a call that does not look at the cancel flag (a GEOS repair): it ends when the test says."""

    def __init__(self, release: threading.Event):
        super().__init__("Uninterruptible work")
        self.release = release
        self.started = threading.Event()

    def execute(self) -> str:
        self.started.set()
        self.release.wait(60)
        return "done"


def test_cancel_all_does_not_wait_for_a_task_stuck_in_uninterruptible_work(qgis_app):
    release = threading.Event()
    registry = TaskRegistry()
    task = registry.submit(Uninterruptible(release))
    ended = []
    task.taskCompleted.connect(lambda: ended.append("completed"))
    task.taskTerminated.connect(lambda: ended.append("terminated"))
    assert wait_for(task.started.is_set, 10)
    try:
        registry.cancel_all()  # what the plugin's unload does
        # it returned while the work still runs: nothing waited for it
        assert not release.is_set() and task.status() == QgsTask.TaskStatus.Running and ended == []
        assert registry.running == []
        assert task in task_registry._OUTLIVING  # referenced until it ends, so Python cannot collect it
    finally:
        release.set()
    assert wait_for(lambda: bool(ended), 30)
    assert ended == ["completed"]  # cancelled tasks end as complete, never as "Task failed"
    assert task not in task_registry._OUTLIVING


def test_cancel_all_waits_no_longer_than_its_budget_in_all(qgis_app):
    release = threading.Event()
    registry = TaskRegistry()
    tasks = [registry.submit(Uninterruptible(release)) for _ in range(2)]
    assert wait_for(lambda: all(t.started.is_set() for t in tasks), 10)
    waits = []
    for task in tasks:
        original = task.waitForFinished
        task.waitForFinished = lambda ms, original=original: (waits.append(ms), original(ms))[1]
    try:
        registry.cancel_all(wait_ms=300)
        assert sum(waits) <= 300  # one budget for all the tasks, not one per task
    finally:
        release.set()
    assert wait_for(lambda: not task_registry._OUTLIVING, 30)
