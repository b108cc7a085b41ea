"""My Imagery through the client beyond test_sandbox_data.py: downloads (to a file or a folder, 404/403/409),
images linked by URL, the version check, and the pre-upload rules of core/upload_rules.py agreeing with the
server's own checks file by file."""
from __future__ import annotations

import math
import uuid
from pathlib import Path

import pytest
from osgeo import gdal, osr

from mapflow_processing.api import ConflictError, ForbiddenError, NotFoundError
from mapflow_processing.api.errors import ApiError
from mapflow_processing.api.models import VersionVerdict
from mapflow_processing.core.upload_rules import MosaicFacts, UploadFileFacts, blocking, check_upload
from tests.api.sandbox_helpers import add_user, advance_clock, make_geotiff

gdal.UseExceptions()


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.com"


def read_facts(path: Path) -> UploadFileFacts:
    """What a plugin reads with GDAL before an upload (pixel size on the ground as the server measures it)."""
    try:
        dataset = gdal.Open(str(path))
    except RuntimeError:
        return UploadFileFacts(path.name, path.stat().st_size, None)
    wkt = dataset.GetProjection()
    srs = osr.SpatialReference(wkt=wkt) if wkt else None
    crs = None
    if srs is not None:
        srs.AutoIdentifyEPSG()
        crs = f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}"
    gt = dataset.GetGeoTransform()
    size = max(abs(gt[1]), abs(gt[5]))
    pixel_m = None
    if srs is not None:
        pixel_m = size * 111_320 * math.cos(math.radians(gt[3])) if srs.IsGeographic() else size * srs.GetLinearUnits()
    dtypes = tuple(gdal.GetDataTypeName(dataset.GetRasterBand(i + 1).DataType) for i in range(dataset.RasterCount))
    on_globe = not (srs is not None and srs.IsGeographic() and not (-90 <= gt[3] <= 90))
    return UploadFileFacts(path.name, path.stat().st_size, dataset.GetDriver().ShortName, crs, dataset.RasterXSize,
                           dataset.RasterYSize, dataset.RasterCount, dtypes, (abs(gt[1]), abs(gt[5])), pixel_m,
                           on_globe)


def geotiff(path: Path, width=64, height=64, bands=3, epsg=3857, pixel=0.5, origin=(4187000.0, 7497000.0),
            dtype=gdal.GDT_Byte) -> Path:
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, bands, dtype)
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        dataset.SetProjection(srs.ExportToWkt())
    for band in range(1, bands + 1):
        dataset.GetRasterBand(band).Fill(band * 40)
    dataset = None
    return path


@pytest.fixture()
def owner(sandbox_server):
    client = add_user(sandbox_server, unique("imagery"))
    yield client
    client.close()


def test_download_to_a_folder_or_a_file_with_progress(owner, tmp_path):
    original = make_geotiff(tmp_path / "survey.tif", size=256)
    created = owner.create_mosaic_with_image("Downloads", original)
    progress = []
    folder = tmp_path / "out"
    folder.mkdir()
    saved = owner.download_image(created.image_id, folder, progress=lambda done, total: progress.append((done, total)))
    assert saved == folder / "survey.tif" and saved.read_bytes() == original.read_bytes()
    assert progress[-1] == (original.stat().st_size, original.stat().st_size)
    named = owner.download_image(created.image_id, tmp_path / "named.tif")
    assert named.read_bytes() == original.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["survey.tif"]  # no partial files left


def test_download_refusals(owner, sandbox_server, tmp_path):
    created = owner.create_mosaic_with_image("Refusals", make_geotiff(tmp_path / "mine.tif"))
    stranger = add_user(sandbox_server, unique("stranger"))
    with pytest.raises(NotFoundError) as caught:
        stranger.download_image(created.image_id, tmp_path / "theirs.tif")
    assert caught.value.code == "ItemNotFound" and not (tmp_path / "theirs.tif").exists()
    stranger.close()

    url = owner.get_image(created.image_id).image_url
    used = owner.memory().memory_used
    target = owner.create_mosaic("Linked")
    linked = owner.link_image(target.id, url)
    assert linked.mosaic_id == target.id and linked.image_id
    image = owner.get_image(linked.image_id)
    assert image.available_for_download is False and owner.memory().memory_used == used
    with pytest.raises(ForbiddenError) as caught:
        owner.download_image(linked.image_id, tmp_path)
    assert caught.value.code == "AccessDenied" and "image" in str(caught.value)


def test_an_image_being_prepared_answers_409(api_clock_server, tmp_path):
    client = add_user(api_clock_server, unique("prepared"))
    created = client.create_mosaic_with_image("Slow", make_geotiff(tmp_path / "slow.tif"))
    status = client.image_status(created.image_id)
    assert status.preprocessing_status == "IN_PROGRESS" and not status.is_final and status.ready_at is not None
    with pytest.raises(ConflictError) as caught:
        client.download_image(created.image_id, tmp_path / "early.tif")
    assert caught.value.code == "ImageNotReady"
    assert str(caught.value) == "The image is still being prepared; try again in a few minutes."
    assert not (tmp_path / "early.tif").exists()
    advance_clock(api_clock_server, seconds=601)
    assert client.image_status(created.image_id).is_final
    assert client.download_image(created.image_id, tmp_path / "late.tif").stat().st_size > 0
    client.close()


def test_version_check(client, api_clock_server):
    assert client.check_version().verdict is VersionVerdict.SAME  # the sandbox expects this repository's version
    assert client.check_version("0.0.1").verdict is VersionVerdict.SERVER_NEWER_MINOR
    from mapflow_processing.api import MapflowClient
    with MapflowClient(api_clock_server.base_url, plugin_version="1.4.2") as anonymous:
        check = anonymous.check_version()
    assert check.verdict is VersionVerdict.SERVER_NEWER_MAJOR and str(check.server) == "2.0.0"
    assert check.server_text == "2.0.0" and str(check.client) == "1.4.2"


CASES = {
    "not a GeoTIFF": (lambda d: _text_file(d / "notes.tif"), "FileOpenError", None),
    "no CRS": (lambda d: geotiff(d / "nocrs.tif", epsg=None), "FileCheckFailed", "crs"),
    "two bands": (lambda d: geotiff(d / "two.tif", bands=2), "FileCheckFailed", "count"),
    "float data": (lambda d: geotiff(d / "float.tif", width=16, height=16, dtype=gdal.GDT_Float32),
                   "FileCheckFailed", "dtypes"),
    "30 m pixels": (lambda d: geotiff(d / "coarse.tif", pixel=30.0), "FileCheckFailed", "pixel_size"),
    "too many pixels": (lambda d: geotiff(d / "wide.tif", width=80, height=8), "FileCheckFailed", "size"),
    "too big a file": (lambda d: geotiff(d / "big.tif", bands=4), "FileTooBig", None),
    "other CRS": (lambda d: geotiff(d / "utm.tif", epsg=32637, origin=(412000.0, 6174000.0)),
                  "FileValidationFailed", "crs"),
    "other band count": (lambda d: geotiff(d / "rgba.tif", bands=4, width=32, height=32), "FileValidationFailed",
                         "count"),
    "other resolution": (lambda d: geotiff(d / "fine.tif", pixel=0.25), "FileValidationFailed", "pixel_size"),
}


def _text_file(path: Path) -> Path:
    path.write_text("not an image")
    return path


@pytest.fixture(scope="module")
def strict(sandbox_server, tmp_path_factory):
    """An account with small limits and a mosaic holding one 0.5 m RGB image in EPSG:3857."""
    email = unique("strict")
    client = add_user(sandbox_server, email, "--max-pixel-count", "64", "--max-upload-file-size", "15000")
    mosaic = client.create_mosaic("Strict")
    client.upload_image(mosaic.id, geotiff(tmp_path_factory.mktemp("base") / "base.tif"))
    yield client, mosaic
    client.close()


@pytest.mark.parametrize("case", list(CASES))
def test_pre_upload_check_predicts_the_servers_answer(strict, tmp_path, case):
    client, mosaic = strict
    make, code, param = CASES[case]
    path = make(tmp_path)
    facts = read_facts(path)
    reasons = blocking(check_upload(facts, client.memory(), MosaicFacts.from_images(client.mosaic_images(mosaic.id))))
    assert reasons, f"{case}: the pre-upload check found nothing"
    with pytest.raises(ApiError) as caught:
        client.upload_image(mosaic.id, path)
    assert reasons[0].code == caught.value.code, (case, reasons, caught.value.params)
    if code == "FileCheckFailed":
        assert param in caught.value.params["bad_parameters"] and reasons[0].check == param
    if code == "FileValidationFailed":
        assert caught.value.params["param_name"] == reasons[0].params["param_name"] == param
    assert reasons[0].text and facts.filename in reasons[0].text


def test_pre_upload_check_passes_what_the_server_accepts_and_counts_storage(strict, tmp_path, sandbox_server):
    client, mosaic = strict
    neighbour = geotiff(tmp_path / "neighbour.tif", origin=(4187032.0, 7497000.0))
    facts = read_facts(neighbour)
    assert blocking(check_upload(facts, client.memory(), MosaicFacts.from_images(client.mosaic_images(mosaic.id)))) \
        == []
    client.upload_image(mosaic.id, neighbour)
    email = unique("full")
    full = add_user(sandbox_server, email, "--memory-limit", str(facts.file_size + 10))
    first = full.create_mosaic_with_image("Nearly full", neighbour)
    memory = full.memory()
    assert memory.memory_free == 10
    reasons = blocking(check_upload(facts, memory, MosaicFacts.from_images(full.mosaic_images(first.mosaic_id))))
    assert [r.code for r in reasons] == ["MemoryLimitExceeded"] and "10 B is free" in reasons[0].text
    with pytest.raises(ApiError) as caught:
        full.upload_image(first.mosaic_id, neighbour)
    assert caught.value.code == "MemoryLimitExceeded"
    full.close()
