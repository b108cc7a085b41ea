"""Planned searches ("templates", contract section 2.8): a saved search over named AOIs that keeps looking for new
imagery until ``activeUntil``. Responses parse tolerantly; requests check what the service would refuse."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

from ..errors import InvalidRequestError, ResponseFormatError
from ._fields import DateLike, Fields, enum_value, format_timestamp
from .catalog import CatalogImage, CatalogSortBy, SearchFilters, enum_text
from .bodies import SortOrder
from .geometry import Geometry, geometry_to_json
from .processing import ProcessingStatus

MAX_AOI_NAME_LENGTH = 64
MAX_ACTIVE_DAYS = 180  # the service allows six months; the official plugin sends now + 180 days - 1 minute


class TemplateStatus(str, enum.Enum):
    """``CREATED`` (not searching yet), ``SEARCHING``, ``READY`` (searched up to ``lastCheckedAt``), ``FAILED``."""

    CREATED = "CREATED"
    SEARCHING = "SEARCHING"
    READY = "READY"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def parse(cls, value: Any) -> "TemplateStatus":
        return enum_value(cls, value, cls.UNKNOWN)


@dataclass(frozen=True)
class TemplateAoiProcessing:
    """A processing started from the template whose area touches this AOI."""

    processing_id: str
    name: str = ""
    status: ProcessingStatus = ProcessingStatus.UNKNOWN
    area: Optional[int] = None  # m²
    geometry: Optional[Dict[str, Any]] = None
    project_id: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> "TemplateAoiProcessing":
        f = Fields(data, "template AOI processing")
        return cls(processing_id=f.required_text("processingId", "id"), name=f.text("processingName", "name",
                                                                                     default="") or "",
                   status=ProcessingStatus.parse(f.text("processingStatus", "status")), area=f.integer("area"),
                   geometry=f.mapping("geometry") or None, project_id=f.text("projectId"))


@dataclass(frozen=True)
class TemplateAoi:
    """A named AOI of a template: a GeoJSON Feature of ``aoiDetails`` (or a flat object) with its processings."""

    id: str
    name: str
    geometry: Optional[Dict[str, Any]] = None
    area: Optional[int] = None  # m²
    has_new_images: bool = False
    processings: Tuple[TemplateAoiProcessing, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> "TemplateAoi":
        f = Fields(data, "template AOI")
        properties = Fields(f.mapping("properties"), "template AOI properties")
        aoi_id = properties.text("id") or f.text("id")
        if not aoi_id:
            raise ResponseFormatError("template AOI is missing 'id'")
        return cls(id=aoi_id, name=properties.text("name") or f.text("name", default="") or "",
                   geometry=f.mapping("geometry") or None, area=properties.integer("area") or f.integer("area"),
                   has_new_images=properties.flag("hasNewImages") or f.flag("hasNewImages"),
                   processings=tuple(properties.items(TemplateAoiProcessing.from_json, "processings")
                                     or f.items(TemplateAoiProcessing.from_json, "processings")))


def _short_fields(f: Fields) -> Dict[str, Any]:
    status_text = f.text("status", default="UNKNOWN") or "UNKNOWN"
    params = f.raw("processingParams")
    return dict(
        id=f.required_text("id"), name=f.text("name", default="") or "", status=TemplateStatus.parse(status_text),
        status_text=status_text, project_id=f.text("projectId"), user_id=f.text("userId"),
        created_at=f.timestamp("createdAt", "created"), updated_at=f.timestamp("updatedAt", "updated"),
        active_until=f.timestamp("activeUntil"), last_checked_at=f.timestamp("lastCheckedAt"),
        new_images_count=f.integer("newImagesCount", default=0) or 0, images_count=f.integer("imagesCount"),
        is_active=f.flag("isActive", default=True), is_archived=f.flag("isArchived"), is_paused=f.flag("isPaused"),
        area=f.integer("area"), aoi_count=f.integer("aoiCount"),
        max_aoi_intersection_percent=f.number("maxAoiIntersectionPercent"), last_error=f.text("lastError"),
        user_email=f.text("userEmail"), processing_params=dict(params) if isinstance(params, dict) else {})


@dataclass(frozen=True)
class TemplateShort:
    """A template as listed per project (``GET /processings/template/project/{id}``): no search parameters."""

    id: str
    name: str
    status: TemplateStatus
    status_text: str  # as the server wrote it (kept for unknown values)
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None
    active_until: Optional[datetime] = None
    last_checked_at: Optional[datetime] = None
    new_images_count: int = 0
    images_count: Optional[int] = None
    is_active: bool = True
    is_archived: bool = False
    is_paused: bool = False
    area: Optional[int] = None  # m², all AOIs
    aoi_count: Optional[int] = None
    max_aoi_intersection_percent: Optional[float] = None
    last_error: Optional[str] = None
    user_email: Optional[str] = None
    processing_params: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Any) -> "TemplateShort":
        return cls(**_short_fields(Fields(data, "template")))

    @property
    def has_new_images(self) -> bool:
        return self.new_images_count > 0

    @property
    def is_failed(self) -> bool:
        return self.status is TemplateStatus.FAILED

    def is_expired(self, now: Optional[datetime] = None) -> bool:
        """Past ``activeUntil`` (by the given clock, or the local one)."""
        if self.active_until is None:
            return self.is_archived
        return self.active_until <= (now or datetime.now(timezone.utc))


@dataclass(frozen=True)
class Template(TemplateShort):
    """A template with its search: filters and named AOIs (``searchParams``)."""

    filters: SearchFilters = field(default_factory=SearchFilters)
    aois: Tuple[TemplateAoi, ...] = ()
    search_params: Dict[str, Any] = field(default_factory=dict)  # as sent, for keys this client does not model

    @classmethod
    def from_json(cls, data: Any) -> "Template":
        f = Fields(data, "template")
        params = f.mapping("searchParams")
        details = params.get("aoiDetails") if isinstance(params.get("aoiDetails"), dict) else {}
        features = details.get("features") if isinstance(details.get("features"), list) else []
        return cls(**_short_fields(f), filters=SearchFilters.from_json(params),
                   aois=tuple(TemplateAoi.from_json(item) for item in features), search_params=params)

    def aoi(self, aoi_id: str) -> Optional[TemplateAoi]:
        return next((a for a in self.aois if a.id == aoi_id), None)


@dataclass(frozen=True)
class TemplateDetails:
    """``{template, searchResults}``: a template and the images it found (``searchResults: [{id, metadata}]``)."""

    template: Template
    search_results: Tuple[CatalogImage, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> "TemplateDetails":
        f = Fields(data, "template details")
        if f.raw("template") is None:  # a bare template (some answers carry no search results)
            return cls(template=Template.from_json(data))
        results = []
        for item in f.raw("searchResults") or []:
            if not isinstance(item, dict):
                continue
            metadata = item.get("metadata") if isinstance(item.get("metadata"), dict) else item
            if "id" not in metadata and item.get("id"):
                metadata = {**metadata, "id": item["id"]}
            results.append(CatalogImage.from_json(metadata))
        return cls(template=Template.from_json(f.raw("template")), search_results=tuple(results))

    @property
    def new_images(self) -> Tuple[CatalogImage, ...]:
        return tuple(i for i in self.search_results if i.is_new)


def checked_aoi_name(name: Optional[str]) -> Optional[str]:
    """An AOI name trimmed; longer than 64 characters is refused (the service refuses it); empty gives None."""
    if name is None:
        return None
    text = str(name).strip()
    if len(text) > MAX_AOI_NAME_LENGTH:
        raise InvalidRequestError(f"an AOI name has at most {MAX_AOI_NAME_LENGTH} characters ({len(text)} given)")
    return text or None


@dataclass(frozen=True)
class NewTemplateAoi:
    """An AOI to create: a Polygon or MultiPolygon (EPSG:4326) and an optional name of at most 64 characters."""

    geometry: Geometry
    name: Optional[str] = None

    def to_json(self) -> Dict[str, Any]:
        body: Dict[str, Any] = {"geometry": geometry_to_json(self.geometry)}
        name = checked_aoi_name(self.name)
        if name:
            body["name"] = name
        return body

    def to_feature(self) -> Dict[str, Any]:
        body = self.to_json()
        return {"type": "Feature", "geometry": body["geometry"],
                "properties": {"name": body["name"]} if "name" in body else {}}


def default_active_until(now: Optional[datetime] = None) -> datetime:
    """What the official plugin sends: now + 180 days - 1 minute."""
    return (now or datetime.now(timezone.utc)) + timedelta(days=MAX_ACTIVE_DAYS) - timedelta(minutes=1)


@dataclass(frozen=True)
class NewTemplate:
    """``POST /processings/template``: a planned search of ``project_id`` over ``aois`` with ``filters``."""

    name: str
    project_id: str
    aois: Sequence[NewTemplateAoi]
    filters: SearchFilters = field(default_factory=SearchFilters)
    active_until: Optional[DateLike] = None  # None: now + 180 days - 1 minute
    processing_params: Optional[Mapping[str, Any]] = None  # e.g. {"wdId": ..., "blocks": [...]}: defaults later

    def to_json(self) -> Dict[str, Any]:
        if not self.name or not str(self.name).strip():
            raise InvalidRequestError("the planned search needs a name")
        if not self.project_id:
            raise InvalidRequestError("the planned search needs a project")
        if not self.aois:
            raise InvalidRequestError("the planned search needs at least one AOI")
        search = {"aoiDetails": {"type": "FeatureCollection", "features": [a.to_feature() for a in self.aois]}}
        search.update(self.filters.to_json())
        body: Dict[str, Any] = {"name": str(self.name).strip(), "projectId": self.project_id, "searchParams": search,
                                "activeUntil": format_timestamp(self.active_until or default_active_until())}
        if self.processing_params is not None:
            body["processingParams"] = dict(self.processing_params)
        return body


@dataclass(frozen=True)
class TemplateUpdate:
    """``PUT /processings/template/{id}``: only what is given changes. ``filters`` are merged into the template's;
    ``cleared_filters`` names filter keys to remove (sent as null, e.g. ``"maxCloudCover"``). AOIs change through
    the AOI calls: the service refuses geometry here."""

    name: Optional[str] = None
    filters: Optional[SearchFilters] = None
    cleared_filters: Sequence[str] = ()
    processing_params: Optional[Mapping[str, Any]] = None
    active_until: Optional[DateLike] = None

    def to_json(self) -> Dict[str, Any]:
        body: Dict[str, Any] = {}
        if self.name is not None:
            if not str(self.name).strip():
                raise InvalidRequestError("the planned search name is empty")
            body["name"] = str(self.name).strip()
        if self.filters is not None or self.cleared_filters:
            search: Dict[str, Any] = dict(self.filters.to_json()) if self.filters is not None else {}
            search.update({key: None for key in self.cleared_filters})
            body["searchParams"] = search
        if self.processing_params is not None:
            body["processingParams"] = dict(self.processing_params)
        if self.active_until is not None:
            body["activeUntil"] = format_timestamp(self.active_until)
        if not body:
            raise InvalidRequestError("nothing to change")
        return body


@dataclass(frozen=True)
class TemplateImagesQuery:
    """``POST /processings/template/{id}/images``: paging, sorting, AOIs and catalog filters."""

    limit: int = 100
    offset: int = 0
    aoi_ids: Optional[Sequence[str]] = None
    sort_by: Optional[CatalogSortBy] = None
    sort_order: Optional[SortOrder] = None
    filters: Optional[SearchFilters] = None

    def to_json(self) -> Dict[str, Any]:
        if self.limit <= 0 or self.offset < 0:
            raise InvalidRequestError("limit must be positive and offset not negative")
        body: Dict[str, Any] = {"limit": int(self.limit), "offset": int(self.offset)}
        if self.aoi_ids is not None:
            body["aoiIds"] = [str(a) for a in self.aoi_ids]
        if self.sort_by is not None:
            body["sortBy"] = enum_text(CatalogSortBy, self.sort_by, "sort field")
        if self.sort_order is not None:
            body["sortOrder"] = enum_text(SortOrder, self.sort_order, "sort order")
        if self.filters is not None:
            body.update(self.filters.to_json())
        return body


@dataclass(frozen=True)
class AoiAddResult:
    added_count: int
    partitioning_triggered: bool = False
    aoi_ids: Tuple[str, ...] = ()  # the new AOIs' ids, when the server says

    @classmethod
    def from_json(cls, data: Any) -> "AoiAddResult":
        f = Fields(data, "AOI add result")
        return cls(added_count=f.integer("addedCount", default=0) or 0,
                   partitioning_triggered=f.flag("partitioningTriggered"), aoi_ids=tuple(f.texts("aoiIds")))


@dataclass(frozen=True)
class AoiDeleteResult:
    deleted_count: int
    remaining_count: Optional[int] = None
    not_found: Tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> "AoiDeleteResult":
        f = Fields(data, "AOI delete result")
        return cls(deleted_count=f.integer("deletedCount", default=0) or 0,
                   remaining_count=f.integer("remainingCount"), not_found=tuple(f.texts("notFound")))
