"""The sandbox's price book and model table: the single source for models, blocks, providers and their limits.

Prices follow the public price list where it gives one; where it is silent the value is the sandbox's own choice,
documented in docs/SANDBOX.md. ``pricePerSqKm`` of a model is always the sum of its non-optional block prices
(contract section 7, item 11), so every client computes the same number the cost endpoint returns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class BlockDef:
    name: str
    display_name: str
    optional: bool
    price: float  # credits per km²
    available: bool = True  # False: listed but the sandbox cannot run it offline (OSM merge)


@dataclass(frozen=True)
class ModelDef:
    key: str  # stable key used by the engine and by clients' styles
    name: str  # wdName, the display name with its emoji
    description: str
    min_zoom: int
    max_zoom: int
    min_res: float  # finest accepted pixel size, m/px
    max_res: float  # coarsest accepted pixel size, m/px
    bands: tuple = (3,)
    blocks: tuple = field(default_factory=tuple)
    recommended_zoom: int = 18  # used when a tile source gives no zoom (contract section 3.8)
    onnx: Optional[object] = None  # sandbox.engine.models.onnx_manifest.OnnxSpec of a user's model

    @property
    def price_per_sq_km(self) -> float:
        return sum(b.price for b in self.blocks if not b.optional)

    def block(self, name: str) -> Optional[BlockDef]:
        for b in self.blocks:
            if b.name.lower() == name.lower():
                return b
        return None


MODELS: tuple = (
    ModelDef(
        key="buildings", name="🏠 Buildings",
        description="Building footprints (sandbox: classical image-analysis baseline)",
        min_zoom=17, max_zoom=19, min_res=0.3, max_res=1.5, bands=(1, 3, 4),
        blocks=(
            BlockDef("Segmentation", "Building segmentation", False, 10.0),
            BlockDef("Simplification", "Polygonization", True, 2.0),
            BlockDef("Classification", "Classification", True, 3.0),
            BlockDef("Heights", "Height estimation", True, 5.0),
            BlockDef("OSM", "Merge with OSM", True, 0.0, available=False),
        ),
    ),
    ModelDef(
        key="forest", name="🌲 Forest",
        description="Forest and tree canopy (sandbox: classical image-analysis baseline)",
        min_zoom=18, max_zoom=20, min_res=0.15, max_res=0.75,
        blocks=(
            BlockDef("Segmentation", "Forest segmentation", False, 8.0),
            BlockDef("Heights", "Height estimation", True, 10.0),
        ),
    ),
    ModelDef(
        key="roads", name="🚗 Roads",
        description="Road surfaces (sandbox: classical image-analysis baseline)",
        min_zoom=17, max_zoom=18, min_res=0.1, max_res=1.2,
        blocks=(BlockDef("Segmentation", "Road segmentation", False, 5.0),),
    ),
    ModelDef(
        key="construction", name="🏗️ Construction sites",
        description="Construction sites (sandbox: classical image-analysis baseline)",
        min_zoom=17, max_zoom=18, min_res=0.5, max_res=2.0,
        blocks=(BlockDef("Segmentation", "Construction segmentation", False, 5.0),),
    ),
)


@dataclass(frozen=True)
class ProviderDef:
    name: str  # API name sent as providerName
    display_name: str
    prices: tuple  # ((zoom, price per km²), ...)
    min_area_sq_km: float = 0.0
    max_zoom: int = 20

    def price_at(self, zoom: int) -> float:
        """Price at a zoom (resolve a missing zoom with ``working_zoom`` first: one rule for price and run)."""
        table = dict(self.prices)
        if zoom in table:
            return table[zoom]
        # a zoom between listed ones costs as the next listed zoom up (never cheaper than asked)
        higher = [z for z in table if z >= zoom]
        return table[min(higher)] if higher else table[max(table)]


DEMO_PROVIDER = "Sandbox_Demo"

PROVIDERS: tuple = (
    ProviderDef(DEMO_PROVIDER, "🧪 Sandbox demo imagery", ((17, 1.0), (18, 3.0), (19, 9.0), (20, 9.0))),
    ProviderDef("Sandbox_Demo_Archive", "🛰️ Sandbox demo archive (min. 3 km²)",
                ((18, 60.0), (19, 180.0)), min_area_sq_km=3.0),
)


def working_zoom(model: ModelDef, zoom: Optional[int], provider: Optional[ProviderDef] = None) -> int:
    """The zoom a tile source is processed at and priced at when the request names none: the model's recommended
    zoom, kept within what the provider serves. The engine (``sandbox.engine.validation``) and the cost
    (``sandbox.services.billing``) both call this, so a processing costs what it runs at."""
    if zoom is not None:
        return zoom
    chosen = model.recommended_zoom
    if provider is not None:
        listed = [z for z, _ in provider.prices]
        chosen = min(max(chosen, min(listed)), provider.max_zoom)
    return chosen


def model_by_name_or_id(value: str, ids: dict) -> Optional[ModelDef]:
    """Find a model by wdName (case-insensitive) or by its id in ``ids`` (model key → id)."""
    if not value:
        return None
    for m in MODELS:
        if m.name.lower() == value.lower() or ids.get(m.key) == value or m.key == value.lower():
            return m
    return None


BUILTIN_MODELS: tuple = MODELS
USER_MODEL_PREFIX = "onnx-"


def model_from_spec(spec) -> ModelDef:
    """The workflow of a user's ONNX model (``OnnxSpec``): one block at the manifest's price."""
    block = "Segmentation" if spec.kind == "segmentation" else "Detection"
    return ModelDef(key=spec.key, name=spec.name, description=spec.description, min_zoom=spec.min_zoom,
                    max_zoom=spec.max_zoom, min_res=spec.min_res, max_res=spec.max_res, bands=(1, 3, 4),
                    blocks=(BlockDef(block, f"{spec.kind.capitalize()} (your ONNX model)", False, spec.price),),
                    recommended_zoom=spec.recommended_zoom, onnx=spec)


def install_user_models(specs) -> None:
    """Replace the users' models listed after the built-in ones (``sandbox.user_models`` calls this)."""
    global MODELS
    MODELS = BUILTIN_MODELS + tuple(model_from_spec(s) for s in specs)


def model_by_key(key: str) -> ModelDef:
    for m in MODELS:
        if m.key == key:
            return m
    if key.startswith(USER_MODEL_PREFIX):
        # a processing made with a user model this sandbox no longer has: still listed, no longer runnable
        return ModelDef(key=key, name=key[len(USER_MODEL_PREFIX):], description="a model no longer configured",
                        min_zoom=0, max_zoom=22, min_res=0.01, max_res=100.0, bands=(1, 3, 4))
    raise KeyError(key)


# Well-known basemap names from the documentation's examples, served by the demo imagery (same price table), so
# that requests copied from the docs run unchanged against the sandbox. Not listed in /user/status.
PROVIDER_ALIASES = {"mapbox": DEMO_PROVIDER}


def provider_by_name(name: str) -> Optional[ProviderDef]:
    """Provider names match case-insensitively everywhere (contract section 7, item 24)."""
    wanted = (name or "").lower()
    wanted = PROVIDER_ALIASES.get(wanted, wanted).lower()
    for p in PROVIDERS:
        if p.name.lower() == wanted:
            return p
    return None
