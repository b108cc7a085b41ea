"""The processing the user is putting together: area of interest, model with options, imagery source.

The AOI, model and source controllers each fill one part; the cost and start controllers read the whole and listen
to ``changed``. Also the small conversions from API objects to the QGIS-free rule inputs of ``core``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..api.models import CostRequest, ProcessingRequest
from ..api.models.sources import DataProviderSource, SourceParams
from ..api.models.user import DataProvider, WorkflowDef
from ..core import pricing
from ..core.aoi_rules import AccountLimits, BillingType
from ..integration.messages import tr
from ..layers.aoi import AoiSelection

SOURCE_APP = "qgis"


@dataclass(frozen=True)
class ModelPick:
    model: WorkflowDef
    enabled_blocks: Tuple[str, ...] = ()  # names of the optional blocks switched on

    @property
    def price_per_km2(self) -> float:
        return self.model.price_with(self.enabled_blocks)

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

    @property
    def usable(self) -> bool:
        return self.params is not None and not self.problem

    @property
    def meta_source(self) -> str:
        if isinstance(self.params, DataProviderSource):
            return self.params.provider_name.lower()
        return type(self.params).key if self.params is not None else ""


class ProcessingDraft(QObject):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.aoi: Optional[AoiSelection] = None
        self.aoi_busy = False  # an AOI is being read; what is shown may be stale
        self.model: Optional[ModelPick] = None
        self.source: Optional[SourcePick] = None

    def set_aoi(self, selection: Optional[AoiSelection]) -> None:
        self.aoi = selection
        self.aoi_busy = False
        self.changed.emit()

    def set_aoi_busy(self, busy: bool) -> None:
        if self.aoi_busy != busy:
            self.aoi_busy = busy
            self.changed.emit()

    def set_model(self, pick: Optional[ModelPick]) -> None:
        if pick != self.model:
            self.model = pick
            self.changed.emit()

    def set_source(self, pick: Optional[SourcePick]) -> None:
        if pick != self.source:
            self.source = pick
            self.changed.emit()

    # --- reading --------------------------------------------------------------------------------------------
    def missing(self) -> List[str]:
        """What still keeps a cost or a start from being asked for, as sentences for the user."""
        texts = []
        if self.aoi_busy:
            texts.append(tr("Reading the area of interest…"))
        elif self.aoi is None:
            texts.append(tr("Choose an area of interest."))
        if self.model is None:
            texts.append(tr("Choose a model."))
        if self.source is None:
            texts.append(tr("Choose the imagery."))
        elif self.source.problem:
            texts.append(self.source.problem)
        return texts

    @property
    def complete(self) -> bool:
        return not self.missing() and self.aoi is not None and self.aoi.usable

    def area_km2(self) -> float:
        return self.aoi.total_area_km2 if self.aoi is not None else 0.0

    def cost_request(self, project_id: Optional[str]) -> CostRequest:
        return self.processing_request("cost preview", project_id, "").to_cost_request()

    def processing_request(self, name: str, project_id: Optional[str], plugin_version: str) -> ProcessingRequest:
        meta = {"source-app": SOURCE_APP, "source": self.source.meta_source}
        if plugin_version:
            meta["version"] = plugin_version
        return ProcessingRequest.for_model(self.model.model, self.aoi.to_geojson(), self.source.params,
                                           self.model.enabled_blocks, name=name, project_id=project_id, meta=meta)

    def local_estimate(self) -> Optional[pricing.CostEstimate]:
        """The price book's estimate (contract section 5), shown while the server's answer is on its way."""
        if not self.complete:
            return None
        kind = pricing.ImageryKind.PROVIDER if self.source.provider is not None else pricing.ImageryKind.CUSTOM_URL
        provider = provider_price(self.source.provider) if self.source.provider is not None else None
        return pricing.estimate(self.area_km2(), model_price(self.model.model), self.model.enabled_blocks,
                                pricing.ImageryChoice(kind, provider, self.source.zoom))


# --- API objects → rule inputs ----------------------------------------------------------------------------------
def billing_type(user_status) -> BillingType:
    """The rules' billing type from an api UserStatus (absent means AREA, contract section 2.1)."""
    value = getattr(user_status, "billing_type", None)
    return BillingType.parse(getattr(value, "value", value))


def account_limits(session) -> AccountLimits:
    """Limits of the signed-in account; the AOI limit is the project owner's (contract section 2.2)."""
    status = session.user_status
    project_user = getattr(session.project, "user", None)
    aoi_limit = getattr(project_user, "aoi_area_limit", None)
    return AccountLimits(billing_type=billing_type(status), remaining_credits=status.remaining_credits,
                         remaining_area_m2=status.remaining_area, aoi_area_limit_m2=aoi_limit,
                         max_aois=status.max_aois_per_processing)


def provider_price(provider: DataProvider) -> pricing.ProviderPrice:
    prices: Dict[int, float] = {p.zoom: p.price_sq_km for p in provider.prices}
    return pricing.ProviderPrice(provider.name, prices, provider.min_area_sq_km, provider.display_name)


def model_price(model: WorkflowDef) -> pricing.ModelPrice:
    return pricing.ModelPrice.from_blocks(model.price_per_sq_km, (
        pricing.BlockPrice(b.name, b.price, b.optional, b.display_name) for b in model.blocks))
