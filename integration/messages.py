"""User feedback: one place that talks to the message bar and the log panel, and a guard for slots.

Every unexpected exception in a slot ends up as one readable message-bar entry plus the full traceback in the
log panel under the "Mapflow Processing" tag, never as QGIS's Python error dialog.
"""
from __future__ import annotations

import functools
import traceback
from typing import Callable, Optional

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

LOG_TAG = "Mapflow Processing"


def tr(text: str) -> str:
    """Translate with the context pylupdate5 gives to a bare ``tr("...")`` call."""
    return QCoreApplication.translate("@default", text)


class Notifier:
    """Message bar + log panel. Works without an iface (scripts, tests): then it only logs."""

    def __init__(self, iface=None):
        self._iface = iface

    def _bar(self):
        if self._iface is None:
            return None
        try:
            return self._iface.messageBar()
        except (AttributeError, RuntimeError):  # iface gone during shutdown
            return None

    def _push(self, level, text: str, duration: int) -> None:
        QgsMessageLog.logMessage(text, LOG_TAG, level)
        self._push_to_bar(text, level, duration)

    def _push_to_bar(self, text: str, level, duration: int) -> None:
        bar = self._bar()
        if bar is None:
            return
        try:
            bar.pushMessage(LOG_TAG, text, level, duration)
        except RuntimeError:  # the bar's C++ object is gone: QGIS is closing; the log panel has the text
            pass

    def info(self, text: str, duration: int = 5) -> None:
        self._push(Qgis.Info, text, duration)

    def success(self, text: str, duration: int = 5) -> None:
        self._push(Qgis.Success, text, duration)

    def warning(self, text: str, duration: int = 10) -> None:
        self._push(Qgis.Warning, text, duration)

    def error(self, text: str, duration: int = 0) -> None:
        self._push(Qgis.Critical, text, duration)

    def log(self, text: str, level=Qgis.Info) -> None:
        """Log panel only: details users may look up, not worth a message-bar entry."""
        QgsMessageLog.logMessage(text, LOG_TAG, level)

    def unexpected(self, context: str, exc: BaseException) -> None:
        """One readable entry for the user; the traceback goes to the log panel for a bug report."""
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        QgsMessageLog.logMessage(f"{context}\n{details}", LOG_TAG, Qgis.Critical)
        summary = tr("{context} failed: {error}. Details are in the log panel (Mapflow Processing).").format(
            context=context, error=_short(exc))
        self._push_to_bar(summary, Qgis.Critical, 0)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


def guarded(context: str, notifier_getter: Optional[Callable[[], Notifier]] = None):
    """Decorate a slot so that an unexpected exception becomes a message, not a Python error dialog.

    ``notifier_getter`` defaults to ``self.notifier`` of the decorated method's instance.
    """

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:  # the guard's whole purpose: nothing escapes into Qt
                notifier = None
                if notifier_getter is not None:
                    notifier = notifier_getter()
                elif args and hasattr(args[0], "notifier"):
                    notifier = args[0].notifier
                (notifier or Notifier()).unexpected(context, exc)
                return None

        return wrapper

    return decorate
