"""AOI rules: every reason, its code, severity and the numbers its text names."""
import math

import pytest

from mapflow_processing.api import i18n
from mapflow_processing.api.models import BillingType
from mapflow_processing.core.account import AccountLimits
from mapflow_processing.core.aoi_rules import AoiNote, AoiSummary, NoteCode, SourceStatus, latlon_box_area_km2, validate
from mapflow_processing.core.formatting import format_km2, format_number
from mapflow_processing.core.pricing import ProviderPrice
from mapflow_processing.core.reasons import ReasonCode, Severity, blocking

KM2 = 1_000_000.0


def summary(*areas, boxes=None, notes=(), status=SourceStatus.OK, detail=""):
    return AoiSummary(status=status, status_detail=detail, part_areas_km2=tuple(areas),
                      part_bbox_areas_km2=tuple(boxes if boxes is not None else areas), notes=tuple(notes))


def codes(reasons):
    return [r.code for r in reasons]


@pytest.mark.parametrize("value, text", [
    (123.4, "123.4"), (100.0, "100"), (12345.67, "12,345.7"), (1.0, "1"), (1.25, "1.25"), (99.996, "100"),
    (0.5, "0.5"), (0.01234, "0.0123"), (0.0, "0"), (0.0000004, "0"), (2.5e-5, "0.000025"),
])
def test_format_number(value, text):
    assert format_number(value) == text


def test_area_over_limit_names_both_numbers():
    reasons = validate(summary(123.4), AccountLimits(aoi_area_limit_m2=100 * KM2))
    assert codes(reasons) == [ReasonCode.AREA_OVER_LIMIT]
    assert reasons[0].text == "The AOI is 123.4 km²; your limit per processing is 100 km²."
    assert reasons[0].severity is Severity.ERROR and reasons[0].blocking
    assert reasons[0].params == {"area_km2": 123.4, "limit_km2": 100.0}


@pytest.mark.parametrize("total, limit_km2, expected", [
    (100.0, 100.0, []),  # exactly at the limit is allowed
    (100.001, 100.0, [ReasonCode.AREA_OVER_LIMIT]),
    (5.0, 0.0, []),  # 0 means no limit
    (5.0, None, []),
])
def test_area_limit_table(total, limit_km2, expected):
    limits = AccountLimits(aoi_area_limit_m2=None if limit_km2 is None else limit_km2 * KM2)
    assert codes(validate(summary(total), limits)) == expected


def test_part_bbox_over_limit_even_when_area_fits():
    # a thin diagonal strip: 2 km² of area, but its lat-lon box is 150 km²
    reasons = validate(summary(2.0, 1.0, boxes=[150.0, 1.0]), AccountLimits(aoi_area_limit_m2=100 * KM2))
    assert codes(reasons) == [ReasonCode.PART_BBOX_OVER_LIMIT]
    assert reasons[0].text == ("The bounding box of AOI part 1 is 150 km², over your limit per processing of 100 km²;"
                               " the server measures each part's longitude/latitude box.")
    assert reasons[0].params["part"] == 1 and reasons[0].params["parts_over"] == 1


def test_total_and_box_reasons_together():
    # two parts fit on area but their sum does not; part 2 also fails on its box
    reasons = validate(summary(60.0, 50.0, boxes=[70.0, 130.0]), AccountLimits(aoi_area_limit_m2=100 * KM2))
    assert codes(reasons) == [ReasonCode.AREA_OVER_LIMIT, ReasonCode.PART_BBOX_OVER_LIMIT]
    assert reasons[0].text == "The AOI is 110 km²; your limit per processing is 100 km²."
    assert reasons[1].params["part"] == 2


def test_part_bbox_names_the_largest_and_counts_others():
    reasons = validate(summary(1, 1, 1, boxes=[120.0, 300.0, 101.0]), AccountLimits(aoi_area_limit_m2=100 * KM2))
    assert reasons[0].params == {"part": 2, "bbox_km2": 300.0, "limit_km2": 100.0, "parts_over": 3}
    assert "part 2 is 300 km²" in reasons[0].text and "(and 2 more parts)" in reasons[0].text


@pytest.mark.parametrize("parts, max_aois, expected", [
    (10, 10, []), (11, 10, [ReasonCode.TOO_MANY_PARTS]), (10_000, 10, [ReasonCode.TOO_MANY_PARTS]),
    (11, None, [ReasonCode.TOO_MANY_PARTS]),  # unknown → the documented default of 10
    (50, 100, []), (3, 0, []),  # 0: no limit
])
def test_part_count_table(parts, max_aois, expected):
    reasons = validate(summary(*[0.1] * parts), AccountLimits(max_aois=max_aois))
    assert codes(reasons) == expected


def test_too_many_parts_text():
    reasons = validate(summary(*[0.01] * 10_000), AccountLimits(max_aois=10))
    assert reasons[0].text == ("The AOI has 10,000 separate polygons; a processing accepts at most 10. "
                               "Merge or select fewer polygons.")
    assert reasons[0].params == {"count": 10_000, "limit": 10}


@pytest.mark.parametrize("cost, balance, expected", [
    (150, 150, []), (151, 150, [ReasonCode.NOT_ENOUGH_CREDITS]), (None, 0, []), (10, None, []),
])
def test_credit_balance_table(cost, balance, expected):
    limits = AccountLimits(billing_type=BillingType.CREDITS, remaining_credits=balance)
    assert codes(validate(summary(3.0), limits, cost_credits=cost)) == expected


def test_credit_text_and_area_billing_ignores_cost():
    reasons = validate(summary(3.0), AccountLimits(billing_type=BillingType.CREDITS, remaining_credits=1200),
                       cost_credits=1638)
    assert reasons[0].text == "This processing costs 1,638 credits; your balance is 1,200 credits."
    # under AREA billing, credits are not the currency: the cost is irrelevant
    assert validate(summary(3.0), AccountLimits(billing_type=BillingType.AREA, remaining_credits=0),
                    cost_credits=10_000) == []


@pytest.mark.parametrize("area, remaining_m2, billing, expected", [
    (5.0, 5 * KM2, BillingType.AREA, []),
    (5.01, 5 * KM2, BillingType.AREA, [ReasonCode.NOT_ENOUGH_AREA]),
    (5.0, -3 * KM2, BillingType.AREA, [ReasonCode.NOT_ENOUGH_AREA]),  # an overdrawn account reads as 0
    (5.0, 0, BillingType.NONE, []),
    (5.0, 0, BillingType.CREDITS, []),
])
def test_area_balance_table(area, remaining_m2, billing, expected):
    limits = AccountLimits(billing_type=billing, remaining_area_m2=remaining_m2, remaining_credits=None)
    assert codes(validate(summary(area), limits)) == expected


def test_area_balance_text():
    reasons = validate(summary(54.8), AccountLimits(remaining_area_m2=12_500_000))
    assert reasons[0].text == "The AOI is 54.8 km²; your remaining area is 12.5 km²."
    assert reasons[0].params == {"area_km2": 54.8, "remaining_km2": 12.5}


@pytest.mark.parametrize("area, minimum, expected", [
    (3.0, 3.0, []), (2.99, 3.0, [ReasonCode.BELOW_PROVIDER_MINIMUM]), (0.5, 0.0, []),
])
def test_provider_minimum_table(area, minimum, expected):
    provider = ProviderPrice("Archive", {18: 60.0}, min_area_sq_km=minimum, display_name="Archive 50 cm")
    assert codes(validate(summary(area), AccountLimits(), provider)) == expected


def test_provider_minimum_text():
    provider = ProviderPrice("Archive", {18: 60.0}, min_area_sq_km=3.0, display_name="🛰️ Archive")
    reasons = validate(summary(1.25), AccountLimits(), provider)
    assert reasons[0].text == "The AOI is 1.25 km²; 🛰️ Archive needs at least 3 km² per processing."


@pytest.mark.parametrize("status, detail, code, fragment", [
    (SourceStatus.NO_POLYGON, "", ReasonCode.NO_POLYGON, "The area of interest has no polygon."),
    (SourceStatus.NON_POLYGON_LAYER, "point", ReasonCode.NON_POLYGON_LAYER, "The layer holds point geometries"),
    (SourceStatus.EMPTY_SELECTION, "in “parcels”", ReasonCode.EMPTY_SELECTION,
     "No features are selected (in “parcels”)"),
    (SourceStatus.NO_CRS, "“roads”", ReasonCode.NO_CRS, "The layer “roads” has no coordinate reference system"),
    (SourceStatus.UNREADABLE, "x.kml", ReasonCode.UNREADABLE, "cannot be read (x.kml)"),
    (SourceStatus.REPROJECTION_FAILED, "", ReasonCode.REPROJECTION_FAILED, "EPSG:4326"),
    (SourceStatus.OUT_OF_RANGE, "", ReasonCode.OUT_OF_RANGE, "probably wrong"),
    (SourceStatus.CONTAINS_POLE, "South", ReasonCode.CONTAINS_POLE, "encloses the South Pole"),
])
def test_source_problems_block_and_explain(status, detail, code, fragment):
    reasons = validate(summary(status=status, detail=detail), AccountLimits(aoi_area_limit_m2=1))
    assert codes(reasons) == [code]  # nothing else is checked when there is no usable AOI
    assert fragment in reasons[0].text and reasons[0].blocking


def test_ok_status_without_parts_is_no_polygon():
    assert codes(validate(summary(), AccountLimits())) == [ReasonCode.NO_POLYGON]


@pytest.mark.parametrize("note, text", [
    (AoiNote(NoteCode.REPAIRED, 2),
     "2 invalid geometries were repaired (self-intersections, duplicate rings)."),
    (AoiNote(NoteCode.REPAIRED, 1),
     "1 invalid geometry was repaired (self-intersections, duplicate rings)."),
    (AoiNote(NoteCode.Z_DROPPED, 3), "Z values were dropped from 3 geometries."),
    (AoiNote(NoteCode.M_DROPPED, 1), "M values were dropped from 1 geometry."),
    (AoiNote(NoteCode.NON_POLYGON_PARTS_DROPPED, 4),
     "4 point or line parts were left out; only polygons are processed."),
    (AoiNote(NoteCode.ANTIMERIDIAN_SPLIT, 1), "1 shape crossing the 180° meridian was split in two at the meridian."),
    (AoiNote(NoteCode.PARTS_MERGED, 5), "Overlapping or touching shapes were merged: 5 parts fewer."),
    (AoiNote(NoteCode.CURVES_SEGMENTIZED, 1), "1 curved geometry was converted to straight segments."),
    (AoiNote(NoteCode.NULL_GEOMETRIES_SKIPPED, 2), "2 features without geometry were skipped."),
    (AoiNote(NoteCode.OUTSIDE_CRS_AREA, 1, "EPSG:3031"),
     "The AOI lies far outside the area EPSG:3031 is meant for; check that the layer's CRS is right."),
])
def test_notes_become_warnings(note, text):
    reasons = validate(summary(1.0, notes=[note]), AccountLimits())
    assert [(r.severity, r.text, r.params["count"]) for r in reasons] == [(Severity.WARNING, text, note.count)]
    assert not blocking(reasons)


def test_errors_come_before_warnings_and_zero_notes_are_silent():
    notes = [AoiNote(NoteCode.REPAIRED, 1), AoiNote(NoteCode.Z_DROPPED, 0)]
    reasons = validate(summary(500.0, notes=notes), AccountLimits(aoi_area_limit_m2=100 * KM2))
    # the part's own area is over the limit, so its box is not named a second time
    assert codes(reasons) == [ReasonCode.AREA_OVER_LIMIT, ReasonCode.REPAIRED]
    assert blocking(reasons)


def test_warnings_survive_a_source_problem():
    reasons = validate(summary(status=SourceStatus.NO_POLYGON, notes=[AoiNote(NoteCode.NON_POLYGON_PARTS_DROPPED, 2)]),
                       AccountLimits())
    assert codes(reasons) == [ReasonCode.NO_POLYGON, ReasonCode.NON_POLYGON_PARTS_DROPPED]


def test_every_rule_at_once():
    limits = AccountLimits(billing_type=BillingType.CREDITS, remaining_credits=10,
                           aoi_area_limit_m2=50 * KM2, max_aois=2)
    provider = ProviderPrice("P", {18: 1.0}, min_area_sq_km=1000.0)
    reasons = validate(summary(20.0, 20.0, 20.0), limits, provider, cost_credits=600)
    assert codes(reasons) == [ReasonCode.TOO_MANY_PARTS, ReasonCode.AREA_OVER_LIMIT,
                              ReasonCode.NOT_ENOUGH_CREDITS, ReasonCode.BELOW_PROVIDER_MINIMUM]


def test_translator_is_used_for_every_text():
    i18n.set_translator(lambda context, text: text.replace("The AOI is", "Die AOI ist"))
    try:
        reasons = validate(summary(123.4), AccountLimits(aoi_area_limit_m2=100 * KM2))
        assert reasons[0].text.startswith("Die AOI ist 123.4 km²")
    finally:
        i18n.set_translator(lambda context, text: text)


@pytest.mark.parametrize("value, expected", [
    (None, BillingType.AREA), ("", BillingType.AREA), ("credits", BillingType.CREDITS), ("NONE", BillingType.NONE),
    (" Area ", BillingType.AREA), ("bogus", BillingType.AREA),
])
def test_billing_type_parse(value, expected):
    assert BillingType.parse(value) is expected


@pytest.mark.parametrize("box, expected_km2, tolerance", [
    # reference values: pyproj.Geod on the box with every edge densified to 2000 points along the parallels
    ((0, 0, 1, 1), 12308.46, 0.01),
    # the whole globe: 4πR² for WGS84's authalic sphere, 510,065,621.7 km²
    ((-180, -90, 180, 90), 510_065_621.7, 1.0),
    # a northern hemisphere is half of it
    ((-180, 0, 180, 90), 255_032_810.9, 1.0),
    ((10, 60, 11, 61), 6123.14, 0.01),  # 1°×1° at 60°N: about half the equatorial cell
    ((20, 10, 22, 14), 96357.35, 0.01),
    ((5, 5, 5, 6), 0.0, 0.0),  # zero width
    ((0, 1, 1, 0), 0.0, 0.0),  # north below south
])
def test_latlon_box_area(box, expected_km2, tolerance):
    assert latlon_box_area_km2(*box) == pytest.approx(expected_km2, abs=tolerance)


def test_latlon_box_area_is_additive():
    whole = latlon_box_area_km2(20, 10, 22, 14)
    halves = latlon_box_area_km2(20, 10, 22, 12) + latlon_box_area_km2(20, 12, 22, 14)
    assert math.isclose(whole, halves, rel_tol=1e-12)
    assert format_km2(whole) == f"{format_number(whole)} km²"


def test_a_failing_translator_never_hides_the_reason():
    def broken(context, text):
        raise RuntimeError("no catalogue")

    i18n.set_translator(broken)
    try:
        reasons = validate(summary(123.4), AccountLimits(aoi_area_limit_m2=100 * KM2))
        assert reasons[0].text == "The AOI is 123.4 km²; your limit per processing is 100 km²."
    finally:
        i18n.set_translator(None)


def test_detail_words_are_translated():
    words = {"South": "Süd", "point": "Punkt"}
    i18n.set_translator(lambda context, text: words.get(text, text))
    try:
        pole = validate(summary(status=SourceStatus.CONTAINS_POLE, detail="South"), AccountLimits())[0]
        points = validate(summary(status=SourceStatus.NON_POLYGON_LAYER, detail="point"), AccountLimits())[0]
        assert "encloses the Süd Pole" in pole.text and "holds Punkt geometries" in points.text
    finally:
        i18n.set_translator(None)
