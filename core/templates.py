"""Planned searches (templates, contract 2.8) as the plugin sees them, QGIS-free: a template's state, the rows of
the list, what the user may do with one, the checks of a new or edited one (name, end date, AOIs), the news of new
scenes, and the processings of a template grouped per AOI.

The dock's planned-search section uses these; a Processing-toolbox algorithm or a script can too. Texts of refusals
the server also makes are the client's texts for the server's codes (``api.error_catalog``), so the user reads the
same sentence whether the plugin or the server refuses.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from ..api.error_catalog import describe_code
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models import Processing, ProcessingStatus, Template, TemplateShort, TemplateStatus
from ..api.models.template import MAX_ACTIVE_DAYS, MAX_AOI_NAME_LENGTH, default_active_until
from .formatting import DATE, format_km2, format_moment
from .processing_view import ActionState, format_time
from .roles import ProjectAction, allowed, normalise_role, why_not

CONTEXT = "TemplateRules"
MAX_NAME_LENGTH = MAX_AOI_NAME_LENGTH  # the service's limit for a planned search's and an AOI's name
MAX_AOIS = 100  # AOIs in one planned search (TOO_MANY_AOIS)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _t(text: str) -> str:
    return translate(text, CONTEXT)


# --- state ---------------------------------------------------------------------------------------------------------
class TemplateState(str, enum.Enum):
    SEARCHING = "searching"  # the first search runs (or a new AOI's)
    READY = "ready"  # searched up to now; keeps looking for new scenes
    PAUSED = "paused"
    WAITING = "waiting"  # created beyond the cap of active planned searches: not searching until resumed
    EXPIRED = "expired"  # past its end date; keeps what it found
    FAILED = "failed"


STATE_LABELS = {
    TemplateState.SEARCHING: QT_TRANSLATE_NOOP("TemplateRules", "Searching"),
    TemplateState.READY: QT_TRANSLATE_NOOP("TemplateRules", "Watching"),
    TemplateState.PAUSED: QT_TRANSLATE_NOOP("TemplateRules", "Paused"),
    TemplateState.WAITING: QT_TRANSLATE_NOOP("TemplateRules", "Not searching"),
    TemplateState.EXPIRED: QT_TRANSLATE_NOOP("TemplateRules", "Ended"),
    TemplateState.FAILED: QT_TRANSLATE_NOOP("TemplateRules", "Failed"),
}
STATE_TIPS = {
    TemplateState.SEARCHING: QT_TRANSLATE_NOOP("TemplateRules", "Searching the archive over its areas."),
    TemplateState.READY: QT_TRANSLATE_NOOP("TemplateRules", "Keeps looking for new scenes until {until}."),
    TemplateState.PAUSED: QT_TRANSLATE_NOOP("TemplateRules", "Paused: resumed, it also finds what was published "
                                                             "meanwhile."),
    TemplateState.WAITING: QT_TRANSLATE_NOOP("TemplateRules", "Not searching: the limit of active planned searches "
                                                              "was reached when it was created. Pause another one, "
                                                              "then resume this one."),
    TemplateState.EXPIRED: QT_TRANSLATE_NOOP("TemplateRules", "Ended on {until}; it keeps what it found. Move its "
                                                              "end date later to resume it."),
    TemplateState.FAILED: QT_TRANSLATE_NOOP("TemplateRules", "The search failed ({reason}); restart it."),
}


def _now(now: Optional[datetime]) -> datetime:
    return now or datetime.now(timezone.utc)


def template_state(template: TemplateShort, now: Optional[datetime] = None) -> TemplateState:
    """Ended wins over everything (the server keeps a failed or paused one's flags), then failed, then paused."""
    if template.is_archived or template.is_expired(_now(now)):
        return TemplateState.EXPIRED
    if template.status is TemplateStatus.FAILED:
        return TemplateState.FAILED
    if template.status is TemplateStatus.CREATED and not template.is_active:
        return TemplateState.WAITING
    if template.is_paused or not template.is_active:
        return TemplateState.PAUSED
    if template.status is TemplateStatus.READY:
        return TemplateState.READY
    return TemplateState.SEARCHING


def is_watching(template: TemplateShort, now: Optional[datetime] = None) -> bool:
    """Still searching or looking for new scenes: the list keeps polling while one is."""
    return template_state(template, now) in (TemplateState.SEARCHING, TemplateState.READY)


def state_label(state: TemplateState) -> str:
    return _t(STATE_LABELS[state])


def state_tip(template: TemplateShort, state: TemplateState) -> str:
    text = _t(STATE_TIPS[state])
    reason = template.last_error or _t(QT_TRANSLATE_NOOP("TemplateRules", "the server gave no reason"))
    return text.format(until=format_time(template.active_until), reason=reason)


# --- the list --------------------------------------------------------------------------------------------------------
class TemplateColumn(enum.IntEnum):
    NAME = 0
    STATE = 1
    NEW = 2
    AOIS = 3
    UNTIL = 4


COLUMN_TITLES = {
    TemplateColumn.NAME: QT_TRANSLATE_NOOP("TemplateRules", "Planned search"),
    TemplateColumn.STATE: QT_TRANSLATE_NOOP("TemplateRules", "State"),
    TemplateColumn.NEW: QT_TRANSLATE_NOOP("TemplateRules", "New scenes"),
    TemplateColumn.AOIS: QT_TRANSLATE_NOOP("TemplateRules", "Areas"),
    TemplateColumn.UNTIL: QT_TRANSLATE_NOOP("TemplateRules", "Until"),
}


def column_title(column: TemplateColumn) -> str:
    return _t(COLUMN_TITLES[column])


@dataclass(frozen=True)
class TemplateRow:
    """One planned search as the list shows it (formatted off the GUI thread)."""

    template: TemplateShort
    state: TemplateState
    cells: Tuple[str, ...]
    tooltip: str

    @property
    def id(self) -> str:
        return self.template.id

    @property
    def has_new(self) -> bool:
        return self.template.new_images_count > 0


def build_template_row(template: TemplateShort, now: Optional[datetime] = None) -> TemplateRow:
    state = template_state(template, now)
    until = format_moment(template.active_until.astimezone(), DATE) if template.active_until else "—"
    found = template.images_count if template.images_count is not None else "—"
    cells = (template.name, state_label(state), str(template.new_images_count) if template.new_images_count else "",
             str(template.aoi_count) if template.aoi_count is not None else "—", until)
    lines = [template.name, state_tip(template, state),
             _t(QT_TRANSLATE_NOOP("TemplateRules", "{new} new of {found} scenes found; last looked {checked}."))
             .format(new=template.new_images_count, found=found, checked=format_time(template.last_checked_at))]
    if template.area is not None:
        lines.append(_t(QT_TRANSLATE_NOOP("TemplateRules", "{count} area(s), {area} in all.")).format(
            count=template.aoi_count if template.aoi_count is not None else "?", area=format_km2(template.area / 1e6)))
    if template.user_email:
        lines.append(_t(QT_TRANSLATE_NOOP("TemplateRules", "Created by {email}.")).format(email=template.user_email))
    return TemplateRow(template, state, cells, "\n".join(lines))


def build_template_rows(templates: Iterable[TemplateShort], now: Optional[datetime] = None) -> Tuple[TemplateRow, ...]:
    """The list's rows in the server's order."""
    moment = _now(now)
    return tuple(build_template_row(t, moment) for t in templates)


# --- news ------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewScenes:
    template: TemplateShort
    added: int  # new scenes since the last look

    def message(self) -> str:
        return _t(QT_TRANSLATE_NOOP("TemplateRules", "Planned search “{name}” found {count} new scene(s).")).format(
            name=self.template.name, count=self.added)


def new_scene_news(previous: Mapping[str, int], templates: Iterable[TemplateShort]) -> List[NewScenes]:
    """Planned searches whose count of new scenes grew since ``previous`` (id -> count of the last look); ones seen
    for the first time are not news (the list shows their count)."""
    news = []
    for template in templates:
        before = previous.get(template.id)
        if before is not None and template.new_images_count > before:
            news.append(NewScenes(template, template.new_images_count - before))
    return news


def waiting_summary(templates: Iterable[TemplateShort]) -> str:
    """The first look at a project: which planned searches have new scenes waiting ('' for none)."""
    waiting = [t for t in templates if t.new_images_count > 0]
    if not waiting:
        return ""
    names = ", ".join(f"{t.name} ({t.new_images_count})" for t in waiting[:5])
    if len(waiting) > 5:
        names += "…"
    return _t(QT_TRANSLATE_NOOP("TemplateRules", "New scenes are waiting in planned searches: {names}.")).format(
        names=names)


# --- who may do what ---------------------------------------------------------------------------------------------
class TemplateAction(str, enum.Enum):
    OPEN = "open"
    PAUSE = "pause"
    RESUME = "resume"
    RESTART = "restart"
    RENAME = "rename"
    EXTEND = "extend"  # move the end date
    DELETE = "delete"
    EDIT_AOIS = "edit_aois"
    MARK_SEEN = "mark_seen"
    PROCESS = "process"
    CREATE = "create"


def is_own(template: TemplateShort, email: Optional[str], user_id: Optional[str]) -> bool:
    if user_id and template.user_id:
        return template.user_id == user_id
    return bool(email and template.user_email and email.lower() == template.user_email.lower())


def can_edit(role: str, template: TemplateShort, email: Optional[str], user_id: Optional[str] = None) -> bool:
    """Maintainers and owners edit any planned search of the project; contributors only their own."""
    role = normalise_role(role)
    if allowed(role, ProjectAction.RENAME_PROCESSING):  # maintainer or owner
        return True
    return allowed(role, ProjectAction.RUN) and is_own(template, email, user_id)


def why_not_edit(role: str, template: TemplateShort, email: Optional[str], user_id: Optional[str] = None) -> str:
    if can_edit(role, template, email, user_id):
        return ""
    role = normalise_role(role)
    if not allowed(role, ProjectAction.RUN):
        return why_not(role, ProjectAction.RUN)
    return _t(QT_TRANSLATE_NOOP("TemplateRules", "Your role in this project is {role}: you can change only the "
                                                 "planned searches you created.")).format(role=role)


def action_states(role: str, template: Optional[TemplateShort], email: Optional[str], user_id: Optional[str] = None,
                  now: Optional[datetime] = None) -> Dict[TemplateAction, ActionState]:
    """Every action on ``template`` (None: nothing selected) with the reason when it is not possible."""
    role = normalise_role(role)
    create = ActionState(allowed(role, ProjectAction.RUN), why_not(role, ProjectAction.RUN))
    if template is None:
        none = ActionState(False, _t(QT_TRANSLATE_NOOP("TemplateRules", "Select a planned search first.")))
        states = {action: none for action in TemplateAction}
        states[TemplateAction.CREATE] = create
        return states
    state = template_state(template, now)
    edit_reason = why_not_edit(role, template, email, user_id)
    editable = ActionState(not edit_reason, edit_reason)

    def when(condition: bool, reason: str) -> ActionState:
        if edit_reason:
            return editable
        return ActionState(True) if condition else ActionState(False, reason)

    ended = _t(QT_TRANSLATE_NOOP("TemplateRules", "The planned search ended on {until}; move its end date later to "
                                                  "resume it.")).format(until=format_time(template.active_until))
    if state is TemplateState.EXPIRED:
        resume = when(False, ended)
    else:
        resume = when(state in (TemplateState.PAUSED, TemplateState.WAITING),
                      _t(QT_TRANSLATE_NOOP("TemplateRules", "It is not paused.")))
    return {
        TemplateAction.OPEN: ActionState(True),
        TemplateAction.PAUSE: when(state in (TemplateState.SEARCHING, TemplateState.READY),
                                   ended if state is TemplateState.EXPIRED
                                   else _t(QT_TRANSLATE_NOOP("TemplateRules", "It is not searching."))),
        TemplateAction.RESUME: resume,
        TemplateAction.RESTART: when(state is TemplateState.FAILED, _t(QT_TRANSLATE_NOOP(
            "TemplateRules", "Only a failed planned search can be restarted."))),
        TemplateAction.RENAME: editable,
        TemplateAction.EXTEND: editable,
        TemplateAction.DELETE: editable,
        TemplateAction.EDIT_AOIS: editable,
        TemplateAction.MARK_SEEN: editable,
        TemplateAction.PROCESS: ActionState(allowed(role, ProjectAction.RUN), why_not(role, ProjectAction.RUN)),
        TemplateAction.CREATE: create,
    }


# --- checks of what the user types and draws -----------------------------------------------------------------------
_NAME_TEXTS = {
    False: (QT_TRANSLATE_NOOP("TemplateRules", "Give the planned search a name."),
            QT_TRANSLATE_NOOP("TemplateRules", "The name of the planned search is {length} characters long; at most "
                                               "{limit} are allowed."),
            QT_TRANSLATE_NOOP("TemplateRules", "The name of the planned search must not contain line breaks or "
                                               "tabs.")),
    True: (QT_TRANSLATE_NOOP("TemplateRules", "Give the area a name."),
           QT_TRANSLATE_NOOP("TemplateRules", "The name of the area is {length} characters long; at most {limit} "
                                              "are allowed."),
           QT_TRANSLATE_NOOP("TemplateRules", "The name of the area must not contain line breaks or tabs.")),
}


def name_problem(name: str, aoi: bool = False) -> Optional[str]:
    """Why ``name`` cannot name a planned search (``aoi``: one of its areas); None when it can: empty, over 64
    characters (the service's limit), or with control characters."""
    text = (name or "").strip()
    empty, too_long, control = _NAME_TEXTS[aoi]
    if not text:
        return _t(empty)
    if len(text) > MAX_NAME_LENGTH:
        return _t(too_long).format(length=len(text), limit=MAX_NAME_LENGTH)
    if _CONTROL.search(text):
        return _t(control)
    return None


def aoi_name_problem(name: str) -> Optional[str]:
    return name_problem(name, aoi=True)


def latest_end(now: Optional[datetime] = None) -> datetime:
    """The latest end date the service accepts, as the official plugin sends it: now + 180 days - 1 minute."""
    return default_active_until(_now(now))


def latest_end_day(now: Optional[datetime] = None) -> date:
    return latest_end(now).astimezone().date()


def end_of_day(day: date, now: Optional[datetime] = None) -> datetime:
    """The end of ``day`` in the local time zone, never later than :func:`latest_end` (the last allowed day ends
    at that moment)."""
    moment = datetime.combine(day, time(23, 59)).astimezone().astimezone(timezone.utc)
    return min(moment, latest_end(now))


def end_date_problem(moment: datetime, now: Optional[datetime] = None) -> Optional[str]:
    """Why a planned search cannot end at ``moment``: in the past, or more than six months ahead."""
    current = _now(now)
    if moment <= current:
        return describe_code("ACTIVE_UNTIL_IN_PAST", {}) or "ACTIVE_UNTIL_IN_PAST"
    if moment > current + timedelta(days=MAX_ACTIVE_DAYS):
        return _t(QT_TRANSLATE_NOOP("TemplateRules", "The end date of the planned search must be within six months "
                                                     "(until {date}).")).format(
            date=format_moment(latest_end_day(current), DATE))
    return None


def aois_problem(areas_km2: Sequence[float], template_area_limit_m2: Optional[float],
                 existing_km2: float = 0.0, existing_count: int = 0) -> Optional[str]:
    """Why these AOIs cannot be (added to) a planned search: none, an empty one, more than 100 in all, or all of
    them together over the account's ``templateAreaLimit`` (0 or absent: no limit)."""
    if not areas_km2:
        return describe_code("TEMPLATE_NEEDS_AOI", {}) or "TEMPLATE_NEEDS_AOI"
    if any(area <= 0 for area in areas_km2):
        return _t(QT_TRANSLATE_NOOP("TemplateRules", "An area of interest is empty or not a valid polygon; draw or "
                                                     "choose a polygon with an area."))
    count = existing_count + len(areas_km2)
    if count > MAX_AOIS:
        return _t(QT_TRANSLATE_NOOP("TemplateRules", "A planned search has at most {limit} areas ({count} "
                                                     "given).")).format(limit=MAX_AOIS, count=count)
    total_km2 = existing_km2 + sum(areas_km2)
    if template_area_limit_m2 and total_km2 * 1e6 > template_area_limit_m2:
        text = describe_code("TEMPLATE_AREA_LIMIT_EXCEEDED", {"area": total_km2 * 1e6,
                                                              "templateAreaLimit": template_area_limit_m2})
        return _t(QT_TRANSLATE_NOOP("TemplateRules", "{reason} Its areas would cover {area}.")).format(
            reason=text or "TEMPLATE_AREA_LIMIT_EXCEEDED", area=format_km2(total_km2))
    return None


# --- processing parameters kept with a planned search -------------------------------------------------------------
@dataclass(frozen=True)
class KeptParams:
    """What a planned search remembers for its processings: a model, its enabled options, and an imagery zoom."""

    model_id: Optional[str] = None
    model_name: Optional[str] = None
    enabled_blocks: Tuple[str, ...] = ()
    all_blocks: Tuple[str, ...] = ()  # every optional block of the model, to send each one's state
    zoom: Optional[int] = None

    @property
    def empty(self) -> bool:
        return not (self.model_id or self.model_name)

    def to_json(self) -> Dict[str, Any]:
        """``processingParams``: the keys of a processing body the service fills in from it (wdId, wdName,
        blocks, meta) and the zoom under ``params.sourceParams.imagerySearch``."""
        body: Dict[str, Any] = {"meta": {"source-app": "qgis"}}
        if self.model_id:
            body["wdId"] = self.model_id
        if self.model_name:
            body["wdName"] = self.model_name
        enabled = {name.lower() for name in self.enabled_blocks}
        if self.all_blocks:
            body["blocks"] = [{"name": name, "enabled": name.lower() in enabled} for name in self.all_blocks]
        if self.zoom is not None:
            body["params"] = {"sourceParams": {"imagerySearch": {"zoom": int(self.zoom)}}}
        return body

    @classmethod
    def from_json(cls, params: Optional[Mapping[str, Any]]) -> "KeptParams":
        """Tolerant: what the plugin wrote, or what another client did (unknown keys ignored)."""
        if not isinstance(params, Mapping):
            return cls()
        blocks = params.get("blocks") if isinstance(params.get("blocks"), list) else []
        names = [str(b.get("name")) for b in blocks if isinstance(b, Mapping) and b.get("name")]
        enabled = [str(b.get("name")) for b in blocks if isinstance(b, Mapping) and b.get("name") and b.get("enabled")]
        zoom = None
        try:
            search = params["params"]["sourceParams"]["imagerySearch"]
            zoom = int(search["zoom"]) if search.get("zoom") is not None else None
        except (KeyError, TypeError, ValueError, AttributeError):
            zoom = None
        model_id = params.get("wdId")
        model_name = params.get("wdName")
        return cls(str(model_id) if model_id else None, str(model_name) if model_name else None, tuple(enabled),
                   tuple(names), zoom)

    def describe(self) -> str:
        if self.empty:
            return ""
        text = self.model_name or self.model_id or ""
        if self.enabled_blocks:
            text += " (" + ", ".join(self.enabled_blocks) + ")"
        if self.zoom is not None:
            text += _t(QT_TRANSLATE_NOOP("TemplateRules", ", zoom {zoom}")).format(zoom=self.zoom)
        return text


# --- processings of a planned search, per AOI ----------------------------------------------------------------------
@dataclass(frozen=True)
class ProcessingEntry:
    """A processing of a planned search: the full one when the server listed it, else what the AOI says of it."""

    id: str
    name: str
    status: ProcessingStatus
    area_m2: Optional[int] = None
    processing: Optional[Processing] = None

    @property
    def is_terminal(self) -> bool:
        return self.processing.is_terminal if self.processing is not None else self.status in (
            ProcessingStatus.OK, ProcessingStatus.FAILED, ProcessingStatus.CANCELLED, ProcessingStatus.REFUNDED)


@dataclass(frozen=True)
class AoiGroup:
    aoi_id: Optional[str]  # None: processings over none of the AOIs
    name: str
    entries: Tuple[ProcessingEntry, ...]


def group_processings(template: Template, processings: Sequence[Processing]) -> List[AoiGroup]:
    """One group per AOI (in the template's order) with the processings over it, newest first; a processing over
    several AOIs is listed under each; those over none come last ("Other processings"). Every AOI has a group,
    empty ones included, so the tree shows where nothing was processed yet."""
    by_id = {p.id: p for p in processings}
    order = {p.id: index for index, p in enumerate(sorted(
        processings, key=lambda p: p.created or datetime.min.replace(tzinfo=timezone.utc), reverse=True))}
    placed = set()
    groups = []
    for aoi in template.aois:
        entries = []
        for linked in aoi.processings:
            full = by_id.get(linked.processing_id)
            if full is not None:
                entries.append(ProcessingEntry(full.id, full.name, full.status, full.aoi_area, full))
            else:
                entries.append(ProcessingEntry(linked.processing_id, linked.name, linked.status, linked.area))
            placed.add(linked.processing_id)
        entries.sort(key=lambda e: order.get(e.id, len(order)))
        groups.append(AoiGroup(aoi.id, aoi.name, tuple(entries)))
    rest = [ProcessingEntry(p.id, p.name, p.status, p.aoi_area, p) for p in processings if p.id not in placed]
    if rest:
        rest.sort(key=lambda e: order[e.id])
        groups.append(AoiGroup(None, _t(QT_TRANSLATE_NOOP("TemplateRules", "Other processings")), tuple(rest)))
    return groups


def aois_of_images(template: Template, images: Sequence[Any], only_aoi: Optional[str] = None) -> List[str]:
    """The AOIs a processing of ``images`` covers: the one the view is narrowed to, else every AOI the images were
    found over (``aoi_ids``), else all of the template's AOIs."""
    known = [aoi.id for aoi in template.aois]
    if only_aoi and only_aoi in known:
        return [only_aoi]
    found = {aoi_id for image in images for aoi_id in (getattr(image, "aoi_ids", None) or ())}
    chosen = [aoi_id for aoi_id in known if aoi_id in found]
    return chosen or known


def processing_label(template_name: str, aoi_names: Sequence[str]) -> str:
    """What the Start tab names the AOI of a processing from a planned search."""
    if len(aoi_names) == 1:
        return _t(QT_TRANSLATE_NOOP("TemplateRules", "planned search “{name}”, area “{aoi}”")).format(
            name=template_name, aoi=aoi_names[0])
    return _t(QT_TRANSLATE_NOOP("TemplateRules", "planned search “{name}”, {count} areas")).format(
        name=template_name, count=len(aoi_names))


def gone_text(name: str) -> str:
    """A planned search the server no longer knows (404): deleted, perhaps by a colleague."""
    return _t(QT_TRANSLATE_NOOP("TemplateRules", "The planned search “{name}” no longer exists (it was deleted, "
                                                 "perhaps by a colleague); its view is closed.")).format(name=name)


__all__ = ["AoiGroup", "COLUMN_TITLES", "KeptParams", "MAX_AOIS", "MAX_NAME_LENGTH", "NewScenes", "ProcessingEntry",
           "TemplateAction", "TemplateColumn", "TemplateRow", "TemplateState", "action_states", "aoi_name_problem",
           "aois_of_images", "aois_problem", "build_template_row", "build_template_rows", "can_edit", "column_title",
           "end_date_problem", "end_of_day", "gone_text", "group_processings", "is_own", "is_watching",
           "latest_end", "latest_end_day", "name_problem", "new_scene_news", "processing_label", "state_label",
           "state_tip", "template_state", "waiting_summary", "why_not_edit"]
