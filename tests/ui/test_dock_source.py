"""The imagery section of the real dock: providers and zoom prices, own URLs (checked; login in the auth database),
previews that never carry Mapflow credentials, and GeoTIFF uploads to My imagery (progress, errors, cancel)."""
import uuid
from urllib.parse import quote

import pytest
from qgis.core import QgsProject

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.models import MyImagerySource, UserDefinedSource
from mapflow_processing.core.choices import SourceKind

from .conftest import inject_faults
from .dock_fixtures import close_harness, make_harness, sign_in
from . import dock_fixtures

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness
TILE_URL = "https://tiles.example.com/{z}/{x}/{y}.png"


# Own GeoTIFF makers: tests/sandbox/geotiffs.py switches GDAL to exceptions for the whole process, which changes
# how other tiers' GDAL code behaves afterwards.
def make_geotiff(path, width=64, height=64, bands=3):
    """A small RGB (or gray) GeoTIFF in EPSG:3857, 0.5 m pixels, near Moscow."""
    import numpy as np
    from osgeo import gdal, osr
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, bands, gdal.GDT_Byte)
    dataset.SetGeoTransform((4187000.0, 0.5, 0, 7497000.0, 0, -0.5))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    dataset.SetProjection(srs.ExportToWkt())
    ramp = (np.add.outer(np.arange(height), np.arange(width)) % 256).astype(np.uint8)
    for band in range(1, bands + 1):
        dataset.GetRasterBand(band).WriteArray(ramp)
    dataset.FlushCache()
    dataset = None
    return path


def make_png_named_tif(path):
    from osgeo import gdal
    gdal.Translate(str(path), str(make_geotiff(path.with_name("source.tif"))), format="PNG")
    return path


def new_user(server):
    email = f"source-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    return email, server.cli("add-user", email).strip().splitlines()[-1]


@pytest.fixture()
def dock(qtbot, harness, sandbox_server):
    _email, token = new_user(sandbox_server)
    sign_in(qtbot, harness, sandbox_server, token)
    harness.client = MapflowClient(sandbox_server.base_url, token)
    return harness


def source_pick(harness):
    return harness.controller.draft.source


def type_url(source, url, url_type="XYZ", login=None, password=None):
    """Type into the URL row as a user would (each field's editingFinished); None leaves a field alone."""
    source.set_kind(SourceKind.URL)
    source.urlTypeCombo.setCurrentIndex(source.urlTypeCombo.findText(url_type.title() if url_type == "QUADKEY"
                                                                     else url_type))
    for edit, text in ((source.urlEdit, url), (source.loginEdit, login), (source.passwordEdit, password)):
        if text is not None:
            edit.setText(text)
            edit.editingFinished.emit()


def test_providers_with_prices_per_zoom(qtbot, dock):
    source = dock.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    assert [source.zoomCombo.itemText(i) for i in range(source.zoomCombo.count())] == [
        "17 — 1 credits/km²", "18 — 3 credits/km²", "19 — 9 credits/km²", "20 — 9 credits/km²"]
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(17))
    assert source_pick(dock).label == "🧪 Sandbox demo imagery, zoom 17"
    assert source.sourcePriceLabel.text() == "Imagery: 1 credits/km² at zoom 17"
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo_Archive"))
    assert source.sourcePriceLabel.text() == "Imagery: 180 credits/km² at zoom 19; at least 3 km² per processing"


@pytest.mark.parametrize("url, url_type, problem", [
    ("https://tiles.example.com/{z}/{x}.png", "XYZ", "A XYZ URL needs the placeholder(s) {y}"),
    ("https://tiles.example.com/{z}/{x}/{y}.png", "QUADKEY", "A Quadkey URL needs the placeholder(s) {q}"),
    ("ftp://tiles.example.com/{z}/{x}/{y}.png", "XYZ", "must start with http:// or https://"),
    ("https://example.com/wms", "WMS", "A WMS URL needs its LAYERS parameter"),
    ("https://tiles.example.com/{z}/{x}/{-y}.png", "TMS", ""),
    ("https://tiles.example.com/a{q}.jpeg", "QUADKEY", ""),
])
def test_own_url_is_checked(dock, url, url_type, problem):
    source = dock.dock.source
    type_url(source, url, url_type)
    assert problem in source.urlCheckLabel.text() and bool(problem) == bool(source.urlCheckLabel.text())
    pick = source_pick(dock)
    if problem:
        assert not pick.usable and problem in dock.dock.start.reasonLabel.text()
    else:
        assert pick.params == UserDefinedSource(url, pick.params.source_type, 18)
        assert source.sourcePriceLabel.text() == "Imagery: no data charge for your own imagery."


def test_imagery_login_lives_in_the_auth_database(qtbot, dock, tmp_path, unlocked_auth, sandbox_server):
    source = dock.dock.source
    type_url(source, TILE_URL, login="surveyor", password="p4ss-w0rd-kept-secret")
    stored = dock.secrets.load_imagery_login(TILE_URL)
    assert (stored.login, stored.password) == ("surveyor", "p4ss-w0rd-kept-secret")
    assert source_pick(dock).params.raster_login == "surveyor"
    dock.settings.sync()
    assert "p4ss-w0rd-kept-secret" not in dock.ini.read_text(encoding="utf-8")

    # another session with the same settings: typing the URL brings the login back
    again = make_harness(qtbot, tmp_path, unlocked_auth, ini=dock.ini)
    try:
        sign_in(qtbot, again, sandbox_server)
        type_url(again.dock.source, TILE_URL)
        assert again.dock.source.loginEdit.text() == "surveyor"
        assert again.dock.source.passwordEdit.text() == "p4ss-w0rd-kept-secret"
        assert source_pick(again).params.raster_password == "p4ss-w0rd-kept-secret"
    finally:
        close_harness(again)


def test_previews_never_carry_mapflow_credentials(qtbot, dock, sandbox_server):
    source = dock.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.previewButton.click()
    provider_layer = dock.controller.preview.last_layer
    provider = dock.controller.sources.provider("Sandbox_Demo")
    assert provider_layer.isValid() and QgsProject.instance().mapLayer(provider_layer.id()) is provider_layer
    assert quote(provider.preview_url, safe="") in provider_layer.source()
    assert "authcfg" not in provider_layer.source()

    type_url(source, TILE_URL, "TMS", login="surveyor", password="secret-for-tiles")
    source.previewButton.click()
    own_layer = dock.controller.preview.last_layer
    imagery_id = dock.secrets.imagery_config_id(TILE_URL)
    assert imagery_id and own_layer.source().endswith(f"&authcfg={imagery_id}")
    assert imagery_id != dock.secrets.api_config_id(sandbox_server.base_url)
    assert quote(TILE_URL.replace("{y}", "{-y}"), safe="") in own_layer.source()
    for layer in (provider_layer, own_layer):
        assert dock.state.session.email not in layer.source() and "secret-for-tiles" not in layer.source()


def test_upload_to_a_new_mosaic_then_preview_and_choose_it(qtbot, dock, tmp_path):
    source = dock.dock.source
    source.set_kind(SourceKind.MY_IMAGERY)
    assert "Choose a mosaic of your imagery" in dock.dock.start.reasonLabel.text()
    dock.prompts.geotiff = str(make_geotiff(tmp_path / "survey.tif"))
    dock.prompts.mosaic_name = "Field survey"
    source.uploadButton.click()
    assert source.uploadProgress.isVisibleTo(source) and not source.uploadButton.isEnabled()
    qtbot.waitUntil(lambda: dock.bar_has("survey.tif was uploaded."), timeout=30000)
    qtbot.waitUntil(lambda: source.mosaicCombo.currentText() == "Field survey", timeout=10000)
    assert not source.uploadProgress.isVisibleTo(source)
    [mosaic] = dock.client.list_mosaics()
    assert mosaic.name == "Field survey"
    assert source_pick(dock).params == MyImagerySource(mosaic_id=mosaic.id)
    assert source_pick(dock).label == "my mosaic Field survey"

    source.imageCombo.setCurrentIndex(1)  # the uploaded image itself
    [image] = dock.client.mosaic_images(mosaic.id)
    assert source_pick(dock).params == MyImagerySource(image_ids=(image.id,))
    source.previewButton.click()
    qtbot.waitUntil(lambda: dock.controller.preview.last_layer is not None, timeout=10000)
    assert quote(image.raster_layer.tile_url, safe="") in dock.controller.preview.last_layer.source()


def test_refused_uploads_are_explained(qtbot, dock, tmp_path):
    source = dock.dock.source
    source.set_kind(SourceKind.MY_IMAGERY)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not imagery")
    dock.prompts.geotiff = str(text_file)
    source.uploadButton.click()
    assert dock.bar_has("Only GeoTIFF files (.tif, .tiff) can be uploaded; notes.txt is not one.")

    uploads_before = dock.counter.count("POST", "/image")
    dock.prompts.geotiff = str(make_png_named_tif(tmp_path / "fake.tif"))
    source.uploadButton.click()
    qtbot.waitUntil(lambda: dock.bar_has("fake.tif could not be uploaded"), timeout=30000)
    # the reason comes from the checks before the upload (GDAL reads the file): nothing was sent
    assert dock.bar_has("Nothing was sent: fake.tif is not a GeoTIFF: only GeoTIFF files can be uploaded.")
    assert dock.counter.count("POST", "/image") == uploads_before

    # an image that does not fit an existing mosaic (one band instead of three)
    mosaic = dock.client.create_mosaic("RGB only")
    dock.client.upload_image(mosaic.id, make_geotiff(tmp_path / "rgb.tif"))
    dock.controller.imagery.reload(select_id=mosaic.id)
    qtbot.waitUntil(lambda: source.mosaicCombo.currentData() == mosaic.id, timeout=10000)
    dock.prompts.geotiff = str(make_geotiff(tmp_path / "gray.tif", bands=1))
    source.uploadButton.click()
    qtbot.waitUntil(lambda: dock.bar_has("gray.tif could not be uploaded"), timeout=30000)
    assert dock.bar_has("does not fit this imagery collection")


def test_an_upload_can_be_cancelled(qtbot, dock, tmp_path, sandbox_server):
    source = dock.dock.source
    source.set_kind(SourceKind.MY_IMAGERY)
    big = make_geotiff(tmp_path / "big.tif", width=4000, height=4000)  # 48 MB: more than the socket buffers
    dock.prompts.geotiff = str(big)
    inject_faults(sandbox_server, [{"path": "/rasters/mosaic/image$", "method": "POST", "latency": 2.0,
                                    "times": 1}])
    try:
        source.uploadButton.click()
        qtbot.wait(300)
        source.cancelUploadButton.click()
        qtbot.waitUntil(lambda: dock.bar_has("The upload of big.tif was cancelled."), timeout=30000)
    finally:
        inject_faults(sandbox_server, [])
    assert not source.uploadProgress.isVisibleTo(source) and source.uploadButton.isEnabled()
    assert dock.client.list_mosaics() == []
