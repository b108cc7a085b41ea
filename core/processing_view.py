"""What the processing list and its details panel show, computed without Qt (so it can run in a worker thread).

- :func:`build_rows` turns ``api`` Processings into display-ready :class:`ProcessingRow` values;
- :func:`diff_rows` compares the rows on screen with a fresh page and says which rows to remove, insert, reorder
  and which cells changed, so the Qt model applies a refresh with a handful of signals;
- :func:`processing_details` lists every fact of one processing (source, model and options, area, cost, dates,
  status and readable messages) and renders it as HTML for the details panel.
"""
from __future__ import annotations

import enum
import html
from dataclasses import dataclass
from datetime import datetime
from typing import AbstractSet, Dict, Iterable, List, Optional, Sequence, Tuple

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.bodies import ProcessingSortBy
from ..api.models.processing import Processing, ProcessingStatus, ReviewState
from ..api.models.sources import (DataProviderSource, ImagerySearchSource, MyImagerySource, UserDefinedSource)
from ..api.models.user import BillingType
from .charges import cost_text
from .formatting import DATE, DATE_TIME, DAY_TIME, KM2, format_fixed, format_moment, km2_unit
from .roles import ProjectAction, allowed, why_not

CONTEXT = "MapflowProcessings"


def _t(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("MapflowProcessings", ...) (the label tables)."""
    return translate(text, CONTEXT)


def tr(text: str) -> str:
    """Translate a literal: pylupdate5 files a bare ``tr("...")`` under the "@default" context."""
    return translate(text, "@default")


class Column(enum.IntEnum):
    NAME = 0
    MODEL = 1
    STATUS = 2
    PROGRESS = 3
    AREA = 4
    COST = 5
    CREATED = 6


# Short titles: a dock is narrow, and every column but the name is sized to its contents (and its title); the
# full meaning is the header's tooltip (COLUMN_TIPS).
COLUMN_TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("MapflowProcessings", "Name"),
    Column.MODEL: QT_TRANSLATE_NOOP("MapflowProcessings", "Model"),
    Column.STATUS: QT_TRANSLATE_NOOP("MapflowProcessings", "Status"),
    Column.PROGRESS: QT_TRANSLATE_NOOP("MapflowProcessings", "%"),
    Column.AREA: KM2,  # the one translated unit (core.formatting)
    Column.COST: QT_TRANSLATE_NOOP("MapflowProcessings", "Cost"),
    Column.CREATED: QT_TRANSLATE_NOOP("MapflowProcessings", "Created"),
}
COLUMN_TIPS = {
    Column.PROGRESS: QT_TRANSLATE_NOOP("MapflowProcessings", "Progress, %"),
    Column.AREA: QT_TRANSLATE_NOOP("MapflowProcessings", "Area, km²"),
    Column.COST: QT_TRANSLATE_NOOP("MapflowProcessings", "Cost, credits"),
}
# Hidden until the user shows them (header menu): the model is in the details panel
DEFAULT_HIDDEN_COLUMNS = (Column.MODEL,)


def parse_hidden_columns(text: str) -> Tuple[Column, ...]:
    """The setting's "model,area" as columns; unknown names are ignored and the name is never hidden."""
    names = {column.name.lower(): column for column in Column if column is not Column.NAME}
    return tuple(names[name] for name in dict.fromkeys((text or "").split(",")) if name in names)


def hidden_columns_text(columns) -> str:
    return ",".join(Column(column).name.lower() for column in sorted(set(columns)) if column != Column.NAME)


def column_title(column: Column) -> str:
    return km2_unit() if column == Column.AREA else _t(COLUMN_TITLES[column])


def column_tip(column: Column) -> str:
    tip = COLUMN_TIPS.get(column)
    return _t(tip) if tip else ""

# Clicking a header sorts on the server (contract 3.9)
COLUMN_SORT = {Column.NAME: ProcessingSortBy.NAME, Column.MODEL: ProcessingSortBy.SCENARIO,
               Column.STATUS: ProcessingSortBy.STATUS, Column.PROGRESS: ProcessingSortBy.PROGRESS,
               Column.AREA: ProcessingSortBy.AREA, Column.COST: ProcessingSortBy.COST,
               Column.CREATED: ProcessingSortBy.CREATED}

NUMERIC_COLUMNS = frozenset({Column.PROGRESS, Column.AREA, Column.COST})

STATUS_LABELS = {
    ProcessingStatus.UNPROCESSED: QT_TRANSLATE_NOOP("MapflowProcessings", "Queued"),
    ProcessingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("MapflowProcessings", "In progress"),
    ProcessingStatus.AWAITING: QT_TRANSLATE_NOOP("MapflowProcessings", "Awaiting imagery"),
    ProcessingStatus.OK: QT_TRANSLATE_NOOP("MapflowProcessings", "OK"),
    ProcessingStatus.FAILED: QT_TRANSLATE_NOOP("MapflowProcessings", "Failed"),
    ProcessingStatus.CANCELLED: QT_TRANSLATE_NOOP("MapflowProcessings", "Cancelled"),
    ProcessingStatus.REFUNDED: QT_TRANSLATE_NOOP("MapflowProcessings", "Refunded"),
}

REVIEW_LABELS = {
    ReviewState.IN_REVIEW: QT_TRANSLATE_NOOP("MapflowProcessings", "review required"),
    ReviewState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("MapflowProcessings", "in review"),
    ReviewState.ACCEPTED: QT_TRANSLATE_NOOP("MapflowProcessings", "accepted"),
    ReviewState.REFUNDED: QT_TRANSLATE_NOOP("MapflowProcessings", "refunded"),
}


def status_text(status: ProcessingStatus) -> str:
    """A status as the lists, filters and statistics show it, in the user's language."""
    label = STATUS_LABELS.get(status)
    return _t(label) if label else status.value


def status_label(processing: Processing) -> str:
    """'In progress', 'Failed', 'OK (review required)'; an unknown status shows as the server wrote it."""
    label = STATUS_LABELS.get(processing.status)
    text = _t(label) if label else processing.status_text
    review = processing.review_status
    if review is not None and review.state in REVIEW_LABELS:
        text = f"{text} ({_t(REVIEW_LABELS[review.state])})"
    return text


def format_area_km2(square_metres: Optional[int]) -> str:
    if square_metres is None:
        return "—"
    km2 = square_metres / 1e6
    return format_fixed(km2, 3 if km2 < 1 else 2)


def format_time(moment: Optional[datetime]) -> str:
    """Local time, to the minute; the API sends UTC."""
    if moment is None:
        return "—"
    return format_moment(moment.astimezone(), DATE_TIME)


def format_created(moment: Optional[datetime], now: Optional[datetime] = None) -> str:
    """The list's short form: "05-01 14:30" this year, "2023-05-01" before (the full time is the tooltip)."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    if local.year == (now or datetime.now().astimezone()).year:
        return format_moment(local, DAY_TIME)
    return format_moment(local, DATE)


def failure_reason(processing: Processing) -> str:
    """The readable reason of a failure: its messages' texts, or a plain statement when there are none."""
    texts = [text for text in dict.fromkeys(processing.error_texts) if text]
    return "; ".join(texts) if texts else tr("the server gave no reason")


@dataclass(frozen=True)
class ProcessingRow:
    """One line of the list: the processing and its cell texts (computed once, off the GUI thread)."""

    processing: Processing
    cells: Tuple[str, ...]  # one text per Column
    status_tip: str  # tooltip of the status cell: why it failed, or its percent

    @property
    def id(self) -> str:
        return self.processing.id

    @property
    def status(self) -> ProcessingStatus:
        return self.processing.status

    @property
    def is_terminal(self) -> bool:
        return self.processing.is_terminal


def build_row(processing: Processing, billing: BillingType = BillingType.CREDITS) -> ProcessingRow:
    cost = cost_text(processing.cost, processing.status, billing)  # "refunded" for a failed one (core.charges)
    cells = (processing.name, processing.model_name or "—", status_label(processing),
             f"{processing.percent_completed} %", format_area_km2(processing.aoi_area), cost,
             format_created(processing.created))
    if processing.status is ProcessingStatus.FAILED:
        tip = failure_reason(processing)
    else:
        tip = "\n".join(dict.fromkeys(processing.error_texts))  # warnings on unfinished or OK processings
    return ProcessingRow(processing=processing, cells=cells, status_tip=tip)


def build_rows(processings: Iterable[Processing],
               billing: BillingType = BillingType.CREDITS) -> Tuple[ProcessingRow, ...]:
    return tuple(build_row(p, billing) for p in processings)


# --- refresh diff -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CellChange:
    """Rows ``first..last`` (final positions) changed in columns ``first_column..last_column``."""

    first: int
    last: int
    first_column: int
    last_column: int


@dataclass(frozen=True)
class RowsDiff:
    """How to turn the rows on screen (``base_ids``) into ``new_rows`` with the fewest model signals.

    Apply in this order: ``removed`` ranges (already bottom-up), then ``reorder`` (the kept ids in their new order,
    None when unchanged), then ``inserted`` runs (top-down, at final positions), then ``changed`` cells.
    """

    base_ids: Tuple[str, ...]
    new_rows: Tuple[ProcessingRow, ...]
    removed: Tuple[Tuple[int, int], ...]
    reorder: Optional[Tuple[str, ...]]
    inserted: Tuple[Tuple[int, Tuple[ProcessingRow, ...]], ...]
    changed: Tuple[CellChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.removed or self.reorder or self.inserted or self.changed)


def _ranges(indices: Sequence[int]) -> List[Tuple[int, int]]:
    """Sorted indices grouped into (first, last) runs of consecutive numbers."""
    runs: List[Tuple[int, int]] = []
    for index in indices:
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _changed_span(old: ProcessingRow, new: ProcessingRow) -> Optional[Tuple[int, int]]:
    if old.cells == new.cells and old.status_tip == new.status_tip:
        return None
    columns = [i for i, (a, b) in enumerate(zip(old.cells, new.cells)) if a != b]
    if old.status_tip != new.status_tip:
        columns.append(int(Column.STATUS))
    return min(columns), max(columns)


def diff_rows(old_rows: Sequence[ProcessingRow], new_rows: Sequence[ProcessingRow]) -> RowsDiff:
    """The minimal edit from ``old_rows`` to ``new_rows``, matching rows by processing id."""
    new_rows = tuple(new_rows)
    old_ids = tuple(r.id for r in old_rows)
    new_index: Dict[str, int] = {r.id: i for i, r in enumerate(new_rows)}
    old_by_id = {r.id: r for r in old_rows}

    removed_at = [i for i, row_id in enumerate(old_ids) if row_id not in new_index]
    removed = tuple(reversed(_ranges(removed_at)))

    kept_old_order = tuple(row_id for row_id in old_ids if row_id in new_index)
    kept_new_order = tuple(r.id for r in new_rows if r.id in old_by_id)
    reorder = kept_new_order if kept_old_order != kept_new_order else None

    inserted: List[Tuple[int, Tuple[ProcessingRow, ...]]] = []
    for first, last in _ranges([i for i, r in enumerate(new_rows) if r.id not in old_by_id]):
        inserted.append((first, new_rows[first:last + 1]))

    changed: List[CellChange] = []
    for position, row in enumerate(new_rows):
        old = old_by_id.get(row.id)
        span = None if old is None else _changed_span(old, row)
        if span is None:
            continue
        last = changed[-1] if changed else None
        if last is not None and last.last == position - 1:  # merge neighbouring rows into one signal
            changed[-1] = CellChange(last.first, position, min(last.first_column, span[0]),
                                     max(last.last_column, span[1]))
        else:
            changed.append(CellChange(position, position, span[0], span[1]))
    return RowsDiff(base_ids=old_ids, new_rows=new_rows, removed=removed, reorder=reorder,
                    inserted=tuple(inserted), changed=tuple(changed))


# --- status transitions -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Transition:
    """A processing that reached OK or FAILED since the previous refresh."""

    processing: Processing

    @property
    def succeeded(self) -> bool:
        return self.processing.status is ProcessingStatus.OK

    def message(self) -> str:
        name = self.processing.name
        if self.succeeded:
            return tr("Processing '{name}' finished").format(name=name)
        return tr("Processing '{name}' failed: {reason}").format(name=name, reason=failure_reason(self.processing))


NOTIFIED_STATUSES = (ProcessingStatus.OK, ProcessingStatus.FAILED)


def finished_since(previous: Dict[str, ProcessingStatus], rows: Iterable[ProcessingRow],
                   watched_since: Optional[datetime] = None) -> Tuple[Transition, ...]:
    """Processings that turned OK or FAILED: seen unfinished before, or created after ``watched_since`` and seen
    for the first time already final (a processing that fails within seconds of its start)."""
    out = []
    for row in rows:
        if row.status not in NOTIFIED_STATUSES:
            continue
        before = previous.get(row.id)
        if before is not None:
            if not before.is_terminal:
                out.append(Transition(row.processing))
        elif watched_since is not None and row.processing.created is not None \
                and row.processing.created >= watched_since:
            out.append(Transition(row.processing))
    return tuple(out)


# --- details panel ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProcessingDetails:
    title: str
    facts: Tuple[Tuple[str, str], ...]  # (label, value), in display order
    messages: Tuple[str, ...]  # readable texts of messages[] (warnings; a failure's texts are its ``error``)
    error: str = ""  # why it failed: shown first, where it cannot be missed

    def to_html(self) -> str:
        rows = "".join(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
                       for label, value in self.facts)
        parts = [f"<h3>{html.escape(self.title)}</h3>"]
        if self.error:
            failed = tr("Failed:")  # outside the f-string: pylupdate5 does not look inside one
            parts.append(f"<p style='color:#b00020'><b>{html.escape(failed)}</b> {html.escape(self.error)}</p>")
        parts.append(f"<table cellspacing='2'>{rows}</table>")
        if self.messages:
            items = "".join(f"<li>{html.escape(text)}</li>" for text in self.messages)
            heading = tr("Messages")
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>{items}</ul>")
        return "".join(parts)


def describe_source(processing: Processing) -> str:
    source = processing.params.source
    if isinstance(source, DataProviderSource):
        zoom = tr(", zoom {zoom}").format(zoom=source.zoom) if source.zoom is not None else ""
        return tr("Data provider {name}{zoom}").format(name=source.provider_name, zoom=zoom)
    if isinstance(source, UserDefinedSource):
        zoom = tr(", zoom {zoom}").format(zoom=source.zoom) if source.zoom is not None else ""
        return tr("{kind} URL {url}{zoom}").format(kind=source.source_type.value, url=source.url, zoom=zoom)
    if isinstance(source, MyImagerySource):
        if source.mosaic_id and not source.image_ids:
            return tr("My imagery: mosaic {id}").format(id=source.mosaic_id)
        images = ", ".join(source.image_ids)
        if source.mosaic_id:
            return tr("My imagery: mosaic {id}, images {images}").format(id=source.mosaic_id, images=images)
        return tr("My imagery: images {images}").format(images=images)
    if isinstance(source, ImagerySearchSource):
        zoom = tr(", zoom {zoom}").format(zoom=source.zoom) if source.zoom is not None else ""
        return tr("Imagery search ({provider}): {count} image(s){zoom}").format(
            provider=source.data_provider, count=len(source.image_ids), zoom=zoom)
    legacy = {k: v for k, v in processing.params.legacy.items() if "password" not in k.lower()}
    if legacy:
        return ", ".join(f"{k}={v}" for k, v in sorted(legacy.items()))
    return tr("not given")


def _model_text(processing: Processing) -> str:
    name = processing.model_name or "—"
    options = [b.display_name or b.name for b in processing.blocks if b.enabled]
    if options:
        return tr("{model}; options: {options}").format(model=name, options=", ".join(options))
    return name


def processing_details(processing: Processing, billing: BillingType = BillingType.CREDITS) -> ProcessingDetails:
    facts: List[Tuple[str, str]] = [
        (tr("Status"), f"{status_label(processing)}, {processing.percent_completed} %"),
        (tr("Model"), _model_text(processing)),
        (tr("Source"), describe_source(processing)),
        (tr("Area"), tr("{area} km² in {count} AOI(s)").format(
            area=format_area_km2(processing.aoi_area),
            count="?" if processing.aoi_count is None else processing.aoi_count)),
        (tr("Cost"), cost_text(processing.cost, processing.status, billing, unit=True)),
        (tr("Created"), format_time(processing.created)),
        (tr("Updated"), format_time(processing.updated)),
    ]
    source = processing.params.source
    if isinstance(source, ImagerySearchSource) and source.image_ids:
        facts.insert(3, (tr("Scenes"), ", ".join(source.image_ids)))
    if processing.description:
        facts.insert(0, (tr("Description"), processing.description))
    review = processing.review_status
    if review is not None and review.state in REVIEW_LABELS:
        state = _t(REVIEW_LABELS[review.state])
        shown = tr("{state}, until {time}").format(state=state, time=format_time(review.in_review_until)) \
            if review.in_review_until else state
        facts.append((tr("Review"), shown))
    rating = processing.rating
    if rating is not None and rating.rating is not None:
        text = f"{rating.rating} / 5" + (f": {rating.feedback}" if rating.feedback else "")
        facts.append((tr("Rating"), text))
    facts.append((tr("ID"), processing.id))
    if processing.status is ProcessingStatus.FAILED:  # its messages are the error, shown first
        return ProcessingDetails(title=processing.name, facts=tuple(facts), messages=(),
                                 error=failure_reason(processing))
    messages = tuple(dict.fromkeys(m.text for m in processing.messages))
    return ProcessingDetails(title=processing.name, facts=tuple(facts), messages=messages)


# --- which actions the selection allows --------------------------------------------------------------------------
class ListAction(str, enum.Enum):
    LOAD_RESULTS = "load_results"
    RENAME = "rename"
    RESTART = "restart"
    DELETE = "delete"
    MOVE = "move"
    AOIS = "aois"
    RATE = "rate"


@dataclass(frozen=True)
class ActionState:
    enabled: bool
    reason: str = ""  # why it is disabled (a tooltip); empty when enabled


_ROLE_OF_ACTION = {ListAction.RENAME: ProjectAction.RENAME_PROCESSING, ListAction.RESTART: ProjectAction.RESTART,
                   ListAction.DELETE: ProjectAction.DELETE_PROCESSING, ListAction.MOVE: ProjectAction.MOVE,
                   ListAction.RATE: ProjectAction.RATE}
_SINGLE = frozenset({ListAction.RENAME, ListAction.AOIS, ListAction.RATE})
_NEEDS_STATUS = {
    ListAction.LOAD_RESULTS: (ProcessingStatus.OK,
                              QT_TRANSLATE_NOOP("MapflowProcessings", "Only finished (OK) processings have results.")),
    ListAction.RATE: (ProcessingStatus.OK,
                              QT_TRANSLATE_NOOP("MapflowProcessings", "Only finished (OK) processings can be rated.")),
    ListAction.RESTART: (ProcessingStatus.FAILED,
                              QT_TRANSLATE_NOOP("MapflowProcessings", "Only failed processings can be restarted.")),
}


def action_state(action: ListAction, role: str, selected: Sequence[Processing],
                 loading: AbstractSet[str] = frozenset()) -> ActionState:
    """May ``action`` run on ``selected`` for a user with ``role`` in the project? If not, say why.
    ``loading``: ids of processings whose results are being loaded (one load per processing at a time)."""
    project_action = _ROLE_OF_ACTION.get(action)
    if project_action is not None and not allowed(role, project_action):
        return ActionState(False, why_not(role, project_action))
    if not selected:
        return ActionState(False, tr("Select a processing first."))
    if action in _SINGLE and len(selected) != 1:
        return ActionState(False, tr("Select exactly one processing."))
    needed = _NEEDS_STATUS.get(action)
    if needed is not None and any(p.status is not needed[0] for p in selected):
        return ActionState(False, _t(needed[1]))
    if action is ListAction.LOAD_RESULTS:
        busy = [p.name for p in selected if p.id in loading]
        if busy:
            return ActionState(False, tr("The results of “{name}” are being loaded.").format(name=busy[0]))
    return ActionState(True)


def action_states(role: str, selected: Sequence[Processing],
                  loading: AbstractSet[str] = frozenset()) -> Dict[ListAction, ActionState]:
    return {action: action_state(action, role, selected, loading) for action in ListAction}
