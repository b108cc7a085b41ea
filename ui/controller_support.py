"""Small pieces every dock controller uses: running a call in a task with guarded callbacks, readable errors,
and a counter that lets a controller drop answers to questions it no longer asks."""
from __future__ import annotations

import traceback
from typing import Any, Callable, List, Optional, Tuple

from qgis.core import Qgis

from ..api.errors import Cancelled, MapflowError
from ..integration.auth import AuthError
from ..integration.messages import Notifier, tr
from ..tasks.call_task import CallTask, TaskContext


class Generation:
    """Each new request takes a number; an answer is applied only if its number is still the latest."""

    def __init__(self) -> None:
        self._value = 0

    def next(self) -> int:
        self._value += 1
        return self._value

    def invalidate(self) -> None:
        self._value += 1

    def is_current(self, number: int) -> bool:
        return number == self._value


def readable_error(error: BaseException, notifier: Notifier, context: str) -> str:
    """The text to show for ``error``: the client's own wording for expected failures; for a bug a short line,
    with the traceback in the log panel."""
    if isinstance(error, (MapflowError, AuthError)):  # both are worded for the user already
        return str(error) or type(error).__name__
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    notifier.log(f"{context}\n{details}", Qgis.Critical)
    return tr("{context} failed unexpectedly ({error}). Details are in the log panel (Mapflow Processing).").format(
        context=context, error=str(error) or type(error).__name__)


def is_cancellation(error: BaseException) -> bool:
    return isinstance(error, Cancelled)


def submit_call(tasks, notifier: Notifier, description: str, func: Callable[[TaskContext], Any],
                on_success: Callable[[Any], None], on_error: Optional[Callable[[BaseException], None]] = None,
                hidden: bool = False, can_cancel: bool = True) -> CallTask:
    """Run ``func`` in a CallTask; both callbacks run on the GUI thread and never let an exception reach Qt."""

    def guard(callback, what):
        def run(value):
            try:
                callback(value)
            except Exception as exc:  # a bug in a callback: one readable message, traceback in the log
                try:
                    notifier.unexpected(what, exc)
                except RuntimeError:  # the message bar is gone (QGIS is closing)
                    pass
        return run

    task = CallTask(description, func, on_success=guard(on_success, description),
                    on_error=guard(on_error, description) if on_error is not None else None,
                    can_cancel=can_cancel, hidden=hidden)
    return tasks.submit(task)


class SignalConnections:
    """Connections to objects the controller does not own (canvas, layers); all undone by ``disconnect_all``."""

    def __init__(self) -> None:
        self._pairs: List[Tuple[Any, Any]] = []

    def connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._pairs.append((signal, slot))

    def disconnect_all(self) -> None:
        for signal, slot in self._pairs:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone with its sender
                pass
        self._pairs.clear()
