"""Account data: ``/user/status`` with models (workflow definitions), data providers and teams."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, List, Optional, Tuple

from ._fields import Fields, enum_value


class BillingType(str, enum.Enum):
    """How the account pays (contract 2.1): credits, area, or not billed. What each means for a processing's
    cost is a plugin rule (``core.account``)."""

    CREDITS = "CREDITS"
    AREA = "AREA"
    NONE = "NONE"

    @classmethod
    def parse(cls, value: Any, default: Optional["BillingType"] = None) -> "BillingType":
        """Case-insensitive; absent or unknown gives ``default``, AREA unless told (contract 2.1)."""
        return enum_value(cls, value, cls.AREA if default is None else default)


@dataclass(frozen=True)
class Block:
    """An option (block) of a model; optional blocks can be switched on and off per processing."""

    name: str
    display_name: str
    optional: bool
    price: float  # credits per km²

    @classmethod
    def from_json(cls, data: Any) -> "Block":
        f = Fields(data, "model block")
        name = f.required_text("name")
        return cls(name=name, display_name=f.text("displayName", default=name) or name,
                   optional=f.flag("optional"), price=f.number("price", default=0.0) or 0.0)


@dataclass(frozen=True)
class WorkflowDef:
    """A model (workflow definition) with its prices and option blocks, as the API sends them. ``Model`` is the
    same thing. What a choice of options costs is a plugin rule: ``core.pricing.model_price``."""

    id: str
    name: str
    description: Optional[str] = None
    price_per_sq_km: float = 0.0
    blocks: Tuple[Block, ...] = ()
    created: Optional[datetime] = None
    updated: Optional[datetime] = None

    @classmethod
    def from_json(cls, data: Any) -> "WorkflowDef":
        f = Fields(data, "model")
        return cls(id=f.required_text("id"), name=f.required_text("name", "wdName"),
                   description=f.text("description"), price_per_sq_km=f.number("pricePerSqKm", default=0.0) or 0.0,
                   blocks=tuple(f.items(Block.from_json, "blocks")),
                   created=f.timestamp("created"), updated=f.timestamp("updated"))

    @property
    def optional_blocks(self) -> Tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.optional)

    def block(self, name: str) -> Optional[Block]:
        for b in self.blocks:
            if b.name.lower() == name.lower():
                return b
        return None


Model = WorkflowDef


@dataclass(frozen=True)
class ProviderPrice:
    zoom: int
    price_sq_km: float


@dataclass(frozen=True)
class DataProvider:
    """A basemap-type imagery source (``name`` is the API name sent as ``providerName``); its price at a zoom is
    a plugin rule: ``core.pricing.provider_price``."""

    id: str
    name: str
    display_name: str
    prices: Tuple[ProviderPrice, ...] = ()
    preview_url: Optional[str] = None
    preview_url_max_zoom: Optional[int] = None
    min_area_sq_km: float = 0.0

    @classmethod
    def from_json(cls, data: Any) -> "DataProvider":
        f = Fields(data, "data provider")
        name = f.required_text("name")
        return cls(id=f.text("id", default=name) or name, name=name,
                   display_name=f.text("displayName", default=name) or name,
                   prices=tuple(_prices(f)), preview_url=f.text("previewUrl"),
                   preview_url_max_zoom=f.integer("previewUrlMaxZoom"),
                   min_area_sq_km=f.number("minAreaSqKm", "minAreaSqkm", default=0.0) or 0.0)

    @property
    def zooms(self) -> Tuple[int, ...]:
        return tuple(sorted(p.zoom for p in self.prices))


def _prices(f: Fields) -> List[ProviderPrice]:
    value = f.raw("price", "prices")
    if isinstance(value, (int, float, str)):  # a flat price with no zoom table
        flat = Fields({"p": value}, "data provider price").number("p")
        return [] if flat is None else [ProviderPrice(zoom=0, price_sq_km=flat)]
    out = []
    for item in f.items(lambda x: Fields(x, "data provider price"), "price", "prices"):
        zoom = item.integer("zoom")
        price = item.number("priceSqKm", "priceSqkm", "price")
        if zoom is not None and price is not None:
            out.append(ProviderPrice(zoom=zoom, price_sq_km=price))
    return out


@dataclass(frozen=True)
class Team:
    team_id: str
    name: str
    role: Optional[str] = None
    active_until: Optional[datetime] = None
    credits_limit: Optional[float] = None

    @classmethod
    def from_json(cls, data: Any) -> "Team":
        f = Fields(data, "team")
        return cls(team_id=f.required_text("teamId", "id"), name=f.text("name", default="") or "",
                   role=f.text("role"), active_until=f.timestamp("activeUntil"),
                   credits_limit=f.number("creditsLimit"))


@dataclass(frozen=True)
class UserStatus:
    """Limits, balance, models and providers of the signed-in account. Areas in m², memory in bytes."""

    email: Optional[str] = None
    user_id: Optional[str] = None
    billing_type: BillingType = BillingType.AREA
    remaining_credits: Optional[int] = None
    remaining_area: Optional[int] = None
    processed_area: Optional[int] = None
    area_limit: Optional[int] = None
    memory_limit: Optional[int] = None
    template_area_limit: Optional[float] = None
    search_area_limit: Optional[float] = None
    max_aois_per_processing: int = 10
    review_workflow_enabled: bool = False
    models: Tuple[WorkflowDef, ...] = ()
    data_providers: Tuple[DataProvider, ...] = ()
    search_data_providers: Tuple[DataProvider, ...] = ()
    teams: Tuple[Team, ...] = field(default_factory=tuple)

    @classmethod
    def from_json(cls, data: Any) -> "UserStatus":
        """Accepts the flat shape and the nested ``{"user": {id, email, credits}, "models": [...]}`` shape."""
        flat = Fields(data, "user status")
        nested = flat.child(lambda d: Fields(d, "user status user"), "user")
        # a nested key fills only what the flat object leaves out
        def pick(getter: str, *keys: str) -> Any:
            value = getattr(flat, getter)(*keys)
            if value is None and nested is not None:
                value = getattr(nested, getter)(*keys)
            return value

        credits = pick("integer", "remainingCredits", "credits")
        # the plugin treats an absent billingType as AREA; the nested shape only knows credits
        default_billing = BillingType.CREDITS if (nested is not None and nested.has("credits")
                                                  and not flat.has("remainingArea")) else BillingType.AREA
        return cls(
            email=pick("text", "email", "login"), user_id=pick("text", "id", "userId"),
            billing_type=BillingType.parse(pick("text", "billingType"), default_billing),
            remaining_credits=credits, remaining_area=pick("integer", "remainingArea"),
            processed_area=pick("integer", "processedArea"), area_limit=pick("integer", "areaLimit"),
            memory_limit=pick("integer", "memoryLimit"), template_area_limit=pick("number", "templateAreaLimit"),
            search_area_limit=pick("number", "searchAreaLimit"),
            max_aois_per_processing=pick("integer", "maxAoisPerProcessing") or 10,
            review_workflow_enabled=bool(pick("flag", "reviewWorkflowEnabled")),
            models=tuple(flat.items(WorkflowDef.from_json, "models", "workflowDefs")),
            data_providers=tuple(flat.items(DataProvider.from_json, "dataProviders")),
            search_data_providers=tuple(flat.items(DataProvider.from_json, "searchDataProviders")),
            teams=tuple(flat.items(Team.from_json, "teams")),
        )

    def model(self, name_or_id: str) -> Optional[WorkflowDef]:
        """A model by id or name (case-insensitive)."""
        for m in self.models:
            if m.id == name_or_id or m.name.lower() == name_or_id.lower():
                return m
        return None

    def provider(self, name: str) -> Optional[DataProvider]:
        """A processing data provider by API name, case-insensitively (contract section 7, item 24)."""
        for p in self.data_providers:
            if p.name.lower() == name.lower():
                return p
        return None
