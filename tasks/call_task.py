"""Run one blocking call (usually an api.MapflowClient method) in a QgsTask; deliver its outcome on the GUI thread.

``run()`` executes in a worker thread and touches no widget, layer or project: it only calls the function and keeps
the return value or the exception. ``finished()`` runs on the GUI thread and hands the outcome to the callbacks.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable, Optional

from qgis.core import QgsTask

from ..api.errors import Cancelled, MapflowError

# QgsTask.Hidden (QGIS >= 3.26) keeps frequent background polls out of the task manager.
HIDDEN_FLAG = getattr(QgsTask, "Hidden", 0)


class TaskContext:
    """What the called function may use from inside the worker thread: progress and the cancel flag."""

    def __init__(self, task: QgsTask):
        self._task = task

    def progress(self, percent: float) -> None:
        self._task.setProgress(max(0.0, min(100.0, float(percent))))

    def is_cancelled(self) -> bool:
        return self._task.isCanceled()


class CallTask(QgsTask):
    def __init__(self, description: str, func: Callable[[TaskContext], Any],
                 on_success: Optional[Callable[[Any], None]] = None,
                 on_error: Optional[Callable[[BaseException], None]] = None,
                 can_cancel: bool = True, hidden: bool = False):
        flags = QgsTask.CanCancel if can_cancel else QgsTask.Flags()
        if hidden and HIDDEN_FLAG:  # on 3.22 there is no such flag; or-ing 0 would turn flags into an int
            flags |= HIDDEN_FLAG
        super().__init__(description, flags)
        self._func = func
        self._on_success = on_success
        self._on_error = on_error
        self.value: Any = None
        self.error: Optional[BaseException] = None
        self.error_traceback: str = ""

    def run(self) -> bool:
        try:
            self.value = self._func(TaskContext(self))
            return True
        except Cancelled as exc:
            self.error = exc
            return False
        except MapflowError as exc:  # expected failures carry a readable message already
            self.error = exc
            return False
        except Exception as exc:  # a bug: keep the traceback for the log panel
            self.error = exc
            self.error_traceback = traceback.format_exc()
            return False

    def finished(self, result: bool) -> None:
        if result:
            if self._on_success is not None:
                self._on_success(self.value)
            return
        error = self.error
        if error is None:  # cancelled from the task manager before run() started
            error = Cancelled()
        if self._on_error is not None:
            self._on_error(error)
