"""Imagery search rules (QGIS-free): which scenes may be processed together, what the AOI loses when it is cut to
their footprints, whether an AOI may be searched at once or needs a planned search, what a failed search means,
and how local filters relate to the last server query.

The dock's search section and a later planned-search section use these; a Processing-toolbox algorithm can too.
Texts of refusals the server also makes are the client's texts for the server's codes (``api.error_catalog``), so
the user reads the same sentence whether the plugin or the server refuses.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..api.error_catalog import describe_code
from ..api.errors import ApiError, BadRequestError, Cancelled, ServerError, Timeout, TransportError
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models import CatalogImage, SearchFilters
from ..api.models._fields import format_timestamp, parse_timestamp
from ..api.models.sources import ImagerySearchSource
from .formatting import DATE, format_int, format_km2, format_moment, format_number
from .reasons import Reason, ReasonCode, Severity

CONTEXT = "SearchRules"
# Below this the cut AOI is a sliver of rounding, not an area worth processing (1 m²).
NOTHING_LEFT_KM2 = 1e-6
# A loss smaller than this share of the AOI is rounding along shared edges: no warning.
NEGLIGIBLE_LOSS_PERCENT = 0.05
SEARCH_AREA_CODE = "SEARCH_AREA_LIMIT_EXCEEDED"


def _t(text: str) -> str:
    return translate(text, CONTEXT)


# --- several scenes in one processing ------------------------------------------------------------------------
def scene_choice_problem(images: Sequence[CatalogImage]) -> Optional[Reason]:
    """Why these scenes cannot be one processing's source (None when they can): the server's rules (contract
    2.7) with the server's texts: images of one provider, or mosaics of one zoom; never images and mosaics."""
    if not images:
        return Reason(ReasonCode.NO_SOURCE, Severity.ERROR, _t(QT_TRANSLATE_NOOP(
            "SearchRules", "Choose one or more scenes in the search results.")))
    kinds = sorted({"MOSAIC" if image.is_mosaic else "IMAGE" for image in images})
    ids = [image.id for image in images]
    if len(kinds) > 1:
        return _server_reason(ReasonCode.SCENES_MIXED_PRODUCT_TYPES, "SEARCH_MIXED_PRODUCT_TYPES",
                              {"productTypes": kinds, "imageIds": ids})
    if kinds == ["MOSAIC"]:
        zooms = sorted({image.zoom for image in images if image.zoom is not None})
        if len(zooms) > 1:
            return _server_reason(ReasonCode.SCENES_MOSAIC_ZOOM_MISMATCH, "SEARCH_MOSAIC_ZOOM_MISMATCH",
                                  {"zooms": [str(z) for z in zooms], "imageIds": ids})
        return None
    providers = sorted({(image.provider_name or "").lower() for image in images})
    if len(providers) > 1:
        names = sorted({image.provider_name or "?" for image in images})
        return _server_reason(ReasonCode.SCENES_MIXED_PROVIDERS, "SEARCH_MIXED_PROVIDERS",
                              {"providers": names, "dataProvider": images[0].provider_name})
    return None


def _server_reason(code: ReasonCode, server_code: str, params: Dict[str, Any]) -> Reason:
    return Reason(code, Severity.ERROR, describe_code(server_code, params) or server_code, params)


def search_source(images: Sequence[CatalogImage]) -> ImagerySearchSource:
    """The ``imagerySearch`` source params of scenes that passed :func:`scene_choice_problem`: the first scene's
    provider (lowercased by the API model, as the contract says), every id, and the scenes' zoom."""
    zooms = sorted({image.zoom for image in images if image.zoom is not None})
    return ImagerySearchSource(images[0].provider_name or "", tuple(image.id for image in images),
                               zoom=zooms[-1] if zooms else None)


# --- the AOI cut to the chosen footprints --------------------------------------------------------------------
@dataclass(frozen=True)
class AoiCrop:
    """The AOI before and after it was cut to the union of the chosen scenes' footprints (geodesic km²)."""

    aoi_km2: float
    kept_km2: float

    @property
    def lost_km2(self) -> float:
        return max(0.0, self.aoi_km2 - self.kept_km2)

    @property
    def lost_percent(self) -> float:
        return 100.0 * self.lost_km2 / self.aoi_km2 if self.aoi_km2 > 0 else 0.0

    @property
    def nothing_left(self) -> bool:
        return self.kept_km2 < NOTHING_LEFT_KM2

    @property
    def loses_area(self) -> bool:
        return not self.nothing_left and self.lost_percent >= NEGLIGIBLE_LOSS_PERCENT


def crop_reasons(crop: Optional[AoiCrop]) -> List[Reason]:
    """A refusal when nothing of the AOI lies on the chosen scenes; a warning naming the lost area otherwise."""
    if crop is None:
        return []
    if crop.nothing_left:
        return [Reason(ReasonCode.AOI_OUTSIDE_SCENES, Severity.ERROR, _t(QT_TRANSLATE_NOOP(
            "SearchRules", "The area of interest lies outside the chosen scenes: nothing is left to process. "
                           "Choose scenes that cover it, or another area.")), {"aoi_km2": crop.aoi_km2})]
    if crop.loses_area:
        return [Reason(ReasonCode.AOI_CROPPED, Severity.WARNING, crop_text(crop),
                       {"lost_km2": crop.lost_km2, "lost_percent": crop.lost_percent})]
    return []


def crop_text(crop: AoiCrop) -> str:
    return _t(QT_TRANSLATE_NOOP(
        "SearchRules", "The area of interest is cut to the chosen scenes: {lost} ({percent} %) of it lies outside "
                       "them and is not processed; {kept} remain.")).format(
        lost=format_km2(crop.lost_km2), percent=_percent(crop.lost_percent), kept=format_km2(crop.kept_km2))


def _percent(value: float) -> str:
    return format_number(round(value, 1)) if value >= 0.1 else "<0.1"


# --- the search area limit -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchAreaRefusal:
    """An AOI too large to search at once: the reason, and whether a planned search may cover it instead."""

    text: str
    can_plan: bool
    aoi_km2: float
    limit_km2: Optional[float]


def planned_search_possible(aoi_km2: float, template_area_limit_m2: Optional[float]) -> bool:
    """``templateAreaLimit`` 0 or absent disables the planned-search area check (contract, /user/status)."""
    if not template_area_limit_m2:
        return True
    return aoi_km2 * 1e6 <= template_area_limit_m2


def search_area_refusal(aoi_km2: float, user_status: Any) -> Optional[SearchAreaRefusal]:
    """The refusal the server would give (``SEARCH_AREA_LIMIT_EXCEEDED``), known before asking when
    ``/user/status`` tells the limit; None when the AOI may be searched (or the limit is unknown)."""
    limit_m2 = getattr(user_status, "search_area_limit", None)
    if not limit_m2 or aoi_km2 * 1e6 <= limit_m2:
        return None
    template_limit = getattr(user_status, "template_area_limit", None)
    text = describe_code(SEARCH_AREA_CODE, {"area": aoi_km2 * 1e6, "searchAreaLimit": limit_m2,
                                            "templateAreaLimit": template_limit}) or SEARCH_AREA_CODE
    return SearchAreaRefusal(text, planned_search_possible(aoi_km2, template_limit), aoi_km2, limit_m2 / 1e6)


# --- a failed or empty search ------------------------------------------------------------------------------------
class FailureKind:
    AREA_LIMIT = "area-limit"
    TIMEOUT = "timeout"
    REFUSED = "refused"  # 4xx
    SERVER = "server"  # 5xx, provider down
    NETWORK = "network"
    CANCELLED = "cancelled"
    OTHER = "other"


@dataclass(frozen=True)
class SearchFailure:
    kind: str
    text: str
    retry: bool  # worth a Retry button
    can_plan: bool = False  # the AOI is over the search limit and a planned search may cover it


def search_failure(error: BaseException, aoi_km2: float = 0.0, user_status: Any = None) -> SearchFailure:
    """What a failed ``POST /catalog/meta`` means, one specific text per kind of failure."""
    if isinstance(error, Cancelled):
        return SearchFailure(FailureKind.CANCELLED, _t(QT_TRANSLATE_NOOP("SearchRules", "The search was cancelled.")),
                             False)
    if isinstance(error, ApiError) and (error.code or "").upper() == SEARCH_AREA_CODE:
        params = error.params
        template_limit = params.get("templateAreaLimit", getattr(user_status, "template_area_limit", None))
        try:
            area_km2 = float(params.get("area")) / 1e6
        except (TypeError, ValueError):
            area_km2 = aoi_km2
        try:
            template_limit = float(template_limit) if template_limit is not None else None
        except (TypeError, ValueError):
            template_limit = None
        return SearchFailure(FailureKind.AREA_LIMIT, str(error), False,
                             planned_search_possible(area_km2, template_limit))
    if isinstance(error, Timeout):
        return SearchFailure(FailureKind.TIMEOUT, _t(QT_TRANSLATE_NOOP(
            "SearchRules", "The imagery search got no answer in time ({reason}). Search a smaller area or fewer "
                           "providers, or try again later.")).format(reason=str(error).rstrip(".")), True)
    if isinstance(error, ServerError) or (isinstance(error, ApiError) and (error.status or 0) >= 500):
        return SearchFailure(FailureKind.SERVER, _t(QT_TRANSLATE_NOOP(
            "SearchRules", "The imagery search failed on the server: {reason}")).format(reason=error), True)
    if isinstance(error, ApiError):
        return SearchFailure(FailureKind.REFUSED, _t(QT_TRANSLATE_NOOP(
            "SearchRules", "The server refused the imagery search: {reason}")).format(reason=error),
            not isinstance(error, BadRequestError))
    if isinstance(error, TransportError):
        return SearchFailure(FailureKind.NETWORK, _t(QT_TRANSLATE_NOOP(
            "SearchRules", "The imagery search could not reach the server: {reason}")).format(reason=error), True)
    return SearchFailure(FailureKind.OTHER, str(error), True)


def empty_result_text(filters: SearchFilters) -> str:
    """No scene matched: say which filters are set, so the user knows what to widen."""
    names = set_filter_names(filters)
    if names:
        return _t(QT_TRANSLATE_NOOP(
            "SearchRules", "No scenes over the area of interest match these filters ({filters}). Widen them, or "
                           "search another area.")).format(filters=", ".join(names))
    return _t(QT_TRANSLATE_NOOP("SearchRules", "No scenes cover the area of interest."))


# --- local filters and the last server query -------------------------------------------------------------------
_FILTER_NAMES = {
    "dates": QT_TRANSLATE_NOOP("SearchRules", "dates"),
    "resolution": QT_TRANSLATE_NOOP("SearchRules", "resolution"),
    "cloud": QT_TRANSLATE_NOOP("SearchRules", "cloud cover"),
    "off_nadir": QT_TRANSLATE_NOOP("SearchRules", "off-nadir angle"),
    "intersection": QT_TRANSLATE_NOOP("SearchRules", "AOI cover"),
    "providers": QT_TRANSLATE_NOOP("SearchRules", "providers"),
    "products": QT_TRANSLATE_NOOP("SearchRules", "product types"),
}


def set_filter_names(filters: SearchFilters) -> List[str]:
    """The translated names of the filters that narrow a search."""
    present = {
        "dates": filters.acquisition_date_from is not None or filters.acquisition_date_to is not None,
        "resolution": filters.min_resolution is not None or filters.max_resolution is not None,
        "cloud": filters.max_cloud_cover is not None,
        "off_nadir": filters.min_off_nadir_angle is not None or filters.max_off_nadir_angle is not None,
        "intersection": filters.min_aoi_intersection_percent is not None,
        "providers": filters.data_providers is not None,
        "products": filters.product_types is not None and len(_kinds(filters)) < 2,
    }
    return [_t(_FILTER_NAMES[key]) for key, on in present.items() if on]


def _moment(value) -> Optional[datetime]:
    return parse_timestamp(format_timestamp(value)) if value is not None else None


def _looser_low(now: Optional[float], last: Optional[float]) -> bool:
    """A lower bound is wider when it is gone or lower."""
    return last is not None and (now is None or now < last)


def _looser_high(now: Optional[float], last: Optional[float]) -> bool:
    return last is not None and (now is None or now > last)


def _kinds(filters: SearchFilters) -> frozenset:
    if filters.product_types is None:
        return frozenset(("IMAGE", "MOSAIC"))
    return frozenset(getattr(kind, "value", str(kind)).upper().replace("SCENE", "IMAGE")
                     for kind in filters.product_types)


def _providers(filters: SearchFilters) -> Optional[frozenset]:
    return None if filters.data_providers is None else frozenset(p.lower() for p in filters.data_providers)


def wider_filters(now: SearchFilters, last: SearchFilters) -> List[str]:
    """The translated names of the filters that admit scenes the last server query left out: results can then be
    missing from the table, and only a new search finds them. Narrower filters need no request (local filter)."""
    wider = []
    date_from_now, date_from_last = _moment(now.acquisition_date_from), _moment(last.acquisition_date_from)
    date_to_now, date_to_last = _moment(now.acquisition_date_to), _moment(last.acquisition_date_to)
    if (date_from_last is not None and (date_from_now is None or date_from_now < date_from_last)) or \
            (date_to_last is not None and (date_to_now is None or date_to_now > date_to_last)):
        wider.append("dates")
    if _looser_low(now.min_resolution, last.min_resolution) or _looser_high(now.max_resolution, last.max_resolution):
        wider.append("resolution")
    if _looser_high(now.max_cloud_cover, last.max_cloud_cover):
        wider.append("cloud")
    if _looser_low(now.min_off_nadir_angle, last.min_off_nadir_angle) or \
            _looser_high(now.max_off_nadir_angle, last.max_off_nadir_angle):
        wider.append("off_nadir")
    if _looser_low(now.min_aoi_intersection_percent, last.min_aoi_intersection_percent):
        wider.append("intersection")
    last_providers, now_providers = _providers(last), _providers(now)
    if last_providers is not None and (now_providers is None or now_providers - last_providers):
        wider.append("providers")
    if _kinds(now) - _kinds(last):
        wider.append("products")
    return [_t(_FILTER_NAMES[key]) for key in wider]


def wider_hint(now: SearchFilters, last: Optional[SearchFilters], aoi_changed: bool = False) -> str:
    """The hint under the results when they may be incomplete for the current filters or AOI ('' when not)."""
    if last is None:
        return ""
    if aoi_changed:
        return _t(QT_TRANSLATE_NOOP("SearchRules", "Search again: the area of interest changed since the last "
                                                   "search."))
    wider = wider_filters(now, last)
    if not wider:
        return ""
    return _t(QT_TRANSLATE_NOOP("SearchRules", "Search again: the filters are wider than the last search "
                                               "({filters}).")).format(filters=", ".join(wider))


def match_vector(filters: SearchFilters, images: Sequence[CatalogImage]) -> List[bool]:
    """``filters.matches`` over a page in one pass (the filter bounds are parsed once, not per image)."""
    start, end = _moment(filters.acquisition_date_from), _moment(filters.acquisition_date_to)
    kinds = _kinds(filters)
    providers = _providers(filters)
    bounds = ((filters.min_resolution, filters.max_resolution), (None, filters.max_cloud_cover),
              (filters.min_off_nadir_angle, filters.max_off_nadir_angle),
              (filters.min_aoi_intersection_percent, None))
    result = []
    for image in images:
        when = image.acquisition_date
        ok = not (when is not None and ((start and when < start) or (end and when > end)))
        if ok:
            values = (image.pixel_resolution, image.cloud_cover, image.abs_off_nadir_angle,
                      image.aoi_intersection_percent)
            for value, (low, high) in zip(values, bounds):
                if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
                    ok = False
                    break
        if ok and providers is not None and (image.provider_name or "").lower() not in providers:
            ok = False
        if ok and ("MOSAIC" if image.is_mosaic else "IMAGE") not in kinds:
            ok = False
        result.append(ok)
    return result


def sunk_order(matches: Sequence[bool]) -> List[int]:
    """Row order that keeps the server's order but sinks what no longer matches: matching rows first."""
    return [i for i, ok in enumerate(matches) if ok] + [i for i, ok in enumerate(matches) if not ok]


# --- texts of the results ------------------------------------------------------------------------------------------
def page_range_text(offset: int, shown: int, total: int) -> str:
    """e.g. "41–80 of 137"; "0 of 0" for nothing."""
    if shown <= 0:
        return _t(QT_TRANSLATE_NOOP("SearchRules", "0 of {total}")).format(total=format_int(total))
    return _t(QT_TRANSLATE_NOOP("SearchRules", "{first}–{last} of {total}")).format(
        first=format_int(offset + 1), last=format_int(offset + shown), total=format_int(total))


def scenes_label(images: Sequence[CatalogImage]) -> str:
    """A short description of the chosen scenes for the Imagery section and the start confirmation."""
    if not images:
        return ""
    provider = images[0].provider_name or "?"
    dates = [format_moment(day, DATE) for day in
             sorted({image.acquisition_date.date() for image in images if image.acquisition_date})]
    when = ", ".join(dates[:3]) + ("…" if len(dates) > 3 else "")
    zoom = images[0].zoom
    if len(images) == 1:
        text = _t(QT_TRANSLATE_NOOP("SearchRules", "scene {id} of {provider}")).format(id=images[0].id,
                                                                                    provider=provider)
    else:
        text = _t(QT_TRANSLATE_NOOP("SearchRules", "{count} scenes of {provider}")).format(count=len(images),
                                                                                        provider=provider)
    if when:
        text += f" ({when})"
    if zoom is not None:
        text += _t(QT_TRANSLATE_NOOP("SearchRules", ", zoom {zoom}")).format(zoom=zoom)
    return text


def bounds_of(geojson: Any) -> Optional[Tuple[float, float, float, float]]:
    """(west, south, east, north) of a GeoJSON Polygon/MultiPolygon footprint; None when unreadable."""
    try:
        kind, coordinates = geojson.get("type"), geojson.get("coordinates")
        rings = [coordinates[0]] if kind == "Polygon" else [polygon[0] for polygon in coordinates] \
            if kind == "MultiPolygon" else []
        xs = [float(p[0]) for ring in rings for p in ring]
        ys = [float(p[1]) for ring in rings for p in ring]
    except (AttributeError, TypeError, ValueError, IndexError):
        return None
    if not xs or not all(math.isfinite(v) for v in xs + ys):
        return None
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class PlannedSearchIntent:
    """What the search hands over when the user wants a planned search instead (an AOI over the search limit):
    the AOI (GeoJSON, EPSG:4326), its area, its name for the planned search's AOI, and the filters of the form."""

    aoi_geojson: Dict[str, Any]
    aoi_km2: float
    aoi_name: str
    filters: SearchFilters


__all__ = ["AoiCrop", "FailureKind", "PlannedSearchIntent", "SearchAreaRefusal", "SearchFailure", "bounds_of",
           "crop_reasons", "crop_text", "empty_result_text", "match_vector", "page_range_text",
           "planned_search_possible", "scene_choice_problem", "scenes_label", "search_area_refusal",
           "search_failure", "search_source", "set_filter_names", "sunk_order", "wider_filters", "wider_hint"]
