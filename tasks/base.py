"""A small base for the plugin's QgsTasks: a typed result, errors as readable text, cancel and progress.

Subclasses implement :meth:`execute` (worker thread: no widgets, no project, no layer tree) and may override
:meth:`on_success` (GUI thread). Callers connect to ``succeeded(outcome)``, ``failed(message)`` and
``aborted()`` instead of inspecting QgsTask states. The Python object must stay referenced while the task runs
(``integration.task_registry.TaskRegistry.submit`` does that); a collected task object crashes QGIS.
"""
from __future__ import annotations

import traceback
from typing import Generic, Optional, Tuple, Type, TypeVar

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..api.errors import MapflowError
from ..integration.messages import tr

T = TypeVar("T")
LOG_TAG = "Mapflow"



class MapflowTask(QgsTask, Generic[T]):
    succeeded = pyqtSignal(object)  # the outcome of execute(), after on_success() ran
    failed = pyqtSignal(str)  # a readable message
    aborted = pyqtSignal()  # cancelled by the user; nothing to report

    # Exceptions whose text is already written for the user; anything else is logged with its traceback.
    expected_errors: Tuple[Type[BaseException], ...] = ()

    def __init__(self, description: str, flags: QgsTask.Flags = QgsTask.CanCancel):
        super().__init__(description, flags)
        self.outcome: Optional[T] = None
        self.error_message: Optional[str] = None

    # --- for subclasses -------------------------------------------------------------------------------------
    def execute(self) -> T:
        """The work, on a worker thread. Return the outcome; raise to fail; call check_cancelled() often."""
        raise NotImplementedError

    def on_success(self, outcome: T) -> None:
        """GUI-thread follow-up (add layers, update models). An exception here turns the task into a failure."""

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
    def run(self) -> bool:
        try:
            self.outcome = self.execute()
        except BaseException as error:  # noqa: B902 - nothing may escape into the QGIS worker thread
            if not self.isCanceled() and not isinstance(error, TaskCancelled):
                self.error_message = self._readable(error)
            return False
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        if self.isCanceled():
            self.aborted.emit()
            return
        if not result:
            self.failed.emit(self.error_message or tr("The task \"{name}\" failed.").format(
                name=self.description()))
            return
        try:
            self.on_success(self.outcome)
        except Exception as error:  # a failure in the GUI step is reported like any other
            self.error_message = self._readable(error)
            self.failed.emit(self.error_message)
            return
        self.succeeded.emit(self.outcome)

    def _readable(self, error: BaseException) -> str:
        if isinstance(error, (MapflowError, *self.expected_errors)):
            return str(error) or type(error).__name__
        if isinstance(error, OSError) and error.strerror:
            where = f": {error.filename}" if error.filename else ""
            return tr("File or network error in \"{name}\": {reason}{where}").format(
                name=self.description(), reason=error.strerror, where=where)
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        QgsMessageLog.logMessage(f"{self.description()}: {details}", LOG_TAG, Qgis.Critical)
        return tr("Unexpected error in \"{name}\": {reason}. Details are in the Mapflow log.").format(
            name=self.description(), reason=str(error) or type(error).__name__)


class TaskCancelled(Exception):
    """Raised by check_cancelled(); ends execute() quietly."""
