"""The contract's section 2 example requests, sent exactly as written, get the documented answer shapes."""
from __future__ import annotations

import pytest

from tests.sandbox.helpers import create_body, scripted_source, wait_status

SEED_GEOMETRY = {"type": "Polygon", "coordinates": [[[37.62, 55.75], [37.625, 55.75], [37.625, 55.753],
                                                     [37.62, 55.753], [37.62, 55.75]]]}


def test_user_status_seed_shape(demo_api):
    status = demo_api.ok(demo_api.get("user/status"))
    for key in ("email", "processedArea", "remainingArea", "areaLimit", "memoryLimit", "models"):
        assert key in status
    for model in status["models"]:
        assert {"id", "name", "description", "created", "updated", "pricePerSqKm", "blocks"} <= set(model)


@pytest.mark.parametrize("body", [
    {"dateFrom": "2020-01-01T00:00:00Z", "dateTo": "2100-01-01T00:00:00Z",
     "statuses": ["OK", "IN_PROGRESS", "AWAITING", "FAILED", "CANCELED", "REFUNDED"], "terms": "text"},
    {"page": 1, "perPage": 50, "sort": "created:desc", "filter": "status=OK"},
    {"page": 1, "perPage": 50, "sort": "created,desc", "filter": "status=OK"},
])
@pytest.mark.parametrize("kind", ["JSON", "json"])
def test_stats_bodies_of_both_doc_versions(demo_api, body, kind):
    stats = demo_api.ok(demo_api.post(f"processings/stats?type={kind}", body))
    assert set(stats) == {"results", "total", "count", "totalCost", "totalArea"}


def test_projects_examples(sandbox_server, user_api):
    page = user_api.ok(user_api.post("projects/page", {"limit": 20, "offset": 0, "filter": "name substring",
                                                       "sortBy": "UPDATED", "sortOrder": "DESC"}))
    assert set(page) == {"results", "total", "count"}
    project = user_api.ok(user_api.post("projects", {"name": "Test", "description": "d"}))
    assert {"id", "name", "description", "isDefault", "created", "updated", "shareProject"} <= set(project)
    updated = user_api.ok(user_api.put(f"projects/{project['id']}", {"name": "Test 2", "description": "d2"}))
    assert updated["name"] == "Test 2"
    shared = user_api.ok(user_api.post("projects/share", {"projectId": project["id"],
                                                          "email": "demo@sandbox.mapflow.local", "role": "readonly"}))
    assert shared["shareProject"]["users"] == [{"email": "demo@sandbox.mapflow.local", "role": "readonly"}]


@pytest.mark.parametrize("source", [
    {"dataProvider": {"providerName": "Mapbox", "zoom": 18}},
    {"userDefined": {"sourceType": "XYZ", "url": "https://tiles.example.test/{z}/{x}/{y}.png", "zoom": 19,
                     "crs": "epsg:3857", "rasterLogin": "u", "rasterPassword": "p"}},
])
def test_plugin_create_body_and_follow_ups(demo_api, source):
    status = demo_api.ok(demo_api.get("user/status"))
    wd_id = next(m["id"] for m in status["models"] if m["name"] == "🏠 Buildings")
    project_id = demo_api.ok(demo_api.get("projects/default"))["id"]
    body = {"name": "test_proc", "projectId": project_id, "wdId": wd_id, "geometry": SEED_GEOMETRY,
            "params": {"sourceParams": source}, "meta": {"source-app": "qgis", "version": "3.6.0", "source": "mapbox"},
            "blocks": [{"name": "Simplification", "enabled": True}, {"name": "OSM", "enabled": False},
                       {"name": "Classification", "enabled": False}]}
    cost = demo_api.post("processing/cost/v2", body)
    assert cost.status_code == 200 and cost.text.isdigit()
    processing = demo_api.ok(demo_api.post("processings/v2", body))
    assert processing["cost"] == int(cost.text)
    kind = next(iter(source))
    assert set(processing["params"]["sourceParams"][kind]) == set(source[kind])
    page = demo_api.ok(demo_api.post(f"projects/{project_id}/processings/v2/page", {"limit": 30, "offset": 0}))
    assert set(page) == {"results", "total", "count"} and processing["id"] in {p["id"] for p in page["results"]}
    renamed = demo_api.ok(demo_api.put(f"processings/{processing['id']}/v2", {"name": "renamed", "description": ""}))
    assert renamed["name"] == "renamed" and renamed["description"] == ""
    aois = demo_api.ok(demo_api.get(f"processings/{processing['id']}/aois"))
    assert set(aois[0]) >= {"id", "status", "percentCompleted", "area", "messages", "geometry"}
    assert demo_api.delete(f"processings/{processing['id']}").status_code == 200


def test_v1_examples(demo_api):
    cost = demo_api.post("processing/cost", {"wdId": "🏠 Buildings", "geometry": SEED_GEOMETRY,
                                             "params": {"data_provider": "Mapbox"}})
    # 1 km² minimum × (10 + 3 at zoom 18, the zoom the engine runs at without one)
    assert cost.status_code == 200 and cost.text == "13"
    v1 = demo_api.ok(demo_api.post("processings", {
        "name": "v1", "wdName": "🏠 Buildings", "geometry": SEED_GEOMETRY,
        "params": {"url": "https://tiles.example.test/{z}/{x}/{y}.png?uri=s3://x", "source_type": "xyz",
                   "crs": "EPSG:3857"}}))
    assert v1["params"]["source_type"] == "xyz"
    renamed = demo_api.ok(demo_api.put(f"processing/{v1['id']}", {"name": "v1 renamed"}))
    assert renamed["name"] == "v1 renamed"
    project = demo_api.ok(demo_api.post("projects", {"name": "moves"}))
    moved = demo_api.ok(demo_api.put(f"processings/{v1['id']}", {"projectId": project["id"]}))
    assert moved["projectId"] == project["id"]
    demo_api.delete(f"projects/{project['id']}")


def test_rate_example_on_an_ok_processing(scripted_api):
    processing = scripted_api.ok(scripted_api.post("processings/v2", create_body(params=scripted_source())))
    wait_status(scripted_api, processing["id"])
    rated = scripted_api.ok(scripted_api.put(f"processings/{processing['id']}/rate", {"rating": 5, "feedback": "text"}))
    assert int(rated["rating"]["rating"]) == 5


def test_data_api_examples(user_api):
    mosaic = user_api.ok(user_api.post("rasters/mosaic", {"name": "Survey", "tags": ["a"]}))
    assert {"id", "name", "tags", "created_at", "footprint", "sizeInBytes", "rasterLayer"} <= set(mosaic)
    memory = user_api.ok(user_api.get("rasters/memory"))
    assert set(memory) >= {"memoryLimit", "memoryUsed", "memoryFree", "maxUploadFileSize", "maxPixelCount"}
    search = user_api.ok(user_api.post("catalog/meta", {
        "aoi": SEED_GEOMETRY, "acquisitionDateFrom": "2022-01-01T00:00:00Z",
        "acquisitionDateTo": "2023-01-01T00:00:00Z",
        "minResolution": 0.3, "maxResolution": 1.5, "maxCloudCover": 100, "minAoiIntersectionPercent": 0,
        "limit": 100, "offset": 0, "sortBy": "ACQUISITION_DATE", "sortOrder": "DESC", "hideUnavailable": False,
        "productTypes": ["IMAGE", "MOSAIC"]}))
    assert set(search) == {"images", "total", "limit", "offset"}


def test_plugin_start_up_sequence(demo_api):
    assert demo_api.get("version").status_code == 200
    default = demo_api.ok(demo_api.get("projects/default"))
    assert demo_api.ok(demo_api.get(f"projects/{default['id']}"))["id"] == default["id"]
    assert isinstance(demo_api.ok(demo_api.get("rasters/mosaic")), list)
    demo_api.ok(demo_api.get("user/status"))
    demo_api.ok(demo_api.get("rasters/memory"))
    demo_api.ok(demo_api.post("projects/page", {"limit": 20, "offset": 0, "sortBy": "UPDATED", "sortOrder": "DESC"}))
    demo_api.ok(demo_api.post(f"projects/{default['id']}/processings/v2/page", {"limit": 30, "offset": 0}))
    assert demo_api.ok(demo_api.get(f"processings/template/project/{default['id']}")) == []
