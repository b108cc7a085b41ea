"""Duplicate a processing in the dock against the sandbox: the Start tab filled with its model, options, imagery
(provider and zoom, URL with the login stored for it, own imagery, search scenes) and its AOI, a "(copy)" name, a
start of the copy; and the server's refusal when the original is gone."""
from __future__ import annotations

import pytest
from qgis.core import QgsProject

from mapflow_processing.api.models import (CatalogSearch, DataProviderSource, ImagerySearchSource, MyImagerySource,
                                           UserDefinedSource)
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.layers.result_tree import MAPFLOW_GROUP_NAME

from . import accounts_fixtures
from .accounts_fixtures import SCRIPTED_URL, deliver, new_account
from .conftest import TINY_AOI, wait_until_final
from .dock_fixtures import close_harness, make_harness, sign_in, wait_idle
from .test_dock_source import make_geotiff

accounts_server = accounts_fixtures.accounts_server


@pytest.fixture()
def dock(qtbot, tmp_path, unlocked_auth):
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    yield harness
    close_harness(harness)


def open_list(qtbot, harness, server, account, rows):
    sign_in(qtbot, harness, server, account.token)
    qtbot.waitUntil(lambda: harness.controller.processings.model.rowCount() == rows, timeout=20000)


def duplicate(qtbot, harness, name):
    model = harness.controller.processings.model
    harness.controller.processings_widget.select_positions(
        [next(r for r in range(model.rowCount()) if model.processing_at(r).name == name)])
    harness.dock.tabs.setCurrentWidget(harness.dock.processingsTab)
    harness.controller.extras_widget.duplicateButton.click()
    qtbot.waitUntil(lambda: harness.dock.tabs.currentWidget() is harness.dock.startTab, timeout=20000)
    wait_idle(qtbot, harness)


def test_a_copy_of_a_provider_processing_starts_as_the_original(qtbot, dock, accounts_server):
    account = new_account(accounts_server, "copier")
    client = account.client(accounts_server)
    original = deliver(client, "Roofs", source=DataProviderSource("Sandbox_Demo", 17),
                       enabled_blocks=("Classification",))
    open_list(qtbot, dock, accounts_server, account, rows=1)

    duplicate(qtbot, dock, "Roofs")
    model_widget, source, aoi = dock.dock.model, dock.dock.source, dock.dock.aoi
    assert model_widget.current_model().name == "🏠 Buildings"
    assert {name: box.isChecked() for name, box in model_widget._checkboxes.items()} == {
        "Simplification": False, "Classification": True, "Heights": False, "OSM": False}
    assert source.kind() == SourceKind.PROVIDER
    assert (source.providerCombo.currentData(), source.zoomCombo.currentData()) == ("Sandbox_Demo", 17)
    layer = aoi.aoiLayerCombo.currentLayer()
    assert aoi.kind() == AoiKind.LAYER and layer.name() == "AOI of Roofs" and layer.featureCount() == 1
    group = QgsProject.instance().layerTreeRoot().findGroup(MAPFLOW_GROUP_NAME)
    assert group.findLayer(layer.id()) is not None
    qtbot.waitUntil(lambda: dock.controller.draft.aoi is not None and dock.controller.draft.aoi.usable,
                    timeout=20000)
    assert dock.controller.draft.area_km2() == pytest.approx(original.aoi_area / 1e6, rel=0.01)
    assert dock.dock.start.nameEdit.text() == "Roofs (copy)"
    assert dock.bar_has("The Start tab holds a copy of “Roofs” as “Roofs (copy)”")

    start = dock.dock.start
    qtbot.waitUntil(start.startButton.isEnabled, timeout=20000)
    start.startButton.click()
    qtbot.waitUntil(lambda: dock.bar_has("Processing “Roofs (copy)” started."), timeout=20000)
    copy = next(p for p in client.list_processings() if p.name == "Roofs (copy)")
    copy = wait_until_final(client, [copy.id])[copy.id]
    assert copy.workflow_def.id == original.workflow_def.id
    assert copy.params.source == DataProviderSource("Sandbox_Demo", 17)
    assert copy.enabled_blocks == ("Classification",)
    assert copy.aoi_area == pytest.approx(original.aoi_area, rel=0.001)

    qtbot.waitUntil(lambda: dock.controller.processings.model.rowCount() == 2, timeout=20000)
    duplicate(qtbot, dock, "Roofs")
    assert dock.dock.start.nameEdit.text() == "Roofs (copy 2)"


def test_url_own_imagery_and_search_scenes_are_copied(qtbot, dock, accounts_server, tmp_path):
    account = new_account(accounts_server, "sources")
    client = account.client(accounts_server)
    deliver(client, "With login", source=UserDefinedSource(SCRIPTED_URL, zoom=19, raster_login="me",
                                                           raster_password="secret-pw"))
    other_url = SCRIPTED_URL + "&other=1"
    deliver(client, "Unknown login", source=UserDefinedSource(other_url, zoom=18, raster_login="you",
                                                              raster_password="pw"))
    upload = client.create_mosaic_with_image("Mine", make_geotiff(tmp_path / "mine.tif"))
    deliver(client, "Own image", source=MyImagerySource(image_ids=(upload.image_id,)))
    scene = client.search_catalog(CatalogSearch(aoi=TINY_AOI, data_providers=["SBX_HR"], limit=1)).images[0]
    deliver(client, "Scenes", source=ImagerySearchSource(scene.provider_name, (scene.id,), scene.zoom))
    dock.secrets.save_imagery_login(SCRIPTED_URL, "me", "secret-pw")
    open_list(qtbot, dock, accounts_server, account, rows=4)
    source = dock.dock.source

    duplicate(qtbot, dock, "With login")
    assert source.kind() == SourceKind.URL and source.urlEdit.text() == SCRIPTED_URL
    assert source.urlZoomCombo.currentData() == 19
    assert (source.loginEdit.text(), source.passwordEdit.text()) == ("me", "secret-pw")  # from the auth database
    assert dock.controller.draft.source.params.raster_password == "secret-pw"

    duplicate(qtbot, dock, "Unknown login")
    assert source.urlEdit.text() == other_url and source.loginEdit.text() == ""
    assert dock.bar_has("signed in to its imagery URL as “you”; the server never returns the password")

    duplicate(qtbot, dock, "Own image")
    qtbot.waitUntil(lambda: source.mosaicCombo.currentData() == upload.mosaic_id, timeout=20000)
    assert source.kind() == SourceKind.MY_IMAGERY and source.imageCombo.currentData() == upload.image_id

    duplicate(qtbot, dock, "Scenes")
    params = dock.controller.draft.source.params
    assert isinstance(params, ImagerySearchSource) and params.image_ids == (scene.id,)
    assert dock.bar_has("The imagery of the copy: 1 scene(s) of")


def test_an_original_deleted_meanwhile_is_explained(qtbot, dock, accounts_server):
    account = new_account(accounts_server, "gone")
    client = account.client(accounts_server)
    original = deliver(client, "Short-lived")
    open_list(qtbot, dock, accounts_server, account, rows=1)
    client.delete_processing(original.id)
    duplicate_button = dock.controller.extras_widget.duplicateButton
    dock.dock.tabs.setCurrentWidget(dock.dock.processingsTab)
    dock.controller.processings_widget.select_positions([0])
    duplicate_button.click()
    qtbot.waitUntil(lambda: dock.bar_has("“Short-lived” could not be duplicated:"), timeout=20000)
    assert any("not found" in text.lower() for text in dock.bar_texts())
    assert dock.dock.tabs.currentWidget() is dock.dock.processingsTab
    assert not QgsProject.instance().mapLayersByName("AOI of Short-lived")
