"""Processings v2/v1: create (bodies, defaults, aliases), views, lists, paging, rename/move/delete, errors."""
from __future__ import annotations

import time

import pytest

from tests.sandbox.helpers import BUILDINGS, create_body, demo_source, square, two_squares

V2_KEYS = ("id", "name", "projectId", "status", "description", "workflowDef", "aoiArea", "area", "cost", "created",
           "rasterLayer", "vectorLayer", "messages", "params", "blocks", "percentCompleted", "reviewStatus", "rating",
           "meta", "aoiCount", "updated")


def test_create_v2_returns_every_required_key(user_api):
    body = create_body("first", meta={"source-app": "qgis", "version": "3.6.0"},
                       blocks=[{"name": "Simplification", "enabled": True}, {"name": "Classification",
                                                                             "enabled": False}])
    processing = user_api.ok(user_api.post("processings/v2", body))
    for key in V2_KEYS:
        assert key in processing, key
    assert processing["status"] in ("UNPROCESSED", "IN_PROGRESS")
    assert processing["workflowDef"]["name"] == BUILDINGS
    assert processing["area"] == processing["aoiArea"] > 0
    assert processing["params"]["sourceParams"] == {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}}
    assert processing["meta"] == {"source-app": "qgis", "version": "3.6.0"}
    blocks = {b["name"]: b for b in processing["blocks"]}
    assert blocks["Simplification"]["enabled"] is True and blocks["Classification"]["enabled"] is False
    assert all({"name", "displayName", "enabled"} <= set(b) for b in processing["blocks"])
    assert processing["vectorLayer"] is None and processing["rasterLayer"] is None
    default = user_api.ok(user_api.get("projects/default"))
    assert processing["projectId"] == default["id"]


def test_defaults_for_name_and_project_and_wd_id(user_api):
    wd_id = next(m["id"] for m in user_api.ok(user_api.get("user/status"))["models"] if m["name"] == BUILDINGS)
    first = user_api.ok(user_api.post("processings/v2", {"wdId": wd_id, "geometry": square(),
                                                         "params": demo_source()}))
    second = user_api.ok(user_api.post("processings/v2", {"wdName": "🏠 buildings", "geometry": square()}))
    assert first["name"] == "Processing 1" and second["name"] == "Processing 2"
    assert second["params"]["sourceParams"]["dataProvider"]["providerName"] == "Sandbox_Demo"


def test_multipolygon_makes_one_aoi_per_part(user_api):
    processing = user_api.ok(user_api.post("processings/v2", create_body(geometry=two_squares())))
    assert processing["aoiCount"] == 2
    aois = user_api.ok(user_api.get(f"processings/{processing['id']}/aois"))
    assert len(aois) == 2
    for aoi in aois:
        assert {"id", "status", "percentCompleted", "area", "messages", "geometry"} <= set(aoi)
        assert aoi["geometry"]["type"] == "Polygon"
    assert abs(sum(a["area"] for a in aois) - processing["aoiArea"]) <= 2


def test_v1_create_and_views_use_flat_params(user_api):
    body = {"name": "legacy", "wdName": BUILDINGS, "geometry": square(),
            "params": {"url": "https://tiles.example.test/{z}/{x}/{y}.png", "source_type": "xyz", "zoom": "18",
                       "crs": "EPSG:3857"}}
    v1 = user_api.ok(user_api.post("processings", body))
    assert v1["params"] == {"source_type": "xyz", "url": "https://tiles.example.test/{z}/{x}/{y}.png",
                            "zoom": "18", "crs": "EPSG:3857"}
    v2 = user_api.ok(user_api.get(f"processings/{v1['id']}/v2"))
    assert v2["params"]["sourceParams"]["userDefined"] == {
        "sourceType": "XYZ", "url": "https://tiles.example.test/{z}/{x}/{y}.png", "zoom": 18, "crs": "EPSG:3857",
        "rasterLogin": None, "rasterPassword": None}
    provider = user_api.ok(user_api.post("processings", {"wdName": BUILDINGS, "geometry": square(),
                                                         "params": {"data_provider": "sandbox_demo", "zoom": 17}}))
    assert provider["params"] == {"source_type": "xyz", "data_provider": "Sandbox_Demo", "zoom": "17"}
    listed = user_api.ok(user_api.get("processings"))
    assert all(isinstance(v, str) for p in listed for v in p["params"].values())


def test_source_variants_are_echoed_with_every_key(user_api):
    user_defined = user_api.ok(user_api.post("processings/v2", create_body(params={"sourceParams": {
        "userDefined": {"sourceType": "tms", "url": "https://t.example.test/{z}/{x}/{-y}.png"}}})))
    assert user_defined["params"]["sourceParams"]["userDefined"] == {
        "sourceType": "TMS", "url": "https://t.example.test/{z}/{x}/{-y}.png", "zoom": None, "crs": None,
        "rasterLogin": None, "rasterPassword": None}
    provider = user_api.ok(user_api.post("processings/v2", create_body(params={"sourceParams": {
        "dataProvider": {"providerName": "SANDBOX_DEMO"}}})))
    assert provider["params"]["sourceParams"] == {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": None}}


def test_path_aliases_for_create_list_get(user_api):
    project = user_api.ok(user_api.post("projects", {"name": "aliases"}))
    pid = project["id"]
    a = user_api.ok(user_api.post(f"projects/{pid}/processings", create_body("via-v1-alias")))
    b = user_api.ok(user_api.post(f"projects/{pid}/processings/v2", create_body("via-v2-alias")))
    assert a["projectId"] == b["projectId"] == pid
    listed_v2 = {p["id"] for p in user_api.ok(user_api.get(f"projects/{pid}/processings/v2"))}
    listed_v1 = {p["id"] for p in user_api.ok(user_api.get(f"projects/{pid}/processings"))}
    assert listed_v2 == listed_v1 == {a["id"], b["id"]}
    assert user_api.ok(user_api.get(f"processings/{a['id']}"))["id"] == a["id"]
    default_ids = {p["id"] for p in user_api.ok(user_api.get("processings/v2"))}
    assert a["id"] not in default_ids


def test_page_terms_sorting_and_offsets(user_api):
    project = user_api.ok(user_api.post("projects", {"name": "paging"}))
    pid = project["id"]
    for name, geometry in (("bravo", square(size=0.01)), ("alpha", square(size=0.002)), ("charlie", two_squares())):
        user_api.ok(user_api.post("processings/v2", create_body(name, geometry=geometry, projectId=pid)))
        time.sleep(0.01)
    page = user_api.ok(user_api.post(f"projects/{pid}/processings/v2/page", {"limit": 2, "offset": 0}))
    assert page["total"] == 3 and page["count"] == 2
    assert [p["name"] for p in page["results"]] == ["charlie", "alpha"]  # CREATED DESC by default
    by_name = user_api.ok(user_api.post(f"projects/{pid}/processings/v2/page", {
        "limit": 30, "offset": 1, "sortBy": "NAME", "sortOrder": "ASC"}))
    assert [p["name"] for p in by_name["results"]] == ["bravo", "charlie"]
    by_area = user_api.ok(user_api.post(f"projects/{pid}/processings/v2/page", {"sortBy": "AREA",
                                                                                "sortOrder": "DESC"}))
    areas = [p["aoiArea"] for p in by_area["results"]]
    assert areas == sorted(areas, reverse=True)
    for sort_by in ("SCENARIO", "PROJECT", "EMAIL", "STATUS", "PROGRESS", "COMPLETED", "COST", "PROVIDER"):
        assert user_api.ok(user_api.post(f"projects/{pid}/processings/v2/page", {"sortBy": sort_by}))["total"] == 3
    found = user_api.ok(user_api.post(f"projects/{pid}/processings/v2/page", {"terms": "ALPH"}))
    assert [p["name"] for p in found["results"]] == ["alpha"] and found["total"] == 1
    assert user_api.post(f"projects/{pid}/processings/v2/page", {"sortBy": "COLOUR"}).status_code == 400


def test_rename_via_three_paths_and_move(user_api, demo_api):
    processing = user_api.ok(user_api.post("processings/v2", create_body("orig")))
    pid = processing["id"]
    assert user_api.ok(user_api.put(f"processings/{pid}/v2", {"name": "v2 name", "description": ""}))["name"] == \
        "v2 name"
    assert user_api.ok(user_api.put(f"processing/{pid}", {"name": "singular"}))["name"] == "singular"
    target = user_api.ok(user_api.post("projects", {"name": "target"}))
    moved = user_api.ok(user_api.put(f"processings/{pid}", {"projectId": target["id"]}))
    assert moved["projectId"] == target["id"] and moved["name"] == "singular"
    assert pid in {p["id"] for p in user_api.ok(user_api.get(f"projects/{target['id']}/processings/v2"))}
    assert user_api.put(f"processings/{pid}/v2", {"name": ""}).status_code == 400
    strangers_project = demo_api.ok(demo_api.get("projects/default"))["id"]
    assert user_api.put(f"processings/{pid}", {"projectId": strangers_project}).status_code == 404


def test_delete_processing(user_api):
    processing = user_api.ok(user_api.post("processings/v2", create_body()))
    assert user_api.delete(f"processings/{processing['id']}").status_code == 200
    assert user_api.get(f"processings/{processing['id']}/v2").status_code == 404
    assert user_api.delete(f"processings/{processing['id']}").status_code == 404


def test_result_before_ok_is_a_clear_error(user_api):
    processing = user_api.ok(user_api.post("processings/v2", create_body(params={"sourceParams": {
        "userDefined": {"sourceType": "XYZ", "url": "ftp://x"}}})))
    response = user_api.get(f"processings/{processing['id']}/result")
    assert response.status_code == 400 and "no result" in response.json()["message"]


@pytest.mark.parametrize("body,code,fragment", [
    ({"geometry": square()}, "BAD_REQUEST", "wdId or wdName"),
    ({"wdName": "Unicorns", "geometry": square()}, "BAD_REQUEST", "Unknown model"),
    ({"wdName": BUILDINGS}, "geometry.Invalid", "geometry is required"),
    ({"wdName": BUILDINGS, "geometry": {"type": "Point", "coordinates": [1, 2]}}, "geometry.Invalid", "Polygon"),
    ({"wdName": BUILDINGS, "geometry": {"type": "Polygon", "coordinates": "nope"}}, "geometry.Invalid", "malformed"),
    ({"wdName": BUILDINGS, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1],
                                                                             [0, 0]]]}}, "geometry.Invalid",
     "Self-intersection"),
    ({"wdName": BUILDINGS, "geometry": square(lon=500)}, "geometry.Invalid", "EPSG:4326"),
    ({"wdName": BUILDINGS, "geometry": square(), "params": "x"}, "BAD_REQUEST", "params"),
    ({"wdName": BUILDINGS, "geometry": square(), "params": {"sourceParams": {"dataProvider": {"providerName": "A"},
                                                                             "userDefined": {"url": "x"}}}},
     "BAD_REQUEST", "exactly one"),
    ({"wdName": BUILDINGS, "geometry": square(), "params": {"sourceParams": {"satellite": {}}}}, "BAD_REQUEST",
     "Unknown source"),
    ({"wdName": BUILDINGS, "geometry": square(), "params": {"sourceParams": {"myImagery": {}}}}, "BAD_REQUEST",
     "mosaicId or imageIds"),
    ({"wdName": BUILDINGS, "geometry": square(), "blocks": "all"}, "BAD_REQUEST", "blocks"),
    ({"wdName": BUILDINGS, "geometry": square(), "name": 12}, "BAD_REQUEST", "name"),
])
def test_bad_create_bodies_get_400_with_code(user_api, body, code, fragment):
    response = user_api.post("processings/v2", body)
    assert response.status_code == 400, response.text
    error = response.json()
    assert error["code"] == code and fragment in error["message"]
    assert set(error) == {"code", "message", "params"}


def test_unknown_provider_is_403_mentioning_data_provider(user_api):
    response = user_api.post("processings/v2", create_body(params={"sourceParams": {"dataProvider": {
        "providerName": "Maxar_SecureWatch"}}}))
    assert response.status_code == 403 and "data provider" in response.json()["message"]


def test_non_object_body_and_invalid_json(user_api):
    assert user_api.post("processings/v2", ["not", "an", "object"]).status_code == 400
    response = user_api.session.post(user_api.url("processings/v2"), data=b"{oops", timeout=10,
                                     headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["code"] == "BAD_REQUEST"


def test_pipeline_validation_fails_the_processing_with_messages(user_api):
    cases = [
        ({"sourceType": "XYZ", "url": "https://x.test/{z}/{x}/{y}.png", "zoom": "abc"},
         "source-validator.ZoomMustBeInteger"),
        ({"sourceType": "XYZ", "url": "https://x.test/{z}/{x}/{y}.png", "zoom": 23},
         "source-validator.InvalidZoomValue"),
        ({"sourceType": "XYZ", "url": "x.test/{z}/{x}/{y}"}, "source-validator.UrlMustBeLink"),
        ({"sourceType": "XYZ", "url": 42}, "source-validator.UrlMustBeString"),
        ({"sourceType": "XYZ", "url": "https://x.test/tiles.png"}, "source-validator.XYZLinkFormatError"),
        ({"sourceType": "TMS", "url": "https://x.test/tiles.png"}, "source-validator.TMSLinkFormatError"),
        ({"sourceType": "QUADKEY", "url": "https://x.test/{z}.png"}, "source-validator.QuadkeyLinkFormatError"),
        ({"sourceType": "SENTINEL_L2A", "url": "S2A_x"}, "source-validator.SourceTypeIsNotAllowed"),
    ]
    for source, code in cases:
        processing = user_api.ok(user_api.post("processings/v2", create_body(params={"sourceParams": {
            "userDefined": source}})))
        assert processing["status"] == "FAILED", source
        assert processing["messages"][0]["code"] == code
        assert processing["messages"][0]["parameters"]["level"] == "error"
        assert all(isinstance(v, str) for v in processing["messages"][0]["parameters"].values())


def test_rate_and_review_need_an_ok_processing(user_api):
    processing = user_api.ok(user_api.post("processings/v2", create_body()))
    response = user_api.put(f"processings/{processing['id']}/rate", {"rating": 5, "feedback": "great"})
    assert response.status_code == 400 and "OK" in response.json()["message"]
    assert user_api.put(f"processings/{processing['id']}/acceptation").status_code == 400
    assert user_api.put(f"processings/{processing['id']}/rejection", {"comment": "no"}).status_code == 400
