"""The api client's catalog search against the sandbox: every filter as a typed request, sorting and paging,
the contract's result types, preview pictures fetched without credentials, and the search area limit."""
from __future__ import annotations

import io
import uuid

import pytest
from PIL import Image

from mapflow_processing.api import BadRequestError, ForbiddenError, InvalidRequestError
from mapflow_processing.api.models import (CatalogSearch, CatalogSortBy, ImagerySearchSource, ProcessingRequest,
                                           ProcessingStatus, ProductType, SearchFilters, SortOrder)
from tests.api.sandbox_helpers import add_user, wait_until_terminal

CENTRE_AOI = {"type": "Polygon", "coordinates": [[[37.59, 55.734], [37.61, 55.734], [37.61, 55.746],
                                                  [37.59, 55.746], [37.59, 55.734]]]}
SURVEY_AOI = {"type": "Polygon", "coordinates": [[[38.38, 55.738], [38.42, 55.738], [38.42, 55.762],
                                                  [38.38, 55.762], [38.38, 55.738]]]}


@pytest.fixture(scope="module")
def everything(sandbox_server):
    client = add_user(sandbox_server, f"catalog-{uuid.uuid4().hex[:8]}@example.com", "--premium", "on")
    page = client.search_catalog(CatalogSearch(aoi=CENTRE_AOI, limit=1000))
    client.close()
    return page


def test_results_parse_into_typed_images(everything):
    assert everything.total == len(everything.images) > 40 and everything.limit == 1000
    kinds = {(i.product_type, i.preview_type) for i in everything.images}
    assert kinds == {("Image", "png"), ("Mosaic", "xyz")}
    for image in everything.images:
        assert isinstance(image.zoom, int) and image.pixel_resolution > 0 and image.provider_name
        if image.is_image:
            assert image.acquisition_date.tzinfo is not None and image.cloud_cover is not None
            assert image.sensor == image.sat_id and image.sun_elevation >= 10
            assert len(image.footprint_corners) == 4
        else:
            assert image.cloud_cover is None and image.off_nadir_angle is None


def test_filters_sorting_and_paging(client, everything):
    filters = SearchFilters(max_cloud_cover=15, max_off_nadir_angle=12, product_types=[ProductType.IMAGE],
                            data_providers=["sbx_hr", "SBX_MR"])
    found = client.search_catalog(CatalogSearch.with_filters(CENTRE_AOI, filters, limit=1000,
                                                             sort_by=CatalogSortBy.CLOUD_COVER,
                                                             sort_order=SortOrder.DESC))
    expected = {i.id for i in everything.images if filters.matches(i)}
    assert {i.id for i in found.images} == expected and 0 < len(expected) < everything.total
    clouds = [i.cloud_cover for i in found.images]
    assert clouds == sorted(clouds, reverse=True)
    first = client.search_catalog(CatalogSearch.with_filters(CENTRE_AOI, filters, limit=3, offset=0,
                                                             sort_by=CatalogSortBy.CLOUD_COVER, sort_order="DESC"))
    assert first.total == found.total and first.has_more and first.page_count == -(-found.total // 3)
    assert [i.id for i in first.images] == [i.id for i in found.images[:3]]


def test_hide_unavailable_and_the_plan(sandbox_server, everything):
    plain = add_user(sandbox_server, f"plain-{uuid.uuid4().hex[:8]}@example.com")
    try:
        hidden = plain.search_catalog(CatalogSearch(aoi=CENTRE_AOI, limit=1000, hide_unavailable=True))
        assert {i.provider_name for i in hidden.images} == {i.provider_name for i in everything.images} - {"SBX_VHR"}
        names = {p.name for p in plain.user_status().search_data_providers}
        assert "SBX_VHR" not in names and {"SBX_HR", "my_imagery_images"} <= names
        vhr = next(i for i in everything.images if i.provider_name == "SBX_VHR")
        request = ProcessingRequest(geometry=CENTRE_AOI, wd_name="🏠 Buildings",
                                    source=ImagerySearchSource("SBX_VHR", (vhr.id,)))
        with pytest.raises(ForbiddenError) as refused:
            plain.processing_cost(request)
        assert refused.value.code == "PROVIDER_UNAVAILABLE"
    finally:
        plain.close()


def test_a_thousand_results(client):
    page = client.search_catalog(CatalogSearch(aoi=SURVEY_AOI, limit=1000))
    assert page.total >= 1000 and len(page.images) == 1000 and page.has_more == (page.total > 1000)


def test_an_area_over_the_search_limit(client):
    huge = {"type": "Polygon", "coordinates": [[[37.0, 55.5], [37.6, 55.5], [37.6, 55.8], [37.0, 55.8],
                                                [37.0, 55.5]]]}
    with pytest.raises(BadRequestError) as refused:
        client.search_catalog(CatalogSearch(aoi=huge))
    assert refused.value.code == "SEARCH_AREA_LIMIT_EXCEEDED"
    assert refused.value.params["searchAreaLimit"] == 700_000_000


def test_previews_are_fetched_without_credentials(client, everything):
    scene = next(i for i in everything.images if i.preview_type == "png")
    picture = Image.open(io.BytesIO(client.catalog_preview(scene)))
    assert picture.format == "PNG" and picture.size[0] == 512
    mosaic = next(i for i in everything.images if i.is_mosaic)
    with pytest.raises(InvalidRequestError, match="no picture preview"):
        client.catalog_preview(mosaic)


def test_a_processing_of_a_search_result(client, everything):
    mosaic = next(i for i in everything.images if i.is_mosaic and i.zoom == 18)
    small = {"type": "Polygon", "coordinates": [[[37.6, 55.74], [37.602, 55.74], [37.602, 55.7412],
                                                 [37.6, 55.7412], [37.6, 55.74]]]}
    model = client.user_status().model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, small, ImagerySearchSource(mosaic.provider_name, (mosaic.id,),
                                                                            zoom=mosaic.zoom))
    assert client.processing_cost(request) == 13  # 1 km² minimum x (10 model + 3 mosaic at zoom 18)
    done = wait_until_terminal(client, client.create_processing(request).id, timeout=180)
    assert done.status is ProcessingStatus.OK, done.error_texts
    assert done.params.source == ImagerySearchSource(mosaic.provider_name.lower(), (mosaic.id,), zoom=18)
