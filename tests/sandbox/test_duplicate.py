"""What a client needs to duplicate a processing: every AOI with its geometry, and a view that echoes every
sourceParams variant so the same request can be rebuilt (a raster password is never echoed)."""
from __future__ import annotations

import pytest
from shapely import wkt
from shapely.geometry import shape

from tests.sandbox.geotiffs import make_geotiff, upload
from tests.sandbox.helpers import BUILDINGS, square, two_squares

AOI_KEYS = {"id", "status", "percentCompleted", "area", "messages", "geometry"}


def rebuilt(view: dict) -> dict:
    """A CreateV2 body made only from a processing's view, as a "duplicate" action would."""
    return {"name": f"{view['name']} (copy)", "projectId": view["projectId"], "wdId": view["workflowDef"]["id"],
            "geometry": {"type": "MultiPolygon", "coordinates": [a["geometry"]["coordinates"]
                                                                 for a in view["_aois"]]},
            "params": {"sourceParams": view["params"]["sourceParams"],
                       "inferenceParams": view["params"]["inferenceParams"]},
            "blocks": [{"name": b["name"], "enabled": b["enabled"]} for b in view["blocks"]], "meta": view["meta"]}


def created(api, source: dict, geometry=None, **extra) -> dict:
    body = {"name": "original", "wdName": BUILDINGS, "geometry": geometry or two_squares(),
            "params": {"sourceParams": source}, "blocks": [{"name": "Simplification", "enabled": True}], **extra}
    view = api.ok(api.post("processings/v2", body))
    view["_aois"] = api.ok(api.get(f"processings/{view['id']}/aois"))
    view["_body"] = body
    return view


def test_aois_carry_all_six_keys_and_the_submitted_polygons(user_api):
    view = created(user_api, {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}})
    aois = view["_aois"]
    assert len(aois) == 2 and all(AOI_KEYS <= set(a) for a in aois)
    submitted = [shape({"type": "Polygon", "coordinates": c}) for c in two_squares()["coordinates"]]
    for aoi, polygon in zip(aois, submitted):
        assert aoi["geometry"]["type"] == "Polygon" and shape(aoi["geometry"]).equals(polygon)
        assert isinstance(aoi["messages"], list) and aoi["area"] > 0
    assert abs(sum(a["area"] for a in aois) - view["aoiArea"]) <= len(aois)  # each part rounded to m²


def _same_request(api, view: dict) -> dict:
    body = rebuilt(view)
    assert api.post("processing/cost/v2", body).text == api.post("processing/cost/v2", view["_body"]).text
    copy = api.ok(api.post("processings/v2", body))
    assert copy["params"]["sourceParams"] == view["params"]["sourceParams"]
    assert copy["blocks"] == view["blocks"] and copy["workflowDef"]["id"] == view["workflowDef"]["id"]
    assert copy["aoiArea"] == view["aoiArea"] and copy["name"] == "original (copy)"
    return copy


def test_a_provider_source_rebuilds_the_same_request(user_api):
    view = created(user_api, {"dataProvider": {"providerName": "sandbox_demo", "zoom": 17}},
                   meta={"source-app": "qgis"})
    assert view["params"]["sourceParams"] == {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 17}}
    assert _same_request(user_api, view)["meta"] == {"source-app": "qgis"}


def test_a_custom_url_is_echoed_without_its_password(user_api):
    source = {"userDefined": {"sourceType": "XYZ", "url": "http://127.0.0.1:9/{z}/{x}/{y}.png", "zoom": 18,
                              "crs": "epsg:3857", "rasterLogin": "surveyor", "rasterPassword": "s3cret-pass"}}
    view = created(user_api, source)
    assert view["params"]["sourceParams"]["userDefined"] == {**source["userDefined"], "rasterPassword": None}
    v1 = user_api.ok(user_api.get(f"processings/{view['id']}"))
    assert v1["params"]["raster_login"] == "surveyor" and "raster_password" not in v1["params"]
    listing = user_api.get("processings/v2").text + user_api.get("processings").text
    assert "s3cret-pass" not in listing
    _same_request(user_api, view)


def test_own_imagery_sources_rebuild_the_same_request(user_api, tmp_path):
    mosaic = user_api.ok(user_api.post("rasters/mosaic", {"name": "dup"}))
    body = user_api.ok(upload(user_api, make_geotiff(tmp_path / "d.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    footprint = wkt.loads(user_api.ok(user_api.get(f"rasters/image/{body['image_id']}"))["footprint"])
    aoi = square(lon=footprint.centroid.x - 0.0001, lat=footprint.centroid.y - 0.0001, size=0.0002)
    for source in ({"myImagery": {"mosaicId": mosaic["id"]}}, {"myImagery": {"imageIds": [body["image_id"]]}},
                   {"imagerySearch": {"dataProvider": "my_imagery_images", "imageIds": [body["image_id"]],
                                      "zoom": 18}}):
        view = created(user_api, source, geometry=aoi)
        kind = next(iter(source))
        echoed = view["params"]["sourceParams"][kind]
        assert echoed.items() >= source[kind].items()
        assert set(echoed) == {"myImagery": {"mosaicId", "imageIds"},
                               "imagerySearch": {"dataProvider", "imageIds", "zoom", "searchId"}}[kind]
        _same_request(user_api, view)


@pytest.fixture(scope="module")
def scene(sandbox_server):
    """A catalog scene of SBX_HR over the demo area, and a small AOI inside its footprint."""
    import requests

    found = requests.post(f"{sandbox_server.base_url}/catalog/meta", timeout=60,
                          headers={"Authorization": f"Basic {sandbox_server.token}"},
                          json={"aoi": square(lon=37.59, lat=55.72, size=0.02), "dataProviders": ["SBX_HR"],
                                "maxCloudCover": 10, "limit": 5}).json()
    image = found["images"][0]
    centre = shape(image["footprint"]).centroid
    return image, square(lon=centre.x, lat=centre.y, size=0.002)


def test_a_catalog_scene_source_rebuilds_the_same_request(demo_api, scene):
    image, aoi = scene
    view = created(demo_api, {"imagerySearch": {"dataProvider": image["providerName"], "imageIds": [image["id"]],
                                                "zoom": 18, "searchId": "search-1"}}, geometry=aoi)
    echoed = view["params"]["sourceParams"]["imagerySearch"]
    assert set(echoed) == {"dataProvider", "imageIds", "zoom", "searchId"}
    assert echoed["imageIds"] == [image["id"]] and echoed["searchId"] == "search-1"
    assert echoed["dataProvider"].lower() == image["providerName"].lower()
    _same_request(demo_api, view)
