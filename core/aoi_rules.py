"""AOI rules: is this area of interest acceptable for a processing, and if not, why (QGIS-free).

Input is plain numbers: an ``AoiSummary`` that the geometry layer (``layers/aoi.py``) computes, the account's
``AccountLimits`` (``core.account``) and the chosen provider's ``ProviderPrice``. Output is a list of
``core.reasons.Reason`` objects, each with a stable code, a severity, and a human-readable, translatable text that
names the numbers. Errors block a start; warnings only inform (a repair, dropped Z values...). The server enforces
the same rules (contract section 5). The balance check is a billing rule and lives in ``core.account``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import List, Optional, Tuple

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from .account import DEFAULT_MAX_AOIS, SQ_M_PER_SQ_KM, AccountLimits, balance_reasons
from .formatting import format_int, format_km2
from .pricing import ProviderPrice
from .reasons import Reason, ReasonCode, Severity

CONTEXT = "AoiRules"


def _t(text: str) -> str:
    return translate(text, CONTEXT)


# How much geometry work an AOI may cost (issue 21 item 9). Repairing a self-intersecting polygon cannot be
# interrupted, and its time grows with the vertices and the crossings: GEOS's "structure" make-valid takes ~2 s
# for 40,000 bow-tie vertices, QGIS 3.22's own makeValid (used only where GDAL/GEOS lack the former) ~150 s. So an
# invalid polygon over the repair limit is simplified first, by at most MAX_SIMPLIFY_SHARE of its size (0.1 %: 1 m
# on a 1 km field, which keeps the area within a fraction of a percent), and refused with a reason when even that
# does not bring it under the limit: a shape changed more than that is the user's decision, not ours. A valid
# polygon is never simplified. Reading stops, with a reason, past MAX_AOI_VERTICES vertices in all.
REPAIR_VERTEX_LIMIT = 50_000  # with the "structure" repair: a few seconds at most
SLOW_REPAIR_VERTEX_LIMIT = 5_000  # with QGIS's own makeValid: ~3 s for the worst shapes measured
MAX_SIMPLIFY_SHARE = 0.001
MAX_AOI_VERTICES = 500_000

# WGS84 ellipsoid, for the lat-lon bounding-box area the server checks (contract section 5)
WGS84_A = 6_378_137.0
WGS84_F = 1 / 298.257223563


# --- inputs ----------------------------------------------------------------------------------------------------
class SourceStatus(str, Enum):
    """Why an AOI source gave no usable polygon (set by layers/aoi.py), or OK."""

    OK = "OK"
    NO_POLYGON = "NO_POLYGON"  # the source is empty, or nothing polygonal survived
    NON_POLYGON_LAYER = "NON_POLYGON_LAYER"  # a point, line or table layer
    EMPTY_SELECTION = "EMPTY_SELECTION"  # "selected features only" with nothing selected
    NO_CRS = "NO_CRS"  # the layer has no coordinate reference system
    UNREADABLE = "UNREADABLE"  # the file cannot be opened, or has no such layer
    REPROJECTION_FAILED = "REPROJECTION_FAILED"  # coordinates cannot be brought to EPSG:4326
    OUT_OF_RANGE = "OUT_OF_RANGE"  # lat-lon outside the globe: the declared CRS is wrong
    CONTAINS_POLE = "CONTAINS_POLE"  # a lat-lon polygon cannot enclose a pole
    TOO_COMPLEX = "TOO_COMPLEX"  # an invalid polygon too big to repair, even simplified (detail: its vertices)
    TOO_MANY_VERTICES = "TOO_MANY_VERTICES"  # more than MAX_AOI_VERTICES in all


class NoteCode(str, Enum):
    """Things the AOI builder changed on the way; shown as warnings, never refusals."""

    REPAIRED = "REPAIRED"
    Z_DROPPED = "Z_DROPPED"
    M_DROPPED = "M_DROPPED"
    NON_POLYGON_PARTS_DROPPED = "NON_POLYGON_PARTS_DROPPED"
    CURVES_SEGMENTIZED = "CURVES_SEGMENTIZED"
    ANTIMERIDIAN_SPLIT = "ANTIMERIDIAN_SPLIT"
    PARTS_MERGED = "PARTS_MERGED"
    NULL_GEOMETRIES_SKIPPED = "NULL_GEOMETRIES_SKIPPED"
    OUTSIDE_CRS_AREA = "OUTSIDE_CRS_AREA"  # detail: the CRS id
    SIMPLIFIED = "SIMPLIFIED"  # facts: before, after (vertices), metres (the tolerance)


@dataclass(frozen=True)
class AoiNote:
    code: NoteCode
    count: int
    detail: str = ""  # e.g. a layer name; never shown alone
    facts: Tuple[Tuple[str, object], ...] = ()  # more named numbers for the note's text


@dataclass(frozen=True)
class AoiSummary:
    """Numbers about one AOI, all in km² (geodesic, WGS84)."""

    status: SourceStatus = SourceStatus.OK
    status_detail: str = ""  # e.g. the geometry type of a non-polygon layer, the file error
    part_areas_km2: Tuple[float, ...] = ()
    part_bbox_areas_km2: Tuple[float, ...] = ()
    notes: Tuple[AoiNote, ...] = ()

    @property
    def part_count(self) -> int:
        return len(self.part_areas_km2)

    @property
    def total_area_km2(self) -> float:
        return math.fsum(self.part_areas_km2)


# --- output: core.reasons.Reason --------------------------------------------------------------------------
# Message templates, translated before formatting so that translators see the placeholders.
_STATUS_TEXTS = {
    SourceStatus.NO_POLYGON: QT_TRANSLATE_NOOP("AoiRules", "The area of interest has no polygon{detail}."),
    SourceStatus.NON_POLYGON_LAYER: QT_TRANSLATE_NOOP(
        "AoiRules", "The layer holds {detail} geometries; an area of interest needs a polygon layer."),
    SourceStatus.EMPTY_SELECTION: QT_TRANSLATE_NOOP(
        "AoiRules", "No features are selected{detail}; select at least one polygon or use all features."),
    SourceStatus.NO_CRS: QT_TRANSLATE_NOOP(
        "AoiRules",
        "The layer{detail} has no coordinate reference system; set its CRS in the layer properties and try again."),
    SourceStatus.UNREADABLE: QT_TRANSLATE_NOOP("AoiRules", "The AOI source cannot be read{detail}."),
    SourceStatus.REPROJECTION_FAILED: QT_TRANSLATE_NOOP(
        "AoiRules", "The AOI cannot be converted to longitude/latitude (EPSG:4326){detail}."),
    SourceStatus.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "AoiRules",
        "The AOI coordinates fall outside the globe once read as longitude/latitude{detail}; "
        "the layer's coordinate reference system is probably wrong."),
    SourceStatus.CONTAINS_POLE: QT_TRANSLATE_NOOP(
        "AoiRules",
        "The AOI encloses the {detail} Pole, which a longitude/latitude polygon cannot describe; "
        "draw an area that stays off the pole."),
    SourceStatus.TOO_COMPLEX: QT_TRANSLATE_NOOP(
        "AoiRules",
        "The AOI has a self-intersecting polygon of {detail} vertices, too complex to repair here, even when "
        "simplified by up to 0.1 % of its size. Repair or simplify it (Vector › Geometry Tools › Fix Geometries "
        "or Simplify) and choose the result."),
    SourceStatus.TOO_MANY_VERTICES: QT_TRANSLATE_NOOP(
        "AoiRules",
        "The AOI has more than {limit} vertices; reading stopped there. Choose fewer or simpler polygons "
        "(Vector › Geometry Tools › Simplify)."),
}

# Words that layers/aoi*.py put into ``status_detail``; shown translated.
_DETAIL_WORDS = {
    "point": QT_TRANSLATE_NOOP("AoiRules", "point"),
    "line": QT_TRANSLATE_NOOP("AoiRules", "line"),
    "no": QT_TRANSLATE_NOOP("AoiRules", "no"),
    "North": QT_TRANSLATE_NOOP("AoiRules", "North"),
    "South": QT_TRANSLATE_NOOP("AoiRules", "South"),
}

_NOTE_TEXTS = {
    NoteCode.REPAIRED: (
        QT_TRANSLATE_NOOP("AoiRules", "1 invalid geometry was repaired (self-intersections, duplicate rings)."),
        QT_TRANSLATE_NOOP("AoiRules",
                          "{count} invalid geometries were repaired (self-intersections, duplicate rings).")),
    NoteCode.Z_DROPPED: (
        QT_TRANSLATE_NOOP("AoiRules", "Z values were dropped from 1 geometry."),
        QT_TRANSLATE_NOOP("AoiRules", "Z values were dropped from {count} geometries.")),
    NoteCode.M_DROPPED: (
        QT_TRANSLATE_NOOP("AoiRules", "M values were dropped from 1 geometry."),
        QT_TRANSLATE_NOOP("AoiRules", "M values were dropped from {count} geometries.")),
    NoteCode.NON_POLYGON_PARTS_DROPPED: (
        QT_TRANSLATE_NOOP("AoiRules", "1 point or line part was left out; only polygons are processed."),
        QT_TRANSLATE_NOOP("AoiRules", "{count} point or line parts were left out; only polygons are processed.")),
    NoteCode.CURVES_SEGMENTIZED: (
        QT_TRANSLATE_NOOP("AoiRules", "1 curved geometry was converted to straight segments."),
        QT_TRANSLATE_NOOP("AoiRules", "{count} curved geometries were converted to straight segments.")),
    NoteCode.ANTIMERIDIAN_SPLIT: (
        QT_TRANSLATE_NOOP("AoiRules", "1 shape crossing the 180° meridian was split in two at the meridian."),
        QT_TRANSLATE_NOOP("AoiRules", "{count} shapes crossing the 180° meridian were split at the meridian.")),
    NoteCode.PARTS_MERGED: (
        QT_TRANSLATE_NOOP("AoiRules", "Overlapping or touching shapes were merged: 1 part fewer."),
        QT_TRANSLATE_NOOP("AoiRules", "Overlapping or touching shapes were merged: {count} parts fewer.")),
    NoteCode.NULL_GEOMETRIES_SKIPPED: (
        QT_TRANSLATE_NOOP("AoiRules", "1 feature without geometry was skipped."),
        QT_TRANSLATE_NOOP("AoiRules", "{count} features without geometry were skipped.")),
    NoteCode.OUTSIDE_CRS_AREA: (
        QT_TRANSLATE_NOOP("AoiRules", "The AOI lies far outside the area {detail} is meant for; "
                                      "check that the layer's CRS is right."),
    ) * 2,
    NoteCode.SIMPLIFIED: (
        QT_TRANSLATE_NOOP("AoiRules", "A self-intersecting polygon of {before} vertices was simplified to {after} "
                                      "vertices (details under {metres} m) so that it could be repaired quickly."),
        QT_TRANSLATE_NOOP("AoiRules", "{count} self-intersecting polygons of {before} vertices in all were simplified "
                                      "to {after} vertices (details under {metres} m) so that they could be repaired "
                                      "quickly.")),
}


def _status_reason(summary: AoiSummary) -> Reason:
    detail = summary.status_detail
    if summary.status is SourceStatus.NON_POLYGON_LAYER:
        shown_detail = _t(_DETAIL_WORDS.get(detail, detail)) if detail else _t(
            QT_TRANSLATE_NOOP("AoiRules", "non-polygon"))
    elif summary.status is SourceStatus.CONTAINS_POLE:
        shown_detail = _t(_DETAIL_WORDS.get(detail, detail))
    elif summary.status is SourceStatus.NO_CRS:
        shown_detail = f" {detail}" if detail else ""  # the layer's quoted name reads as part of the sentence
    elif summary.status in (SourceStatus.TOO_COMPLEX, SourceStatus.TOO_MANY_VERTICES):
        shown_detail = detail  # a number of vertices
    else:
        shown_detail = f" ({detail})" if detail else ""
    text = _t(_STATUS_TEXTS[summary.status]).format(detail=shown_detail, limit=format_int(MAX_AOI_VERTICES))
    return Reason(ReasonCode(summary.status.value), Severity.ERROR, text, {"detail": detail})


def note_reason(note: AoiNote) -> Reason:
    singular, plural = _NOTE_TEXTS[note.code]
    template = singular if note.count == 1 else plural
    facts = dict(note.facts)
    text = _t(template).format(count=note.count, detail=note.detail,
                               **{k: format_int(v) if isinstance(v, int) else v for k, v in facts.items()})
    return Reason(ReasonCode(note.code.value), Severity.WARNING, text,
                  {"count": note.count, "detail": note.detail, **facts})


def validate(
    summary: AoiSummary,
    limits: AccountLimits,
    provider: Optional[ProviderPrice] = None,
    cost_credits: Optional[int] = None,
) -> List[Reason]:
    """Every reason this AOI cannot be processed, errors first, then warnings.

    ``cost_credits`` is the cost of the processing (the server's /cost answer, or the local estimate meanwhile);
    under CREDITS billing the credit check runs only once it is known.
    """
    warnings = [note_reason(note) for note in summary.notes if note.count > 0]
    if summary.status is not SourceStatus.OK:
        return [_status_reason(summary)] + warnings
    if summary.part_count == 0:
        return [_status_reason(AoiSummary(status=SourceStatus.NO_POLYGON))] + warnings

    errors: List[Reason] = []
    errors.extend(_count_reasons(summary, limits))
    errors.extend(_area_limit_reasons(summary, limits))
    errors.extend(balance_reasons(summary.total_area_km2, limits, cost_credits))
    errors.extend(_provider_reasons(summary, provider))
    return errors + warnings


def _count_reasons(summary: AoiSummary, limits: AccountLimits) -> List[Reason]:
    max_aois = limits.max_aois if limits.max_aois is not None else DEFAULT_MAX_AOIS
    if max_aois <= 0 or summary.part_count <= max_aois:
        return []
    text = _t(QT_TRANSLATE_NOOP(
        "AoiRules",
        "The AOI has {count} separate polygons; a processing accepts at most {limit}. "
        "Merge or select fewer polygons."
    )).format(count=format_int(summary.part_count), limit=format_int(max_aois))
    return [Reason(ReasonCode.TOO_MANY_PARTS, Severity.ERROR, text,
                   {"count": summary.part_count, "limit": max_aois})]


def _area_limit_reasons(summary: AoiSummary, limits: AccountLimits) -> List[Reason]:
    if not limits.aoi_area_limit_m2 or limits.aoi_area_limit_m2 <= 0:
        return []
    limit_km2 = limits.aoi_area_limit_m2 / SQ_M_PER_SQ_KM
    reasons: List[Reason] = []
    total = summary.total_area_km2
    if total > limit_km2:
        text = _t(QT_TRANSLATE_NOOP("AoiRules", "The AOI is {area}; your limit per processing is {limit}.")).format(
            area=format_km2(total), limit=format_km2(limit_km2))
        reasons.append(Reason(ReasonCode.AREA_OVER_LIMIT, Severity.ERROR, text,
                              {"area_km2": total, "limit_km2": limit_km2}))
    # The server also measures each part's lat-lon bounding box: a long thin diagonal AOI can fail on its box.
    # A part whose own area is over the limit is already named by the total-area reason above.
    over = [(index, box) for index, (area, box) in enumerate(zip(summary.part_areas_km2, summary.part_bbox_areas_km2))
            if box > limit_km2 and area <= limit_km2]
    if over:
        index, box = max(over, key=lambda item: item[1])
        text = _t(QT_TRANSLATE_NOOP(
            "AoiRules",
            "The bounding box of AOI part {part} is {area}, over your limit per processing of {limit}"
            "{others}; the server measures each part's longitude/latitude box."
        )).format(part=index + 1, area=format_km2(box), limit=format_km2(limit_km2),
                 others=_others_suffix(len(over) - 1))
        reasons.append(Reason(ReasonCode.PART_BBOX_OVER_LIMIT, Severity.ERROR, text,
                              {"part": index + 1, "bbox_km2": box, "limit_km2": limit_km2,
                               "parts_over": len(over)}))
    return reasons


def _others_suffix(others: int) -> str:
    if others <= 0:
        return ""
    if others == 1:
        return _t(QT_TRANSLATE_NOOP("AoiRules", " (and 1 more part)"))
    return _t(QT_TRANSLATE_NOOP("AoiRules", " (and {n} more parts)")).format(n=others)


def _provider_reasons(summary: AoiSummary, provider: Optional[ProviderPrice]) -> List[Reason]:
    if provider is None or not provider.min_area_sq_km:
        return []
    total = summary.total_area_km2
    if total >= provider.min_area_sq_km:
        return []
    text = _t(QT_TRANSLATE_NOOP(
        "AoiRules", "The AOI is {area}; {provider} needs at least {minimum} per processing.")).format(
        area=format_km2(total), provider=provider.display_name or provider.name,
        minimum=format_km2(provider.min_area_sq_km))
    return [Reason(ReasonCode.BELOW_PROVIDER_MINIMUM, Severity.ERROR, text,
                   {"area_km2": total, "provider": provider.name, "minimum_km2": provider.min_area_sq_km})]


# --- geodesy helpers (pure math, shared with layers/aoi.py) -----------------------------------------------------
def _authalic_zone(lat_rad: float) -> float:
    """Ellipsoid surface area between the equator and latitude ``lat_rad``, over all 360° of longitude (m²)."""
    e2 = WGS84_F * (2 - WGS84_F)
    e = math.sqrt(e2)
    b = WGS84_A * (1 - WGS84_F)
    sin_lat = math.sin(lat_rad)
    return math.pi * b * b * (
        sin_lat / (1 - e2 * sin_lat * sin_lat)
        + math.log((1 + e * sin_lat) / (1 - e * sin_lat)) / (2 * e)
    )


def latlon_box_area_km2(west: float, south: float, east: float, north: float) -> float:
    """Exact WGS84 area of a longitude/latitude box (edges along meridians and parallels), in km².

    A QGIS-free estimate for a box (e.g. a planned-search extent). The server measures AOI bounding boxes with
    geodesic edges through the four corners instead (``layers/aoi_geometry.py`` does the same); for boxes under
    a degree the two differ by less than 0.003 %."""
    width_deg = max(0.0, east - west)
    south = max(-90.0, min(90.0, south))
    north = max(-90.0, min(90.0, north))
    if width_deg == 0 or north <= south:
        return 0.0
    zone = _authalic_zone(math.radians(north)) - _authalic_zone(math.radians(south))
    return zone * (min(width_deg, 360.0) / 360.0) / SQ_M_PER_SQ_KM
