"""Imagery catalog search: ``POST /catalog/meta`` request and results (contract section 2.7)."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, Optional, Sequence, Tuple

from ..errors import InvalidRequestError
from ._fields import DateLike, Fields, format_timestamp
from .geometry import Geometry, geometry_to_json


class ProductType(str, enum.Enum):
    IMAGE = "IMAGE"
    MOSAIC = "MOSAIC"


class CatalogSortBy(str, enum.Enum):
    PROVIDER_NAME = "PROVIDER_NAME"
    SAT_ID = "SAT_ID"
    CLOUD_COVER = "CLOUD_COVER"
    OFF_NADIR_ANGLE = "OFF_NADIR_ANGLE"
    ACQUISITION_DATE = "ACQUISITION_DATE"
    ZOOM = "ZOOM"
    PIXEL_RESOLUTION = "PIXEL_RESOLUTION"


@dataclass(frozen=True)
class CatalogPreview:
    url: str
    geometry: Optional[Dict[str, Any]] = None


@dataclass(frozen=True)
class CatalogImage:
    """A search result. ``footprint`` is GeoJSON here; ``zoom`` arrives as text and is parsed to int."""

    id: str
    footprint: Dict[str, Any]
    pixel_resolution: Optional[float]
    product_type: Optional[str] = None  # as sent: Image, Mosaic, Scene, IMAGE, MOSAIC
    provider_name: Optional[str] = None
    acquisition_date: Optional[datetime] = None
    sensor: Optional[str] = None  # ``sensor`` or ``satId``
    color_band_order: Optional[str] = None
    cloud_cover: Optional[float] = None  # percent
    off_nadir_angle: Optional[float] = None
    zoom: Optional[int] = None
    min_area_sq_km: Optional[float] = None
    preview_type: Optional[str] = None
    preview_url: Optional[str] = None
    previews: Tuple[CatalogPreview, ...] = ()
    aoi_intersection_percent: Optional[float] = None
    is_new: bool = False

    @classmethod
    def from_json(cls, data: Any) -> "CatalogImage":
        f = Fields(data, "catalog image")
        footprint = f.raw("footprint")
        if footprint is None:
            raise f._missing(("footprint",))
        if not isinstance(footprint, dict):
            footprint = {"wkt": str(footprint)}  # a WKT footprint is kept, not rejected
        previews = tuple(CatalogPreview(url=str(p.get("url")), geometry=p.get("geometry"))
                         for p in (f.raw("previews") or []) if isinstance(p, dict) and p.get("url"))
        return cls(id=f.required_text("id"), footprint=footprint, pixel_resolution=f.number("pixelResolution"),
                   product_type=f.text("productType"), provider_name=f.text("providerName"),
                   acquisition_date=f.timestamp("acquisitionDate"), sensor=f.text("sensor", "satId"),
                   color_band_order=f.text("colorBandOrder"), cloud_cover=f.number("cloudCover"),
                   off_nadir_angle=f.number("offNadirAngle"), zoom=f.integer("zoom"),
                   min_area_sq_km=f.number("minAreaSqkm", "minAreaSqKm"), preview_type=f.text("previewType"),
                   preview_url=f.text("previewUrl"), previews=previews,
                   aoi_intersection_percent=f.number("aoiIntersectionPercent"), is_new=f.flag("isNew"))

    @property
    def is_mosaic(self) -> bool:
        return (self.product_type or "").upper() == "MOSAIC"


@dataclass(frozen=True)
class CatalogPage:
    images: Tuple[CatalogImage, ...]
    total: int
    limit: Optional[int] = None
    offset: int = 0

    @classmethod
    def from_json(cls, data: Any) -> "CatalogPage":
        if isinstance(data, list):  # the docs show a bare array
            images = tuple(CatalogImage.from_json(item) for item in data)
            return cls(images=images, total=len(images), limit=None, offset=0)
        f = Fields(data, "catalog search response")
        images = tuple(f.items(CatalogImage.from_json, "images", "results"))
        return cls(images=images, total=f.integer("total", default=len(images)), limit=f.integer("limit"),
                   offset=f.integer("offset", default=0))


@dataclass(frozen=True)
class CatalogSearch:
    """Search filters; None leaves a filter out. ``data_providers=None`` omits the key (an empty list means none)."""

    aoi: Geometry
    acquisition_date_from: Optional[DateLike] = None
    acquisition_date_to: Optional[DateLike] = None
    min_resolution: Optional[float] = None
    max_resolution: Optional[float] = None
    max_cloud_cover: Optional[float] = None  # percent 0-100
    min_off_nadir_angle: Optional[float] = None
    max_off_nadir_angle: Optional[float] = None
    min_aoi_intersection_percent: Optional[float] = None
    data_providers: Optional[Sequence[str]] = None
    product_types: Sequence[ProductType] = field(default=(ProductType.IMAGE, ProductType.MOSAIC))
    hide_unavailable: Optional[bool] = None
    limit: int = 100
    offset: int = 0
    sort_by: Optional[CatalogSortBy] = None
    sort_order: Optional[str] = None

    def to_json(self) -> dict:
        if self.limit <= 0 or self.offset < 0:
            raise InvalidRequestError("limit must be positive and offset not negative")
        if self.max_cloud_cover is not None and not 0 <= self.max_cloud_cover <= 100:
            raise InvalidRequestError("the maximum cloud cover is a percentage from 0 to 100")
        body: Dict[str, Any] = {"aoi": geometry_to_json(self.aoi), "limit": int(self.limit),
                                "offset": int(self.offset),
                                "productTypes": [ProductType(p).value for p in self.product_types]}
        optional = {
            "acquisitionDateFrom": format_timestamp(self.acquisition_date_from),
            "acquisitionDateTo": format_timestamp(self.acquisition_date_to),
            "minResolution": self.min_resolution, "maxResolution": self.max_resolution,
            "maxCloudCover": self.max_cloud_cover, "minOffNadirAngle": self.min_off_nadir_angle,
            "maxOffNadirAngle": self.max_off_nadir_angle,
            "minAoiIntersectionPercent": self.min_aoi_intersection_percent,
            "hideUnavailable": self.hide_unavailable,
            "dataProviders": None if self.data_providers is None else list(self.data_providers),
            "sortBy": None if self.sort_by is None else CatalogSortBy(self.sort_by).value,
            "sortOrder": None if self.sort_order is None else str(self.sort_order).upper(),
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        return body
