"""The Data API: mosaics, uploads checked with GDAL, images, previews, download links, memory, search."""
from __future__ import annotations

import io

import pytest
import requests
from PIL import Image as PilImage

from tests.sandbox.conftest import unique_email
from tests.sandbox.geotiffs import make_geotiff, make_png_named_tif, upload
from tests.sandbox.helpers import BUILDINGS, new_user, square

IMAGE_KEYS = ("id", "mosaic_id", "image_url", "preview_url_l", "preview_url_s", "uploaded_at", "file_size",
              "footprint", "filename", "checksum", "meta_data", "cog_link", "available_for_download")


@pytest.fixture()
def mosaic(user_api):
    return user_api.ok(user_api.post("rasters/mosaic", {"name": "survey", "tags": ["a", "b"]}))


def test_mosaic_crud_and_tags(user_api):
    created = user_api.ok(user_api.post("rasters/mosaic", {"name": "first", "tags": ["city", "2024"]}))
    assert created["footprint"] is None and created["rasterLayer"] is None and created["sizeInBytes"] == 0
    other = user_api.ok(user_api.post("rasters/mosaic", {"name": "second", "tags": "forest, 2023"}))
    assert other["tags"] == ["forest", "2023"]
    listed = user_api.ok(user_api.get("rasters/mosaic"))
    assert {m["name"] for m in listed} == {"first", "second"}
    by_repeat = user_api.ok(user_api.get("rasters/mosaic", params=[("tags", "city"), ("tags", "nothing")]))
    assert [m["name"] for m in by_repeat] == ["first"]
    by_comma = user_api.ok(user_api.get("rasters/mosaic", params={"tags": "forest, 2024"}))
    assert {m["name"] for m in by_comma} == {"first", "second"}
    updated = user_api.ok(user_api.put(f"rasters/mosaic/{created['id']}", {"name": "renamed", "tags": ["x"]}))
    assert updated["name"] == "renamed" and updated["tags"] == ["x"]
    assert user_api.delete(f"rasters/mosaic/{created['id']}").status_code == 200
    missing = user_api.get(f"rasters/mosaic/{created['id']}")
    assert missing.status_code == 404
    assert missing.json()["detail"]["code"] == "ItemNotFound" and "parameters" in missing.json()["detail"]
    assert user_api.post("rasters/mosaic", {"tags": []}).status_code == 400


def test_good_upload_makes_a_full_image_object(user_api, mosaic, tmp_path, sandbox_server):
    path = make_geotiff(tmp_path / "rgb.tif")
    response = upload(user_api, path, f"rasters/mosaic/{mosaic['id']}/image")
    body = user_api.ok(response)
    assert body["message"] == "Files successfully uploaded" and body["mosaic_id"] == mosaic["id"]
    image = user_api.ok(user_api.get(f"rasters/image/{body['image_id']}"))
    for key in IMAGE_KEYS:
        assert key in image, key
    meta = image["meta_data"]
    assert meta == {"crs": "EPSG:3857", "count": 3, "width": 64, "height": 64,
                    "dtypes": ["uint8", "uint8", "uint8"], "nodata": None, "pixel_size": [0.5, 0.5]}
    assert image["filename"] == "rgb.tif" and image["file_size"] == path.stat().st_size
    assert image["footprint"].startswith("POLYGON ((37.6")
    stored = sandbox_server.data_dir / "rasters" / mosaic["id"] / f"{image['id']}.tif"
    assert stored.read_bytes() == path.read_bytes()
    full = user_api.ok(user_api.get(f"rasters/mosaic/{mosaic['id']}"))
    assert full["footprint"].startswith("MULTIPOLYGON") and full["sizeInBytes"] == image["file_size"]
    root = sandbox_server.root_url
    assert full["rasterLayer"] == {"tileUrl": f"{root}/api/mosaics/{mosaic['id']}/tiles/{{z}}/{{x}}/{{y}}.png",
                                   "tileJsonUrl": f"{root}/api/mosaics/{mosaic['id']}.json"}
    images = user_api.ok(user_api.get(f"rasters/mosaic/{mosaic['id']}/image"))
    assert [i["id"] for i in images] == [image["id"]]
    status = user_api.ok(user_api.get(f"rasters/mosaic/{mosaic['id']}/status"))
    assert status["total_images"] == status["ready_images"] == 1
    assert user_api.ok(user_api.get(f"rasters/image/{image['id']}/status"))["preprocessing_status"] == "COMPLETED"


def test_previews_render_without_auth(user_api, mosaic, tmp_path):
    body = user_api.ok(upload(user_api, make_geotiff(tmp_path / "p.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    image = user_api.ok(user_api.get(f"rasters/image/{body['image_id']}"))
    for url, size in ((image["preview_url_s"], 256), (image["preview_url_l"], 1024)):
        response = requests.get(url, timeout=30)
        assert response.status_code == 200 and response.headers["content-type"] == "image/png"
        picture = PilImage.open(io.BytesIO(response.content))
        assert picture.size == (size, size)
        assert len(set(picture.getdata())) > 10  # the gradient, not a blank tile
    assert requests.get(image["preview_url_s"].replace("/s", "/m"), timeout=10).status_code == 400


def test_download_link_is_signed_and_expiring(user_api, mosaic, tmp_path):
    path = make_geotiff(tmp_path / "d.tif")
    body = user_api.ok(upload(user_api, path, f"rasters/mosaic/{mosaic['id']}/image"))
    link = user_api.ok(user_api.get(f"rasters/image/{body['image_id']}/download"))
    assert link["filename"] == "d.tif" and link["expires_in"] == 3600
    response = requests.get(link["download_url"], timeout=30)
    assert response.status_code == 200 and response.content == path.read_bytes()
    tampered = requests.get(link["download_url"][:-3] + "abc", timeout=10)
    assert tampered.status_code == 403 and tampered.json()["detail"]["code"] == "AccessDenied"


def test_rename_and_delete_image(user_api, mosaic, tmp_path, sandbox_server):
    body = user_api.ok(upload(user_api, make_geotiff(tmp_path / "r.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    renamed = user_api.ok(user_api.put(f"rasters/image/{body['image_id']}", params={"name": "better.tif"}))
    assert renamed["filename"] == "better.tif"
    assert user_api.delete(f"rasters/image/{body['image_id']}").status_code == 200
    assert user_api.get(f"rasters/image/{body['image_id']}").status_code == 404
    assert not list((sandbox_server.data_dir / "rasters" / mosaic["id"]).glob(f"{body['image_id']}*"))


def test_create_mosaic_with_first_image(user_api, tmp_path):
    path = make_geotiff(tmp_path / "first.tif")
    body = user_api.ok(upload(user_api, path, "rasters/mosaic/image", name="made-by-upload", tags="x, y"))
    mosaic = user_api.ok(user_api.get(f"rasters/mosaic/{body['mosaic_id']}"))
    assert mosaic["name"] == "made-by-upload" and mosaic["tags"] == ["x", "y"] and mosaic["image_count"] == 1


def _detail(response):
    body = response.json()
    assert set(body) == {"detail"} and {"code", "parameters"} <= set(body["detail"])
    return body["detail"]


def test_upload_rejects_crs_less_png_and_non_uint8(user_api, mosaic, tmp_path):
    route = f"rasters/mosaic/{mosaic['id']}/image"
    no_crs = upload(user_api, make_geotiff(tmp_path / "nocrs.tif", epsg=None), route)
    assert no_crs.status_code == 400 and _detail(no_crs)["code"] == "FileCheckFailed"
    assert "crs" in _detail(no_crs)["parameters"]["bad_parameters"]
    png = upload(user_api, make_png_named_tif(tmp_path / "fake.tif"), route)
    assert png.status_code == 400 and _detail(png)["code"] == "FileOpenError"
    text = tmp_path / "notes.tif"
    text.write_text("hello")
    assert _detail(upload(user_api, text, route))["code"] == "FileOpenError"
    two_bands = upload(user_api, make_geotiff(tmp_path / "two.tif", bands=2), route)
    assert _detail(two_bands)["code"] == "FileCheckFailed" and "count" in _detail(two_bands)["parameters"][
        "bad_parameters"]
    floats = upload(user_api, make_geotiff(tmp_path / "f.tif", dtype=gdal_float()), route)
    assert "dtypes" in _detail(floats)["parameters"]["bad_parameters"]
    coarse = upload(user_api, make_geotiff(tmp_path / "coarse.tif", pixel=30.0), route)
    assert "pixel_size" in _detail(coarse)["parameters"]["bad_parameters"]
    outside = upload(user_api, make_geotiff(tmp_path / "out.tif", epsg=4326, pixel=1.0, origin=(170.0, 95.0)),
                     route)
    assert _detail(outside)["code"] == "ImageOutOfBounds"
    assert user_api.ok(user_api.get(f"rasters/mosaic/{mosaic['id']}"))["image_count"] == 0


def gdal_float():
    from osgeo import gdal
    return gdal.GDT_Float32


def test_upload_size_limits(sandbox_server, tmp_path):
    email = unique_email("small")
    api = new_user(sandbox_server, email, "--max-pixel-count", "32", "--max-upload-file-size", "20000")
    mosaic = api.ok(api.post("rasters/mosaic", {"name": "m"}))
    route = f"rasters/mosaic/{mosaic['id']}/image"
    wide = upload(api, make_geotiff(tmp_path / "wide.tif", width=40, height=8), route)
    assert _detail(wide)["code"] == "FileCheckFailed" and "size" in _detail(wide)["parameters"]["bad_parameters"]
    big = upload(api, make_geotiff(tmp_path / "big.tif", width=30, height=30, bands=4), route)
    big_ok = make_geotiff(tmp_path / "big-ok.tif", width=30, height=30, bands=4).stat().st_size
    assert big_ok < 20000 and big.status_code == 200  # under the file limit passes
    sandbox_server.cli("set-limits", email, "--max-upload-file-size", "1000")
    too_big = upload(api, make_geotiff(tmp_path / "too-big.tif", width=30, height=30), route)
    assert too_big.status_code == 413 and _detail(too_big)["code"] == "FileTooBig"
    assert _detail(too_big)["parameters"]["max_file_size"] == 1000
    memory = api.ok(api.get("rasters/memory"))
    assert memory["maxUploadFileSize"] == 1000 and memory["maxPixelCount"] == 32
    assert memory["memoryUsed"] == big_ok and memory["memoryFree"] == memory["memoryLimit"] - big_ok
    sandbox_server.cli("set-limits", email, "--max-upload-file-size", "100000", "--memory-limit",
                       str(big_ok + 100))
    full = upload(api, make_geotiff(tmp_path / "more.tif", width=30, height=30, bands=4), route)
    assert full.status_code == 400 and _detail(full)["code"] == "MemoryLimitExceeded"
    assert _detail(full)["parameters"]["available_memory"] == 100


def test_upload_must_match_the_mosaic(user_api, mosaic, tmp_path):
    route = f"rasters/mosaic/{mosaic['id']}/image"
    user_api.ok(upload(user_api, make_geotiff(tmp_path / "base.tif"), route))
    cases = {"crs": make_geotiff(tmp_path / "utm.tif", epsg=32637, origin=(412000.0, 6174000.0)),
             "count": make_geotiff(tmp_path / "rgba.tif", bands=4),
             "pixel_size": make_geotiff(tmp_path / "fine.tif", pixel=0.25)}
    for param, path in cases.items():
        response = upload(user_api, path, route)
        assert response.status_code == 422, response.text
        detail = _detail(response)
        assert detail["code"] == "FileValidationFailed" and detail["parameters"]["param_name"] == param
        assert {"filename", "mosaic_id", "got_param", "expected_param"} <= set(detail["parameters"])
    user_api.ok(upload(user_api, make_geotiff(tmp_path / "neighbour.tif", origin=(4187032.0, 7497000.0)), route))


def test_upload_without_file_part_or_multipart(user_api, mosaic):
    route = user_api.url(f"rasters/mosaic/{mosaic['id']}/image")
    no_file = user_api.session.post(route, files={"other": ("x.tif", b"123")}, timeout=10)
    assert no_file.status_code == 400 and "file" in _detail(no_file)["message"]
    raw = user_api.session.post(route, data=b"raw", headers={"Content-Type": "image/tiff"}, timeout=10)
    assert raw.status_code == 400


def test_other_users_cannot_touch_my_rasters(user_api, mosaic, demo_api, tmp_path):
    body = user_api.ok(upload(user_api, make_geotiff(tmp_path / "mine.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    for response in (demo_api.get(f"rasters/mosaic/{mosaic['id']}"), demo_api.get(f"rasters/image/{body['image_id']}"),
                     demo_api.delete(f"rasters/mosaic/{mosaic['id']}")):
        assert response.status_code == 403 and _detail(response)["code"] == "AccessDenied"
    assert mosaic["id"] not in {m["id"] for m in demo_api.ok(demo_api.get("rasters/mosaic"))}
    assert requests.get(user_api.url("rasters/mosaic"), timeout=10).status_code == 401


def test_legacy_upload_and_v1_local_processing(user_api, tmp_path):
    body = user_api.ok(upload(user_api, make_geotiff(tmp_path / "legacy.tif"), "rasters"))
    assert body["url"].startswith("s3://")
    processing = user_api.ok(user_api.post("processings", {"wdName": BUILDINGS, "geometry": square(),
                                                           "params": {"source_type": "local", "url": body["url"]}}))
    assert processing["params"] == {"source_type": "local", "url": body["url"]}
    v2 = user_api.ok(user_api.get(f"processings/{processing['id']}/v2"))
    assert v2["params"]["sourceParams"] == {"myImagery": {"imageIds": [body["image_id"]], "mosaicId": None}}
    assert v2["cost"] == 10  # own imagery has no data price
    unknown = user_api.ok(user_api.post("processings", {"wdName": BUILDINGS, "geometry": square(), "params": {
        "source_type": "local", "url": "s3://elsewhere/x.tif"}}))
    assert unknown["status"] == "FAILED" and unknown["messages"][0]["code"] == "source-validator.ReadFromS3Failed"


def test_my_imagery_sources_and_search(user_api, mosaic, tmp_path):
    body = user_api.ok(upload(user_api, make_geotiff(tmp_path / "s.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    aoi = square(lon=37.61, lat=55.685, size=0.01)  # covers the image at about 37.612 E, 55.690 N
    own = ["my_imagery_images", "MY_IMAGERY_MOSAICS"]  # provider names match in any case
    found = user_api.ok(user_api.post("catalog/meta", {"aoi": aoi, "productTypes": ["IMAGE", "MOSAIC"],
                                                       "dataProviders": own}))
    assert set(found) == {"images", "total", "limit", "offset"} and found["total"] == 2
    kinds = {i["providerName"]: i for i in found["images"]}
    image = kinds["my_imagery_images"]
    assert image["id"] == body["image_id"] and image["previews"] == [] and image["footprint"]["type"] == "Polygon"
    assert image["pixelResolution"] > 0 and kinds["my_imagery_mosaics"]["previewType"] == "xyz"
    assert image["productType"] == "IMAGE" and image["zoom"].isdigit()
    only_images = user_api.ok(user_api.post("catalog/meta", {"aoi": aoi, "productTypes": ["image"],
                                                             "dataProviders": own}))
    assert only_images["total"] == 1
    too_fine = user_api.ok(user_api.post("catalog/meta", {"aoi": aoi, "maxResolution": 0.1, "dataProviders": own}))
    assert too_fine["total"] == 0
    far = user_api.ok(user_api.post("catalog/meta", {"aoi": square(lon=10, lat=10)}))
    assert far == {"images": [], "total": 0, "limit": 100, "offset": 0}
    assert user_api.post("catalog/meta", {"limit": 5}).status_code == 400
    for source in ({"myImagery": {"mosaicId": mosaic["id"]}}, {"myImagery": {"imageIds": [body["image_id"]]}},
                   {"imagerySearch": {"dataProvider": "my_imagery_images", "imageIds": [body["image_id"]],
                                      "zoom": 18}}):
        created = user_api.ok(user_api.post("processings/v2", {"wdName": BUILDINGS, "geometry": aoi,
                                                               "params": {"sourceParams": source}}))
        echoed = created["params"]["sourceParams"]
        kind = next(iter(source))
        expected_keys = {"myImagery": {"imageIds", "mosaicId"},
                         "imagerySearch": {"dataProvider", "imageIds", "zoom", "searchId"}}[kind]
        assert set(echoed[kind]) == expected_keys
    missing = user_api.post("processings/v2", {"wdName": BUILDINGS, "geometry": aoi, "params": {"sourceParams": {
        "myImagery": {"imageIds": ["no-such-image"]}}}})
    assert missing.status_code == 400
