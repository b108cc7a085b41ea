"""Choices typed as text, and the blocking services a script or a Processing-toolbox algorithm needs (QGIS-free).

The dock picks a model, a project or options from lists; an algorithm gets them as text (a model name such as
"Buildings" or its id, "Classification, Heights", a comma list of processing ids) and must say clearly what it did
not recognise, naming what would be accepted. The services here are the synchronous forms of what the dock does in
tasks: price a plan with the server's cost (:func:`priced_plan`), wait for a processing with a time limit
(:func:`wait_for_processing`), and describe a processing as one table row (:func:`processing_record`).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterable, List, Optional, Sequence, Tuple

from ..api.errors import ApiError, Cancelled, MapflowError
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.processing import Processing, ProcessingStatus
from ..api.models.project import Project
from ..api.models.user import DataProvider, WorkflowDef
from .account import CostBasis
from .errors import is_outage
from .poll_schedule import PollPolicy
from .processing_plan import CostState, ProcessingPlan, plan_processing
from .processing_view import failure_reason, status_label
from .processings_list import wait_until_final

CONTEXT = "MapflowToolbox"
_ID_SEPARATORS = re.compile(r"[\s,;]+")
SQ_M_PER_SQ_KM = 1_000_000.0
LAST_LOOK_S = 60.0  # how long past its time limit a wait still hopes for one answer from the server


def _t(text: str) -> str:
    return translate(text, CONTEXT)


class ChoiceError(MapflowError):
    """A choice given as text that cannot be used; the text is already worded (and translated) for the user."""

    def __init__(self, text: str) -> None:
        super().__init__("{text}", text=text)


class WaitTimedOut(ChoiceError):
    """The processing was still running when the time limit was reached."""


def plain(text: str) -> str:
    """Letters and digits only, case-folded: "🏠 Buildings" and "buildings" are the same model name."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def _listing(names: Iterable[str]) -> str:
    shown = [f"“{name}”" for name in names]
    return ", ".join(shown) if shown else "—"


# --- choices as text ----------------------------------------------------------------------------------------------
def find_model(models: Sequence[WorkflowDef], wanted: str) -> WorkflowDef:
    """A model by id, by name (any case), or by its name's letters and digits ("Buildings" for "🏠 Buildings")."""
    text = (wanted or "").strip()
    if not models:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "This project has no models; ask Mapflow support to link one.")))
    if not text:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP("MapflowToolbox", "Give a model: one of {models}.")).format(
            models=_listing(m.name for m in models)))
    for matches in (lambda m: m.id == text, lambda m: m.name.casefold() == text.casefold(),
                    lambda m: plain(m.name) == plain(text) and plain(text) != ""):
        found = [m for m in models if matches(m)]
        if found:
            return found[0]
    raise ChoiceError(_t(QT_TRANSLATE_NOOP(
        "MapflowToolbox", "There is no model “{model}” in this project. Models: {models}.")).format(
        model=text, models=_listing(m.name for m in models)))


def parse_blocks(model: WorkflowDef, text: str) -> Tuple[str, ...]:
    """The optional blocks (options) named in ``text`` ("Classification, Heights"; names or display names, any
    case). A block the model always runs may be named and changes nothing; an unknown name is an error."""
    wanted = [part.strip() for part in re.split(r"[,;]", text or "") if part.strip()]
    chosen: List[str] = []
    unknown: List[str] = []
    for name in wanted:
        block = next((b for b in model.blocks if plain(name) in (plain(b.name), plain(b.display_name))), None)
        if block is None:
            unknown.append(name)
        elif block.optional and block.name not in chosen:
            chosen.append(block.name)
    if unknown:
        options = [b.name for b in model.optional_blocks]
        if options:
            raise ChoiceError(_t(QT_TRANSLATE_NOOP(
                "MapflowToolbox", "The model “{model}” has no option {unknown}. Its options: {options}.")).format(
                model=model.name, unknown=_listing(unknown), options=_listing(options)))
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "The model “{model}” has no options (asked for {unknown}).")).format(
            model=model.name, unknown=_listing(unknown)))
    return tuple(chosen)


def find_project(projects: Sequence[Project], wanted: str, default: Project) -> Project:
    """A project by id or by name (any case); ``default`` when nothing is asked for."""
    text = (wanted or "").strip()
    if not text:
        return default
    found = next((p for p in projects if p.id == text), None) or \
        next((p for p in projects if p.name.casefold() == text.casefold()), None)
    if found is None:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "There is no project “{project}” in this account. Projects: {projects}.")).format(
            project=text, projects=_listing(p.name for p in projects)))
    return found


def find_data_provider(providers: Sequence[DataProvider], wanted: str) -> DataProvider:
    """A data provider by API name or display name (any case, letters and digits); the first one when nothing is
    asked for."""
    text = (wanted or "").strip()
    if not providers:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "This account has no imagery providers: give an imagery URL or a mosaic instead.")))
    if not text:
        return providers[0]
    found = next((p for p in providers if p.name.casefold() == text.casefold()), None) or \
        next((p for p in providers if plain(text) and plain(text) in (plain(p.name), plain(p.display_name))), None)
    if found is None:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "There is no imagery provider “{provider}” for this account. Providers: {providers}."
        )).format(provider=text, providers=_listing(p.name for p in providers)))
    return found


def parse_processing_ids(text: str) -> Tuple[str, ...]:
    """Processing ids separated by commas, semicolons or spaces, each once, in their order."""
    ids = tuple(dict.fromkeys(part for part in _ID_SEPARATORS.split(text or "") if part))
    if not ids:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "Give at least one processing id (several: separated by commas).")))
    bad = [i for i in ids if not re.fullmatch(r"[A-Za-z0-9_-]+", i)]
    if bad:
        raise ChoiceError(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "{ids} is not a processing id: ids are letters, digits and dashes.")).format(
            ids=_listing(bad)))
    return ids


def reasons_text(reasons: Iterable[Any]) -> str:
    """The texts of ``core.reasons.Reason`` objects as one line."""
    return " ".join(dict.fromkeys(reason.text for reason in reasons))


# --- services -----------------------------------------------------------------------------------------------------
def priced_plan(client, **inputs: Any) -> ProcessingPlan:
    """``plan_processing(**inputs)`` completed with the server's price: an account billed in credits gets its cost
    from ``POST /processing/cost/v2`` (so the balance check runs); a cost the server refuses becomes the plan's
    reason (the start is blocked). An unreachable server raises (try again later). Blocking: off the GUI thread."""
    first = plan_processing(**inputs, cost_required=False)
    if first.request is None or first.basis is not CostBasis.SERVER:
        return plan_processing(**inputs)
    try:
        credits = client.processing_cost(first.request.to_cost_request())
    except ApiError as error:
        if is_outage(error):
            raise
        return plan_processing(**inputs, cost=CostState(None, str(error)))
    return plan_processing(**inputs, cost=CostState(credits))


def wait_for_processing(client, processing_id: str, *, is_cancelled: Callable[[], bool] = lambda: False,
                        on_update: Optional[Callable[[Processing], None]] = None,
                        timeout_s: Optional[float] = None, started_at: Optional[float] = None,
                        policy: PollPolicy = PollPolicy(), clock: Callable[[], float] = time.monotonic,
                        sleep: Callable[[float], None] = time.sleep, step_s: float = 0.25) -> Processing:
    """:func:`~.processings_list.wait_until_final` with a time limit: raises :class:`WaitTimedOut` (naming the
    last known status) when the processing is not final ``timeout_s`` seconds after ``started_at`` (a ``clock()``
    value; default: now) — None or 0: no limit; a limit already reached still looks once. ``Cancelled`` when
    ``is_cancelled()`` says so. Several waits under one limit share ``started_at``."""
    deadline = (clock() if started_at is None else started_at) + timeout_s if timeout_s else None
    last: List[Processing] = []
    expired: List[bool] = []

    def stop() -> bool:
        if is_cancelled():
            return True
        # past the limit, one answer is still awaited (a little longer), so that the error can name the status
        if deadline is not None and clock() >= deadline and (last or clock() >= deadline + LAST_LOOK_S):
            expired.append(True)
            return True
        return False

    def seen(processing: Processing) -> None:
        last[:] = [processing]
        if on_update is not None:
            on_update(processing)

    try:
        return wait_until_final(client, processing_id, is_cancelled=stop, on_update=seen, policy=policy,
                                sleep=sleep, step_s=step_s)
    except Cancelled:
        if not expired or is_cancelled():
            raise
    minutes = f"{timeout_s / 60:g}"
    if last:
        raise WaitTimedOut(_t(QT_TRANSLATE_NOOP(
            "MapflowToolbox", "The processing “{name}” ({id}) is still {status} ({percent} %) after {minutes} min. "
                              "Run again later with the same id to pick it up.")).format(
            name=last[0].name, id=processing_id, status=status_label(last[0]), percent=last[0].percent_completed,
            minutes=minutes))
    raise WaitTimedOut(_t(QT_TRANSLATE_NOOP(
        "MapflowToolbox", "The server did not say how the processing {id} is doing within {minutes} min.")).format(
        id=processing_id, minutes=minutes))


def final_problem(processing: Processing) -> str:
    """Why a final processing has no result to load ('' when it ended OK)."""
    if processing.status is ProcessingStatus.OK:
        return ""
    if processing.status is ProcessingStatus.FAILED:
        return _t(QT_TRANSLATE_NOOP("MapflowToolbox", "The processing “{name}” ({id}) failed: {reason}")).format(
            name=processing.name, id=processing.id, reason=failure_reason(processing))
    return _t(QT_TRANSLATE_NOOP("MapflowToolbox", "The processing “{name}” ({id}) ended as {status}.")).format(
        name=processing.name, id=processing.id, status=status_label(processing))


@dataclass(frozen=True)
class ProcessingRecord:
    """One processing as a row of a table layer; ``completed`` is the last update of a final processing."""

    id: str
    name: str
    model: str
    status: str  # the API's value: OK, FAILED, IN_PROGRESS... (stable for filters and scripts)
    progress: int
    area_km2: Optional[float]
    cost: Optional[int]
    created: Optional[datetime]
    completed: Optional[datetime]
    message: str  # why it failed, or the server's notes


def processing_record(processing: Processing) -> ProcessingRecord:
    if processing.status is ProcessingStatus.FAILED:
        message = failure_reason(processing)
    else:
        message = "; ".join(dict.fromkeys(text for text in processing.error_texts if text))
    area = None if processing.aoi_area is None else processing.aoi_area / SQ_M_PER_SQ_KM
    return ProcessingRecord(
        id=processing.id, name=processing.name, model=processing.model_name or "",
        status=processing.status.value if processing.status is not ProcessingStatus.UNKNOWN
        else processing.status_text, progress=processing.percent_completed, area_km2=area, cost=processing.cost,
        created=processing.created, completed=processing.updated if processing.is_terminal else None,
        message=message)


LISTED_STATUSES = (ProcessingStatus.UNPROCESSED, ProcessingStatus.IN_PROGRESS, ProcessingStatus.AWAITING,
                   ProcessingStatus.OK, ProcessingStatus.FAILED, ProcessingStatus.CANCELLED,
                   ProcessingStatus.REFUNDED)
