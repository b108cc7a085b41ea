"""A reason against a processing: a stable code, a severity and a translated text that names the numbers.

Every rule module of ``core`` (AOI rules, account and billing, roles, the processing plan) answers with these, so a
caller (the dock, a Processing-toolbox algorithm) shows them the same way: errors block a start, warnings inform.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, Sequence


class Severity(str, Enum):
    ERROR = "ERROR"  # blocks the start
    WARNING = "WARNING"  # shown; the start is allowed


class ReasonCode(str, Enum):
    NO_POLYGON = "NO_POLYGON"
    NON_POLYGON_LAYER = "NON_POLYGON_LAYER"
    EMPTY_SELECTION = "EMPTY_SELECTION"
    NO_CRS = "NO_CRS"
    UNREADABLE = "UNREADABLE"
    REPROJECTION_FAILED = "REPROJECTION_FAILED"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    CONTAINS_POLE = "CONTAINS_POLE"
    TOO_COMPLEX = "TOO_COMPLEX"
    TOO_MANY_VERTICES = "TOO_MANY_VERTICES"
    TOO_MANY_PARTS = "TOO_MANY_PARTS"
    AREA_OVER_LIMIT = "AREA_OVER_LIMIT"
    PART_BBOX_OVER_LIMIT = "PART_BBOX_OVER_LIMIT"
    NOT_ENOUGH_CREDITS = "NOT_ENOUGH_CREDITS"
    NOT_ENOUGH_AREA = "NOT_ENOUGH_AREA"
    BELOW_PROVIDER_MINIMUM = "BELOW_PROVIDER_MINIMUM"
    # the processing plan (core.processing_plan)
    NO_PROJECT = "NO_PROJECT"
    ROLE = "ROLE"
    NO_MODEL = "NO_MODEL"
    NO_SOURCE = "NO_SOURCE"
    COST_UNKNOWN = "COST_UNKNOWN"
    # imagery search (core.search_rules)
    SCENES_MIXED_PROVIDERS = "SCENES_MIXED_PROVIDERS"
    SCENES_MIXED_PRODUCT_TYPES = "SCENES_MIXED_PRODUCT_TYPES"
    SCENES_MOSAIC_ZOOM_MISMATCH = "SCENES_MOSAIC_ZOOM_MISMATCH"
    AOI_OUTSIDE_SCENES = "AOI_OUTSIDE_SCENES"
    AOI_CROPPED = "AOI_CROPPED"
    # warnings, one per NoteCode of core.aoi_rules
    REPAIRED = "REPAIRED"
    Z_DROPPED = "Z_DROPPED"
    M_DROPPED = "M_DROPPED"
    NON_POLYGON_PARTS_DROPPED = "NON_POLYGON_PARTS_DROPPED"
    CURVES_SEGMENTIZED = "CURVES_SEGMENTIZED"
    ANTIMERIDIAN_SPLIT = "ANTIMERIDIAN_SPLIT"
    PARTS_MERGED = "PARTS_MERGED"
    NULL_GEOMETRIES_SKIPPED = "NULL_GEOMETRIES_SKIPPED"
    OUTSIDE_CRS_AREA = "OUTSIDE_CRS_AREA"
    SIMPLIFIED = "SIMPLIFIED"


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    severity: Severity
    text: str
    params: Dict[str, object] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR


def blocking(reasons: Sequence[Reason]) -> bool:
    return any(reason.blocking for reason in reasons)
