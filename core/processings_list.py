"""The processings of a project, as QGIS-free services: one page as the table shows it (rows and the diff against
the rows on screen), a short reason for a failed refresh, and waiting for a processing to end.

The dock's list runs :func:`fetch_page` in a task on every poll; a Processing-toolbox algorithm can list with
:func:`fetch_page` (``on_screen=()``) and wait with :func:`wait_until_final`.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from ..api.errors import ApiError, Cancelled, RateLimitedError, ServerError, TransportError
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.bodies import ProcessingSortBy, SortOrder
from ..api.models.processing import Processing
from ..api.models.user import BillingType
from .poll_schedule import PollPolicy
from .processing_view import ProcessingRow, RowsDiff, build_rows, diff_rows

CONTEXT = "MapflowProcessings"
DEFAULT_PAGE_SIZE = 30  # what the service's own clients use (contract 1.5)


@dataclass(frozen=True)
class ListQuery:
    """A page of a project's processings: the server does the filtering, sorting and paging."""

    project_id: str
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE
    terms: str = ""
    sort_by: ProcessingSortBy = ProcessingSortBy.CREATED
    descending: bool = True

    @property
    def page_index(self) -> int:
        return self.offset // self.limit


@dataclass(frozen=True)
class PageRefresh:
    """One page: its size, and the edit that brings a table showing ``on_screen`` up to date."""

    query: ListQuery
    total: int
    page_count: int
    diff: RowsDiff

    @property
    def rows(self):
        return self.diff.new_rows

    @property
    def anything_unfinished(self) -> bool:
        return any(not row.is_terminal for row in self.diff.new_rows)


def fetch_page(client, query: ListQuery, on_screen: Sequence[ProcessingRow] = (),
               billing: BillingType = BillingType.CREDITS) -> PageRefresh:
    """Ask for the page, format its rows (costs as the account's ``billing`` reads them), diff them against
    ``on_screen``. Blocking: run it off the GUI thread."""
    page = client.processings_page(query.project_id, limit=query.limit, offset=query.offset,
                                   terms=query.terms or None, sort_by=query.sort_by,
                                   sort_order=SortOrder.DESC if query.descending else SortOrder.ASC)
    return PageRefresh(query, page.total, page.page_count,
                       diff_rows(tuple(on_screen), build_rows(page.results, billing)))


def short_reason(error: BaseException) -> str:
    """A few words for the list's status line: 'server error 503', 'too many requests', or the error's text."""
    if isinstance(error, RateLimitedError):
        return translate(QT_TRANSLATE_NOOP("MapflowProcessings", "too many requests"), CONTEXT)
    if isinstance(error, ServerError) and error.status:
        return translate(QT_TRANSLATE_NOOP("MapflowProcessings", "server error {status}"), CONTEXT).format(
            status=error.status)
    if isinstance(error, ApiError) and error.status and not str(error):
        return f"HTTP {error.status}"
    return str(error) or type(error).__name__


def wait_until_final(client, processing_id: str, *, is_cancelled: Callable[[], bool] = lambda: False,
                     on_update: Optional[Callable[[Processing], None]] = None,
                     policy: PollPolicy = PollPolicy(), sleep: Callable[[float], None] = time.sleep,
                     step_s: float = 0.25) -> Processing:
    """Poll ``GET /processings/{id}/v2`` every ``policy.interval`` seconds until the processing is final, and return
    it. ``on_update`` sees every answer (progress). Transient failures (network, 5xx, 429) wait longer, capped by
    the policy, and never give up; other errors are raised. Cancellation raises ``Cancelled`` within ``step_s``."""
    failures = 0
    while True:
        if is_cancelled():
            raise Cancelled()
        try:
            processing = client.get_processing(processing_id)
            failures = 0
        except (TransportError, ServerError, RateLimitedError):
            failures += 1
            processing = None
        if processing is not None:
            if on_update is not None:
                on_update(processing)
            if processing.is_terminal:
                return processing
        _wait(policy.delay_after_failures(failures), is_cancelled, sleep, step_s)


def _wait(seconds: float, is_cancelled: Callable[[], bool], sleep: Callable[[float], None], step_s: float) -> None:
    waited = 0.0
    while waited < seconds:
        if is_cancelled():
            raise Cancelled()
        pause = min(step_s, seconds - waited)
        sleep(pause)
        waited += pause
