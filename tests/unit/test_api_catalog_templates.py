"""Catalog images, search filters and planned-search (template) models: the contract's real-service shapes,
null and missing fields, and the request bodies with the checks the service would make."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from mapflow_processing.api import InvalidRequestError, ResponseFormatError
from mapflow_processing.api.models import (AoiAddResult, AoiDeleteResult, CatalogImage, CatalogPage, CatalogSearch,
                                           CatalogSortBy, NewTemplate, NewTemplateAoi, ProcessingStatus,
                                           ProductType, SearchFilters, SortOrder, Template, TemplateAoi,
                                           TemplateDetails, TemplateImagesQuery, TemplateShort, TemplateStatus,
                                           TemplateUpdate, default_active_until)

SQUARE = {"type": "Polygon", "coordinates": [[[37.6, 55.7], [37.61, 55.7], [37.61, 55.71], [37.6, 55.71],
                                              [37.6, 55.7]]]}

# contract 2.7, the catalog image example (its "[...]" and "{...}" filled in)
DOC_IMAGE = """
{"id":"JL1GF03A_PMS_20220607132729_200087596_103_0002_001_L1","productType":"Image",
 "footprint":{"type":"Polygon","coordinates":[[[37.6,55.71],[37.61,55.71],[37.61,55.7],[37.6,55.7],[37.6,55.71]]]},
 "pixelResolution":1.06,
 "acquisitionDate":"2022-06-07T13:27:33Z","sensor":"JL1GF03A","satId":"JL1GF03A","colorBandOrder":"B,G,R,NIR,PAN",
 "cloudCover":9.0,"offNadirAngle":-3.91,"providerName":"CG","zoom":"18","minAreaSqkm":1.0,
 "previewType":"png","previewUrl":"https://.../preview.jpg","previews":[{"url":"https://p/1.png","geometry":{}}],
 "aoiIntersectionPercent":87.5,"isNew":false}
"""


def test_the_contract_catalog_image_parses():
    image = CatalogImage.from_json(json.loads(DOC_IMAGE))
    assert image.id.startswith("JL1GF03A") and image.zoom == 18 and image.pixel_resolution == 1.06
    assert image.acquisition_date == datetime(2022, 6, 7, 13, 27, 33, tzinfo=timezone.utc)
    assert image.sensor == image.sat_id == "JL1GF03A" and image.cloud_cover == 9.0
    assert image.off_nadir_angle == -3.91 and image.abs_off_nadir_angle == 3.91
    assert image.min_area_sq_km == 1.0 and image.preview_type == "png" and image.previews[0].url == "https://p/1.png"
    assert image.aoi_intersection_percent == 87.5 and image.is_new is False
    assert image.is_image and not image.is_mosaic
    assert image.footprint_corners == ((37.6, 55.71), (37.61, 55.71), (37.61, 55.7), (37.6, 55.7))


def test_a_sparse_result_parses_with_nulls():
    image = CatalogImage.from_json({"id": "x", "footprint": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0],
                                                                                               [1, 1], [0, 0]]]},
                                    "pixelResolution": None, "productType": "MOSAIC", "zoom": None,
                                    "acquisitionDate": None, "satId": "S2", "previews": None, "isNew": "true",
                                    "aoiIds": ["a", "b"]})
    assert image.pixel_resolution is None and image.zoom is None and image.acquisition_date is None
    assert image.is_mosaic and image.sensor == image.sat_id == "S2" and image.previews == ()
    assert image.is_new is True and image.aoi_ids == ("a", "b")
    assert image.footprint_corners is None  # three corners: not a picture frame
    scene = CatalogImage.from_json({"id": "y", "footprint": "POLYGON ((0 0, 1 0, 1 1, 0 0))",
                                    "pixelResolution": "0.5", "productType": "Scene"})
    assert scene.footprint == {"wkt": "POLYGON ((0 0, 1 0, 1 1, 0 0))"} and scene.is_image
    assert scene.pixel_resolution == 0.5 and scene.footprint_corners is None
    with pytest.raises(ResponseFormatError, match="footprint"):
        CatalogImage.from_json({"id": "z"})
    with pytest.raises(ResponseFormatError, match="id"):
        CatalogImage.from_json({"footprint": SQUARE})


def test_pages_of_results():
    page = CatalogPage.from_json({"images": [json.loads(DOC_IMAGE)] * 3, "total": 7, "limit": 3, "offset": 3})
    assert (len(page.images), page.total, page.page_count, page.has_more) == (3, 7, 3, True)
    bare = CatalogPage.from_json([json.loads(DOC_IMAGE)])
    assert bare.total == 1 and bare.limit is None and bare.page_count == 1 and not bare.has_more
    assert CatalogPage.from_json({"images": [], "total": 0, "limit": 100, "offset": 0}).page_count == 1


def test_filters_to_json_leave_out_what_is_not_set():
    assert SearchFilters().to_json() == {}
    body = SearchFilters(acquisition_date_from=date(2024, 1, 1), max_cloud_cover=30, min_off_nadir_angle=0,
                         max_off_nadir_angle=20, data_providers=[], product_types=["image", ProductType.MOSAIC],
                         hide_unavailable=False).to_json()
    assert body == {"acquisitionDateFrom": "2024-01-01T00:00:00Z", "maxCloudCover": 30, "minOffNadirAngle": 0,
                    "maxOffNadirAngle": 20, "dataProviders": [], "productTypes": ["IMAGE", "MOSAIC"],
                    "hideUnavailable": False}


@pytest.mark.parametrize("filters, message", [
    (SearchFilters(min_resolution=1.0, max_resolution=0.5), "minimum resolution"),
    (SearchFilters(min_off_nadir_angle=20, max_off_nadir_angle=10), "minimum off-nadir"),
    (SearchFilters(max_off_nadir_angle=95), "off-nadir"),
    (SearchFilters(max_cloud_cover=101), "percentage"),
    (SearchFilters(min_aoi_intersection_percent=-1), "intersection"),
    (SearchFilters(acquisition_date_from=date(2024, 5, 1), acquisition_date_to=date(2024, 1, 1)), "ends before"),
    (SearchFilters(product_types=["video"]), "product type"),
])
def test_filters_the_service_would_refuse_are_refused_locally(filters, message):
    with pytest.raises(InvalidRequestError, match=message):
        filters.to_json()


def test_filters_read_back_from_search_params():
    filters = SearchFilters.from_json({"aoiDetails": {}, "maxCloudCover": "20", "productTypes": ["Scene"],
                                       "dataProviders": "a, b", "acquisitionDateTo": "2024-01-01T00:00:00Z",
                                       "hideUnavailable": "true"})
    assert filters.max_cloud_cover == 20 and filters.product_types == (ProductType.IMAGE,)
    assert filters.data_providers == ("a", "b") and filters.hide_unavailable is True
    assert filters.acquisition_date_to == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert SearchFilters.from_json(None) == SearchFilters()
    assert SearchFilters.from_json({}).data_providers is None


def test_local_filtering_follows_the_server_rules():
    image = CatalogImage.from_json(json.loads(DOC_IMAGE))  # cloud 9, off-nadir -3.91, 1.06 m, 2022-06-07
    assert SearchFilters(max_cloud_cover=9, min_off_nadir_angle=3.9, max_resolution=1.1).matches(image)
    assert not SearchFilters(max_cloud_cover=5).matches(image)
    assert not SearchFilters(min_off_nadir_angle=4).matches(image)  # absolute angle
    assert not SearchFilters(acquisition_date_from=date(2023, 1, 1)).matches(image)
    assert not SearchFilters(data_providers=["other"]).matches(image)
    assert SearchFilters(data_providers=["cg"]).matches(image)  # any case
    assert not SearchFilters(product_types=[ProductType.MOSAIC]).matches(image)
    assert not SearchFilters(min_aoi_intersection_percent=90).matches(image)
    bare = CatalogImage.from_json({"id": "m", "footprint": SQUARE, "pixelResolution": None})
    assert SearchFilters(max_cloud_cover=0, min_off_nadir_angle=10, max_resolution=0.1,
                         acquisition_date_from=date(2030, 1, 1)).matches(bare)  # nulls match every filter


def test_a_search_with_a_templates_filters():
    filters = SearchFilters(max_cloud_cover=10, product_types=[ProductType.IMAGE])
    body = CatalogSearch.with_filters(SQUARE, filters, limit=20, offset=40, sort_by=CatalogSortBy.ZOOM,
                                      sort_order=SortOrder.DESC).to_json()
    assert body == {"aoi": SQUARE, "limit": 20, "offset": 40, "maxCloudCover": 10, "productTypes": ["IMAGE"],
                    "sortBy": "ZOOM", "sortOrder": "DESC"}
    assert CatalogSearch(aoi=SQUARE, max_cloud_cover=10).filters.max_cloud_cover == 10
    with pytest.raises(InvalidRequestError, match="sort"):
        CatalogSearch(aoi=SQUARE, sort_by="PRICE").to_json()


# contract 2.8 template fields; a TemplateShort has no searchParams
SHORT = {"id": "t1", "name": "Watch", "status": "READY", "createdAt": "2024-05-01T10:00:00.123Z", "userId": "u1",
         "projectId": "p1", "activeUntil": "2024-10-28T10:00:00.0Z"}


def test_a_template_short_with_only_the_required_fields():
    short = TemplateShort.from_json(SHORT)
    assert (short.id, short.name, short.status, short.project_id, short.user_id) == ("t1", "Watch",
                                                                                     TemplateStatus.READY, "p1", "u1")
    assert short.active_until == datetime(2024, 10, 28, 10, tzinfo=timezone.utc)
    assert short.new_images_count == 0 and not short.has_new_images and short.is_active and not short.is_archived
    assert short.is_expired(datetime(2025, 1, 1, tzinfo=timezone.utc))
    assert not short.is_expired(datetime(2024, 6, 1, tzinfo=timezone.utc))
    assert TemplateShort.from_json({**SHORT, "status": "PAUSED"}).status is TemplateStatus.UNKNOWN
    with pytest.raises(ResponseFormatError, match="id"):
        TemplateShort.from_json({"name": "no id"})


FULL = {**SHORT, "status": "SEARCHING", "newImagesCount": "3", "isActive": False, "isArchived": False,
        "area": 1234567.8, "maxAoiIntersectionPercent": 87.5, "lastCheckedAt": None,
        "processingParams": {"wdId": "m1"},
        "searchParams": {"maxCloudCover": 20, "productTypes": ["IMAGE"], "aoiDetails": {
            "type": "FeatureCollection", "features": [
                {"type": "Feature", "geometry": SQUARE, "properties": {
                    "id": "a1", "name": "Centre", "hasNewImages": True, "processings": [
                        {"processingId": "pr1", "processingName": "run", "processingStatus": "OK", "area": 10,
                         "geometry": SQUARE, "projectId": "p1"}]}},
                {"type": "Feature", "id": "a2", "geometry": SQUARE, "properties": {"name": "Edge"}}]}}}


def test_a_full_template_with_aois_and_their_processings():
    template = Template.from_json(FULL)
    assert template.status is TemplateStatus.SEARCHING and template.new_images_count == 3 and template.has_new_images
    assert template.is_active is False and template.area == 1234568 and template.last_checked_at is None
    assert template.processing_params == {"wdId": "m1"} and template.filters.max_cloud_cover == 20
    assert [a.name for a in template.aois] == ["Centre", "Edge"] and template.aoi("a2").has_new_images is False
    run = template.aois[0].processings[0]
    assert (run.processing_id, run.status, run.area, run.project_id) == ("pr1", ProcessingStatus.OK, 10, "p1")
    assert template.search_params["productTypes"] == ["IMAGE"]
    assert Template.from_json(SHORT).aois == () and Template.from_json(SHORT).filters == SearchFilters()


def test_an_aoi_as_a_flat_object():
    aoi = TemplateAoi.from_json({"id": "a3", "name": "Flat", "geometry": SQUARE, "area": "99"})
    assert (aoi.id, aoi.name, aoi.area, aoi.processings) == ("a3", "Flat", 99, ())
    with pytest.raises(ResponseFormatError):
        TemplateAoi.from_json({"type": "Feature", "properties": {"name": "no id"}})


def test_template_details_with_search_results():
    details = TemplateDetails.from_json({"template": FULL, "searchResults": [
        {"id": "img1", "metadata": {**json.loads(DOC_IMAGE), "id": "img1", "isNew": True}},
        {"id": "img2", "metadata": {"footprint": SQUARE, "pixelResolution": 0.5}}, "junk"]})
    assert [i.id for i in details.search_results] == ["img1", "img2"]
    assert [i.id for i in details.new_images] == ["img1"]
    bare = TemplateDetails.from_json(FULL)  # some answers are the template alone
    assert bare.template.id == "t1" and bare.search_results == ()


def test_a_new_template_body():
    body = NewTemplate(name=" Watch ", project_id="p1",
                       aois=[NewTemplateAoi(SQUARE, "Centre"), NewTemplateAoi(SQUARE)],
                       filters=SearchFilters(max_cloud_cover=20, product_types=[ProductType.IMAGE]),
                       active_until=datetime(2025, 1, 1, tzinfo=timezone.utc),
                       processing_params={"wdId": "m1"}).to_json()
    assert body["name"] == "Watch" and body["projectId"] == "p1" and body["activeUntil"] == "2025-01-01T00:00:00Z"
    assert body["processingParams"] == {"wdId": "m1"}
    search = body["searchParams"]
    assert search["maxCloudCover"] == 20 and search["productTypes"] == ["IMAGE"]
    features = search["aoiDetails"]["features"]
    assert features[0] == {"type": "Feature", "geometry": SQUARE, "properties": {"name": "Centre"}}
    assert features[1]["properties"] == {}


def test_a_new_template_lasts_180_days_less_a_minute_by_default():
    before = datetime.now(timezone.utc)
    body = NewTemplate(name="w", project_id="p", aois=[NewTemplateAoi(SQUARE)]).to_json()
    until = datetime.fromisoformat(body["activeUntil"].replace("Z", "+00:00"))
    assert timedelta(days=179, hours=23) < until - before <= timedelta(days=180)
    assert default_active_until(before) == before + timedelta(days=180) - timedelta(minutes=1)


@pytest.mark.parametrize("template, message", [
    (NewTemplate(name="w", project_id="p", aois=[]), "AOI"),
    (NewTemplate(name=" ", project_id="p", aois=[NewTemplateAoi(SQUARE)]), "name"),
    (NewTemplate(name="w", project_id="", aois=[NewTemplateAoi(SQUARE)]), "project"),
    (NewTemplate(name="w", project_id="p", aois=[NewTemplateAoi(SQUARE, "x" * 65)]), "64"),
    (NewTemplate(name="w", project_id="p", aois=[NewTemplateAoi({"type": "Point", "coordinates": [0, 0]})]),
     "Polygon"),
])
def test_new_templates_the_service_would_refuse(template, message):
    with pytest.raises(InvalidRequestError, match=message):
        template.to_json()


def test_a_64_character_aoi_name_is_fine():
    assert NewTemplateAoi(SQUARE, "é" * 64).to_json()["name"] == "é" * 64


def test_template_updates_send_only_what_changes():
    assert TemplateUpdate(name="New").to_json() == {"name": "New"}
    body = TemplateUpdate(filters=SearchFilters(max_cloud_cover=5), cleared_filters=["maxOffNadirAngle"],
                          active_until=date(2025, 1, 1), processing_params={"wdId": "m"}).to_json()
    assert body == {"searchParams": {"maxCloudCover": 5, "maxOffNadirAngle": None},
                    "activeUntil": "2025-01-01T00:00:00Z", "processingParams": {"wdId": "m"}}
    with pytest.raises(InvalidRequestError, match="nothing"):
        TemplateUpdate().to_json()
    with pytest.raises(InvalidRequestError, match="empty"):
        TemplateUpdate(name="  ").to_json()


def test_image_listing_query():
    assert TemplateImagesQuery().to_json() == {"limit": 100, "offset": 0}
    body = TemplateImagesQuery(limit=10, offset=20, aoi_ids=["a1"], sort_by="cloud_cover", sort_order="desc",
                               filters=SearchFilters(max_cloud_cover=10)).to_json()
    assert body == {"limit": 10, "offset": 20, "aoiIds": ["a1"], "sortBy": "CLOUD_COVER", "sortOrder": "DESC",
                    "maxCloudCover": 10}
    with pytest.raises(InvalidRequestError):
        TemplateImagesQuery(limit=0).to_json()


def test_aoi_edit_answers():
    added = AoiAddResult.from_json({"addedCount": 2, "partitioningTriggered": "true", "aoiIds": ["a", "b"]})
    assert (added.added_count, added.partitioning_triggered, added.aoi_ids) == (2, True, ("a", "b"))
    assert AoiAddResult.from_json({"addedCount": 1}).aoi_ids == ()
    deleted = AoiDeleteResult.from_json({"deletedCount": 1, "remainingCount": 2, "notFound": ["z"]})
    assert (deleted.deleted_count, deleted.remaining_count, deleted.not_found) == (1, 2, ("z",))
    assert AoiDeleteResult.from_json({"deletedCount": 3}).remaining_count is None
