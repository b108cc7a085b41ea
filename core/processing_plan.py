"""From the user's choices to a validated ``ProcessingRequest`` with its reasons and price (QGIS-free).

The one place that decides whether a processing may start: the dock's start and cost sections call it on every
change, and a Processing-toolbox algorithm calls it with the same inputs (a model with its enabled options, the
AOI as GeoJSON plus its ``AoiSummary`` from ``layers.aoi``, the imagery source, a name, the project and the
account). No widget, no Qt: the answer is a :class:`ProcessingPlan`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, List, Mapping, Optional, Tuple

from ..api.errors import MapflowError
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models import ProcessingRequest
from ..api.models.sources import DataProviderSource, SourceParams
from ..api.models.user import DataProvider, WorkflowDef
from . import pricing
from .account import CostBasis, account_limits, billing_type, cost_basis
from .aoi_rules import AoiSummary, validate
from .reasons import Reason, ReasonCode, Severity
from .roles import ProjectAction, allowed, why_not
from .search_rules import AoiCrop, crop_reasons

CONTEXT = "MapflowPlan"
SOURCE_APP = "qgis"  # meta "source-app" of every processing the plugin creates


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class ModelPick:
    """A model with the names of its optional blocks the user switched on."""

    model: WorkflowDef
    enabled_blocks: Tuple[str, ...] = ()

    @property
    def price(self) -> pricing.ModelPrice:
        return pricing.model_price(self.model)

    @property
    def price_per_km2(self) -> float:
        return self.price.price_per_km2(self.enabled_blocks)

    @property
    def base_price_per_km2(self) -> float:
        """Without options: the required blocks, or ``pricePerSqKm`` for a model without blocks."""
        return self.price.price_per_km2(())

    def enabled_labels(self) -> List[str]:
        wanted = {name.lower() for name in self.enabled_blocks}
        return [b.display_name for b in self.model.optional_blocks if b.name.lower() in wanted]


@dataclass(frozen=True)
class SourcePick:
    """The imagery: API source params when usable, otherwise ``problem`` says what is missing."""

    params: Optional[SourceParams] = None
    label: str = ""  # e.g. "Sandbox demo imagery, zoom 18", for the confirmation
    provider: Optional[DataProvider] = None  # set for data providers: price per zoom and minimum area
    zoom: Optional[int] = None
    problem: str = ""
    # scenes of an imagery search: their footprints (GeoJSON); the AOI is cut to their union before pricing/start
    footprints: Tuple[Mapping[str, Any], ...] = ()
    # scenes a planned search found: the processing is started through that planned search (contract 2.8)
    template_id: Optional[str] = None

    @property
    def usable(self) -> bool:
        return self.params is not None and not self.problem

    @property
    def meta_source(self) -> str:
        if isinstance(self.params, DataProviderSource):
            return self.params.provider_name.lower()
        return type(self.params).key if self.params is not None else ""


@dataclass(frozen=True)
class CostState:
    """What is known of the server's price: the credits, or why not (yet)."""

    credits: Optional[int] = None
    problem: str = ""  # the server could not price it; empty while simply waiting

    @property
    def known(self) -> bool:
        return self.credits is not None


@dataclass(frozen=True)
class ProcessingPlan:
    """The request (None when a part is missing), every reason against a start, and the price."""

    request: Optional[ProcessingRequest]
    reasons: Tuple[Reason, ...]
    estimate: Optional[pricing.CostEstimate]  # the price book's estimate (contract section 5)
    basis: CostBasis
    cost: CostState

    @property
    def blocking_reasons(self) -> Tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.blocking)

    @property
    def warnings(self) -> Tuple[Reason, ...]:
        return tuple(r for r in self.reasons if not r.blocking)

    @property
    def can_start(self) -> bool:
        return self.request is not None and not self.blocking_reasons


def default_name(model_name: str, now: Optional[datetime] = None) -> str:
    """e.g. "🏠 Buildings 2024-05-01 14:30"."""
    return f"{model_name} {(now or datetime.now()).strftime('%Y-%m-%d %H:%M')}".strip()


def missing_parts(model: Optional[ModelPick], aoi_summary: Optional[AoiSummary], source: Optional[SourcePick],
                  aoi_pending: bool = False, aoi_crop: Optional[AoiCrop] = None) -> List[Reason]:
    """What keeps a cost or a start from being asked for at all, as reasons. ``aoi_pending``: the AOI is being
    read (its summary is not known yet). ``aoi_crop``: the AOI was cut to the chosen scenes (nothing left of it
    is a missing part)."""
    reasons = []
    if aoi_pending:
        reasons.append(_error(ReasonCode.NO_POLYGON, QT_TRANSLATE_NOOP("MapflowPlan", "Reading the area of interest…")))
    elif aoi_summary is None:
        reasons.append(_error(ReasonCode.NO_POLYGON, QT_TRANSLATE_NOOP("MapflowPlan", "Choose an area of interest.")))
    if model is None:
        reasons.append(_error(ReasonCode.NO_MODEL, QT_TRANSLATE_NOOP("MapflowPlan", "Choose a model.")))
    if source is None:
        reasons.append(_error(ReasonCode.NO_SOURCE, QT_TRANSLATE_NOOP("MapflowPlan", "Choose the imagery.")))
    elif source.problem:
        reasons.append(Reason(ReasonCode.NO_SOURCE, Severity.ERROR, source.problem))
    if not aoi_pending and aoi_summary is not None:
        reasons.extend(r for r in crop_reasons(aoi_crop) if r.blocking)
    return reasons


def build_request(model: ModelPick, aoi_geojson: Mapping[str, Any], source: SourcePick, name: str,
                  project_id: Optional[str], plugin_version: str = "") -> ProcessingRequest:
    """The API body for these choices (every optional block listed); raises ``InvalidRequestError``."""
    meta = {"source-app": SOURCE_APP, "source": source.meta_source}
    if plugin_version:
        meta["version"] = plugin_version
    return ProcessingRequest.for_model(model.model, dict(aoi_geojson), source.params, model.enabled_blocks,
                                       name=name, project_id=project_id, meta=meta)


def local_estimate(area_km2: float, model: ModelPick, source: SourcePick) -> pricing.CostEstimate:
    kind = pricing.ImageryKind.PROVIDER if source.provider is not None else pricing.ImageryKind.CUSTOM_URL
    provider = pricing.provider_price(source.provider) if source.provider is not None else None
    return pricing.estimate(area_km2, model.price, model.enabled_blocks,
                            pricing.ImageryChoice(kind, provider, source.zoom))


def plan_processing(*, model: Optional[ModelPick], aoi_geojson: Optional[Mapping[str, Any]],
                    aoi_summary: Optional[AoiSummary], source: Optional[SourcePick], user_status: Any,
                    aoi_pending: bool = False,
                    project: Any = None, role: Optional[str] = None, email: Optional[str] = None, name: str = "",
                    cost: CostState = CostState(), cost_required: bool = True,
                    plugin_version: str = "", aoi_crop: Optional[AoiCrop] = None) -> ProcessingPlan:
    """Everything a start needs, checked.

    For scenes of an imagery search, ``aoi_geojson`` and ``aoi_summary`` describe the AOI already cut to the
    scenes' footprints and ``aoi_crop`` what the cut took (a warning naming the lost area; nothing left refuses).

    ``role`` defaults to the role of ``email`` in ``project``. ``cost`` is what the server said for the current
    choices; with ``cost_required`` an account billed in credits cannot start before the server priced it (a
    cost that cannot be computed blocks the start). An empty ``name`` becomes :func:`default_name`.
    """
    basis = cost_basis(billing_type(user_status))
    reasons: List[Reason] = []
    if project is None:
        reasons.append(_error(ReasonCode.NO_PROJECT, QT_TRANSLATE_NOOP("MapflowPlan", "Choose a project.")))
    else:
        role = role if role is not None else project.role_of(email).value
        if not allowed(role, ProjectAction.RUN):
            reasons.append(Reason(ReasonCode.ROLE, Severity.ERROR, why_not(role, ProjectAction.RUN)))
    if reasons:  # no project, or a role that may not run processings: nothing else matters yet
        return ProcessingPlan(None, tuple(reasons), None, basis, cost)
    missing = missing_parts(model, aoi_summary, source, aoi_pending, aoi_crop)
    if missing:
        return ProcessingPlan(None, tuple(missing), None, basis, cost)

    provider = pricing.provider_price(source.provider) if source.provider is not None else None
    aoi_reasons = validate(aoi_summary, account_limits(user_status, project), provider,
                           cost.credits if basis is CostBasis.SERVER else None)
    usable_aoi = aoi_summary.part_count > 0 and aoi_geojson is not None
    estimate = local_estimate(aoi_summary.total_area_km2, model, source) if usable_aoi else None
    request = None
    if usable_aoi:
        try:
            request = build_request(model, aoi_geojson, source, name.strip() or default_name(model.model.name),
                                    project.id, plugin_version)
        except MapflowError as error:  # an option the model does not know, an empty geometry...
            reasons.append(Reason(ReasonCode.NO_MODEL, Severity.ERROR, str(error)))
    errors = [r for r in aoi_reasons if r.blocking] + reasons
    if cost_required and basis is CostBasis.SERVER and not cost.known and not errors:
        errors.append(_cost_unknown(cost.problem))
    warnings = [r for r in aoi_reasons + crop_reasons(aoi_crop) if not r.blocking]
    return ProcessingPlan(request, tuple(errors + warnings), estimate, basis, cost)


def _cost_unknown(problem: str) -> Reason:
    if problem:
        text = _t(QT_TRANSLATE_NOOP(
            "MapflowPlan", "The cost could not be computed ({reason}); Start waits until the server prices it."
        )).format(reason=problem.rstrip("."))
    else:
        text = _t(QT_TRANSLATE_NOOP("MapflowPlan", "Waiting for the server to compute the cost."))
    return Reason(ReasonCode.COST_UNKNOWN, Severity.ERROR, text, {"problem": problem})


def _error(code: ReasonCode, text: str) -> Reason:
    return Reason(code, Severity.ERROR, _t(text))
