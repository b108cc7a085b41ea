"""The plugin's one QgsTask base: a typed outcome, errors as readable text, cancel and progress.

Subclasses implement :meth:`MapflowTask.execute` (worker thread: no widgets, no project, no layer tree) and may
override :meth:`MapflowTask.on_success` (GUI thread). Callers connect to ``succeeded(outcome)``,
``failed(message)`` and ``aborted()`` instead of inspecting QgsTask states; ``task.error`` keeps the exception of
a failure for an error report. ``CallTask`` (tasks/call_task.py) runs one function with callbacks on top of it.

A task the user cancels ends as *cancelled*: its description says so and QGIS records it as complete, not as
"Task failed". The Python object must stay referenced while the task runs
(``integration.task_registry.TaskRegistry.submit`` does that); a collected task object crashes QGIS.
"""
from __future__ import annotations

from typing import Generic, Optional, Tuple, Type, TypeVar

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..integration.messages import describe_error, tr

T = TypeVar("T")

# QgsTask.Hidden (QGIS >= 3.26) keeps frequent background calls out of the task manager; 3.22 has no such flag.
HIDDEN_FLAG = getattr(QgsTask.Flag, "Hidden", None)
_ACTIVE = (QgsTask.TaskStatus.Queued, QgsTask.TaskStatus.OnHold, QgsTask.TaskStatus.Running)


class TaskCancelled(Exception):
    """Raised by check_cancelled(); ends execute() quietly."""


class TaskContext:
    """What work running in the worker thread may use: progress (0-100) and the cancel flag."""

    def __init__(self, task: QgsTask):
        self._task = task

    def progress(self, percent: float) -> None:
        self._task.setProgress(max(0.0, min(100.0, float(percent))))

    def is_cancelled(self) -> bool:
        return self._task.isCanceled()


def task_flags(can_cancel: bool = True, hidden: bool = False) -> QgsTask.Flags:
    flags = QgsTask.Flags(QgsTask.Flag.CanCancel) if can_cancel else QgsTask.Flags()
    if hidden and HIDDEN_FLAG is not None:
        flags |= HIDDEN_FLAG
    return flags


class MapflowTask(QgsTask, Generic[T]):
    succeeded = pyqtSignal(object)  # the outcome of execute(), after on_success() ran
    failed = pyqtSignal(str)  # a readable message; ``error`` holds the exception
    aborted = pyqtSignal()  # cancelled by the user or replaced by a newer request; nothing to report as a failure

    # Exceptions whose text is already written for the user (besides the client's); anything else is a bug whose
    # traceback is logged.
    expected_errors: Tuple[Type[BaseException], ...] = ()

    def __init__(self, description: str, can_cancel: bool = True, hidden: bool = False):
        super().__init__(description, task_flags(can_cancel, hidden))
        self.outcome: Optional[T] = None
        self.error: Optional[BaseException] = None
        self.error_message: Optional[str] = None

    # --- for subclasses -------------------------------------------------------------------------------------
    def execute(self) -> T:
        """The work, on a worker thread. Return the outcome; raise to fail; call check_cancelled() often."""
        raise NotImplementedError

    def on_success(self, outcome: T) -> None:
        """GUI-thread follow-up (add layers, update models). An exception here turns the task into a failure."""

    @property
    def context(self) -> TaskContext:
        return TaskContext(self)

    def report_progress(self, fraction: float) -> None:
        """Progress 0..1, shown in the QGIS task manager; safe to call from the worker thread."""
        self.setProgress(max(0.0, min(fraction, 1.0)) * 100.0)

    def check_cancelled(self) -> None:
        if self.isCanceled():
            raise TaskCancelled()

    @property
    def was_cancelled(self) -> bool:
        return self.isCanceled()

    # --- QgsTask protocol -----------------------------------------------------------------------------------
    def cancel(self) -> None:
        """From the task manager's cancel button, an unload, or a newer request (GUI thread)."""
        if self.status() in _ACTIVE and not self.isCanceled():
            self.setDescription(tr("{task} — cancelled").format(task=self.description()))
        super().cancel()

    def run(self) -> bool:
        try:
            self.outcome = self.execute()
        except BaseException as error:  # noqa: B902 - nothing may escape into the QGIS worker thread
            if self.isCanceled():
                return True  # stopped as asked: QGIS shows it as ended, not as "Task failed"
            self.error = error
            return False
        return True

    def finished(self, result: bool) -> None:
        if self.isCanceled():
            self.aborted.emit()
            return
        if not result:
            self._fail(self.error)
            return
        try:
            self.on_success(self.outcome)
        except Exception as error:  # a failure in the GUI step is reported like any other
            self._fail(error)
            return
        self.succeeded.emit(self.outcome)

    def _fail(self, error: Optional[BaseException]) -> None:
        self.error = error
        if error is None:
            self.error_message = tr("The task \"{name}\" failed.").format(name=self.description())
        else:
            self.error_message = describe_error(error, self.description(), self.expected_errors)
        self.failed.emit(self.error_message)
