"""Tolerant parsing (contract section 7): known variants parse; a missing required key is a clear error."""
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapflow_processing.api.errors import ApiError, ResponseFormatError
from mapflow_processing.api.models import (Aoi, BillingType, CatalogImage, DataProvider, Image, Mosaic, Page,
                                           Processing, ProcessingStatus, Project, UserStatus, WorkflowDef)
from mapflow_processing.api.models._fields import parse_timestamp, to_int

MINIMAL_PROCESSING = {"id": "p1", "name": "n", "status": "OK"}


def test_area_and_aoi_area_are_the_same_field():
    assert Processing.from_json({**MINIMAL_PROCESSING, "area": 5}).aoi_area == 5
    assert Processing.from_json({**MINIMAL_PROCESSING, "aoiArea": 7, "area": 5}).aoi_area == 7


def test_nested_user_status_shape():
    nested = {"user": {"id": "u1", "email": "n@x.com", "credits": 250},
              "models": [{"id": "m", "name": "🚗 Roads", "pricePerSqKm": 5}]}
    status = UserStatus.from_json(nested)
    assert (status.email, status.user_id, status.remaining_credits) == ("n@x.com", "u1", 250)
    assert status.billing_type is BillingType.CREDITS and status.model("🚗 roads").price_per_sq_km == 5
    flat_wins = UserStatus.from_json({**nested, "email": "flat@x.com", "billingType": "area"})
    assert flat_wins.email == "flat@x.com" and flat_wins.billing_type is BillingType.AREA


def test_sensor_or_sat_id_and_min_area_spellings():
    base = {"id": "i", "footprint": {"type": "Polygon", "coordinates": []}, "pixelResolution": "0.5"}
    assert CatalogImage.from_json({**base, "satId": "WV3"}).sensor == "WV3"
    assert CatalogImage.from_json({**base, "sensor": "S2"}).pixel_resolution == 0.5
    assert CatalogImage.from_json({**base, "minAreaSqKm": 2}).min_area_sq_km == 2
    provider = {"id": "p", "name": "P", "displayName": "P", "price": []}
    assert DataProvider.from_json({**provider, "minAreaSqkm": 3}).min_area_sq_km == 3
    assert DataProvider.from_json({**provider, "minAreaSqKm": "4.5"}).min_area_sq_km == 4.5


def test_unknown_status_and_keys_do_not_break_parsing():
    processing = Processing.from_json({**MINIMAL_PROCESSING, "status": "IN_REVIEW", "brandNewKey": {"x": 1}})
    assert processing.status is ProcessingStatus.UNKNOWN and processing.status_text == "IN_REVIEW"
    assert not processing.is_terminal  # keep polling something we do not understand
    assert ProcessingStatus.parse("canceled") is ProcessingStatus.CANCELLED
    assert Aoi.from_json({"id": "a", "status": "SOMETHING_NEW"}).status is ProcessingStatus.UNKNOWN


def test_numbers_as_strings_everywhere():
    processing = Processing.from_json({**MINIMAL_PROCESSING, "cost": "1638", "aoiArea": "12010038.0",
                                       "percentCompleted": "40", "rating": {"rating": "4"}})
    assert (processing.cost, processing.aoi_area, processing.percent_completed) == (1638, 12010038, 40)
    assert processing.rating.rating == 4
    model = WorkflowDef.from_json({"id": "m", "name": "M", "blocks": [
        {"name": "A", "displayName": "A", "optional": "false", "price": "2.5"}]})
    assert model.blocks[0].price == 2.5 and model.blocks[0].optional is False


@pytest.mark.parametrize("text, expected", [
    ("2023-03-29T06:48:35.103854Z", datetime(2023, 3, 29, 6, 48, 35, 103854, tzinfo=timezone.utc)),
    ("2023-01-26T13:58:32.122099", datetime(2023, 1, 26, 13, 58, 32, 122099, tzinfo=timezone.utc)),  # naive = UTC
    ("2023-01-26T13:58:32.1Z", datetime(2023, 1, 26, 13, 58, 32, 100000, tzinfo=timezone.utc)),
    ("2023-01-26T13:58:32.123456789Z", datetime(2023, 1, 26, 13, 58, 32, 123456, tzinfo=timezone.utc)),
    ("2023-01-26 13:58:32", datetime(2023, 1, 26, 13, 58, 32, tzinfo=timezone.utc)),
    ("2023-01-26T16:58:32+03:00", datetime(2023, 1, 26, 13, 58, 32, tzinfo=timezone.utc)),
    ("2023-01-26", datetime(2023, 1, 26, tzinfo=timezone.utc)),
    (1674741512, datetime(2023, 1, 26, 13, 58, 32, tzinfo=timezone.utc)),
    (1674741512000, datetime(2023, 1, 26, 13, 58, 32, tzinfo=timezone.utc)),
    ("...Z", None), ("", None), (None, None), ({"a": 1}, None),
])
def test_timestamps(text, expected):
    parsed = parse_timestamp(text)
    assert parsed == expected
    if parsed is not None:
        assert parsed.utcoffset() == timedelta(0) or parsed.tzinfo is not None


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)))
def test_any_iso_timestamp_round_trips(moment):
    aware = moment.replace(tzinfo=timezone.utc)
    assert parse_timestamp(aware.isoformat().replace("+00:00", "Z")) == aware
    assert parse_timestamp(moment.isoformat()) == aware


@pytest.mark.parametrize("value, expected", [("536680", 536680), ("12.0", 12), (12.6, 13), (True, None),
                                             ("x", None), (None, None), ("1,5", 2), (float("nan"), None)])
def test_to_int(value, expected):
    assert to_int(value) == expected


@pytest.mark.parametrize("parse, data, message", [
    (Processing.from_json, {"name": "x", "status": "OK"}, "processing is missing 'id'"),
    (Project.from_json, {"id": "p"}, "project is missing 'name'"),
    (Mosaic.from_json, {"name": "m"}, "mosaic is missing 'id'"),
    (Image.from_json, {"filename": "f.tif"}, "image is missing 'id'"),
    (WorkflowDef.from_json, {"name": "m"}, "model is missing 'id'"),
    (CatalogImage.from_json, {"id": "i"}, "catalog image is missing 'footprint'"),
    (Processing.from_json, {**MINIMAL_PROCESSING, "messages": [{"parameters": {}}]},
     "processing message is missing 'code'"),
    (Processing.from_json, ["not", "an", "object"], "processing is not a JSON object (got a list)"),
    (Processing.from_json, {**MINIMAL_PROCESSING, "messages": "oops"}, "processing has 'messages' that is not a list"),
    (Processing.from_json, {"id": {"nested": 1}}, "processing has 'id' that is not text"),
])
def test_missing_or_wrong_required_fields_are_clear_api_errors(parse, data, message):
    with pytest.raises(ResponseFormatError) as caught:
        parse(data)
    assert isinstance(caught.value, ApiError)
    assert message in str(caught.value)
    assert str(caught.value).startswith("The Mapflow server sent an unexpected response")


def test_page_requires_results():
    with pytest.raises(ResponseFormatError, match="project page is missing 'results'"):
        Page.from_json({"total": 3}, Project.from_json, 20, 0, what="project page")
    page = Page.from_json({"results": [{"id": "a", "name": "A"}], "total": "41"}, Project.from_json, 20, 20)
    assert page.total == 41 and page.page_count == 3 and page.has_more


@given(st.dictionaries(st.sampled_from(["id", "name", "status", "cost", "aoiArea", "percentCompleted", "messages",
                                        "blocks", "params", "created", "rating", "reviewStatus", "workflowDef"]),
                       st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5),
                                 st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                                      st.integers(), max_size=2))))
def test_arbitrary_processing_json_parses_or_raises_a_format_error(data):
    """Whatever the server sends, the outcome is a Processing or a ResponseFormatError, never a crash."""
    try:
        Processing.from_json(data)
    except ResponseFormatError as error:
        assert str(error)
