"""Cost rules, limits, charges at create and refunds on failure (contract 5)."""
from __future__ import annotations

import math

import pytest
from pyproj import Geod
from shapely.geometry import shape

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import BUILDINGS, create_body, demo_source, new_user, square

FAILING_SOURCE = {"sourceParams": {"userDefined": {"sourceType": "XYZ", "url": "ftp://broken"}}}


def geodesic_km2(geometry: dict) -> float:
    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(shape(geometry))
    return abs(area) / 1e6


def cost(api, **body) -> int:
    response = api.post("processing/cost/v2", {"wdName": BUILDINGS, **body})
    assert response.status_code == 200, response.text
    assert response.text.strip().isdigit(), f"cost must be a bare integer, got {response.text!r}"
    return int(response.text)


def test_small_areas_count_as_one_km2(demo_api):
    # 0.17 km² → 1 km² × (10 Buildings + 3 for the demo provider at z18)
    assert cost(demo_api, geometry=square(), params=demo_source(18)) == 13
    assert cost(demo_api, geometry=square(), params=demo_source(17)) == 11
    assert cost(demo_api, geometry=square(), params=demo_source(19)) == 19


def test_total_is_rounded_up_and_blocks_add_their_price(demo_api):
    big = square(size=0.05)  # ~17.5 km² at 55.7°N
    km2 = geodesic_km2(big)
    assert cost(demo_api, geometry=big, params=demo_source(18)) == math.ceil(km2 * 13)
    with_blocks = cost(demo_api, geometry=big, params=demo_source(18),
                       blocks=[{"name": "Simplification", "enabled": True}, {"name": "Classification",
                                                                             "enabled": True}])
    assert with_blocks == math.ceil(km2 * 18)
    disabled = cost(demo_api, geometry=big, params=demo_source(18),
                    blocks=[{"name": "Simplification", "enabled": False}])
    assert disabled == math.ceil(km2 * 13)


def test_own_imagery_and_custom_urls_have_no_data_price(demo_api):
    custom = {"sourceParams": {"userDefined": {"sourceType": "XYZ", "url": "https://x.test/{z}/{x}/{y}.png"}}}
    assert cost(demo_api, geometry=square(), params=custom) == 10
    assert cost(demo_api, areaSqKm=2.5, params=custom) == 25
    # no params: the demo provider at the zoom the engine runs at, the model's recommended zoom 18
    assert cost(demo_api, areaSqKm=0.2) == 1 * (10 + 3)


def test_cost_v1_path_and_plural_aliases(demo_api):
    body = {"wdName": BUILDINGS, "geometry": square(), "params": {"data_provider": "Sandbox_Demo", "zoom": "18"}}
    for path in ("processing/cost", "processings/cost", "processings/cost/v2"):
        response = demo_api.post(path, body)
        assert response.status_code == 200 and response.text == "13", path


def test_cost_errors(demo_api):
    assert demo_api.post("processing/cost/v2", {"wdName": BUILDINGS}).status_code == 400
    assert demo_api.post("processing/cost/v2", {"wdName": BUILDINGS, "areaSqKm": "lots"}).status_code == 400
    archive = {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo_Archive", "zoom": 18}}}
    response = demo_api.post("processing/cost/v2", {"wdName": BUILDINGS, "geometry": square(), "params": archive})
    assert response.status_code == 400
    error = response.json()
    assert error["code"] == "ProviderMinAreaError"
    assert error["params"]["providerName"] == "Sandbox_Demo_Archive" and error["params"]["providerMinArea"] == 3.0
    assert error["params"]["aoiArea"] < 3


def test_create_charges_credits_and_failure_refunds(user_api, sandbox_server):
    start = user_api.ok(user_api.get("user/status"))["remainingCredits"]
    running = user_api.ok(user_api.post("processings/v2", create_body()))
    assert user_api.ok(user_api.get("user/status"))["remainingCredits"] == start - running["cost"]
    failed = user_api.ok(user_api.post("processings/v2", create_body(params=FAILING_SOURCE)))
    assert failed["status"] == "FAILED" and failed["cost"] == 10
    assert user_api.ok(user_api.get("user/status"))["remainingCredits"] == start - running["cost"]


def test_area_billing_adds_processed_area_and_refunds_it(sandbox_server):
    api = new_user(sandbox_server, unique_email("area"), "--billing", "AREA", "--area-limit", "5000000")
    status = api.ok(api.get("user/status"))
    assert status["billingType"] == "AREA" and status["remainingArea"] == 5_000_000
    running = api.ok(api.post("processings/v2", create_body()))
    after = api.ok(api.get("user/status"))
    assert after["processedArea"] == running["aoiArea"]
    assert after["remainingArea"] == 5_000_000 - running["aoiArea"]
    api.ok(api.post("processings/v2", create_body(params=FAILING_SOURCE)))
    assert api.ok(api.get("user/status"))["processedArea"] == running["aoiArea"]
    too_much = api.post("processings/v2", create_body(geometry=square(size=0.03)))
    assert too_much.status_code == 400
    assert too_much.json()["message"] == "You don't have enough limit, please contact admin!"


def test_not_enough_credits(sandbox_server):
    api = new_user(sandbox_server, unique_email("poor"), "--credits", "5")
    response = api.post("processings/v2", create_body())
    assert response.status_code == 400
    assert response.json() == {"code": "BAD_REQUEST",
                               "message": "You don't have enough limit, please contact admin!",
                               "params": {"cost": 13, "remainingCredits": 5}}
    assert api.ok(api.get("user/status"))["remainingCredits"] == 5
    sandbox_server.cli("add-credits", api.ok(api.get("user/status"))["email"], "20")
    assert api.ok(api.post("processings/v2", create_body()))["cost"] == 13


def test_none_billing_never_blocks(sandbox_server):
    api = new_user(sandbox_server, unique_email("free"), "--billing", "NONE", "--credits", "0")
    assert api.ok(api.post("processings/v2", create_body()))["status"] in ("IN_PROGRESS", "UNPROCESSED")


@pytest.mark.parametrize("options,geometry,code", [
    (("--aoi-area-limit", "1000000"), square(size=0.02), "TOO_LARGE_PROCESSING"),
    (("--max-aois", "1"), {"type": "MultiPolygon", "coordinates": [square()["coordinates"],
                                                                    square(lon=37.7)["coordinates"]]},
     "TOO_MANY_AOIS"),
])
def test_processing_limits(sandbox_server, options, geometry, code):
    api = new_user(sandbox_server, unique_email("limited"), *options)
    response = api.post("processings/v2", create_body(geometry=geometry))
    assert response.status_code == 400 and response.json()["code"] == code
    if code == "TOO_LARGE_PROCESSING":
        assert response.json()["params"]["aoiAreaLimit"] == 1_000_000
        assert response.json()["params"]["area"] > 1_000_000


def test_bbox_of_a_part_counts_against_the_aoi_limit(sandbox_server):
    # a thin diagonal sliver: tiny area, large lat-lon bounding box
    sliver = {"type": "Polygon", "coordinates": [[[37.0, 55.0], [37.2, 55.2], [37.2001, 55.2], [37.0001, 55.0],
                                                  [37.0, 55.0]]]}
    api = new_user(sandbox_server, unique_email("sliver"), "--aoi-area-limit", "20000000")
    assert geodesic_km2(sliver) < 20
    response = api.post("processings/v2", create_body(geometry=sliver))
    assert response.status_code == 400 and response.json()["code"] == "TOO_LARGE_PROCESSING"


def test_provider_min_area_on_create(user_api):
    archive = {"sourceParams": {"dataProvider": {"providerName": "sandbox_demo_archive", "zoom": 18}}}
    response = user_api.post("processings/v2", create_body(params=archive))
    assert response.status_code == 400 and response.json()["code"] == "ProviderMinAreaError"
