"""Data API (mosaics, images, uploads, storage) and catalog search against the sandbox."""
from __future__ import annotations

import hashlib
import time
import uuid

import pytest
import requests
import shapely.geometry
import shapely.wkt

from mapflow_processing.api import NotFoundError
from mapflow_processing.api.errors import ApiError, InvalidRequestError
from mapflow_processing.api.models import (CatalogSearch, MyImagerySource, ProcessingRequest, ProcessingStatus,
                                           ProductType)
from tests.api.sandbox_helpers import add_user, make_geotiff, wait_until_terminal


@pytest.fixture()
def owner(sandbox_server):
    """A fresh account, so mosaic lists and storage use are this test's alone."""
    user = add_user(sandbox_server, f"imagery-{uuid.uuid4().hex[:8]}@example.com")
    yield user
    user.close()


def wait_preprocessed(client, image_id, timeout=60.0):
    deadline = time.monotonic() + timeout
    while True:
        status = client.image_status(image_id)
        if status.is_final:
            return status
        assert time.monotonic() < deadline, f"image {image_id} still {status.preprocessing_status}"
        time.sleep(0.2)


def test_mosaic_lifecycle_and_tags(owner):
    survey = owner.create_mosaic("Survey", tags=["drone", "2024"])
    other = owner.create_mosaic("Other", tags=["satellite"])
    assert survey.name == "Survey" and set(survey.tags) == {"drone", "2024"}
    assert {m.id for m in owner.list_mosaics()} == {survey.id, other.id}
    assert [m.id for m in owner.list_mosaics(tags=["drone"])] == [survey.id]
    assert {m.id for m in owner.list_mosaics(tags="drone, satellite")} == {survey.id, other.id}
    empty = owner.get_mosaic(survey.id)
    assert empty.footprint is None and empty.raster_layer is None  # nothing uploaded yet
    updated = owner.update_mosaic(survey.id, name="Survey 2024", tags=["drone"])
    assert updated.name == "Survey 2024" and updated.tags == ("drone",)
    owner.delete_mosaic(other.id)
    with pytest.raises(NotFoundError):
        owner.get_mosaic(other.id)
    with pytest.raises(InvalidRequestError, match="nothing to update"):
        owner.update_mosaic(survey.id)


def test_upload_images_and_manage_them(owner, tmp_path):
    first = make_geotiff(tmp_path / "first.tif")
    second = make_geotiff(tmp_path / "second.tif", origin=(4187032.0, 7497000.0))
    progress = []
    created = owner.create_mosaic_with_image("Uploads", first, tags=["test"],
                                             progress=lambda done, total: progress.append((done, total)))
    assert progress[-1] == (first.stat().st_size, first.stat().st_size)
    added = owner.upload_image(created.mosaic_id, second)
    assert added.mosaic_id == created.mosaic_id

    images = owner.mosaic_images(created.mosaic_id)
    assert sorted(i.filename for i in images) == ["first.tif", "second.tif"]
    image = next(i for i in images if i.filename == "first.tif")
    assert image.checksum is None or image.checksum == hashlib.sha1(first.read_bytes()).hexdigest()
    assert image.meta_data.count == 3 and image.meta_data.width == 64 and image.footprint.startswith("POLYGON")
    assert wait_preprocessed(owner, image.id).preprocessing_status == "COMPLETED"
    mosaic_status = owner.mosaic_status(created.mosaic_id)
    assert mosaic_status.total_images == 2 and len(mosaic_status.images) == 2

    small, large = owner.image_preview(image.id, "s"), owner.image_preview(image.id, "l")
    assert small.startswith(b"\x89PNG") and large.startswith(b"\x89PNG") and len(large) > len(small)
    with pytest.raises(InvalidRequestError, match="'s' .* or 'l'"):
        owner.image_preview(image.id, "xl")

    link = owner.image_download_link(image.id)
    assert requests.get(link.download_url, timeout=10).content == first.read_bytes()

    renamed = owner.rename_image(image.id, "renamed.tif")
    assert owner.get_image(image.id).filename == renamed.filename == "renamed.tif"
    memory = owner.memory()
    assert memory.memory_used >= first.stat().st_size + second.stat().st_size
    owner.delete_image(image.id)
    with pytest.raises(NotFoundError):
        owner.get_image(image.id)
    assert [i.filename for i in owner.mosaic_images(created.mosaic_id)] == ["second.tif"]
    owner.delete_mosaic(created.mosaic_id)
    assert owner.memory().memory_used == 0


def test_upload_rejections_carry_the_catalog_code(owner, tmp_path, sandbox_server):
    not_a_tiff = tmp_path / "notes.tif"
    not_a_tiff.write_text("this is not an image")
    mosaic = owner.create_mosaic("Strict")
    with pytest.raises(ApiError) as caught:
        owner.upload_image(mosaic.id, not_a_tiff)
    assert caught.value.code == "FileOpenError" and "cannot be opened as a GeoTIFF" in str(caught.value)

    owner.upload_image(mosaic.id, make_geotiff(tmp_path / "fine.tif"))
    coarse = make_geotiff(tmp_path / "coarse.tif", pixel_m=5.0)  # does not match the mosaic's resolution
    with pytest.raises(ApiError) as caught:
        owner.upload_image(mosaic.id, coarse)
    assert caught.value.code == "FileValidationFailed" and "coarse.tif" in str(caught.value)

    tiny = add_user(sandbox_server, f"tiny-{uuid.uuid4().hex[:8]}@example.com", "--memory-limit", "1000")
    with pytest.raises(ApiError) as caught:
        tiny.create_mosaic_with_image("Too big", make_geotiff(tmp_path / "big.tif"))
    assert caught.value.code == "MemoryLimitExceeded" and "MB" in str(caught.value)


def test_processing_of_own_imagery_and_catalog_search(owner, tmp_path):
    origin = (4187000.0, 7497000.0)
    # 0.9 Mercator metres per pixel at latitude 55.7 are about 0.5 m on the ground, within the Buildings range
    own = make_geotiff(tmp_path / "own.tif", size=512, pixel_m=0.9, origin=origin)
    created = owner.create_mosaic_with_image("For processing", own)
    image = owner.mosaic_images(created.mosaic_id)[0]
    wait_preprocessed(owner, image.id)
    west, south, east, north = shapely.wkt.loads(image.footprint).bounds  # the Data API's WKT footprint
    inset_x, inset_y = (east - west) / 4, (north - south) / 4
    footprint_aoi = shapely.geometry.box(west + inset_x, south + inset_y, east - inset_x, north - inset_y)
    found = owner.search_catalog(CatalogSearch(aoi=footprint_aoi, data_providers=["my_imagery_images"],
                                               product_types=[ProductType.IMAGE]))
    assert [i.id for i in found.images] == [image.id] and found.total == 1 and found.offset == 0
    assert found.images[0].footprint["type"] == "Polygon"
    nothing = owner.search_catalog(CatalogSearch(aoi={"type": "Polygon", "coordinates": [
        [[10, 10], [10.01, 10], [10.01, 10.01], [10, 10.01], [10, 10]]]}))
    assert nothing.images == () and nothing.total == 0

    model = owner.user_status().model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, footprint_aoi, MyImagerySource(mosaic_id=created.mosaic_id))
    assert owner.processing_cost(request) > 0
    processed = wait_until_terminal(owner, owner.create_processing(request).id)
    assert processed.status is ProcessingStatus.OK, processed.error_texts
    assert processed.params.source == MyImagerySource(mosaic_id=created.mosaic_id)
