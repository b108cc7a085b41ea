"""core.processing_plan: choices in, a validated ProcessingRequest with every reason and the price out (no Qt)."""
from datetime import datetime

import pytest

from mapflow_processing.api.models import DataProviderSource, Project, UserDefinedSource, UserStatus
from mapflow_processing.core.account import CostBasis
from mapflow_processing.core.aoi_rules import AoiSummary, SourceStatus
from mapflow_processing.core.processing_plan import (CostState, ModelPick, SourcePick, default_name, missing_parts,
                                                     plan_processing)
from mapflow_processing.core.reasons import ReasonCode

BUILDINGS = {"id": "wd-b", "name": "🏠 Buildings", "pricePerSqKm": 10,
             "blocks": [{"name": "Segmentation", "displayName": "Segmentation", "optional": False, "price": 10},
                        {"name": "Classification", "displayName": "Classification", "optional": True, "price": 3}]}
DEMO = {"id": "p1", "name": "Sandbox_Demo", "displayName": "Demo",
        "price": [{"zoom": 18, "priceSqKm": 3}, {"zoom": 19, "priceSqKm": 9}], "minAreaSqKm": 0}
ARCHIVE = {"id": "p2", "name": "Archive", "displayName": "Archive", "price": [{"zoom": 18, "priceSqKm": 60}],
           "minAreaSqKm": 3}
SQUARE = {"type": "Polygon", "coordinates": [[[37.6, 55.75], [37.61, 55.75], [37.61, 55.76], [37.6, 55.76],
                                              [37.6, 55.75]]]}


def status(billing="CREDITS", credits=1000, **extra):
    return UserStatus.from_json({"email": "me@x.com", "billingType": billing, "remainingCredits": credits,
                                 "remainingArea": 5_000_000, "models": [BUILDINGS], "dataProviders": [DEMO, ARCHIVE],
                                 **extra})


def project(role="owner", aoi_limit=None):
    data = {"id": "prj", "name": "Survey", "workflowDefs": [BUILDINGS],
            "shareProject": {"owners": [{"email": "boss@x.com"}], "users": [{"email": "me@x.com", "role": role}]}}
    if aoi_limit is not None:
        data["user"] = {"aoiAreaLimit": aoi_limit}
    return Project.from_json(data)


def model(*enabled):
    return ModelPick(status().model("wd-b"), tuple(enabled))


def provider_source(name="Sandbox_Demo", zoom=18):
    provider = status().provider(name)
    return SourcePick(DataProviderSource(name, zoom), f"{name}, zoom {zoom}", provider, zoom)


def area(*parts, status=SourceStatus.OK):
    return AoiSummary(status=status, part_areas_km2=tuple(parts), part_bbox_areas_km2=tuple(parts))


def plan(**changes):
    inputs = dict(model=model(), aoi_geojson=SQUARE, aoi_summary=area(0.5), source=provider_source(),
                  user_status=status(), project=project(), email="me@x.com", name="Roofs", cost=CostState(13))
    inputs.update(changes)
    return plan_processing(**inputs)


def codes(reasons):
    return [r.code for r in reasons]


def test_a_complete_choice_gives_the_request_with_its_price():
    result = plan(model=model("Classification"))
    assert result.can_start and result.reasons == ()
    body = result.request.to_json()
    assert body["name"] == "Roofs" and body["projectId"] == "prj" and body["wdId"] == "wd-b"
    assert body["blocks"] == [{"name": "Classification", "enabled": True}]
    assert body["params"]["sourceParams"] == {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}}
    assert body["meta"] == {"source-app": "qgis", "source": "sandbox_demo"}
    # a tiny AOI is billed as 1 km²: (10 + 3) + 3 for the imagery
    assert result.estimate.credits == 16 and result.basis is CostBasis.SERVER


def test_missing_parts_come_first_and_alone():
    result = plan(model=None, aoi_geojson=None, aoi_summary=None, source=None)
    assert result.request is None and not result.can_start
    assert [r.text for r in result.reasons] == ["Choose an area of interest.", "Choose a model.",
                                                "Choose the imagery."]
    assert [r.text for r in missing_parts(None, None, None, aoi_pending=True)][0] == "Reading the area of interest…"


def test_the_role_is_checked_before_anything_else():
    result = plan(project=project(role="readonly"), model=None)
    assert codes(result.reasons) == [ReasonCode.ROLE]
    assert "this needs the contributor role or higher" in result.reasons[0].text
    assert codes(plan(project=None).reasons) == [ReasonCode.NO_PROJECT]


@pytest.mark.parametrize("cost, expected", [
    (CostState(None), "Waiting for the server to compute the cost."),
    (CostState(None, "Cannot connect to the Mapflow server at x: connection refused."),
     "The cost could not be computed (Cannot connect to the Mapflow server at x: connection refused); "
     "Start waits until the server prices it."),
])
def test_an_unknown_cost_blocks_a_credits_account(cost, expected):
    result = plan(cost=cost)
    assert not result.can_start and result.request is not None  # the body is ready; only the price is missing
    assert [r.text for r in result.blocking_reasons] == [expected]
    assert plan(cost=cost, cost_required=False).can_start  # what a cost estimate (not a start) asks for


@pytest.mark.parametrize("billing", ["AREA", "NONE"])
def test_accounts_not_billed_in_credits_need_no_server_cost(billing):
    assert plan(user_status=status(billing), cost=CostState()).can_start


def test_balance_area_limit_and_provider_minimum_are_reasons():
    result = plan(user_status=status(credits=10), cost=CostState(16), aoi_summary=area(2.0),
                  project=project(aoi_limit=1_000_000), source=provider_source("Archive"))
    assert codes(result.blocking_reasons) == [ReasonCode.AREA_OVER_LIMIT, ReasonCode.NOT_ENOUGH_CREDITS,
                                              ReasonCode.BELOW_PROVIDER_MINIMUM]


def test_an_unusable_aoi_and_an_unknown_option_are_reasons_too():
    result = plan(aoi_summary=area(status=SourceStatus.NON_POLYGON_LAYER), aoi_geojson=None)
    assert codes(result.blocking_reasons) == [ReasonCode.NON_POLYGON_LAYER] and result.request is None
    bad = plan(model=model("Teleportation"))
    assert not bad.can_start and "has no option teleportation" in bad.blocking_reasons[0].text


def test_own_imagery_pays_no_data_price_and_an_empty_name_gets_the_default():
    url = SourcePick(UserDefinedSource("https://example.com/{z}/{x}/{y}.png"), "XYZ tiles")
    result = plan(source=url, name="  ")
    assert result.estimate.data_price_per_km2 == 0 and result.estimate.credits == 10
    assert result.request.name.startswith("🏠 Buildings ")
    assert default_name("🏠 Buildings", datetime(2024, 5, 1, 14, 30)) == "🏠 Buildings 2024-05-01 14:30"
