"""Run one blocking call (usually an api.MapflowClient method or a core service) in the plugin's task base;
deliver its outcome to callbacks on the GUI thread.

``run()`` executes in a worker thread and touches no widget, layer or project: it only calls the function and keeps
the return value or the exception. The callbacks run on the GUI thread: ``on_success(value)``,
``on_error(exception)`` and ``on_cancel()``. Without ``on_cancel`` a cancellation reaches ``on_error`` as
``api.errors.Cancelled`` (callers that only care about "did it work" need one callback).
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from ..api.errors import Cancelled
from ..integration.messages import describe_error
from .base import HIDDEN_FLAG, MapflowTask, TaskContext

__all__ = ["CallTask", "HIDDEN_FLAG", "TaskContext"]


class CallTask(MapflowTask[Any]):
    def __init__(self, description: str, func: Callable[[TaskContext], Any],
                 on_success: Optional[Callable[[Any], None]] = None,
                 on_error: Optional[Callable[[BaseException], None]] = None,
                 can_cancel: bool = True, hidden: bool = False,
                 on_cancel: Optional[Callable[[], None]] = None):
        super().__init__(description, can_cancel=can_cancel, hidden=hidden)
        self._func = func
        self._on_success = on_success
        self._on_error = on_error
        self._on_cancel = on_cancel
        self.succeeded.connect(self._succeeded)
        self.aborted.connect(self._aborted)

    @property
    def value(self) -> Any:
        return self.outcome

    def execute(self) -> Any:
        return self._func(self.context)

    def _fail(self, error: Optional[BaseException]) -> None:
        """The caller describes the error (once) with its own context; the signal carries the client's text."""
        self.error = error if error is not None else RuntimeError(self.description())
        self.error_message = str(self.error)
        self.failed.emit(self.error_message)
        if self._on_error is not None:
            self._safely(self._on_error, self.error)

    def _succeeded(self, value: Any) -> None:
        if self._on_success is not None:
            self._safely(self._on_success, value)

    def _aborted(self) -> None:
        if self._on_cancel is not None:
            self._safely(self._on_cancel)
        elif self._on_error is not None:
            self._safely(self._on_error, Cancelled())

    def _safely(self, callback: Callable, *args: Any) -> None:
        """A bug in a callback must not reach Qt (QGIS would show a Python error dialog): log it instead."""
        try:
            callback(*args)
        except Exception as error:  # noqa: BLE001 - the last guard before Qt
            describe_error(error, self.description())
