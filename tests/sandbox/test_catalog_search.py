"""POST /catalog/meta over the scene catalog: every filter, sort key and paging rule applied on the server, the
contract's result shape, previews, and the limits (contract 2.7, 7 items 20-24)."""
from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
import requests
from PIL import Image
from pyproj import Geod
from shapely.geometry import shape

from tests.sandbox.catalog_helpers import DEMO_AOI, SURVEY_AOI, WIDE_AOI, box_aoi, ids, search

GEOD = Geod(ellps="WGS84")
KEYS = {"id", "productType", "footprint", "pixelResolution", "acquisitionDate", "sensor", "satId", "colorBandOrder",
        "cloudCover", "offNadirAngle", "providerName", "zoom", "minAreaSqkm", "previewType", "previewUrl", "previews",
        "aoiIntersectionPercent", "isNew"}


@pytest.fixture(scope="module")
def everything(sandbox_server):
    from tests.sandbox.helpers import Api
    api = Api(sandbox_server.base_url, sandbox_server.token)
    result = search(api)
    assert result["total"] == len(result["images"]) > 40
    return result["images"]


def when(image) -> datetime:
    return datetime.fromisoformat(image["acquisitionDate"].replace("Z", "+00:00"))


def test_results_carry_every_contract_field_in_its_type(everything):
    kinds = set()
    for image in everything:
        assert KEYS <= set(image), image["id"]
        ring = image["footprint"]["coordinates"][0]
        assert image["footprint"]["type"] == "Polygon" and len(ring) == 5 and ring[0] == ring[-1]
        assert isinstance(image["zoom"], str) and image["zoom"].isdigit()
        assert isinstance(image["previews"], list) and image["isNew"] is False
        assert image["sensor"] == image["satId"]
        assert 0 < image["aoiIntersectionPercent"] <= 100
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", image["acquisitionDate"])
        kinds.add((image["productType"], image["previewType"]))
    assert kinds == {("Image", "png"), ("Mosaic", "xyz")}


def test_server_order_is_newest_first(everything):
    dates = [when(i) for i in everything]
    assert dates == sorted(dates, reverse=True)


def test_a_search_answers_exactly_the_four_keys(demo_api):
    result = demo_api.ok(demo_api.post("catalog/meta", {"aoi": DEMO_AOI, "limit": 3, "offset": 2}))
    assert set(result) == {"images", "total", "limit", "offset"}
    assert (result["limit"], result["offset"], len(result["images"])) == (3, 2, 3)


def _expected(everything, keep) -> list:
    return [i["id"] for i in everything if keep(i)]


def _day(everything, share: float) -> str:
    """The acquisition day below which ``share`` of the dated results lie (the catalog's dates follow its epoch)."""
    days = sorted(i["acquisitionDate"][:10] for i in everything)
    return days[int(len(days) * share)]


# (filters made from the unfiltered results, the rule each result must follow); dates are relative to the catalog
FILTERS = [
    (lambda e: {"acquisitionDateFrom": _day(e, 0.5) + "T00:00:00Z"},
     lambda e: lambda i: i["acquisitionDate"][:10] >= _day(e, 0.5)),
    (lambda e: {"acquisitionDateTo": _day(e, 0.3) + "T23:59:59Z"},
     lambda e: lambda i: i["acquisitionDate"][:10] <= _day(e, 0.3)),
    (lambda e: {"acquisitionDateFrom": _day(e, 0.2) + "T00:00:00Z", "acquisitionDateTo": _day(e, 0.6) + "T00:00:00Z"},
     lambda e: lambda i: _day(e, 0.2) <= i["acquisitionDate"][:10] < _day(e, 0.6)),
    (lambda e: {"minResolution": 0.4}, lambda e: lambda i: i["pixelResolution"] >= 0.4),
    (lambda e: {"maxResolution": 0.55}, lambda e: lambda i: i["pixelResolution"] <= 0.55),
    (lambda e: {"minResolution": 0.45, "maxResolution": 0.6}, lambda e: lambda i: 0.45 <= i["pixelResolution"] <= 0.6),
    (lambda e: {"maxCloudCover": 10}, lambda e: lambda i: i["cloudCover"] is None or i["cloudCover"] <= 10),
    (lambda e: {"minOffNadirAngle": 10},
     lambda e: lambda i: i["offNadirAngle"] is None or abs(i["offNadirAngle"]) >= 10),
    (lambda e: {"maxOffNadirAngle": 8},
     lambda e: lambda i: i["offNadirAngle"] is None or abs(i["offNadirAngle"]) <= 8),
    (lambda e: {"minOffNadirAngle": 5, "maxOffNadirAngle": 15},
     lambda e: lambda i: i["offNadirAngle"] is None or 5 <= abs(i["offNadirAngle"]) <= 15),
    (lambda e: {"minAoiIntersectionPercent": 100}, lambda e: lambda i: i["aoiIntersectionPercent"] >= 100),
    (lambda e: {"productTypes": ["MOSAIC"]}, lambda e: lambda i: i["productType"] == "Mosaic"),
    (lambda e: {"productTypes": ["image"]}, lambda e: lambda i: i["productType"] == "Image"),
    (lambda e: {"dataProviders": ["sbx_hr", e[-1]["providerName"].upper()]},
     lambda e: lambda i: i["providerName"] in ("SBX_HR", e[-1]["providerName"])),
]
# filters that keep everything or nothing, by the contract's rules
EDGE_FILTERS = [({"maxCloudCover": 100}, True), ({"productTypes": ["Scene", "Mosaic"]}, True),
                ({"dataProviders": []}, False)]


@pytest.mark.parametrize("make_filters, make_rule", FILTERS, ids=[str(n) for n in range(len(FILTERS))])
def test_each_filter_is_applied_on_the_server(demo_api, everything, make_filters, make_rule):
    filters, rule = make_filters(everything), make_rule(everything)
    found = search(demo_api, **filters)
    expected = _expected(everything, rule)
    assert 0 < len(expected) < len(everything), f"{filters} does not tell anything apart"
    assert ids(found) == expected
    assert found["total"] == len(found["images"])


@pytest.mark.parametrize("filters, keeps_all", EDGE_FILTERS)
def test_filters_that_keep_all_or_nothing(demo_api, everything, filters, keeps_all):
    assert ids(search(demo_api, **filters)) == ([i["id"] for i in everything] if keeps_all else [])


def test_filters_combine(demo_api, everything):
    since = _day(everything, 0.25)
    found = search(demo_api, maxCloudCover=20, maxOffNadirAngle=15, productTypes=["IMAGE"],
                   acquisitionDateFrom=since + "T00:00:00Z")
    expected = _expected(everything, lambda i: i["productType"] == "Image" and i["cloudCover"] <= 20
                         and abs(i["offNadirAngle"]) <= 15 and i["acquisitionDate"][:10] >= since)
    assert ids(found) == expected and expected


def test_null_metadata_matches_every_filter(demo_api, everything):
    """Mosaics have no cloud cover or off-nadir angle: strict filters keep them."""
    found = search(demo_api, maxCloudCover=0, minOffNadirAngle=29, maxOffNadirAngle=30)
    assert found["total"] >= 2
    assert all(i["productType"] == "Mosaic" and i["cloudCover"] is None for i in found["images"])


def test_hide_unavailable_keeps_only_the_providers_of_the_plan(demo_api, user_api, everything):
    assert any(i["providerName"] == "SBX_VHR" for i in everything)
    assert ids(search(demo_api, hideUnavailable=True)) == ids(search(demo_api))  # the demo account is premium
    plain = search(user_api, hideUnavailable=True)
    assert ids(plain) == _expected(everything, lambda i: i["providerName"] != "SBX_VHR")
    assert ids(search(user_api, hideUnavailable=False)) == [i["id"] for i in everything]  # all, as the docs say


SORTS = {"PROVIDER_NAME": lambda i: i["providerName"].lower(), "SAT_ID": lambda i: i["satId"].lower(),
         "CLOUD_COVER": lambda i: i["cloudCover"], "ACQUISITION_DATE": lambda i: i["acquisitionDate"],
         "OFF_NADIR_ANGLE": lambda i: None if i["offNadirAngle"] is None else abs(i["offNadirAngle"]),
         "ZOOM": lambda i: int(i["zoom"]), "PIXEL_RESOLUTION": lambda i: i["pixelResolution"]}


@pytest.mark.parametrize("order", ["ASC", "DESC"])
@pytest.mark.parametrize("sort_by", sorted(SORTS))
def test_every_sort_key_orders_the_results_with_nulls_last(demo_api, sort_by, order):
    found = search(demo_api, sortBy=sort_by, sortOrder=order)["images"]
    values = [SORTS[sort_by](i) for i in found]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=order == "DESC")
    assert values[len(present):] == [None] * (len(values) - len(present))


def test_sort_order_defaults_to_ascending_and_any_case(demo_api):
    asc = ids(search(demo_api, sortBy="cloud_cover"))
    assert asc == ids(search(demo_api, sortBy="CLOUD_COVER", sortOrder="asc"))


def test_pages_cut_the_ordered_results(demo_api):
    whole = ids(search(demo_api, sortBy="PIXEL_RESOLUTION"))
    pages = []
    for offset in range(0, len(whole), 7):
        page = demo_api.ok(demo_api.post("catalog/meta", {"aoi": DEMO_AOI, "limit": 7, "offset": offset,
                                                          "sortBy": "PIXEL_RESOLUTION"}))
        assert page["total"] == len(whole) and page["offset"] == offset
        pages.extend(ids(page))
    assert pages == whole
    beyond = demo_api.ok(demo_api.post("catalog/meta", {"aoi": DEMO_AOI, "offset": len(whole) + 5}))
    assert beyond["images"] == [] and beyond["total"] == len(whole) and beyond["limit"] == 100


def test_intersection_percent_is_geodesic(demo_api):
    aoi = box_aoi(37.40, 55.70, 0.40, 0.02)  # wider than most footprints: partial overlaps
    found = search(demo_api, aoi=aoi, productTypes=["IMAGE"])["images"]
    partial = [i for i in found if i["aoiIntersectionPercent"] < 90]
    assert partial
    aoi_shape = shape(aoi)
    aoi_area = abs(GEOD.geometry_area_perimeter(aoi_shape)[0])
    for image in partial[:5]:
        overlap = shape(image["footprint"]).intersection(aoi_shape)
        expected = abs(GEOD.geometry_area_perimeter(overlap)[0]) / aoi_area * 100
        assert image["aoiIntersectionPercent"] == pytest.approx(expected, abs=0.02)


def test_a_thousand_results_in_one_page(demo_api):
    found = demo_api.ok(demo_api.post("catalog/meta", {"aoi": SURVEY_AOI, "limit": 1000}))
    assert found["total"] >= 1000 and len(found["images"]) == 1000
    assert {i["providerName"] for i in found["images"]} == {"SBX_Survey"}


def test_an_area_over_the_search_limit_is_refused_with_a_reason(demo_api):
    huge = box_aoi(37.0, 55.5, 0.6, 0.3)  # about 1,250 km², the limit is 700 km²
    response = demo_api.post("catalog/meta", {"aoi": huge})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "SEARCH_AREA_LIMIT_EXCEEDED"
    assert body["params"]["searchAreaLimit"] == 700_000_000 and body["params"]["area"] > 1_000_000_000
    assert "templateAreaLimit" in body["params"]


@pytest.mark.parametrize("body, needle", [
    ({}, "geometry"),
    ({"aoi": {"type": "Point", "coordinates": [37.6, 55.7]}}, "Polygon"),
    ({"aoi": DEMO_AOI, "acquisitionDateFrom": "yesterday"}, "acquisitionDateFrom"),
    ({"aoi": DEMO_AOI, "acquisitionDateFrom": "2025-06-01T00:00:00Z", "acquisitionDateTo": "2025-01-01T00:00:00Z"},
     "after"),
    ({"aoi": DEMO_AOI, "maxCloudCover": 150}, "maxCloudCover"),
    ({"aoi": DEMO_AOI, "minResolution": 1.0, "maxResolution": 0.5}, "minResolution"),
    ({"aoi": DEMO_AOI, "productTypes": ["VIDEO"]}, "productTypes"),
    ({"aoi": DEMO_AOI, "dataProviders": "SBX_HR"}, None),
    ({"aoi": DEMO_AOI, "sortBy": "PRICE"}, "sortBy"),
    ({"aoi": DEMO_AOI, "sortBy": "ZOOM", "sortOrder": "UP"}, "sortOrder"),
    ({"aoi": DEMO_AOI, "limit": -1}, "limit"),
])
def test_bad_input_gets_a_clear_400(demo_api, body, needle):
    response = demo_api.post("catalog/meta", body)
    if needle is None:  # one name as a string is accepted, as the plugin's comma-joined lists are
        assert response.status_code == 200 and {i["providerName"] for i in response.json()["images"]} == {"SBX_HR"}
        return
    assert response.status_code == 400, response.text
    assert needle in response.json()["message"]


def test_far_away_there_is_nothing(demo_api):
    assert search(demo_api, aoi=box_aoi(10.0, 10.0, 0.01, 0.01)) == {"images": [], "total": 0, "limit": 1000,
                                                                     "offset": 0}


def test_scene_previews_are_pngs_in_the_footprint_frame(demo_api, everything):
    scene = next(i for i in everything if i["previewType"] == "png")
    response = requests.get(scene["previewUrl"], timeout=60)  # no credentials: previews are public
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    picture = Image.open(io.BytesIO(response.content))
    corners = scene["footprint"]["coordinates"][0]
    geod_across = GEOD.line_length([corners[0][0], corners[1][0]], [corners[0][1], corners[1][1]])
    geod_down = GEOD.line_length([corners[0][0], corners[3][0]], [corners[0][1], corners[3][1]])
    assert picture.size[0] == 512
    assert picture.size[1] / picture.size[0] == pytest.approx(geod_down / geod_across, rel=0.03)
    assert requests.get(scene["previewUrl"], timeout=60).content == response.content
    missing = requests.get(scene["previewUrl"].replace(scene["id"], "NO_SUCH_SCENE"), timeout=30)
    assert missing.status_code == 404


def test_mosaics_preview_as_xyz_tiles_with_a_tilejson(everything):
    mosaic = next(i for i in everything if i["previewType"] == "xyz")
    assert "{z}/{x}/{y}" in mosaic["previewUrl"] and "&" not in mosaic["previewUrl"]
    import mercantile
    tile = mercantile.tile(37.60, 55.74, 15)
    url = mosaic["previewUrl"].format(z=15, x=tile.x, y=tile.y)
    response = requests.get(url, timeout=60)
    assert response.status_code == 200
    picture = Image.open(io.BytesIO(response.content))
    assert picture.size == (256, 256) and picture.mode == "RGBA"
    tilejson = requests.get(url.split("/tiles/")[0] + ".json", timeout=30).json()
    west, south, east, north = tilejson["bounds"]
    assert west < 37.6 < east and south < 55.74 < north and tilejson["tiles"] == [mosaic["previewUrl"]]
    outside = mercantile.tile(10.0, 10.0, 15)
    empty = Image.open(io.BytesIO(requests.get(mosaic["previewUrl"].format(z=15, x=outside.x, y=outside.y),
                                               timeout=30).content))
    assert empty.getextrema()[3] == (0, 0)  # fully transparent off the mosaic


def test_wide_area_covers_every_demo_scene(demo_api, everything):
    wide = search(demo_api, aoi=WIDE_AOI, productTypes=["IMAGE"], dataProviders=["SBX_VHR", "SBX_HR", "SBX_MR"])
    assert set(i["id"] for i in everything if i["productType"] == "Image") <= set(ids(wide))


def test_search_providers_are_listed_per_plan(demo_api, user_api):
    premium = {p["name"]: p for p in demo_api.ok(demo_api.get("user/status"))["searchDataProviders"]}
    plain = {p["name"] for p in user_api.ok(user_api.get("user/status"))["searchDataProviders"]}
    assert {"SBX_VHR", "SBX_HR", "SBX_MR", "SBX_Survey", "my_imagery_images", "my_imagery_mosaics"} <= set(premium)
    assert "SBX_VHR" not in plain and "SBX_HR" in plain
    for provider in premium.values():
        assert {"id", "name", "displayName", "price"} <= set(provider)
    assert premium["SBX_HR"]["price"] == [{"zoom": 18, "priceSqKm": 60.0}]
    assert premium["SBX_VHR"]["minAreaSqKm"] == 1.0
