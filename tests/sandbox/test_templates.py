"""Planned searches (contract 2.8) on the shared sandbox: every endpoint's shape, edits, AOIs, images, seen marks,
processings of a template, the input rules and the share roles. Clock-driven behaviour: test_templates_lifecycle."""
from __future__ import annotations

import pytest
from shapely.geometry import shape

from tests.sandbox.catalog_helpers import DEMO_AOI, box_aoi, default_project, feature, ready, search, template_body
from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import BUILDINGS, new_user, wait_status

FAR_AOI = box_aoi(37.70, 55.80, 0.01, 0.006)  # north-east of the centre: other scenes
TEMPLATE_KEYS = {"id", "name", "status", "createdAt", "userId", "projectId", "activeUntil", "processingParams",
                 "lastCheckedAt", "newImagesCount", "isActive", "isArchived", "area", "maxAoiIntersectionPercent"}


@pytest.fixture()
def made(user_api) -> dict:
    """A ready planned search of a new user over two AOIs, cloud cover up to 50 %, images only."""
    project = default_project(user_api)
    created = user_api.ok(user_api.post("processings/template", template_body(
        project, (DEMO_AOI, "centre"), (FAR_AOI, "north-east"), maxCloudCover=50, productTypes=["IMAGE"],
        processingParams={"wdName": BUILDINGS})))
    return {"api": user_api, "project": project, "created": created, "id": created["template"]["id"],
            "details": ready(user_api, created["template"]["id"])}


def test_create_answers_the_template_and_starts_searching(made):
    created = made["created"]
    assert set(created) == {"template", "searchResults"}
    template = created["template"]
    assert TEMPLATE_KEYS <= set(template) and template["status"] == "SEARCHING" and created["searchResults"] == []
    assert template["isActive"] is True and template["isArchived"] is False and template["name"] == "watch"
    assert template["activeUntil"].endswith("Z") and template["processingParams"] == {"wdName": BUILDINGS}
    params = template["searchParams"]
    assert params["maxCloudCover"] == 50 and params["productTypes"] == ["IMAGE"]
    features = params["aoiDetails"]["features"]
    assert [f["properties"]["name"] for f in features] == ["centre", "north-east"]
    for f in features:
        assert {"id", "name", "processings", "hasNewImages"} <= set(f["properties"]) and f["id"]
        assert f["properties"]["processings"] == [] and f["properties"]["hasNewImages"] is False
    assert template["area"] == pytest.approx(sum(f["properties"]["area"] for f in features), abs=2)


def test_the_first_search_finds_the_archive_as_known_images(made):
    details = made["details"]
    template = details["template"]
    assert template["status"] == "READY" and template["newImagesCount"] == 0 and template["lastCheckedAt"]
    api = made["api"]
    expected = set()
    for aoi in (DEMO_AOI, FAR_AOI):
        expected |= {i["id"] for i in search(api, aoi=aoi, maxCloudCover=50, productTypes=["IMAGE"])["images"]}
    found = {r["id"] for r in details["searchResults"]}
    assert found == expected and found
    for result in details["searchResults"]:
        assert result["metadata"]["id"] == result["id"] and result["metadata"]["isNew"] is False
        assert result["metadata"]["cloudCover"] <= 50
    assert template["maxAoiIntersectionPercent"] == 100.0


def test_listings(made, sandbox_server):
    api, template_id = made["api"], made["id"]
    short = api.ok(api.get(f"processings/template/project/{made['project']}"))
    assert [t["id"] for t in short] == [template_id]
    assert "searchParams" not in short[0] and TEMPLATE_KEYS <= set(short[0])
    assert [t["id"] for t in api.ok(api.get("processings/template"))] == [template_id]
    mine = api.ok(api.get(f"processings/template/user/{short[0]['userId']}"))
    assert [t["id"] for t in mine] == [template_id] and "searchParams" in mine[0]
    assert api.get("processings/template/user/00000000-0000-0000-0000-000000000000").status_code == 404
    stranger = new_user(sandbox_server, unique_email("stranger"))
    assert stranger.get(f"processings/template/{template_id}").status_code == 404
    assert stranger.get(f"processings/template/project/{made['project']}").status_code == 404
    assert stranger.ok(stranger.get("processings/template")) == []
    assert stranger.ok(stranger.get(f"processings/template/user/{short[0]['userId']}")) == []


def test_update_renames_merges_filters_and_refuses_geometry(made):
    api, template_id = made["api"], made["id"]
    updated = api.ok(api.put(f"processings/template/{template_id}", {
        "name": "watch, renamed", "searchParams": {"maxOffNadirAngle": 12, "maxCloudCover": None},
        "processingParams": {"wdName": BUILDINGS, "blocks": [{"name": "Classification", "enabled": True}]}}))
    assert updated["name"] == "watch, renamed"
    params = updated["searchParams"]
    assert params["maxOffNadirAngle"] == 12 and "maxCloudCover" not in params and params["productTypes"] == ["IMAGE"]
    assert updated["processingParams"]["blocks"][0]["name"] == "Classification"
    results = api.ok(api.get(f"processings/template/{template_id}"))["searchResults"]
    assert results and all(abs(r["metadata"]["offNadirAngle"]) <= 12 for r in results)
    expected = {i["id"] for aoi in (DEMO_AOI, FAR_AOI)
                for i in search(api, aoi=aoi, maxOffNadirAngle=12, productTypes=["IMAGE"])["images"]}
    assert {r["id"] for r in results} == expected
    for geometry_key in ("aoi", "aoiDetails"):
        refused = api.put(f"processings/template/{template_id}", {"searchParams": {geometry_key: DEMO_AOI}})
        assert refused.status_code == 400 and refused.json()["message"] == "Geometry updates are not supported"
    too_far = api.put(f"processings/template/{template_id}", {"activeUntil": "2999-01-01T00:00:00.0Z"})
    assert too_far.status_code == 400 and too_far.json()["code"] == "ACTIVE_UNTIL_TOO_FAR"


def test_aois_are_added_renamed_redrawn_and_deleted(made):
    api, template_id = made["api"], made["id"]
    one = api.ok(api.post(f"processings/template/{template_id}/aoi", {"geometry": box_aoi(37.58, 55.72, 0.004,
                                                                                           0.003), "name": "west"}))
    assert one["addedCount"] == 1 and one["partitioningTriggered"] is True
    two = api.ok(api.post(f"processings/template/{template_id}/aoi", {"aois": [
        {"geometry": box_aoi(37.61, 55.73, 0.003, 0.002)}, feature(box_aoi(37.62, 55.73, 0.003, 0.002), "east")]}))
    assert two["addedCount"] == 2
    features = api.ok(api.get(f"processings/template/{template_id}"))["template"]["searchParams"]["aoiDetails"][
        "features"]
    assert [f["properties"]["name"] for f in features] == ["centre", "north-east", "west", "AOI 4", "east"]
    west = features[2]["id"]
    renamed = api.ok(api.post(f"processings/template/{template_id}/aoi/{west}", {"name": "far west",
                                                                                  "geometry": FAR_AOI}))
    assert renamed["id"] == west and renamed["properties"]["name"] == "far west"
    assert shape(renamed["geometry"]).equals(shape(FAR_AOI))
    assert api.put(f"processings/template/{template_id}/aoi/{west}", {"name": "x"}).status_code == 404
    images = api.ok(api.post(f"processings/template/{template_id}/images", {"aoiIds": [west], "limit": 1000}))
    expected = {i["id"] for i in search(api, aoi=FAR_AOI, maxCloudCover=50, productTypes=["IMAGE"])["images"]}
    assert {i["id"] for i in images["images"]} == expected
    deleted = api.ok(api.delete(f"processings/template/{template_id}/aoi",
                                json={"aoiIds": [west, features[3]["id"], "no-such-aoi"]}))
    assert deleted == {"deletedCount": 2, "remainingCount": 3, "notFound": ["no-such-aoi"]}
    assert api.delete(f"processings/template/{template_id}/aoi", json={"aoiIds": ["no-such-aoi"]}).status_code == 404
    everything = [f["id"] for f in features if f["id"] not in (west, features[3]["id"])]
    last = api.delete(f"processings/template/{template_id}/aoi", json={"aoiIds": everything})
    assert last.status_code == 400 and last.json()["code"] == "TEMPLATE_NEEDS_AOI"


@pytest.mark.parametrize("aoi, code", [
    ({"geometry": DEMO_AOI, "name": "x" * 65}, "AOI_NAME_TOO_LONG"),
    ({"geometry": {"type": "Point", "coordinates": [37.6, 55.7]}}, "geometry.Invalid"),
    ({"geometry": {"type": "Polygon", "coordinates": [[[37.6, 55.7], [37.61, 55.71], [37.61, 55.7], [37.6, 55.71],
                                                      [37.6, 55.7]]]}}, "geometry.Invalid"),
    ({"name": "no geometry"}, "geometry.Invalid"),
    ({"aois": []}, "BAD_REQUEST"),
])
def test_bad_aois_are_refused_and_change_nothing(made, aoi, code):
    api, template_id = made["api"], made["id"]
    before = api.ok(api.get(f"processings/template/{template_id}"))["template"]["searchParams"]["aoiDetails"]
    response = api.post(f"processings/template/{template_id}/aoi", aoi)
    assert response.status_code == 400 and response.json()["code"] == code
    after = api.ok(api.get(f"processings/template/{template_id}"))["template"]["searchParams"]["aoiDetails"]
    assert after == before


def test_a_name_of_64_characters_is_fine(made):
    api, template_id = made["api"], made["id"]
    assert api.post(f"processings/template/{template_id}/aoi", {"geometry": DEMO_AOI, "name": "é" * 64}).status_code \
        == 200


def test_images_are_filtered_sorted_and_paged(made):
    api, template_id = made["api"], made["id"]
    path = f"processings/template/{template_id}/images"
    everything = api.ok(api.post(path, {"limit": 1000}))
    assert set(everything) == {"images", "total", "limit", "offset"} and everything["total"] > 10
    for image in everything["images"]:
        assert image["isNew"] is False and image["aoiIds"] and image["productType"] == "Image"
    clear = api.ok(api.post(path, {"limit": 1000, "maxCloudCover": 5}))
    assert 0 < clear["total"] < everything["total"]
    assert {i["id"] for i in clear["images"]} == {i["id"] for i in everything["images"] if i["cloudCover"] <= 5}
    ordered = api.ok(api.post(path, {"limit": 1000, "sortBy": "CLOUD_COVER", "sortOrder": "DESC"}))["images"]
    assert [i["cloudCover"] for i in ordered] == sorted((i["cloudCover"] for i in ordered), reverse=True)
    pages = [api.ok(api.post(path, {"limit": 5, "offset": o, "sortBy": "ACQUISITION_DATE"}))["images"]
             for o in range(0, everything["total"], 5)]
    assert [i["id"] for p in pages for i in p] == [i["id"] for i in api.ok(api.post(
        path, {"limit": 1000, "sortBy": "ACQUISITION_DATE"}))["images"]]
    centre = api.ok(api.get(f"processings/template/{template_id}"))["template"]["searchParams"]["aoiDetails"][
        "features"][0]["id"]
    only_centre = api.ok(api.post(path, {"limit": 1000, "aoiIds": [centre]}))
    assert {i["id"] for i in only_centre["images"]} == {i["id"] for i in search(
        api, maxCloudCover=50, productTypes=["IMAGE"])["images"]}
    assert api.post(path, {"aoiIds": "not a list"}).status_code == 400


def test_images_are_marked_seen(made):
    api, template_id = made["api"], made["id"]
    image_id = made["details"]["searchResults"][0]["id"]
    marked = api.ok(api.post(f"processings/template/{template_id}/image/{image_id}/seen"))
    assert marked["imageId"] == image_id
    assert api.post(f"processings/template/{template_id}/image/NOT_FOUND_BY_IT/seen").status_code == 404
    assert api.ok(api.put(f"processings/template/{template_id}/image/seenAll"))["updatedCount"] == 0


def test_processings_start_from_found_images_v2_and_v1(made):
    api, template_id, project = made["api"], made["id"], made["project"]
    results = made["details"]["searchResults"]
    scene = next(r["metadata"] for r in results if r["metadata"]["providerName"] == "SBX_MR"
                 and shape(r["metadata"]["footprint"]).contains(shape(DEMO_AOI)))
    small = box_aoi(37.600, 55.740, 0.002, 0.0012)
    v2 = api.ok(api.post(f"processings/template/{template_id}/v2", {
        "name": "from the watch", "geometry": small,
        "params": {"sourceParams": {"imagerySearch": {"dataProvider": "sbx_mr", "imageIds": [scene["id"]]}}}}))
    assert v2["projectId"] == project and v2["workflowDef"]["name"] == BUILDINGS  # model from processingParams
    assert v2["params"]["sourceParams"]["imagerySearch"]["imageIds"] == [scene["id"]]
    v1 = api.ok(api.post(f"processings/template/{template_id}", {
        "name": "v1 body", "wdName": BUILDINGS, "geometry": small,
        "params": {"data_provider": "sbx_mr", "url": scene["id"], "zoom": "17"}}))
    assert v1["params"]["data_provider"] == "sbx_mr" and v1["params"]["url"] == scene["id"]
    listed = api.ok(api.get(f"processings/template/{template_id}/processings"))
    assert {p["id"] for p in listed} == {v1["id"], v2["id"]}
    assert all(isinstance(p["params"], dict) and "sourceParams" not in p["params"] for p in listed)  # v1 flat
    features = api.ok(api.get(f"processings/template/{template_id}"))["template"]["searchParams"]["aoiDetails"][
        "features"]
    linked = {p["processingId"] for p in features[0]["properties"]["processings"]}
    assert linked == {v1["id"], v2["id"]} and features[1]["properties"]["processings"] == []
    assert {"processingId", "processingName", "processingStatus", "area", "geometry", "projectId"} <= set(
        features[0]["properties"]["processings"][0])
    assert wait_status(api, v2["id"], timeout=120)["status"] == "OK"


def test_processings_of_a_template_need_its_images(made):
    api, template_id = made["api"], made["id"]
    mosaic = search(api, productTypes=["MOSAIC"])["images"][0]  # not found by this images-only template
    refused = api.post(f"processings/template/{template_id}/v2", {"geometry": DEMO_AOI, "params": {
        "sourceParams": {"imagerySearch": {"dataProvider": mosaic["providerName"], "imageIds": [mosaic["id"]]}}}})
    assert refused.status_code == 400 and refused.json()["code"] == "IMAGE_NOT_IN_TEMPLATE"
    bare = api.post(f"processings/template/{template_id}/v2", {"geometry": DEMO_AOI})
    assert bare.status_code == 400 and "imagerySearch" in bare.json()["message"]


def test_update_template_geometry_adds_the_processing_area_as_an_aoi(made):
    api, template_id = made["api"], made["id"]
    scene = next(r["metadata"] for r in made["details"]["searchResults"]
                 if shape(r["metadata"]["footprint"]).contains(shape(box_aoi(37.55, 55.70, 0.002, 0.001))))
    outside = box_aoi(37.55, 55.70, 0.002, 0.001)
    api.ok(api.post(f"processings/template/{template_id}/v2", {
        "name": "new place", "geometry": outside, "updateTemplateGeometry": True,
        "params": {"sourceParams": {"imagerySearch": {"dataProvider": scene["providerName"],
                                                      "imageIds": [scene["id"]]}}}}))
    names = [f["properties"]["name"] for f in api.ok(api.get(f"processings/template/{template_id}"))["template"][
        "searchParams"]["aoiDetails"]["features"]]
    assert names[-1] == "new place" and len(names) == 3


def test_delete_marks_it_deleted(made):
    api, template_id = made["api"], made["id"]
    assert api.ok(api.delete(f"processings/template/{template_id}"))["deleted"] is True
    assert api.get(f"processings/template/{template_id}").status_code == 404
    assert api.ok(api.get(f"processings/template/project/{made['project']}")) == []
    assert api.delete(f"processings/template/{template_id}").status_code == 404
    project = api.ok(api.get(f"projects/{made['project']}"))
    assert project["templatesCount"] == 0


@pytest.mark.parametrize("change, code", [
    (lambda b: b.update(name="n" * 256), "BAD_REQUEST"),
    (lambda b: b["searchParams"]["aoiDetails"].update(features=[]), "geometry.Invalid"),
    (lambda b: b["searchParams"].pop("aoiDetails"), "TEMPLATE_NEEDS_AOI"),
    (lambda b: b.pop("searchParams"), "BAD_REQUEST"),
    (lambda b: b.update(activeUntil="2001-01-01T00:00:00.0Z"), "ACTIVE_UNTIL_IN_PAST"),
    (lambda b: b.update(activeUntil="2999-01-01T00:00:00.0Z"), "ACTIVE_UNTIL_TOO_FAR"),
    (lambda b: b.update(activeUntil="soon"), "BAD_REQUEST"),
    (lambda b: b["searchParams"].update(maxCloudCover=300), "BAD_REQUEST"),
    (lambda b: b.update(processingParams="Buildings"), "BAD_REQUEST"),
    (lambda b: b["searchParams"]["aoiDetails"]["features"][0]["properties"].update(name="y" * 65),
     "AOI_NAME_TOO_LONG"),
])
def test_bad_templates_are_refused(user_api, change, code):
    body = template_body(default_project(user_api))
    change(body)
    response = user_api.post("processings/template", body)
    assert response.status_code == 400 and response.json()["code"] == code, response.text
    assert user_api.ok(user_api.get("processings/template")) == []


def test_the_template_area_limit(sandbox_server):
    email = unique_email("limited")
    api = new_user(sandbox_server, email)
    sandbox_server.cli("set-limits", email, "--template-area-limit", "1000000")  # 1 km²
    assert api.ok(api.get("user/status"))["templateAreaLimit"] == 1_000_000
    big = api.post("processings/template", template_body(default_project(api)))  # DEMO_AOI: about 1.6 km²
    assert big.status_code == 400 and big.json()["code"] == "TEMPLATE_AREA_LIMIT_EXCEEDED"
    assert big.json()["params"]["templateAreaLimit"] == 1_000_000
    small = box_aoi(37.60, 55.74, 0.005, 0.004)
    made = api.ok(api.post("processings/template", template_body(default_project(api), (small, "small"))))
    grown = api.post(f"processings/template/{made['template']['id']}/aoi",
                     {"geometry": box_aoi(37.61, 55.74, 0.015, 0.01)})  # about 1 km² more
    assert grown.status_code == 400 and grown.json()["code"] == "TEMPLATE_AREA_LIMIT_EXCEEDED"


@pytest.fixture(scope="module")
def shared(sandbox_server):
    emails = {role: unique_email(role) for role in ("owner", "readonly", "contributor", "maintainer")}
    apis = {role: new_user(sandbox_server, email) for role, email in emails.items()}
    team = f"templates-{emails['owner']}"
    sandbox_server.cli("add-team", team, emails["owner"])
    for role in ("readonly", "contributor", "maintainer"):
        sandbox_server.cli("add-team-member", team, emails[role])
    owner = apis["owner"]
    project = owner.ok(owner.post("projects", {"name": "planned searches"}))["id"]
    for role in ("readonly", "contributor", "maintainer"):
        owner.ok(owner.post("projects/share", {"projectId": project, "email": emails[role], "role": role}))
    return apis, project


def test_roles_follow_the_project_shares(shared, sandbox_server):
    apis, project = shared
    owners = apis["owner"].ok(apis["owner"].post("processings/template", template_body(project, name="owners")))
    owners_id = owners["template"]["id"]
    readonly, contributor, maintainer = apis["readonly"], apis["contributor"], apis["maintainer"]
    assert readonly.post("processings/template", template_body(project)).status_code == 403
    assert [t["id"] for t in readonly.ok(readonly.get(f"processings/template/project/{project}"))] == [owners_id]
    assert readonly.ok(readonly.get(f"processings/template/{owners_id}"))["template"]["id"] == owners_id
    assert readonly.post(f"processings/template/{owners_id}/images", {}).status_code == 200
    for api in (readonly, contributor):
        assert api.put(f"processings/template/{owners_id}", {"name": "mine now"}).status_code == 403
        assert api.post(f"processings/template/{owners_id}/pause").status_code == 403
        assert api.delete(f"processings/template/{owners_id}").status_code == 403
        assert api.post(f"processings/template/{owners_id}/aoi", {"geometry": DEMO_AOI}).status_code == 403
    own = contributor.ok(contributor.post("processings/template", template_body(project, name="contributor's")))
    own_id = own["template"]["id"]
    assert contributor.ok(contributor.put(f"processings/template/{own_id}", {"name": "renamed"}))["name"] == \
        "renamed"
    assert maintainer.ok(maintainer.put(f"processings/template/{owners_id}", {"name": "by maintainer"}))["name"] == \
        "by maintainer"
    assert maintainer.ok(maintainer.post(f"processings/template/{own_id}/pause"))["template"]["isPaused"] is True
    assert contributor.ok(contributor.delete(f"processings/template/{own_id}"))["deleted"] is True
    listing = apis["owner"].ok(apis["owner"].get(f"processings/template/project/{project}"))
    assert [t["id"] for t in listing] == [owners_id]
    assert apis["owner"].ok(apis["owner"].get(f"projects/{project}"))["templatesCount"] == 1
