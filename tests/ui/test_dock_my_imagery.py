"""The My imagery tab against the sandbox: list with storage, sort and filter, create (empty or with files), rename
and retag, details, delete several; upload checks that refuse before anything is sent; previews on the map,
downloads with progress and cancel, extents as the AOI, imagery for the processing; the server's errors."""
from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsRasterLayer

from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.core.my_imagery import SortKey
from mapflow_processing.ui.dialogs_imagery import MosaicForm

from . import accounts_fixtures
from .accounts_fixtures import ScriptedImageryPrompts, new_account
from .conftest import inject_faults
from .dock_fixtures import close_harness, make_harness, sign_in, wait_idle
from .test_dock_source import make_geotiff, make_png_named_tif

accounts_server = accounts_fixtures.accounts_server


@pytest.fixture()
def imagery_dock(qtbot, tmp_path, unlocked_auth):
    prompts = ScriptedImageryPrompts()
    harness = make_harness(qtbot, tmp_path, unlocked_auth, imagery_prompts=prompts,
                           preview_dir=tmp_path / "previews")
    yield harness, prompts
    close_harness(harness)


def open_tab(qtbot, harness, server, account):
    sign_in(qtbot, harness, server, account.token)
    harness.dock.tabs.setCurrentWidget(harness.controller.my_imagery_tab)
    widget = harness.controller.my_imagery_widget
    qtbot.waitUntil(lambda: widget.storageLabel.text().startswith("Storage:"), timeout=20000)
    return widget


def key_of(widget, name):
    return next(key for key, cells in widget.row_texts().items() if cells[0] == name)


def select(widget, *names):
    widget.select_keys([key_of(widget, name) for name in names])


def test_create_list_sort_filter_rename_and_delete(qtbot, imagery_dock, accounts_server, tmp_path):
    harness, prompts = imagery_dock
    account = new_account(accounts_server, "imagery")
    widget = open_tab(qtbot, harness, accounts_server, account)
    assert widget.storageLabel.text() == "Storage: 0 B of 5 GB used, 5 GB free"
    assert widget.row_texts() == {} and not widget.uploadButton.isEnabled()

    prompts.new = MosaicForm("Empty one", ("city", "2024"))
    widget.newButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Mosaic “Empty one” created."), timeout=20000)
    qtbot.waitUntil(lambda: "Empty one" in widget.order(), timeout=20000)
    assert widget.row_texts()[key_of(widget, "Empty one")][:3] == ("Empty one", "city, 2024", "0")

    files = [str(make_geotiff(tmp_path / "a.tif")), str(make_geotiff(tmp_path / "b.tif", width=128))]
    prompts.new = MosaicForm("With files", (), tuple(files))
    widget.newButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Uploaded: a.tif, b.tif."), timeout=30000)
    qtbot.waitUntil(lambda: "With files" in widget.order(), timeout=20000)
    assert not widget.taskProgress.isVisibleTo(widget)
    assert widget.row_texts()[key_of(widget, "With files")][2] == "2"
    assert "KB of 5 GB used" in widget.storageLabel.text()
    source = harness.dock.source  # the Imagery section lists the new mosaics too
    qtbot.waitUntil(lambda: source.mosaicCombo.findData(key_of(widget, "With files")[1]) >= 0, timeout=20000)

    widget.sort_requested.emit(int(SortKey.NAME), False)
    assert widget.order() == ["Empty one", "With files"]
    widget.sort_requested.emit(int(SortKey.SIZE), True)
    assert widget.order() == ["With files", "Empty one"]
    widget.filter_changed.emit("CITY")
    assert widget.order() == ["Empty one"]
    widget.filter_changed.emit("b.tif")
    assert [cells[0] for cells in widget.row_texts().values()] == ["With files", "b.tif"]
    widget.filter_changed.emit("")

    select(widget, "Empty one")
    assert "city, 2024" in widget.detailsBrowser.toPlainText()
    prompts.edit = MosaicForm("Renamed", ("forest",))
    widget.editButton.click()
    assert prompts.asked[-1] == ("edit", "Empty one", ("city", "2024"))
    qtbot.waitUntil(lambda: "Renamed" in widget.order(), timeout=20000)
    assert widget.row_texts()[key_of(widget, "Renamed")][1] == "forest"

    select(widget, "a.tif")
    details = widget.detailsBrowser.toPlainText()
    assert "EPSG:3857" in details and "64 × 64" in details and "3 (uint8, uint8, uint8)" in details
    prompts.image_name = "north.tif"
    widget.editButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Image renamed to “north.tif”."), timeout=20000)
    qtbot.waitUntil(lambda: "north.tif" in [cells[0] for cells in widget.row_texts().values()], timeout=20000)
    select(widget, "north.tif")
    widget.deleteButton.click()
    assert prompts.asked[-1] == ("delete", ["north.tif"], 1)
    qtbot.waitUntil(lambda: widget.row_texts()[key_of(widget, "With files")][2] == "1", timeout=20000)

    select(widget, "Renamed", "With files")
    prompts.delete_ok = False
    widget.deleteButton.click()
    kind, names, images = prompts.asked[-1]
    assert (kind, sorted(names), images) == ("delete", ["Renamed", "With files"], 1)
    assert len(account.client(accounts_server).list_mosaics()) == 2  # nothing deleted without the confirmation
    prompts.delete_ok = True
    widget.deleteButton.click()
    qtbot.waitUntil(lambda: widget.order() == [], timeout=20000)
    assert account.client(accounts_server).list_mosaics() == []


def test_upload_checks_refuse_before_anything_is_sent(qtbot, imagery_dock, accounts_server, tmp_path):
    harness, prompts = imagery_dock
    account = new_account(accounts_server, "checks", "--memory-limit", "400000")
    client = account.client(accounts_server)
    mosaic = client.create_mosaic_with_image("RGB", make_geotiff(tmp_path / "rgb.tif"))
    widget = open_tab(qtbot, harness, accounts_server, account)
    qtbot.waitUntil(lambda: "RGB" in widget.order(), timeout=20000)
    uploads = lambda: harness.counter.count("POST", "/image")  # noqa: E731

    select(widget, "RGB")
    prompts.files = [str(make_geotiff(tmp_path / "gray.tif", bands=1)), str(make_png_named_tif(tmp_path / "fake.tif")),
                     str(make_geotiff(tmp_path / "good.tif"))]
    prompts.partial_ok = False
    widget.uploadButton.click()
    qtbot.waitUntil(lambda: any(a[0] == "partial" for a in prompts.asked), timeout=20000)
    _, refused, passing = prompts.asked[-1]
    assert passing == 1 and len(refused) == 2
    assert "gray.tif does not fit this imagery collection: its band count is 1, the collection needs 3" in refused[0]
    assert "fake.tif is not a GeoTIFF" in refused[1]
    wait_idle(qtbot, harness)
    assert uploads() == 0 and len(client.mosaic_images(mosaic.mosaic_id)) == 1

    prompts.partial_ok = True
    widget.uploadButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Uploaded: good.tif."), timeout=30000)
    assert uploads() == 1 and len(client.mosaic_images(mosaic.mosaic_id)) == 2

    # the storage left (400 kB limit) is checked too: nothing goes when no file passes
    prompts.files = [str(make_geotiff(tmp_path / "large.tif", width=400, height=400))]
    widget.uploadButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Nothing was uploaded: Not enough storage for large.tif"), timeout=20000)
    assert uploads() == 1


def test_preview_download_aoi_and_imagery(qtbot, imagery_dock, accounts_server, tmp_path):
    harness, prompts = imagery_dock
    account = new_account(accounts_server, "maps")
    client = account.client(accounts_server)
    created = client.create_mosaic_with_image("Town", make_geotiff(tmp_path / "town.tif", width=1500, height=1500))
    linked = client.link_image(client.create_mosaic("Linked").id, client.get_image(created.image_id).image_url)
    image = client.get_image(created.image_id)
    widget = open_tab(qtbot, harness, accounts_server, account)
    qtbot.waitUntil(lambda: len(widget.order()) == 2, timeout=20000)
    actions = harness.controller.imagery_map

    widget.select_keys([("image", image.id)])  # (the linked image has the same file name)
    for size, button_text, name in (("s", "Small", "Preview of town.tif"), ("l", "Large", "Large preview of town.tif")):
        widget.set_preview_size(size)
        assert button_text in widget.previewSizeCombo.currentText()
        widget.previewButton.click()
        qtbot.waitUntil(lambda n=name: actions.last_layer is not None and actions.last_layer.name() == n,
                        timeout=20000)
        layer = actions.last_layer
        assert isinstance(layer, QgsRasterLayer) and layer.isValid() and layer.crs().authid() == "EPSG:4326"
        footprint = QgsGeometry.fromWkt(image.footprint).boundingBox()
        assert layer.extent().xMinimum() == pytest.approx(footprint.xMinimum(), abs=1e-5)
        assert layer.extent().yMaximum() == pytest.approx(footprint.yMaximum(), abs=1e-5)
        assert harness.counter.count("GET", f"/rasters/image/{image.id}/preview/{size}") == 1

    target = tmp_path / "saved.tif"
    prompts.download_to = str(target)
    widget.downloadButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"town.tif was saved to {target}."), timeout=30000)
    assert target.read_bytes() == (tmp_path / "town.tif").read_bytes()

    inject_faults(accounts_server, [{"path": "/rasters/download/", "method": "GET", "throttle": 50000}])
    try:
        prompts.download_to = str(tmp_path / "slow.tif")
        widget.downloadButton.click()
        qtbot.waitUntil(lambda: widget.taskProgress.isVisibleTo(widget) and widget.taskProgress.value() > 0,
                        timeout=30000)
        assert widget.cancelButton.isVisibleTo(widget)
        widget.cancelButton.click()
        qtbot.waitUntil(lambda: harness.bar_has("The download of town.tif was cancelled; nothing was saved."),
                        timeout=30000)
    finally:
        inject_faults(accounts_server, [])
    assert not (tmp_path / "slow.tif").exists() and not widget.taskProgress.isVisibleTo(widget)

    select(widget, "Town")
    widget.aoiButton.click()
    aoi = harness.dock.aoi
    assert aoi.kind() == AoiKind.LAYER and aoi.aoiLayerCombo.currentLayer().name() == "Extent of Town"
    assert harness.dock.tabs.currentWidget() is harness.dock.startTab
    qtbot.waitUntil(lambda: harness.controller.draft.aoi is not None and harness.controller.draft.aoi.usable,
                    timeout=20000)

    harness.dock.tabs.setCurrentWidget(widget)
    widget.select_keys([("image", image.id)])
    widget.useButton.click()
    source = harness.dock.source
    qtbot.waitUntil(lambda: source.imageCombo.currentData() == image.id, timeout=20000)
    assert source.kind() == SourceKind.MY_IMAGERY and source.mosaicCombo.currentData() == created.mosaic_id

    harness.dock.tabs.setCurrentWidget(widget)
    widget.select_keys([("image", linked.image_id)])
    assert not widget.downloadButton.isEnabled()
    assert "linked image cannot be downloaded" in widget.downloadButton.toolTip()


def test_server_errors_are_explained(qtbot, imagery_dock, accounts_server, tmp_path):
    harness, prompts = imagery_dock
    account = new_account(accounts_server, "errors")
    client = account.client(accounts_server)
    client.create_mosaic_with_image("Faulty", make_geotiff(tmp_path / "faulty.tif"))
    widget = open_tab(qtbot, harness, accounts_server, account)
    qtbot.waitUntil(lambda: "Faulty" in widget.order(), timeout=20000)
    select(widget, "faulty.tif")
    inject_faults(accounts_server, [{"path": "/preview/", "method": "GET", "status": 500},
                                    {"path": "/rasters/mosaic/", "method": "PUT", "status": 403}])
    try:
        widget.previewButton.click()
        qtbot.waitUntil(lambda: harness.bar_has("The preview of faulty.tif could not be shown:"), timeout=30000)
        select(widget, "Faulty")
        prompts.edit = MosaicForm("Renamed")
        widget.editButton.click()
        qtbot.waitUntil(lambda: harness.bar_has("The mosaic could not be changed:"), timeout=20000)
    finally:
        inject_faults(accounts_server, [])
    assert [m.name for m in client.list_mosaics()] == ["Faulty"]
