"""core.search_rules: the multi-scene rules, the AOI cut, the search area limit, failures, local filters (no Qt)."""
from datetime import datetime, timezone

import pytest

from mapflow_processing.api.errors import (BadRequestError, Cancelled, ConnectionFailed, ServerError, Timeout)
from mapflow_processing.api.models import CatalogImage, ProductType, Project, SearchFilters, UserStatus
from mapflow_processing.core.processing_plan import ModelPick, SourcePick, missing_parts, plan_processing
from mapflow_processing.core.aoi_rules import AoiSummary
from mapflow_processing.core.reasons import ReasonCode, Severity
from mapflow_processing.core.search_rules import (AoiCrop, FailureKind, bounds_of, crop_reasons, empty_result_text,
                                                  match_vector, page_range_text, planned_search_possible,
                                                  scene_choice_problem, scenes_label, search_area_refusal,
                                                  search_failure, search_source, sunk_order, wider_filters,
                                                  wider_hint)

FOOTPRINT = {"type": "Polygon", "coordinates": [[[37.5, 55.8], [37.7, 55.81], [37.71, 55.7], [37.51, 55.69],
                                                 [37.5, 55.8]]]}


def image(id="a", provider="SBX_HR", product="Image", zoom=18, cloud=10.0, off_nadir=-5.0, resolution=0.5,
          when=datetime(2025, 6, 1, 9, tzinfo=timezone.utc), cover=100.0):
    return CatalogImage(id=id, footprint=FOOTPRINT, pixel_resolution=resolution, product_type=product,
                        provider_name=provider, acquisition_date=when, cloud_cover=cloud, off_nadir_angle=off_nadir,
                        zoom=zoom, aoi_intersection_percent=cover)


# --- several scenes ------------------------------------------------------------------------------------------------
def test_scenes_of_one_provider_may_be_processed_together():
    assert scene_choice_problem([image("a"), image("b")]) is None
    assert scene_choice_problem([image("a", provider="SBX_HR"), image("b", provider="sbx_hr")]) is None


def test_images_of_several_providers_are_refused_with_the_servers_text():
    reason = scene_choice_problem([image("a", provider="SBX_HR"), image("b", provider="SBX_MR")])
    assert reason.code is ReasonCode.SCENES_MIXED_PROVIDERS and reason.blocking
    assert reason.text.startswith("Images of several providers (SBX_HR, SBX_MR) cannot be processed together")


def test_mosaics_of_one_zoom_may_mix_providers_but_not_zooms_nor_images():
    mosaics = [image("m1", provider="SBX_Mosaic_2024", product="Mosaic", zoom=17),
               image("m2", provider="SBX_Mosaic_2025", product="MOSAIC", zoom=17)]
    assert scene_choice_problem(mosaics) is None
    zooms = scene_choice_problem([mosaics[0], image("m3", product="Mosaic", zoom=18)])
    assert zooms.code is ReasonCode.SCENES_MOSAIC_ZOOM_MISMATCH and "17, 18" in zooms.text
    mixed = scene_choice_problem([mosaics[0], image("a")])
    assert mixed.code is ReasonCode.SCENES_MIXED_PRODUCT_TYPES
    assert mixed.text == "Images and mosaics cannot be processed together. Choose one kind."


def test_nothing_chosen_is_a_missing_source():
    assert scene_choice_problem([]).code is ReasonCode.NO_SOURCE


def test_the_source_names_the_first_provider_lowercased_every_id_and_the_zoom():
    source = search_source([image("a"), image("b")])
    assert source.to_json() == {"dataProvider": "sbx_hr", "imageIds": ["a", "b"], "zoom": 18}


# --- the AOI cut ---------------------------------------------------------------------------------------------------
def test_a_cut_that_loses_area_warns_with_km2_and_percent():
    [reason] = crop_reasons(AoiCrop(aoi_km2=4.0, kept_km2=3.0))
    assert reason.code is ReasonCode.AOI_CROPPED and reason.severity is Severity.WARNING
    assert reason.text == ("The area of interest is cut to the chosen scenes: 1 km² (25 %) of it lies outside them "
                           "and is not processed; 3 km² remain.")


def test_nothing_left_refuses_and_a_rounding_loss_says_nothing():
    [reason] = crop_reasons(AoiCrop(aoi_km2=4.0, kept_km2=0.0))
    assert reason.code is ReasonCode.AOI_OUTSIDE_SCENES and reason.blocking
    assert "nothing is left to process" in reason.text
    assert crop_reasons(AoiCrop(aoi_km2=4.0, kept_km2=3.99999)) == []
    assert crop_reasons(None) == []


def test_the_plan_refuses_an_aoi_off_the_scenes_and_warns_of_a_cut():
    status = UserStatus.from_json({"email": "me@x.com", "billingType": "NONE", "models": [
        {"id": "wd", "name": "Buildings", "pricePerSqKm": 1, "blocks": []}]})
    model = ModelPick(status.models[0])
    pick = SourcePick(search_source([image("a")]), "scene a", zoom=18, footprints=(FOOTPRINT,))
    summary = AoiSummary(part_areas_km2=(1.0,), part_bbox_areas_km2=(1.2,))
    refused = missing_parts(model, summary, pick, aoi_crop=AoiCrop(2.0, 0.0))
    assert [r.code for r in refused] == [ReasonCode.AOI_OUTSIDE_SCENES]
    project = Project.from_json({"id": "p", "name": "P", "shareProject": {"owners": [{"email": "me@x.com"}]}})
    plan = plan_processing(model=model, aoi_geojson=FOOTPRINT, aoi_summary=summary, source=pick,
                           user_status=status, project=project, email="me@x.com", aoi_crop=AoiCrop(2.0, 1.0))
    assert plan.can_start and [r.code for r in plan.warnings] == [ReasonCode.AOI_CROPPED]
    assert plan.request.to_json()["params"]["sourceParams"] == {"imagerySearch": {
        "dataProvider": "sbx_hr", "imageIds": ["a"], "zoom": 18}}


# --- the search area limit -----------------------------------------------------------------------------------------
def status_with(search_limit, template_limit):
    return UserStatus.from_json({"email": "me@x.com", "searchAreaLimit": search_limit,
                                 "templateAreaLimit": template_limit})


def test_an_aoi_over_the_search_limit_is_refused_with_the_servers_text():
    refusal = search_area_refusal(812.0, status_with(700_000_000, 0))
    assert refusal.text == ("The search area (812 sq.km) is larger than your limit of 700 sq.km for an immediate "
                            "search. Plan a search over it instead.")
    assert refusal.can_plan and refusal.limit_km2 == 700
    assert search_area_refusal(699.0, status_with(700_000_000, 0)) is None
    assert search_area_refusal(5000.0, status_with(None, None)) is None  # unknown: the server decides


def test_a_planned_search_limit_of_zero_means_none():
    assert planned_search_possible(10_000, 0) and planned_search_possible(10_000, None)
    assert planned_search_possible(1.0, 1_000_000) and not planned_search_possible(1.5, 1_000_000)
    assert not search_area_refusal(812.0, status_with(700_000_000, 800_000_000)).can_plan


# --- failures ------------------------------------------------------------------------------------------------------
def test_each_failure_has_its_own_text():
    area = BadRequestError(400, "SEARCH_AREA_LIMIT_EXCEEDED", {"area": 812e6, "searchAreaLimit": 700e6,
                                                               "templateAreaLimit": 0})
    failure = search_failure(area)
    assert failure.kind == FailureKind.AREA_LIMIT and failure.can_plan and not failure.retry
    assert "812 sq.km" in failure.text
    timeout = search_failure(Timeout("api.example", "read", 90))
    assert timeout.kind == FailureKind.TIMEOUT and timeout.retry
    assert timeout.text.startswith("The imagery search got no answer in time")
    down = search_failure(ServerError(503, "SEARCH_PROVIDER_UNAVAILABLE", {"providers": ["SBX_HR"]}))
    assert down.kind == FailureKind.SERVER and "SBX_HR does not answer" in down.text and down.retry
    refused = search_failure(BadRequestError(400, "geometry.Invalid", {}))
    assert refused.kind == FailureKind.REFUSED and refused.text.startswith("The server refused the imagery search")
    assert not refused.retry
    assert search_failure(ConnectionFailed("api.example", "refused")).kind == FailureKind.NETWORK
    assert search_failure(Cancelled()).kind == FailureKind.CANCELLED


def test_empty_results_name_the_filters_set():
    assert empty_result_text(SearchFilters()) == "No scenes cover the area of interest."
    text = empty_result_text(SearchFilters(max_cloud_cover=5, product_types=[ProductType.MOSAIC],
                                           data_providers=["SBX_HR"]))
    assert "(cloud cover, providers, product types)" in text


# --- local filters -------------------------------------------------------------------------------------------------
PAGE = [image("clear", cloud=2), image("hazy", cloud=40), image("unknown", cloud=None),
        image("oblique", off_nadir=-28), image("mosaic", product="Mosaic", cloud=None, off_nadir=None),
        image("old", when=datetime(2023, 1, 1, tzinfo=timezone.utc)), image("coarse", resolution=0.75),
        image("partial", cover=30), image("other", provider="SBX_MR")]


@pytest.mark.parametrize("filters", [
    SearchFilters(),
    SearchFilters(max_cloud_cover=10),
    SearchFilters(min_off_nadir_angle=10, max_off_nadir_angle=30),
    SearchFilters(acquisition_date_from=datetime(2024, 1, 1, tzinfo=timezone.utc)),
    SearchFilters(acquisition_date_to="2024-01-01T00:00:00Z"),
    SearchFilters(min_resolution=0.6, max_resolution=1.0),
    SearchFilters(min_aoi_intersection_percent=50),
    SearchFilters(data_providers=["sbx_mr"]),
    SearchFilters(product_types=[ProductType.IMAGE]),
    SearchFilters(product_types=["MOSAIC"], max_cloud_cover=0),
])
def test_the_match_vector_is_the_api_models_rule(filters):
    assert match_vector(filters, PAGE) == [filters.matches(i) for i in PAGE]


def test_sunk_order_keeps_the_servers_order_and_sinks_the_rest():
    assert sunk_order([True, False, True, False, True]) == [0, 2, 4, 1, 3]


def test_wider_filters_need_a_new_search_narrower_do_not():
    last = SearchFilters(max_cloud_cover=20, min_off_nadir_angle=5, max_off_nadir_angle=20,
                         acquisition_date_from="2025-01-01T00:00:00Z", data_providers=["SBX_HR"],
                         product_types=[ProductType.IMAGE])
    assert wider_filters(SearchFilters(max_cloud_cover=10, min_off_nadir_angle=5, max_off_nadir_angle=15,
                                       acquisition_date_from="2025-03-01T00:00:00Z", data_providers=["sbx_hr"],
                                       product_types=[ProductType.IMAGE]), last) == []
    assert wider_filters(SearchFilters(), last) == ["dates", "cloud cover", "off-nadir angle", "providers",
                                                    "product types"]
    assert wider_filters(SearchFilters(max_cloud_cover=30), SearchFilters()) == []
    hint = wider_hint(SearchFilters(max_cloud_cover=30, min_off_nadir_angle=5, max_off_nadir_angle=20,
                                    acquisition_date_from="2025-01-01T00:00:00Z", data_providers=["SBX_HR"],
                                    product_types=[ProductType.IMAGE]), last)
    assert hint == "Search again: the filters are wider than the last search (cloud cover)."
    assert wider_hint(SearchFilters(), None) == ""
    assert "area of interest changed" in wider_hint(SearchFilters(), SearchFilters(), aoi_changed=True)


# --- texts ----------------------------------------------------------------------------------------------------------
def test_page_range_and_scene_labels():
    assert page_range_text(40, 40, 137) == "41–80 of 137"
    assert page_range_text(0, 0, 0) == "0 of 0"
    assert page_range_text(0, 1000, 1200) == "1–1,000 of 1,200"
    assert scenes_label([image("a")]) == "scene a of SBX_HR (2025-06-01), zoom 18"
    assert scenes_label([image("a"), image("b", when=datetime(2025, 7, 2, tzinfo=timezone.utc))]) == \
        "2 scenes of SBX_HR (2025-06-01, 2025-07-02), zoom 18"


def test_bounds_of_footprints():
    assert bounds_of(FOOTPRINT) == (37.5, 55.69, 37.71, 55.81)
    assert bounds_of({"type": "Point", "coordinates": [1, 2]}) is None
    assert bounds_of({"wkt": "POLYGON(...)"}) is None
