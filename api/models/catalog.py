"""Imagery catalog search: ``POST /catalog/meta`` request and results (contract section 2.7).

:class:`SearchFilters` holds the filters shared by a search, a planned search (``searchParams``) and a planned
search's image listing; :class:`CatalogSearch` adds the AOI, paging and sorting of one search.
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, Optional, Sequence, Tuple, Union

from ..errors import InvalidRequestError
from ._fields import DateLike, Fields, format_timestamp, parse_timestamp
from .bodies import SortOrder
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


def enum_text(enum_cls: Any, value: Any, what: str) -> Optional[str]:
    if value is None:
        return None
    text = value.value if isinstance(value, enum.Enum) else str(value).strip().upper()
    if text not in {m.value for m in enum_cls}:
        allowed = ", ".join(m.value for m in enum_cls)
        raise InvalidRequestError(f"unknown {what} {value!r} (allowed: {allowed})")
    return text


@dataclass(frozen=True)
class CatalogPreview:
    url: str
    geometry: Optional[Dict[str, Any]] = None


@dataclass(frozen=True)
class CatalogImage:
    """A search result (also an image a planned search found). ``footprint`` is GeoJSON; ``zoom`` arrives as text
    and is parsed to int. ``sensor`` is ``sensor`` (or ``satId`` when only that is sent); ``sat_id`` the reverse."""

    id: str
    footprint: Dict[str, Any]
    pixel_resolution: Optional[float]
    product_type: Optional[str] = None  # as sent: Image, Mosaic, Scene, IMAGE, MOSAIC
    provider_name: Optional[str] = None
    acquisition_date: Optional[datetime] = None
    sensor: Optional[str] = None
    color_band_order: Optional[str] = None
    cloud_cover: Optional[float] = None  # percent
    off_nadir_angle: Optional[float] = None  # degrees, signed as sent
    zoom: Optional[int] = None
    min_area_sq_km: Optional[float] = None
    preview_type: Optional[str] = None  # png, jpg, xyz, tms, wms
    preview_url: Optional[str] = None
    previews: Tuple[CatalogPreview, ...] = ()
    aoi_intersection_percent: Optional[float] = None
    is_new: bool = False
    sat_id: Optional[str] = None
    sun_elevation: Optional[float] = None
    sun_azimuth: Optional[float] = None
    aoi_ids: Tuple[str, ...] = ()  # planned-search listings: the template AOIs this image covers

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
                   aoi_intersection_percent=f.number("aoiIntersectionPercent"), is_new=f.flag("isNew"),
                   sat_id=f.text("satId", "sensor"), sun_elevation=f.number("sunElevation"),
                   sun_azimuth=f.number("sunAzimuth"), aoi_ids=tuple(f.texts("aoiIds")))

    @property
    def is_mosaic(self) -> bool:
        return (self.product_type or "").upper() == "MOSAIC"

    @property
    def is_image(self) -> bool:
        """An image (scene) product: ``Image``, ``IMAGE`` or the older ``Scene``."""
        return (self.product_type or "").upper() in ("IMAGE", "SCENE")

    @property
    def abs_off_nadir_angle(self) -> Optional[float]:
        return None if self.off_nadir_angle is None else abs(self.off_nadir_angle)

    @property
    def footprint_corners(self) -> Optional[Tuple[Tuple[float, float], ...]]:
        """The four corners (lon, lat) a PNG/JPG preview is georeferenced with: image top-left, top-right,
        bottom-right, bottom-left. None unless the footprint is one ring of four corners and a closing point."""
        kind, coordinates = self.footprint.get("type"), self.footprint.get("coordinates")
        try:
            if kind == "MultiPolygon" and len(coordinates) == 1:
                coordinates = coordinates[0]
            elif kind != "Polygon":
                return None
            ring = coordinates[0]
            if len(ring) != 5:
                return None
            return tuple((float(x), float(y)) for x, y, *_ in ring[:4])
        except (TypeError, ValueError, IndexError):
            return None


@dataclass(frozen=True)
class CatalogPage:
    """``{images, total, limit, offset}``: one page of a search or of a planned search's images."""

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

    @property
    def page_count(self) -> int:
        """Pages of ``limit`` rows needed for ``total`` (at least 1)."""
        return max(1, math.ceil(self.total / self.limit)) if self.limit else 1

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.images) < self.total


def _check_range(low: Optional[float], high: Optional[float], what: str, floor: float = 0.0,
                 ceiling: float = math.inf) -> None:
    for value in (low, high):
        if value is not None and (not math.isfinite(value) or not floor <= value <= ceiling):
            raise InvalidRequestError(f"the {what} must be from {floor:g} to {ceiling:g}")
    if low is not None and high is not None and low > high:
        raise InvalidRequestError(f"the minimum {what} is larger than the maximum")


@dataclass(frozen=True)
class SearchFilters:
    """Search filters of contract 2.7; None leaves a filter out. ``data_providers=None`` omits the key (an empty
    list means "no provider"); ``product_types=None`` omits it (both kinds)."""

    acquisition_date_from: Optional[DateLike] = None
    acquisition_date_to: Optional[DateLike] = None
    min_resolution: Optional[float] = None
    max_resolution: Optional[float] = None
    max_cloud_cover: Optional[float] = None  # percent 0-100
    min_off_nadir_angle: Optional[float] = None  # degrees, compared with the absolute angle
    max_off_nadir_angle: Optional[float] = None
    min_aoi_intersection_percent: Optional[float] = None
    data_providers: Optional[Sequence[str]] = None
    product_types: Optional[Sequence[Union[ProductType, str]]] = None
    hide_unavailable: Optional[bool] = None

    def to_json(self) -> Dict[str, Any]:
        _check_range(self.min_resolution, self.max_resolution, "resolution")
        _check_range(self.min_off_nadir_angle, self.max_off_nadir_angle, "off-nadir angle", ceiling=90.0)
        if self.max_cloud_cover is not None and not 0 <= self.max_cloud_cover <= 100:
            raise InvalidRequestError("the maximum cloud cover is a percentage from 0 to 100")
        _check_range(self.min_aoi_intersection_percent, None, "AOI intersection (percent)", ceiling=100.0)
        date_from, date_to = format_timestamp(self.acquisition_date_from), format_timestamp(self.acquisition_date_to)
        start, end = parse_timestamp(date_from), parse_timestamp(date_to)
        if start and end and start > end:
            raise InvalidRequestError("the acquisition date range ends before it starts")
        body = {
            "acquisitionDateFrom": date_from, "acquisitionDateTo": date_to,
            "minResolution": self.min_resolution, "maxResolution": self.max_resolution,
            "maxCloudCover": self.max_cloud_cover, "minOffNadirAngle": self.min_off_nadir_angle,
            "maxOffNadirAngle": self.max_off_nadir_angle,
            "minAoiIntersectionPercent": self.min_aoi_intersection_percent,
            "hideUnavailable": self.hide_unavailable,
            "dataProviders": None if self.data_providers is None else [str(p) for p in self.data_providers],
            "productTypes": None if self.product_types is None else
            [enum_text(ProductType, p, "product type") for p in self.product_types],
        }
        return {k: v for k, v in body.items() if v is not None}

    @classmethod
    def from_json(cls, data: Any) -> "SearchFilters":
        """The filter keys of a search body or a template's ``searchParams`` (other keys are ignored)."""
        if not isinstance(data, dict):
            return cls()
        f = Fields(data, "search filters")
        kinds = None
        if f.raw("productTypes") is not None:
            kinds = tuple(ProductType(k.upper()) if k.upper() in ("IMAGE", "MOSAIC") else
                          (ProductType.IMAGE if k.upper() == "SCENE" else k) for k in f.texts("productTypes"))
        providers = tuple(f.texts("dataProviders")) if f.raw("dataProviders") is not None else None
        hide = f.raw("hideUnavailable")
        return cls(acquisition_date_from=f.timestamp("acquisitionDateFrom"),
                   acquisition_date_to=f.timestamp("acquisitionDateTo"), min_resolution=f.number("minResolution"),
                   max_resolution=f.number("maxResolution"), max_cloud_cover=f.number("maxCloudCover"),
                   min_off_nadir_angle=f.number("minOffNadirAngle"), max_off_nadir_angle=f.number("maxOffNadirAngle"),
                   min_aoi_intersection_percent=f.number("minAoiIntersectionPercent"), data_providers=providers,
                   product_types=kinds, hide_unavailable=None if hide is None else f.flag("hideUnavailable"))

    def matches(self, image: CatalogImage) -> bool:
        """Whether a result passes these filters as the server applies them (a null value matches every filter;
        the off-nadir filter compares the absolute angle). For filtering a page locally."""
        when = image.acquisition_date
        start, end = parse_timestamp(format_timestamp(self.acquisition_date_from)), \
            parse_timestamp(format_timestamp(self.acquisition_date_to))
        if when is not None and ((start and when < start) or (end and when > end)):
            return False
        checks = ((image.pixel_resolution, self.min_resolution, self.max_resolution),
                  (image.cloud_cover, None, self.max_cloud_cover),
                  (image.abs_off_nadir_angle, self.min_off_nadir_angle, self.max_off_nadir_angle),
                  (image.aoi_intersection_percent, self.min_aoi_intersection_percent, None))
        for value, low, high in checks:
            if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
                return False
        if self.data_providers is not None and (image.provider_name or "").lower() not in \
                {p.lower() for p in self.data_providers}:
            return False
        if self.product_types is not None:
            wanted = {enum_text(ProductType, p, "product type") for p in self.product_types}
            kind = "MOSAIC" if image.is_mosaic else "IMAGE"
            if kind not in wanted:
                return False
        return True


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
    sort_order: Optional[str] = None  # ASC or DESC (a SortOrder works too)

    @classmethod
    def with_filters(cls, aoi: Geometry, filters: SearchFilters, **paging: Any) -> "CatalogSearch":
        """A search over ``aoi`` with a :class:`SearchFilters` (e.g. a planned search's), plus limit/offset/sort."""
        kinds = filters.product_types if filters.product_types is not None else (ProductType.IMAGE,
                                                                                  ProductType.MOSAIC)
        return cls(aoi=aoi, acquisition_date_from=filters.acquisition_date_from,
                   acquisition_date_to=filters.acquisition_date_to, min_resolution=filters.min_resolution,
                   max_resolution=filters.max_resolution, max_cloud_cover=filters.max_cloud_cover,
                   min_off_nadir_angle=filters.min_off_nadir_angle, max_off_nadir_angle=filters.max_off_nadir_angle,
                   min_aoi_intersection_percent=filters.min_aoi_intersection_percent,
                   data_providers=filters.data_providers, product_types=tuple(kinds),
                   hide_unavailable=filters.hide_unavailable, **paging)

    @property
    def filters(self) -> SearchFilters:
        return SearchFilters(
            acquisition_date_from=self.acquisition_date_from, acquisition_date_to=self.acquisition_date_to,
            min_resolution=self.min_resolution, max_resolution=self.max_resolution,
            max_cloud_cover=self.max_cloud_cover, min_off_nadir_angle=self.min_off_nadir_angle,
            max_off_nadir_angle=self.max_off_nadir_angle,
            min_aoi_intersection_percent=self.min_aoi_intersection_percent, data_providers=self.data_providers,
            product_types=tuple(self.product_types), hide_unavailable=self.hide_unavailable)

    def to_json(self) -> dict:
        if self.limit <= 0 or self.offset < 0:
            raise InvalidRequestError("limit must be positive and offset not negative")
        body: Dict[str, Any] = {"aoi": geometry_to_json(self.aoi), "limit": int(self.limit),
                                "offset": int(self.offset)}
        body.update(self.filters.to_json())
        sort_by = enum_text(CatalogSortBy, self.sort_by, "sort field")
        if sort_by:
            body["sortBy"] = sort_by
        sort_order = None if self.sort_order is None else enum_text(SortOrder, self.sort_order, "sort order")
        if sort_order:
            body["sortOrder"] = sort_order
        return body
