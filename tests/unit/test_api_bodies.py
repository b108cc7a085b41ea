"""Request bodies: v2 and v1 processing create, cost, catalog search, stats, geometry."""
import json
from datetime import date, datetime, timedelta, timezone

import pytest
import shapely.geometry

from mapflow_processing.api.errors import InvalidRequestError
from mapflow_processing.api.models import (CatalogSearch, CostRequest, DataProviderSource, ImagerySearchSource,
                                           MyImagerySource, ProcessingRequest, ProcessingStatus, ProductType,
                                           StatsQuery, UserDefinedSource, WorkflowDef, geometry_to_json,
                                           page_body, polygon_count)
from mapflow_processing.api.models.sources import SourceType

SQUARE = {"type": "Polygon", "coordinates": [[[37.6, 55.7], [37.61, 55.7], [37.61, 55.71], [37.6, 55.71],
                                              [37.6, 55.7]]]}
BUILDINGS = WorkflowDef.from_json({"id": "wd-b", "name": "🏠 Buildings", "blocks": [
    {"name": "Segmentation", "displayName": "Segmentation", "optional": False, "price": 10},
    {"name": "Simplification", "displayName": "Polygonization", "optional": True, "price": 2},
    {"name": "Classification", "displayName": "Classification", "optional": True, "price": 3}]})


def test_v2_body_lists_every_optional_block_and_one_source_variant():
    request = ProcessingRequest.for_model(BUILDINGS, SQUARE, DataProviderSource("Sandbox_Demo", 18),
                                          enabled_blocks=["classification"], name="Town", project_id="p1",
                                          meta={"source-app": "qgis", "version": "0.1.0"})
    body = request.to_json()
    assert body == {
        "name": "Town", "projectId": "p1", "wdId": "wd-b", "geometry": SQUARE,
        "params": {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}}},
        "blocks": [{"name": "Simplification", "enabled": False}, {"name": "Classification", "enabled": True}],
        "meta": {"source-app": "qgis", "version": "0.1.0"},
    }
    json.dumps(body)  # plain JSON


def test_unknown_option_is_named_in_the_error():
    with pytest.raises(InvalidRequestError, match="no option heights .*Simplification, Classification"):
        ProcessingRequest.for_model(BUILDINGS, SQUARE, DataProviderSource("X"), enabled_blocks=["Heights"])


@pytest.mark.parametrize("source, v2, v1", [
    (DataProviderSource("Mapbox"), {"dataProvider": {"providerName": "Mapbox"}}, {"data_provider": "Mapbox"}),
    (UserDefinedSource("https://t/{z}/{x}/{y}.png", SourceType.TMS, 19, "EPSG:3857", "u", "p"),
     {"userDefined": {"sourceType": "TMS", "url": "https://t/{z}/{x}/{y}.png", "zoom": 19, "crs": "epsg:3857",
                      "rasterLogin": "u", "rasterPassword": "p"}},
     {"url": "https://t/{z}/{x}/{y}.png", "source_type": "tms", "zoom": "19", "crs": "epsg:3857",
      "raster_login": "u", "raster_password": "p"}),
    (MyImagerySource(mosaic_id="m1"), {"myImagery": {"mosaicId": "m1"}},
     {"sourceParams": {"myImagery": {"mosaicId": "m1"}}}),
    (ImagerySearchSource("CG_Mosaic_2022", ("a", "b"), 18), {"imagerySearch": {
        "dataProvider": "cg_mosaic_2022", "imageIds": ["a", "b"], "zoom": 18}},
     {"sourceParams": {"imagerySearch": {"dataProvider": "cg_mosaic_2022", "imageIds": ["a", "b"], "zoom": 18}}}),
])
def test_source_variants_in_v2_and_v1_bodies(source, v2, v1):
    request = ProcessingRequest(geometry=SQUARE, source=source, wd_name="🏠 Buildings")
    assert request.to_json()["params"]["sourceParams"] == v2
    assert request.to_v1_json()["params"] == v1
    assert request.to_v1_json()["wdName"] == "🏠 Buildings"


@pytest.mark.parametrize("kwargs, message", [
    ({"source": DataProviderSource("X")}, "needs a model"),
    ({"source": "Mapbox", "wd_id": "m"}, "must be one of"),
    ({"source": MyImagerySource(), "wd_id": "m"}, "mosaic id or image ids"),
    ({"source": ImagerySearchSource("p", ()), "wd_id": "m"}, "at least one image id"),
    ({"source": UserDefinedSource(""), "wd_id": "m"}, "needs a URL"),
    ({"source": DataProviderSource("X"), "wd_id": "m", "name": "  "}, "name is empty"),
    ({"source": DataProviderSource("X"), "wd_id": "m", "geometry": {"type": "Point", "coordinates": [0, 0]}},
     "Polygon or MultiPolygon, not Point"),
    ({"source": DataProviderSource("X"), "wd_id": "m", "geometry": {"type": "Polygon", "coordinates": [[[0, 0]]]}},
     "closed ring"),
    ({"source": DataProviderSource("X"), "wd_id": "m", "geometry": "POLYGON((0 0, 1 1))"}, "GeoJSON object"),
])
def test_bad_requests_are_caught_before_sending(kwargs, message):
    kwargs.setdefault("geometry", SQUARE)
    with pytest.raises(InvalidRequestError, match=message):
        ProcessingRequest(**kwargs).to_json()


def test_cost_body_from_a_processing_request_and_by_area():
    request = ProcessingRequest.for_model(BUILDINGS, SQUARE, DataProviderSource("Mapbox", 17), project_id="p")
    cost = request.to_cost_request().to_json()
    assert cost["wdId"] == "wd-b" and cost["geometry"] == SQUARE and cost["projectId"] == "p"
    assert cost["params"] == {"sourceParams": {"dataProvider": {"providerName": "Mapbox", "zoom": 17}}}
    assert len(cost["blocks"]) == 2
    by_area = CostRequest(wd_id="wd-b", area_sq_km=2.5).to_json()
    assert by_area == {"wdId": "wd-b", "areaSqKm": 2.5, "blocks": []}
    with pytest.raises(InvalidRequestError, match="geometry or an area"):
        CostRequest(wd_id="wd-b").to_json()
    assert CostRequest(wd_id="w", geometry=SQUARE, source=DataProviderSource("Mapbox")).to_v1_json()["params"] == \
        {"data_provider": "Mapbox"}


def test_geometry_inputs():
    shapely_polygon = shapely.geometry.shape(SQUARE)
    assert geometry_to_json(shapely_polygon) == SQUARE  # __geo_interface__, tuples become lists
    feature_collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": SQUARE, "properties": {}},
        {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [SQUARE["coordinates"]] * 2}}]}
    merged = geometry_to_json(feature_collection)
    assert merged["type"] == "MultiPolygon" and len(merged["coordinates"]) == 3
    assert polygon_count(feature_collection) == 3
    with pytest.raises(InvalidRequestError, match="empty"):
        geometry_to_json({"type": "MultiPolygon", "coordinates": []})


def test_catalog_search_body():
    body = CatalogSearch(aoi=SQUARE, acquisition_date_from=date(2024, 1, 2),
                         acquisition_date_to=datetime(2024, 2, 1, 12, 0, tzinfo=timezone(timedelta(hours=3))),
                         max_cloud_cover=20, data_providers=["my_imagery_images"],
                         product_types=[ProductType.IMAGE], sort_by="CLOUD_COVER", sort_order="desc").to_json()
    assert body == {"aoi": SQUARE, "limit": 100, "offset": 0, "productTypes": ["IMAGE"],
                    "acquisitionDateFrom": "2024-01-02T00:00:00Z", "acquisitionDateTo": "2024-02-01T09:00:00Z",
                    "maxCloudCover": 20, "dataProviders": ["my_imagery_images"], "sortBy": "CLOUD_COVER",
                    "sortOrder": "DESC"}
    assert "dataProviders" not in CatalogSearch(aoi=SQUARE).to_json()  # None leaves the key out
    with pytest.raises(InvalidRequestError, match="percentage"):
        CatalogSearch(aoi=SQUARE, max_cloud_cover=120).to_json()


def test_stats_query_uses_the_filter_spelling():
    body = StatsQuery(date_from=date(2024, 1, 1), statuses=[ProcessingStatus.CANCELLED, "ok"], terms="x").to_json()
    assert body == {"dateFrom": "2024-01-01T00:00:00Z", "statuses": ["CANCELED", "OK"], "terms": "x"}
    assert StatsQuery().to_json() == {}


def test_page_body():
    assert page_body(20, 40, filter="", sortBy=None, sortOrder="DESC") == {"limit": 20, "offset": 40,
                                                                           "sortOrder": "DESC"}
    with pytest.raises(InvalidRequestError):
        page_body(0, 0)
