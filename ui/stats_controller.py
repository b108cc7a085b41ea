"""Drives the "Statistics" tab: asks ``/processings/stats`` for the history and exports the server's CSV."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

from ..api.models.stats import Stats, StatsQuery
from ..core.account import billing_type
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.task_registry import TaskRegistry
from ..tasks.call_task import CallTask
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .dialogs import Prompts
from .stats_widget import StatsWidget

DEFAULT_CSV_NAME = "mapflow_statistics.csv"


def write_text_atomically(path: Path, text: str) -> int:
    """Write ``text`` to ``path`` through a temporary file in the same folder; returns the bytes written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "the folder does not exist", str(path.parent))
    data = text.encode("utf-8")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=str(path.parent))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)


class StatsController(SectionController):
    def __init__(self, widget: StatsWidget, state: SessionState, tasks: TaskRegistry, notifier: Notifier,
                 prompts: Optional[Prompts] = None, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.prompts = prompts or Prompts()
        self._request_number = 0  # only the newest answer is shown
        self._loaded = False
        self.last_stats: Optional[Stats] = None
        self.listen(widget.query_requested, self.show_stats)
        self.listen(widget.export_requested, self.ask_export)
        self.listen(widget.shown, self._on_shown)
        self.listen(state.changed, self._on_session)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the statistics"))
    def _on_session(self, session: Optional[Session]) -> None:
        self._request_number += 1  # drop answers for the previous account
        self._loaded = False
        self.last_stats = None
        self.widget.clear()
        self.widget.set_busy(False)
        if session is None:
            self.widget.set_message(tr("Sign in to see your processing history."))
        elif self.widget.isVisible():
            self.show_stats()

    def _on_shown(self) -> None:
        if not self._loaded and self.state.session is not None:
            self.show_stats()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the statistics"))
    def show_stats(self, query: Optional[StatsQuery] = None) -> Optional[CallTask]:
        session = self.state.session
        if session is None:
            self.widget.set_message(tr("Sign in to see your processing history."), is_error=True)
            return None
        query = query if query is not None else self.widget.query()
        if query is None:
            return None
        self._request_number += 1
        number, client = self._request_number, session.client
        billing = billing_type(session.user_status)
        self._loaded = True
        self.widget.set_busy(True)
        self.widget.set_message(tr("Loading the history…"))

        def shown(stats: Stats) -> None:
            if number != self._request_number:
                return
            self.widget.set_busy(False)
            self.last_stats = stats
            self.widget.set_stats(stats, billing)
            self.widget.set_message("" if stats.results else tr("No processings match these filters."))

        def failed(error: BaseException) -> None:
            if number != self._request_number:
                return
            self.widget.set_busy(False)
            self.widget.set_message(tr("Could not load the statistics: {reason}").format(
                reason=self.notifier.describe(error, tr("Loading the statistics"))), is_error=True)

        return self.run_call(tr("Mapflow statistics"), lambda _ctx: client.processing_stats(query), shown, failed)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Exporting the statistics"))
    def ask_export(self, query: Optional[StatsQuery] = None) -> Optional[CallTask]:
        path = self.prompts.csv_path(self.widget, str(Path.home() / DEFAULT_CSV_NAME))
        if not path:
            return None
        return self.export_csv(path, query)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Exporting the statistics"))
    def export_csv(self, path: str, query: Optional[StatsQuery] = None) -> Optional[CallTask]:
        """Write the server's CSV of the history (current filters unless ``query`` is given) to ``path``."""
        session = self.state.session
        if session is None:
            self.notifier.warning(tr("Sign in to export your processing history."))
            return None
        query = query if query is not None else self.widget.query()
        if query is None:
            return None
        client, target = session.client, Path(path)

        def fetch_and_write(_ctx) -> int:
            return write_text_atomically(target, client.processing_stats_csv(query))

        def written(size: int) -> None:
            self.notifier.clear(Topic.STATS)
            self.notifier.success(tr("Statistics saved to {path} ({size} bytes).").format(path=target, size=size))

        def failed(error: BaseException) -> None:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else None
            text = tr("Could not export the statistics to {path}: {reason}").format(
                path=target, reason=reason or self.notifier.describe(error, tr("Exporting the statistics")))
            self.notifier.report(error, tr("Exporting the statistics"), topic=Topic.STATS, text=text,
                                 retry=lambda: self.export_csv(path, query), traceback_logged=True)

        return self.run_call(tr("Export Mapflow statistics"), fetch_and_write, written, failed)
