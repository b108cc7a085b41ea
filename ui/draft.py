"""The processing the user is putting together, shared by the dock's sections: area of interest, model with options,
imagery source, and what is known of its cost.

The AOI, model and source controllers each fill one part (``changed``) and the cost controller the cost
(``cost_changed``). The rules (what is missing, what blocks a start, the request body, the price) are
``core.processing_plan``'s; the draft only holds the parts and hands them over. Scenes of an imagery search carry
their footprints: the AOI that is priced and processed is then the user's AOI cut to them (``processed_aoi``,
computed once per AOI and scene choice).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..api.models import CostRequest
from ..core import pricing
from ..core.processing_plan import (CostState, ModelPick, ProcessingPlan, SourcePick, build_request, local_estimate,
                                    missing_parts, plan_processing)
from ..core.search_rules import AoiCrop
from ..layers.aoi import AoiSelection
from ..layers.aoi_crop import crop_selection

__all__ = ["CostView", "ModelPick", "ProcessingDraft", "SourcePick"]


@dataclass(frozen=True)
class CostView:
    """The cost line: the credits to compare with the balance, and the text shown."""

    credits: Optional[int]  # the server's answer, or the local estimate until it arrives; None if unknown
    text: str
    final: bool  # the server's answer for the current draft (or nothing to ask)
    problem: str = ""  # why the server could not price it

    @property
    def state(self) -> CostState:
        return CostState(self.credits if self.final else None, self.problem)


NO_COST = CostView(None, "—", True)


class ProcessingDraft(QObject):
    changed = pyqtSignal()  # the AOI, the model or the source changed
    cost_changed = pyqtSignal()  # the cost line changed (set by the cost section)
    name_suggested = pyqtSignal(str)  # a name for the processing (a duplicate's "<name> (copy)"); Start shows it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.aoi: Optional[AoiSelection] = None
        self.aoi_busy = False  # an AOI is being read; what is shown may be stale
        self.model: Optional[ModelPick] = None
        self.source: Optional[SourcePick] = None
        self.cost: CostView = NO_COST
        self._geojson = None  # (selection, its GeoJSON): built once per AOI, it can be large
        self._crop = None  # (selection, footprints, cut selection, AoiCrop)

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

    def suggest_name(self, name: str) -> None:
        self.name_suggested.emit(name)

    def set_cost(self, view: CostView) -> None:
        if view != self.cost:
            self.cost = view
            self.cost_changed.emit()

    # --- reading --------------------------------------------------------------------------------------------
    def processed_aoi(self) -> Optional[AoiSelection]:
        """The AOI a processing would cover: the user's, or for found scenes the user's cut to their footprints."""
        footprints = self.source.footprints if self.source is not None else ()
        if self.aoi is None or not footprints:
            return self.aoi
        return self._cut(footprints)[0]

    def aoi_crop(self) -> Optional[AoiCrop]:
        """What cutting the AOI to the chosen scenes took; None when nothing is cut."""
        footprints = self.source.footprints if self.source is not None else ()
        if self.aoi is None or not footprints or not self.aoi.usable:
            return None
        return self._cut(footprints)[1]

    def _cut(self, footprints):
        if self._crop is None or self._crop[0] is not self.aoi or self._crop[1] != footprints:
            cut, crop = crop_selection(self.aoi, footprints)
            self._crop = (self.aoi, footprints, cut, crop)
        return self._crop[2], self._crop[3]

    def missing(self) -> List[str]:
        """What still keeps a cost or a start from being asked for, as sentences for the user."""
        aoi = self.processed_aoi()
        summary = aoi.summary() if aoi is not None else None
        return [r.text for r in missing_parts(self.model, summary, self.source, aoi_pending=self.aoi_busy,
                                              aoi_crop=None if self.aoi_busy else self.aoi_crop())]

    @property
    def complete(self) -> bool:
        aoi = self.processed_aoi()
        return not self.missing() and aoi is not None and aoi.usable

    def area_km2(self) -> float:
        aoi = self.processed_aoi()
        return aoi.total_area_km2 if aoi is not None else 0.0

    def aoi_geojson(self):
        aoi = self.processed_aoi()
        if aoi is None:
            return None
        if self._geojson is None or self._geojson[0] is not aoi:
            self._geojson = (aoi, aoi.to_geojson())
        return self._geojson[1]

    def plan(self, session, name: str = "", plugin_version: str = "", cost_required: bool = True) -> ProcessingPlan:
        """Every reason against a start and the request, by ``core.processing_plan``."""
        busy = self.aoi_busy
        aoi = None if busy else self.processed_aoi()
        return plan_processing(model=self.model, aoi_geojson=None if busy else self.aoi_geojson(),
                               aoi_summary=None if aoi is None else aoi.summary(),
                               aoi_pending=busy, source=self.source, user_status=session.user_status,
                               project=session.project, role=session.role, email=session.email, name=name,
                               cost=self.cost.state, cost_required=cost_required, plugin_version=plugin_version,
                               aoi_crop=None if busy else self.aoi_crop())

    def cost_request(self, project_id: Optional[str]) -> CostRequest:
        return build_request(self.model, self.aoi_geojson(), self.source, "cost preview", project_id
                             ).to_cost_request()

    def local_estimate(self) -> Optional[pricing.CostEstimate]:
        """The price book's estimate (contract section 5), shown while the server's answer is on its way."""
        if not self.complete:
            return None
        return local_estimate(self.area_km2(), self.model, self.source)
