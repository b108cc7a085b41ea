"""User feedback: the one place that talks to the message bar and the log panel, and a guard for slots.

- One log tag, the one the user guide names: every message and every traceback goes to the log panel's
  "Mapflow Processing" tab.
- One bar item per topic: a newer message of a topic replaces the older one, and ``clear(topic)`` removes it when
  the state it described is over (a successful sign-in clears sign-in errors; the server answering clears the
  outage). News whose time is up never comes back from under a newer item.
- Failures carry actions: **Details** (a copyable error report without secrets), **Open log**, and **Retry** when
  the caller can retry.
- One path from an exception to a text: :func:`describe_error` (``core.errors.user_text`` plus the traceback of a
  bug in the log panel). No Python traceback ever reaches a user.
"""
from __future__ import annotations

import functools
import time
import traceback
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from ..core.product import LOG_TAB

# The api client, requests and the auth glue load when the first message needs them, not at QGIS start-up
# (plugin.py imports this module in initGui).

LOG_TAG = LOG_TAB  # "Mapflow Processing": the tab of the log panel the user guide names
INFO = Qgis.MessageLevel.Info
SUCCESS = Qgis.MessageLevel.Success
WARNING = Qgis.MessageLevel.Warning
CRITICAL = Qgis.MessageLevel.Critical


def _worded_errors() -> Tuple[type, ...]:
    """Besides the client's errors, the auth database's texts are written for the user."""
    from .auth import AuthError

    return (AuthError,)


def _errors():
    from ..core import errors

    return errors


def tr(text: str) -> str:
    """Translate with the context pylupdate5 gives to a bare ``tr("...")`` call."""
    return QCoreApplication.translate("@default", text)


ACTIONS_CONTEXT = "MapflowActions"  # the names of guarded actions: guarded(QT_TRANSLATE_NOOP("MapflowActions", ...))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 extracts
    """Mark ``text`` for extraction in ``context`` (translated where it is shown); returns it unchanged. The same as
    ``api.i18n.QT_TRANSLATE_NOOP``, here so that QGIS start-up (plugin.py) need not load ``api``."""
    return text


class Topic:
    """What a bar item is about; one item per topic is shown at a time."""

    SIGN_IN = "sign-in"
    SERVER = "server"  # the server is away (network, 5xx, 429); cleared when it answers again
    ACCOUNT = "account"
    PROJECTS = "projects"
    START = "start"
    PROCESSINGS = "processings"  # the list and its actions
    IMAGERY = "imagery"
    SEARCH = "search"  # the imagery search: its failures and empty results
    PREVIEW = "preview"
    STATS = "stats"
    AOI = "aoi"
    RESULTS_FOLDER = "results-folder"

    @staticmethod
    def load(processing_id: str) -> str:
        return f"load:{processing_id}"


def log(text: str, level=INFO) -> None:
    QgsMessageLog.logMessage(_errors().redact(text), LOG_TAG, level)


def describe_error(error: BaseException, context: str, worded: Tuple[type, ...] = ()) -> str:
    """The one function from an exception to the text a user reads; a bug's traceback goes to the log panel.
    ``worded``: more exception types whose text is written for the user (a task's expected errors)."""
    described = _errors().user_text(error, context, _worded_errors() + tuple(worded))
    if not described.expected:
        log(f"{context}\n{traceback_text(error)}", CRITICAL)
    return described.text


def traceback_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class Notifier:
    """Message bar + log panel. Works without an iface (scripts, tests): then it only logs.

    ``environment`` gives the versions for error reports; ``server_url`` the server the session talks to."""

    def __init__(self, iface=None, environment: Optional[Callable[[], Mapping[str, str]]] = None,
                 server_url: Callable[[], str] = lambda: ""):
        self._iface = iface
        self._environment = environment
        self.server_url = server_url
        self._topics: Dict[str, object] = {}  # topic -> its bar item
        self._news: List[Tuple[object, float, int]] = []  # (item, pushed at, duration s) of expiring items
        self._watched_bar = None
        self._dialogs: list = []  # open Details windows, kept alive until closed

    # --- plain messages ------------------------------------------------------------------------------------
    def info(self, text: str, duration: int = 5, topic: Optional[str] = None, actions: Sequence = ()) -> None:
        self.show(INFO, text, duration, topic, actions=actions)

    def success(self, text: str, duration: int = 5, topic: Optional[str] = None, actions: Sequence = ()) -> None:
        """``actions``: ``message_actions.MessageAction`` buttons ("Open folder", "Load results")."""
        self.show(SUCCESS, text, duration, topic, actions=actions)

    def warning(self, text: str, duration: int = 10, topic: Optional[str] = None, details: str = "",
                retry: Optional[Callable[[], None]] = None, actions: Sequence = ()) -> None:
        """A warning has Details too: a report of the text, the server and the versions, ready to copy."""
        self.show(WARNING, text, duration, topic, details or self._report_for(text), retry, actions)

    def error(self, text: str, duration: int = 0, topic: Optional[str] = None, details: str = "",
              retry: Optional[Callable[[], None]] = None) -> None:
        """A failure stays until the user closes it or its topic is cleared; the text is its default topic."""
        self.show(CRITICAL, text, duration, topic or text, details or self._report_for(text), retry)

    def log(self, text: str, level=INFO) -> None:
        """Log panel only: details users may look up, not worth a message-bar entry."""
        log(text, level)

    def show(self, level, text: str, duration: int, topic: Optional[str] = None, details: str = "",
             retry: Optional[Callable[[], None]] = None, actions: Sequence = ()) -> None:
        log(text, level)
        self._push(level, text, duration, topic, details, retry, actions)

    # --- failures ----------------------------------------------------------------------------------------------
    def describe(self, error: BaseException, context: str) -> str:
        return describe_error(error, context)

    def report(self, error: BaseException, context: str, *, topic: Optional[str] = None, template: str = "",
               text: str = "", retry: Optional[Callable[[], None]] = None, level=CRITICAL, duration: int = 0,
               worded: Tuple[type, ...] = (), traceback_logged: bool = False, server_url: str = "",
               **fields: object) -> str:
        """Show a failure with Details, Open log and Retry: ``text`` as given, else ``template`` (``{reason}`` is
        the error's text, other placeholders come from ``fields``), else the error's text; returns the text.
        ``worded``: more exception types written for the user (a task's expected errors); ``traceback_logged``:
        a task already logged the traceback of this bug; ``server_url``: the server asked, when no session knows
        it yet (signing in)."""
        errors = _errors()
        described = errors.user_text(error, context, _worded_errors() + tuple(worded))
        trace = "" if described.expected else traceback_text(error)
        if trace and not traceback_logged:
            log(f"{context}\n{trace}", CRITICAL)
        if not text:
            text = template.format(reason=described.text, **fields) if template else described.text
        details = errors.error_report(text, context=context, error=error, server_url=server_url or self.server_url(),
                               environment=self._env(), traceback_text=trace).text
        log(text, level)
        self._push(level, text, duration, topic or text, details, retry)
        return text

    def unexpected(self, context: str, exc: BaseException) -> None:
        """A bug in a slot: one readable entry for the user; the traceback goes to the log panel."""
        self.report(exc, context)

    def clear(self, topic: str) -> None:
        """The state the topic's item described is over: remove it (and let no stale news resurface)."""
        item = self._topics.pop(topic, None)
        if item is not None:
            self._pop(item)
        self._drop_stale_news()

    # --- the bar ----------------------------------------------------------------------------------------------
    def _bar(self):
        if self._iface is None:
            return None
        try:
            return self._iface.messageBar()
        except (AttributeError, RuntimeError):  # iface gone during shutdown
            return None

    def _push(self, level, text: str, duration: int, topic: Optional[str], details: str,
              retry: Optional[Callable[[], None]], actions: Sequence = ()) -> None:
        bar = self._bar()
        if bar is None:
            return
        try:
            self._watch(bar)
            if topic is not None:
                old = self._topics.pop(topic, None)
                if old is not None:
                    self._pop(old)
            self._drop_stale_news()
            item = self._make_item(bar, level, text, duration, details, retry, actions)
            bar.pushWidget(item, level, duration)
        except RuntimeError:  # the bar's C++ object is gone: QGIS is closing; the log panel has the text
            return
        if topic is not None:
            self._topics[topic] = item
        if duration > 0:
            self._news.append((item, time.monotonic(), duration))

    def _make_item(self, bar, level, text: str, duration: int, details: str, retry, actions: Sequence = ()):
        from .message_actions import add_actions  # widgets: imported when a bar exists

        item = bar.createMessage(LOG_TAG, text)
        add_actions(item, level, details=details, retry=retry, open_log=self._open_log,
                    close=lambda: self._pop(item), keep=self._dialogs, actions=actions)
        return item

    def _pop(self, item) -> None:
        bar = self._bar()
        try:
            if bar is not None and not sip.isdeleted(item):
                bar.popWidget(item)
        except RuntimeError:
            pass

    def _watch(self, bar) -> None:
        """When any item leaves the bar, the next one shows: make sure it is not news from minutes ago."""
        if self._watched_bar is bar:
            return
        self.shutdown()
        self._watched_bar = bar
        bar.widgetRemoved.connect(self._on_item_removed)

    def _on_item_removed(self, *_args) -> None:
        self._drop_stale_news()

    def shutdown(self) -> None:
        """The plugin unloads: let go of the message bar (its items stay until they expire or are closed)."""
        if self._watched_bar is not None:
            try:
                self._watched_bar.widgetRemoved.disconnect(self._on_item_removed)
            except (TypeError, RuntimeError):
                pass
            self._watched_bar = None

    def _drop_stale_news(self) -> None:
        now, kept = time.monotonic(), []
        for item, pushed, duration in self._news:
            if sip.isdeleted(item):
                continue
            if now - pushed > duration:
                self._pop(item)
            else:
                kept.append((item, pushed, duration))
        self._news = kept

    def _open_log(self) -> None:
        try:
            self._iface.openMessageLog()
        except (AttributeError, RuntimeError):  # a partial iface (scripts, tests): nothing to open
            pass

    def _env(self) -> Mapping[str, str]:
        if self._environment is None:
            from .environment import environment
            return environment()
        return self._environment()

    def _report_for(self, text: str) -> str:
        return _errors().error_report(text, server_url=self.server_url(), environment=self._env()).text


def guarded(context: str, notifier_getter: Optional[Callable[[], Notifier]] = None):
    """Decorate a slot so that an unexpected exception becomes a message, not a Python error dialog.

    ``context`` names the action, marked ``QT_TRANSLATE_NOOP("MapflowActions", "Loading results")`` so that
    pylupdate5 extracts it; it is translated when the message is shown.

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
                try:
                    (notifier or Notifier()).unexpected(QCoreApplication.translate(ACTIONS_CONTEXT, context), exc)
                except RuntimeError:  # the message bar is gone (QGIS is closing); nothing else to do
                    pass
                return None

        return wrapper

    return decorate
