"""Local cost estimate (contract section 5) and the cost-preview coordinator (QGIS-free).

The server's ``/processing/cost`` answer stays the authority; the estimate lets the dock show a price per zoom and
per option instantly, and the coordinator decides when to ask the server and which answer to show.

Rules: cost = billable area × (model price + data price), rounded up to whole credits; an AOI under 1 km² is
billed as 1 km² (the rule applies to the processing's total area). The model price is the sum of the
non-optional block prices plus the enabled optional ones; a model without blocks uses ``pricePerSqKm``. The data
price is the provider's price at the zoom, and 0 for own imagery (My Imagery, GeoTIFF) and custom URLs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple

from ..api.models.user import DataProvider, WorkflowDef

MIN_BILLABLE_AREA_KM2 = 1.0
# Float products such as 3.0 × 0.1 land a hair above the integer; never round those up to the next credit.
_CEIL_TOLERANCE = 1e-9

# Contract 3.8: every model but tree crowns recommends zoom 18; a request without a zoom is processed (and charged)
# at it, within the zooms the provider serves. The sandbox applies the same rule (sandbox.catalog.working_zoom).
RECOMMENDED_ZOOM = 18


def ceil_credits(value: float) -> int:
    return int(math.ceil(value - _CEIL_TOLERANCE)) if value > 0 else 0


@dataclass(frozen=True)
class BlockPrice:
    name: str
    price: float  # credits per km²
    optional: bool = True
    display_name: str = ""


@dataclass(frozen=True)
class ModelPrice:
    """A model's prices: ``base`` is ``pricePerSqKm``; ``blocks`` maps a block name to its price.

    ``optional_blocks`` names the blocks the user may switch; the others are always charged. When ``blocks`` is
    empty the model costs ``base``.
    """

    base: float
    blocks: Mapping[str, float] = field(default_factory=dict)
    optional_blocks: frozenset = frozenset()

    @classmethod
    def from_blocks(cls, base: float, blocks: Iterable[BlockPrice]) -> "ModelPrice":
        block_list = list(blocks)
        return cls(base=base, blocks={b.name: b.price for b in block_list},
                   optional_blocks=frozenset(b.name for b in block_list if b.optional))

    def required_price(self) -> float:
        return math.fsum(price for name, price in self.blocks.items() if name not in self.optional_blocks)

    def price_per_km2(self, enabled: Iterable[str] = ()) -> float:
        if not self.blocks:
            return self.base
        enabled_lower = {name.lower() for name in enabled}
        options = math.fsum(price for name, price in self.blocks.items()
                            if name in self.optional_blocks and name.lower() in enabled_lower)
        return self.required_price() + options

    def block_prices(self, enabled: Iterable[str] = ()) -> Dict[str, float]:
        """Per-block price that this selection pays (required blocks always, options when enabled)."""
        enabled_lower = {name.lower() for name in enabled}
        return {name: price for name, price in self.blocks.items()
                if name not in self.optional_blocks or name.lower() in enabled_lower}


@dataclass(frozen=True)
class ProviderPrice:
    name: str
    prices_by_zoom: Mapping[int, float] = field(default_factory=dict)
    min_area_sq_km: float = 0.0
    display_name: str = ""

    def price_at(self, zoom: Optional[int]) -> float:
        """Price per km² at ``zoom``; no zoom means the zoom the server then works at (``working_zoom``); an
        unlisted zoom costs as the next listed zoom up (never cheaper than what was asked), or the best one above
        them all."""
        if not self.prices_by_zoom:
            return 0.0
        zooms = sorted(self.prices_by_zoom)
        if zoom is None:
            zoom = self.working_zoom()
        if zoom in self.prices_by_zoom:
            return self.prices_by_zoom[zoom]
        higher = [z for z in zooms if z >= zoom]
        return self.prices_by_zoom[higher[0] if higher else zooms[-1]]


    def working_zoom(self) -> int:
        """The zoom a processing without a zoom runs and is charged at: the models' recommended zoom
        (``RECOMMENDED_ZOOM``), kept within the zooms this provider lists."""
        zooms = sorted(self.prices_by_zoom) or [RECOMMENDED_ZOOM]
        return min(max(RECOMMENDED_ZOOM, zooms[0]), zooms[-1])


def model_price(model: WorkflowDef) -> ModelPrice:
    """The price book of an api model (``pricePerSqKm`` and its blocks)."""
    return ModelPrice.from_blocks(model.price_per_sq_km, (
        BlockPrice(b.name, b.price, b.optional, b.display_name) for b in model.blocks))


def provider_price(provider: DataProvider) -> ProviderPrice:
    """The price book of an api data provider (price per zoom, minimum area)."""
    prices: Dict[int, float] = {p.zoom: p.price_sq_km for p in provider.prices}
    return ProviderPrice(provider.name, prices, provider.min_area_sq_km, provider.display_name)


class ImageryKind(str, Enum):
    PROVIDER = "PROVIDER"  # a data provider from /user/status (and imagery search results)
    MY_IMAGERY = "MY_IMAGERY"  # uploaded GeoTIFFs, mosaics
    CUSTOM_URL = "CUSTOM_URL"  # XYZ/TMS/Quadkey URL of the user


@dataclass(frozen=True)
class ImageryChoice:
    kind: ImageryKind
    provider: Optional[ProviderPrice] = None
    zoom: Optional[int] = None

    def data_price_per_km2(self) -> float:
        if self.kind is not ImageryKind.PROVIDER or self.provider is None:
            return 0.0
        return self.provider.price_at(self.zoom)


@dataclass(frozen=True)
class CostEstimate:
    area_km2: float
    billable_area_km2: float
    model_price_per_km2: float
    data_price_per_km2: float
    credits: int
    block_credits: Dict[str, float]  # what each paid block adds, before the final round-up
    data_credits: float


def billable_area_km2(area_km2: float) -> float:
    if area_km2 <= 0:
        return 0.0
    return max(area_km2, MIN_BILLABLE_AREA_KM2)


def estimate(area_km2: float, model: ModelPrice, enabled_blocks: Iterable[str],
             imagery: ImageryChoice) -> CostEstimate:
    enabled = list(enabled_blocks)
    area = billable_area_km2(area_km2)
    model_price = model.price_per_km2(enabled)
    data_price = imagery.data_price_per_km2()
    return CostEstimate(
        area_km2=area_km2,
        billable_area_km2=area,
        model_price_per_km2=model_price,
        data_price_per_km2=data_price,
        credits=ceil_credits(area * (model_price + data_price)),
        block_credits={name: area * price for name, price in model.block_prices(enabled).items()},
        data_credits=area * data_price,
    )


def price_by_zoom(area_km2: float, model: ModelPrice, enabled_blocks: Iterable[str],
                  provider: ProviderPrice) -> List[Tuple[int, int]]:
    """(zoom, credits) for every zoom the provider lists, for a zoom picker."""
    enabled = list(enabled_blocks)
    return [(zoom, estimate(area_km2, model, enabled, ImageryChoice(ImageryKind.PROVIDER, provider, zoom)).credits)
            for zoom in sorted(provider.prices_by_zoom)]


def option_surcharges(area_km2: float, model: ModelPrice) -> Dict[str, int]:
    """Credits each optional block would add on its own, for labels like "Classification (+4 credits)"."""
    area = billable_area_km2(area_km2)
    return {name: ceil_credits(area * price) for name, price in model.blocks.items()
            if name in model.optional_blocks}


# --- cost preview coordinator ---------------------------------------------------------------------------------
class PreviewStatus(str, Enum):
    IDLE = "IDLE"  # nothing asked yet, or cleared
    WAITING = "WAITING"  # edits are settling (debounce)
    IN_FLIGHT = "IN_FLIGHT"  # the latest inputs were sent, no answer yet
    SHOWN = "SHOWN"  # the answer for the latest inputs is shown
    FAILED = "FAILED"  # the latest request failed; ``error`` says why


@dataclass(frozen=True)
class PreviewState:
    status: PreviewStatus
    ticket: int  # the ticket of the latest edit
    answer: Any = None  # the answer shown (only ever for the latest ticket)
    error: str = ""


@dataclass(frozen=True)
class DebouncePolicy:
    """Send once edits have paused for ``quiet_s``, but never make a continuous stream of edits wait more than
    ``max_wait_s`` (so a long slider drag still refreshes the price once on the way)."""

    quiet_s: float = 0.6
    max_wait_s: float = 1.5


class CostPreview:
    """Turns a stream of edits into few cost requests and shows only the answer to the newest edit.

    Qt-free: the caller passes a clock and a ``send(ticket, inputs)`` callable, arms a timer for ``due_at()`` and
    calls ``poll()`` when it fires; answers come back through ``deliver``/``fail`` with the ticket they were sent
    with. An answer for any ticket other than the latest edit's is dropped.
    """

    def __init__(self, send: Callable[[int, Any], None], clock: Callable[[], float],
                 policy: DebouncePolicy = DebouncePolicy()):
        self._send = send
        self._clock = clock
        self._policy = policy
        self._latest_ticket = 0
        self._pending_inputs: Any = None
        self._has_pending = False
        self._first_edit_at: Optional[float] = None
        self._last_edit_at: Optional[float] = None
        self._state = PreviewState(PreviewStatus.IDLE, 0)
        self.sent_count = 0

    @property
    def state(self) -> PreviewState:
        return self._state

    def request(self, inputs: Any) -> int:
        """Record an edit; returns its ticket. Nothing is sent until ``poll`` finds the debounce elapsed."""
        now = self._clock()
        self._latest_ticket += 1
        self._pending_inputs = inputs
        self._has_pending = True
        if self._first_edit_at is None:
            self._first_edit_at = now
        self._last_edit_at = now
        self._state = PreviewState(PreviewStatus.WAITING, self._latest_ticket, self._state.answer)
        return self._latest_ticket

    def clear(self) -> None:
        """Inputs became unusable (e.g. no AOI): forget pending work and drop any answer still on its way."""
        self._latest_ticket += 1
        self._has_pending = False
        self._pending_inputs = None
        self._first_edit_at = self._last_edit_at = None
        self._state = PreviewState(PreviewStatus.IDLE, self._latest_ticket)

    def hold(self) -> None:
        """The inputs are being recomputed (an AOI is read again): drop the pending inputs and any answer on its
        way, as ``clear`` does, but keep the time the burst of edits began, so that a stream of edits still gets a
        price within ``max_wait_s`` once the inputs are known again."""
        first = self._first_edit_at
        self.clear()
        self._first_edit_at = first

    def due_at(self) -> Optional[float]:
        """Clock time at which ``poll`` should next run, or None when nothing waits."""
        if not self._has_pending:
            return None
        return min(self._last_edit_at + self._policy.quiet_s, self._first_edit_at + self._policy.max_wait_s)

    def poll(self) -> Optional[int]:
        """Send the pending inputs if their time has come; returns the ticket sent, if any."""
        due = self.due_at()
        if due is None or self._clock() < due:
            return None
        ticket, inputs = self._latest_ticket, self._pending_inputs
        self._has_pending = False
        self._pending_inputs = None
        self._first_edit_at = self._last_edit_at = None
        self._state = PreviewState(PreviewStatus.IN_FLIGHT, ticket, self._state.answer)
        self.sent_count += 1
        self._send(ticket, inputs)
        return ticket

    def deliver(self, ticket: int, answer: Any) -> bool:
        """An answer arrived; shown only if it answers the latest edit. Returns whether it is shown."""
        if ticket != self._latest_ticket:
            return False
        self._state = PreviewState(PreviewStatus.SHOWN, ticket, answer)
        return True

    def fail(self, ticket: int, error: str) -> bool:
        if ticket != self._latest_ticket:
            return False
        self._state = PreviewState(PreviewStatus.FAILED, ticket, None, error)
        return True
