"""What the dock's widgets emit: plain, QGIS-free dataclasses built from widget values.

Widgets never call services; controllers receive these values and decide what to do with them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional, Tuple


@dataclass(frozen=True)
class SignInRequest:
    server_url: str
    token: str = field(repr=False)  # a secret: never in a repr or a log line


class AoiKind(str, Enum):
    LAYER = "layer"
    SELECTION = "selection"
    DRAWN = "drawn"
    EXTENT = "extent"
    FILE = "file"
    LAYER_EXTENT = "layer_extent"


# Order of the AOI source combo box in aoi.ui
AOI_KIND_ORDER = (AoiKind.LAYER, AoiKind.SELECTION, AoiKind.DRAWN, AoiKind.EXTENT, AoiKind.FILE, AoiKind.LAYER_EXTENT)


@dataclass(frozen=True)
class AoiChoice:
    kind: AoiKind
    layer_id: Optional[str] = None
    file_path: Optional[str] = None


@dataclass(frozen=True)
class ModelChoice:
    model_id: str
    model_name: str
    blocks: Tuple[Tuple[str, bool], ...] = ()  # (block name, enabled) for every optional block

    def enabled_blocks(self) -> dict:
        return dict(self.blocks)


class SourceKind(str, Enum):
    PROVIDER = "provider"
    URL = "url"
    MY_IMAGERY = "my_imagery"
    SEARCH = "search"  # scenes chosen in the imagery search (ui/scene_source_controller.py)


SOURCE_KIND_ORDER = (SourceKind.PROVIDER, SourceKind.URL, SourceKind.MY_IMAGERY, SourceKind.SEARCH)
URL_TYPES = ("XYZ", "TMS", "QUADKEY", "WMS")  # order of urlTypeCombo in source.ui


@dataclass(frozen=True)
class SourceChoice:
    kind: SourceKind
    provider_name: Optional[str] = None
    zoom: Optional[int] = None
    url: str = ""
    url_type: str = "XYZ"
    login: str = ""
    password: str = field(default="", repr=False)  # stored in the auth database by the controller, never in settings
    mosaic_id: Optional[str] = None
    image_id: Optional[str] = None
    imagery_name: str = ""  # the chosen mosaic's or image's name, for labels


@dataclass(frozen=True)
class ResultsRequest:
    """Load the results of these processings (api ``Processing`` objects, all finished), as ``mode``."""

    processings: Tuple[object, ...]
    mode: str = "both"  # "both" | "gpkg" | "tiles"


@dataclass(frozen=True)
class StartForm:
    name: str
    confirm: bool


@dataclass(frozen=True)
class ProjectItem:
    id: str
    name: str
    is_default: bool
    role: str  # readonly | contributor | maintainer | owner


@dataclass(frozen=True)
class BlockItem:
    name: str
    label: str
    optional: bool
    price: float


@dataclass(frozen=True)
class ModelItem:
    id: str
    name: str
    base_price: float
    blocks: Tuple[BlockItem, ...] = ()


@dataclass(frozen=True)
class ProviderItem:
    name: str
    label: str
    zoom_prices: Tuple[Tuple[int, float], ...] = ()  # (zoom, credits per km²)
    min_area_sq_km: float = 0.0


@dataclass(frozen=True)
class MosaicItem:
    id: str
    name: str
    images: Tuple[Tuple[str, str], ...] = ()  # (image id, file name)


class ChoiceKey(str, Enum):
    """A choice remembered per QGIS project (``integration.project_choices``), falling back to the user's last."""

    AOI_KIND = "aoi/kind"
    AOI_LAYER = "aoi/layer_id"
    AOI_FILE = "aoi/file"
    MODEL = "model/name"
    SOURCE_KIND = "source/kind"
    PROVIDER = "source/provider"
    ZOOM = "source/zoom"
    URL = "source/url"
    URL_TYPE = "source/url_type"
    URL_ZOOM = "source/url_zoom"
    MOSAIC = "source/mosaic_id"
    IMAGE = "source/image_id"
    SEARCH_FILTERS = "search/filters"  # JSON of api SearchFilters
    SEARCH_PAGE_SIZE = "search/page_size"
    RESULTS_FOLDER = "results/folder"  # where "Load results" saves GeoPackages; empty: next to the project


MODEL_BLOCKS_PREFIX = "model/blocks/id_"  # a project file keeps keys as XML names: none may start with a digit


def model_blocks_key(model_id: str) -> str:
    """The key of a model's option choices (JSON {"block": true|false})."""
    safe = "".join(c for c in model_id if c.isalnum() or c in "-_") or "unknown"
    return MODEL_BLOCKS_PREFIX + safe
