"""The filters of an imagery search (contract 2.7), read liberally and checked strictly: shared by
``POST /catalog/meta``, planned searches (``searchParams``) and their image listings."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from ..errors import bad_request
from ..util import parse_iso

PRODUCT_TYPES = ("IMAGE", "MOSAIC")
PRODUCT_ALIASES = {"IMAGE": "IMAGE", "SCENE": "IMAGE", "MOSAIC": "MOSAIC"}
NUMBER_FIELDS = ("minResolution", "maxResolution", "maxCloudCover", "minOffNadirAngle", "maxOffNadirAngle",
                 "minAoiIntersectionPercent")
FILTER_KEYS = ("acquisitionDateFrom", "acquisitionDateTo") + NUMBER_FIELDS + ("productTypes", "dataProviders",
                                                                              "hideUnavailable")


def _number(body: dict, key: str, low: float = 0.0, high: float = math.inf) -> Optional[float]:
    value = body.get(key)
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise bad_request(f"{key} must be a number", **{key: str(value)}) from None
    if isinstance(value, bool) or not math.isfinite(number) or not low <= number <= high:
        raise bad_request(f"{key} must be a number from {low:g} to {high:g}", **{key: str(value)})
    return number


def _date(body: dict, key: str) -> Optional[datetime]:
    value = body.get(key)
    if value is None or value == "":
        return None
    parsed = parse_iso(value) if isinstance(value, str) else None
    if parsed is None:
        raise bad_request(f"{key} must be an ISO-8601 date-time such as 2024-05-01T00:00:00Z", **{key: str(value)})
    return parsed


def _names(body: dict, key: str) -> Optional[list]:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [part for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad_request(f"{key} must be a list of names", **{key: str(value)})
    return [v.strip() for v in value if v.strip()]


@dataclass(frozen=True)
class SearchFilters:
    date_from: Optional[datetime] = None
    date_to: Optional[datetime] = None
    min_resolution: Optional[float] = None
    max_resolution: Optional[float] = None
    max_cloud_cover: Optional[float] = None
    min_off_nadir: Optional[float] = None
    max_off_nadir: Optional[float] = None
    min_intersection: Optional[float] = None
    product_types: Optional[frozenset] = None  # IMAGE / MOSAIC; None: both
    providers: Optional[frozenset] = None  # lower-cased names; None: every provider, empty: none
    hide_unavailable: bool = False
    raw: tuple = ()  # the filters as given, normalised: ((key, value), ...) for echoing

    def wants_product(self, product_type: str) -> bool:
        return self.product_types is None or product_type in self.product_types

    def wants_provider(self, name: str) -> bool:
        return self.providers is None or name.lower() in self.providers

    def matches(self, acquired: Optional[datetime], resolution: Optional[float], cloud: Optional[float],
                off_nadir: Optional[float]) -> bool:
        """Metadata filters; a null value matches every filter (contract 2.7)."""
        if acquired is not None and ((self.date_from and acquired < self.date_from)
                                     or (self.date_to and acquired > self.date_to)):
            return False
        if resolution is not None and ((self.min_resolution is not None and resolution < self.min_resolution)
                                       or (self.max_resolution is not None and resolution > self.max_resolution)):
            return False
        if cloud is not None and self.max_cloud_cover is not None and cloud > self.max_cloud_cover:
            return False
        if off_nadir is not None:
            angle = abs(off_nadir)
            if (self.min_off_nadir is not None and angle < self.min_off_nadir) or \
                    (self.max_off_nadir is not None and angle > self.max_off_nadir):
                return False
        return True

    def as_json(self) -> dict:
        return dict(self.raw)


def parse_filters(body: dict) -> SearchFilters:
    """Every filter key of contract 2.7 (a missing or null key leaves that filter out)."""
    date_from, date_to = _date(body, "acquisitionDateFrom"), _date(body, "acquisitionDateTo")
    if date_from and date_to and date_from > date_to:
        raise bad_request("acquisitionDateFrom is after acquisitionDateTo")
    numbers = {key: _number(body, key, high=100.0 if key in ("maxCloudCover", "minAoiIntersectionPercent") else
                            90.0 if "OffNadir" in key else math.inf) for key in NUMBER_FIELDS}
    for low, high in (("minResolution", "maxResolution"), ("minOffNadirAngle", "maxOffNadirAngle")):
        if numbers[low] is not None and numbers[high] is not None and numbers[low] > numbers[high]:
            raise bad_request(f"{low} is larger than {high}", **{low: numbers[low], high: numbers[high]})
    kinds = _names(body, "productTypes")
    product_types = None
    if kinds is not None:
        unknown = [k for k in kinds if k.upper() not in PRODUCT_ALIASES]
        if unknown:
            raise bad_request(f"productTypes takes IMAGE and MOSAIC, got {unknown[0]!r}", productTypes=str(kinds))
        product_types = frozenset(PRODUCT_ALIASES[k.upper()] for k in kinds)
    providers = _names(body, "dataProviders")
    hide = body.get("hideUnavailable")
    if hide is not None and not isinstance(hide, bool):
        if str(hide).lower() not in ("true", "false", "1", "0"):
            raise bad_request("hideUnavailable must be true or false", hideUnavailable=str(hide))
        hide = str(hide).lower() in ("true", "1")
    raw = {"acquisitionDateFrom": body.get("acquisitionDateFrom") if date_from else None,
           "acquisitionDateTo": body.get("acquisitionDateTo") if date_to else None, **numbers,
           "productTypes": sorted(product_types) if product_types is not None else None,
           "dataProviders": providers, "hideUnavailable": bool(hide) if hide is not None else None}
    return SearchFilters(
        date_from=date_from, date_to=date_to, min_resolution=numbers["minResolution"],
        max_resolution=numbers["maxResolution"], max_cloud_cover=numbers["maxCloudCover"],
        min_off_nadir=numbers["minOffNadirAngle"], max_off_nadir=numbers["maxOffNadirAngle"],
        min_intersection=numbers["minAoiIntersectionPercent"], product_types=product_types,
        providers=frozenset(p.lower() for p in providers) if providers is not None else None,
        hide_unavailable=bool(hide), raw=tuple((k, v) for k, v in raw.items() if v is not None))
