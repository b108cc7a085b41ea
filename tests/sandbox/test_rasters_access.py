"""The Data API beyond the basics of test_rasters.py: downloads (404/403/409, expiry on the sandbox clock),
images linked by URL, storage accounting, tag encodings, and previews that are pictures of the image."""
from __future__ import annotations

import io

import numpy as np
import pytest
import requests
from osgeo import gdal, osr
from PIL import Image as PilImage

from tests.sandbox.conftest import unique_email
from tests.sandbox.geotiffs import make_geotiff, upload
from tests.sandbox.helpers import advance_clock, new_user


def detail(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"detail"} and {"code", "parameters"} <= set(body["detail"])
    return body["detail"]


@pytest.fixture()
def owner(sandbox_server):
    return new_user(sandbox_server, unique_email("rasters"))


def uploaded(api, tmp_path, name="a.tif", mosaic=None, **options) -> dict:
    mosaic = mosaic or api.ok(api.post("rasters/mosaic", {"name": f"for {name}"}))
    body = api.ok(upload(api, make_geotiff(tmp_path / name, **options), f"rasters/mosaic/{mosaic['id']}/image"))
    return {"mosaic": mosaic, "image_id": body["image_id"], "path": tmp_path / name}


def test_download_of_someone_elses_or_a_missing_image_is_404(owner, demo_api, tmp_path):
    mine = uploaded(owner, tmp_path)
    assert detail(demo_api.get(f"rasters/image/{mine['image_id']}/download"), 404)["code"] == "ItemNotFound"
    assert detail(owner.get("rasters/image/no-such-image/download"), 404)["parameters"] == {
        "instance_type": "image", "uid": "no-such-image"}


def test_download_streams_the_original_file_with_its_name(owner, tmp_path):
    mine = uploaded(owner, tmp_path, "survey 2024.tif", width=300, height=200)
    link = owner.ok(owner.get(f"rasters/image/{mine['image_id']}/download"))
    assert set(link) == {"download_url", "filename", "expires_in"} and link["filename"] == "survey 2024.tif"
    with requests.get(link["download_url"], stream=True, timeout=30) as response:  # no credentials needed
        assert response.status_code == 200 and response.headers["content-type"] == "image/tiff"
        assert response.headers["content-disposition"] == "attachment; filename*=utf-8''survey%202024.tif"
        received = b"".join(response.iter_content(4096))
    assert received == mine["path"].read_bytes()


def test_linked_images_use_no_storage_and_cannot_be_downloaded(owner, tmp_path):
    source = uploaded(owner, tmp_path, "source.tif")
    used = owner.ok(owner.get("rasters/memory"))["memoryUsed"]
    url = owner.ok(owner.get(f"rasters/image/{source['image_id']}"))["image_url"]
    target = owner.ok(owner.post("rasters/mosaic", {"name": "linked"}))
    linked = owner.ok(owner.post(f"rasters/mosaic/{target['id']}/link-image", {"url": url}))
    assert linked["message"] == "File successfully linked to a mosaic" and linked["mosaic_id"] == target["id"]
    image = owner.ok(owner.get(f"rasters/image/{linked['image_id']}"))
    assert image["available_for_download"] is False and image["meta_data"]["count"] == 3
    assert owner.ok(owner.get("rasters/memory"))["memoryUsed"] == used
    refused = detail(owner.get(f"rasters/image/{linked['image_id']}/download"), 403)
    assert refused["code"] == "AccessDenied" and refused["parameters"]["uid"] == linked["image_id"]
    owner.ok(owner.delete(f"rasters/image/{source['image_id']}"))  # the linked copy keeps its data
    assert requests.get(image["preview_url_s"], timeout=30).status_code == 200
    assert owner.ok(owner.get(f"rasters/mosaic/{target['id']}"))["image_count"] == 1


def test_link_image_checks(owner, tmp_path, sandbox_server):
    source = uploaded(owner, tmp_path, "base.tif")
    url = owner.ok(owner.get(f"rasters/image/{source['image_id']}"))["image_url"]
    mosaic_id = source["mosaic"]["id"]
    assert detail(owner.post(f"rasters/mosaic/{mosaic_id}/link-image", {"url": "https://x/y.tif"}), 400)[
        "code"] == "BadRequest"
    assert detail(owner.post(f"rasters/mosaic/{mosaic_id}/link-image", {"url": "s3://nowhere/x.tif"}), 404)[
        "code"] == "ItemNotFound"
    utm = uploaded(owner, tmp_path, "utm.tif", epsg=32637, origin=(412000.0, 6174000.0))
    utm_url = owner.ok(owner.get(f"rasters/image/{utm['image_id']}"))["image_url"]
    mismatch = detail(owner.post(f"rasters/mosaic/{mosaic_id}/link-image", {"url": utm_url}), 422)
    assert mismatch["code"] == "FileValidationFailed" and mismatch["parameters"]["param_name"] == "crs"
    assert owner.ok(owner.get(f"rasters/mosaic/{mosaic_id}"))["image_count"] == 1
    stranger = new_user(sandbox_server, unique_email("stranger"))
    theirs = stranger.ok(stranger.post("rasters/mosaic", {"name": "not mine to fill"}))
    assert detail(stranger.post(f"rasters/mosaic/{theirs['id']}/link-image", {"url": url}), 404)[
        "code"] == "ItemNotFound"  # another user's file is not theirs to link


def test_storage_follows_uploads_and_deletes(owner, tmp_path):
    assert owner.ok(owner.get("rasters/memory")) == {"memoryLimit": 5 * 1024 ** 3, "memoryUsed": 0,
                                                     "memoryFree": 5 * 1024 ** 3, "maxUploadFileSize": 1024 ** 3,
                                                     "maxPixelCount": 65535}
    first = uploaded(owner, tmp_path, "one.tif")
    second = uploaded(owner, tmp_path, "two.tif", mosaic=first["mosaic"], origin=(4187032.0, 7497000.0))
    third = uploaded(owner, tmp_path, "three.tif", width=128, height=128)
    sizes = {k: v["path"].stat().st_size for k, v in (("one", first), ("two", second), ("three", third))}
    memory = owner.ok(owner.get("rasters/memory"))
    assert memory["memoryUsed"] == sum(sizes.values()) and memory["memoryFree"] == 5 * 1024 ** 3 - sum(sizes.values())
    owner.ok(owner.delete(f"rasters/image/{third['image_id']}"))
    assert owner.ok(owner.get("rasters/memory"))["memoryUsed"] == sizes["one"] + sizes["two"]
    owner.ok(owner.delete(f"rasters/mosaic/{first['mosaic']['id']}"))  # irreversible: its images go with it
    assert owner.ok(owner.get("rasters/memory"))["memoryUsed"] == 0
    for image in (first, second):
        assert detail(owner.get(f"rasters/image/{image['image_id']}"), 404)["code"] == "ItemNotFound"


def test_tags_in_both_encodings_and_replaced_by_put(owner, tmp_path):
    path = make_geotiff(tmp_path / "t.tif")
    repeated = owner.ok(upload(owner, path, "rasters/mosaic/image", name="repeated", tags=["city", "2024"]))
    assert owner.ok(owner.get(f"rasters/mosaic/{repeated['mosaic_id']}"))["tags"] == ["city", "2024"]
    mosaic_id = repeated["mosaic_id"]
    assert owner.ok(owner.put(f"rasters/mosaic/{mosaic_id}", {"tags": "drone, 2025"}))["tags"] == ["drone", "2025"]
    renamed = owner.ok(owner.put(f"rasters/mosaic/{mosaic_id}", {"name": "only the name"}))
    assert renamed["tags"] == ["drone", "2025"] and renamed["name"] == "only the name"
    assert owner.ok(owner.put(f"rasters/mosaic/{mosaic_id}", {"tags": []}))["tags"] == []
    assert detail(owner.put(f"rasters/mosaic/{mosaic_id}", {"name": "  "}), 400)["parameters"] == {"field": "name"}
    assert owner.ok(owner.get("rasters/mosaic", params={"tags": "drone"})) == []


def _halves(path, size=(200, 100)):
    """An RGB GeoTIFF: red on the left half, blue on the right."""
    width, height = size
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform((4187000.0, 0.5, 0, 7497000.0, 0, -0.5))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    dataset.SetProjection(srs.ExportToWkt())
    left = np.zeros((height, width), np.uint8)
    left[:, : width // 2] = 255
    dataset.GetRasterBand(1).WriteArray(left)
    dataset.GetRasterBand(2).WriteArray(np.zeros((height, width), np.uint8))
    dataset.GetRasterBand(3).WriteArray(255 - left)
    dataset = None
    return path


def test_previews_are_pictures_of_the_image(owner, tmp_path):
    mosaic = owner.ok(owner.post("rasters/mosaic", {"name": "halves"}))
    body = owner.ok(upload(owner, _halves(tmp_path / "halves.tif"), f"rasters/mosaic/{mosaic['id']}/image"))
    image = owner.ok(owner.get(f"rasters/image/{body['image_id']}"))
    for url, size in ((image["preview_url_s"], 256), (image["preview_url_l"], 1024)):
        picture = PilImage.open(io.BytesIO(requests.get(url, timeout=30).content)).convert("RGB")
        assert picture.size == (size, size)
        pixels = np.asarray(picture).astype(int)
        left, right = pixels[:, : size // 2 - 4].reshape(-1, 3), pixels[:, size // 2 + 4:].reshape(-1, 3)
        assert (left.mean(axis=0) > [240, -1, -1]).all() and left[:, 2].mean() < 15
        assert right[:, 0].mean() < 15 and right[:, 2].mean() > 240


def test_images_are_preprocessed_for_a_while_on_the_sandbox_clock(clock_server, tmp_path):
    api = new_user(clock_server, unique_email("preprocessing"))
    mine = uploaded(api, tmp_path, "slow.tif")
    status = api.ok(api.get(f"rasters/image/{mine['image_id']}/status"))
    assert status["preprocessing_status"] == "IN_PROGRESS"
    mosaic_status = api.ok(api.get(f"rasters/mosaic/{mine['mosaic']['id']}/status"))
    assert (mosaic_status["ready_images"], mosaic_status["in_progress_images"]) == (0, 1)
    waiting = detail(api.get(f"rasters/image/{mine['image_id']}/download"), 409)
    assert waiting["code"] == "ImageNotReady" and waiting["parameters"]["available_at"] == status["ready_at"]
    advance_clock(clock_server, seconds=601)
    assert api.ok(api.get(f"rasters/image/{mine['image_id']}/status"))["preprocessing_status"] == "COMPLETED"
    link = api.ok(api.get(f"rasters/image/{mine['image_id']}/download"))
    assert requests.get(link["download_url"], timeout=30).content == mine["path"].read_bytes()
    advance_clock(clock_server, seconds=link["expires_in"] + 1)
    expired = detail(requests.get(link["download_url"], timeout=30), 403)
    assert expired["code"] == "AccessDenied" and "expired" in expired["message"]
