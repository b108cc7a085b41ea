"""What every section controller of the dock shares: the shared state, the task registry and the notifier; signal
connections that ``shutdown()`` undoes; calls run in a task with guarded callbacks; and a counter that lets a
controller drop answers to questions it no longer asks."""
from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..integration.connections import SignalConnections
from ..integration.messages import Notifier
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


def submit_call(tasks, notifier: Notifier, description: str, func: Callable[[TaskContext], Any],
                on_success: Callable[[Any], None], on_error: Optional[Callable[[BaseException], None]] = None,
                hidden: bool = False, can_cancel: bool = True,
                on_cancel: Optional[Callable[[], None]] = None) -> CallTask:
    """Run ``func`` in a CallTask; the callbacks run on the GUI thread and never let an exception reach Qt."""

    def guard(callback):
        if callback is None:
            return None

        def run(*value):
            try:
                callback(*value)
            except Exception as exc:  # a bug in a callback: one readable message, traceback in the log
                try:
                    notifier.unexpected(description, exc)
                except RuntimeError:  # the message bar is gone (QGIS is closing)
                    pass
        return run

    task = CallTask(description, func, on_success=guard(on_success), on_error=guard(on_error),
                    can_cancel=can_cancel, hidden=hidden, on_cancel=guard(on_cancel))
    return tasks.submit(task)


class SectionController(QObject):
    """Base of the dock's controllers: ``listen`` connects and remembers, ``shutdown`` disconnects all of it (a
    widget or the shared state may outlive the controller briefly while QGIS unloads the plugin)."""

    def __init__(self, state, tasks, notifier: Notifier, widget=None, parent=None):
        super().__init__(parent)
        self._links = SignalConnections()
        self.widget = widget
        self.state = state
        self.tasks = tasks
        self.notifier = notifier

    def listen(self, signal, slot) -> None:
        self._links.connect(signal, slot)

    def run_call(self, description: str, func: Callable[[TaskContext], Any], on_success: Callable[[Any], None],
                 on_error: Optional[Callable[[BaseException], None]] = None, *, hidden: bool = False,
                 can_cancel: bool = True, on_cancel: Optional[Callable[[], None]] = None) -> CallTask:
        return submit_call(self.tasks, self.notifier, description, func, on_success, on_error, hidden=hidden,
                           can_cancel=can_cancel, on_cancel=on_cancel)

    def shutdown(self) -> None:
        self._links.disconnect_all()


class SignalGroup(QObject):
    """Several signals as one ``changed`` (their arguments dropped): e.g. a list's selection and its refreshed
    rows, for a controller that shows facts of the selected items. ``shutdown`` disconnects them."""

    changed = pyqtSignal()

    def __init__(self, *signals, parent=None):
        super().__init__(parent)
        self._links = SignalConnections()
        for signal in signals:
            self._links.connect(signal, self._forward)

    def _forward(self, *_args) -> None:
        self.changed.emit()

    def shutdown(self) -> None:
        self._links.disconnect_all()
