"""Found scenes on the map and in a processing, in the real dock against the sandbox: previews georeferenced on the
footprint with no Mapflow credentials sent to the preview host (a recording proxy stands where a third party
would), one layer per scene; the multi-scene rules; the AOI cut to the chosen footprints (lost-area warning,
nothing-left refusal); cost, start, the processing's details and its results."""
import os
import uuid
from urllib.parse import quote

import pytest
from qgis.core import QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QItemSelectionModel

from mapflow_processing.api.models import ImagerySearchSource
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import SourceKind
from mapflow_processing.core.processing_view import processing_details
from mapflow_processing.core.search_rules import bounds_of
from mapflow_processing.layers.footprints import PREVIEW_ROLE, ROLE_PROPERTY
from mapflow_processing.layers.result_tree import MAPFLOW_GROUP_NAME
from tests.sandbox_fixture import start_sandbox
from tests.support.recording_reverse_proxy import RecordingReverseProxy

from . import dock_fixtures
from .conftest import wait_until_final
from .dock_fixtures import wait_idle
from .search_fixtures import run_search, set_aoi, signed_in

harness = dock_fixtures.harness


def select_rows(view, rows):
    model, selection = view.model(), view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def preview_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(ROLE_PROPERTY, "") == PREVIEW_ROLE]


def row_of_kind(model, mosaic: bool, provider=None):
    for row in range(model.rowCount()):
        image = model.image_at(row)
        if image.is_mosaic == mosaic and (provider is None or image.provider_name == provider):
            return row
    raise AssertionError("no such row")


@pytest.fixture()
def proxied_sandbox(tmp_path):
    """A sandbox whose previews and tiles are served through a recording proxy (another origin)."""
    proxy = RecordingReverseProxy().start()
    server = start_sandbox(tmp_path / "sandbox-data", "--public-url", proxy.root_url)
    proxy.upstream = server.root_url
    yield server, proxy
    server.stop()
    proxy.stop()


def test_previews_are_georeferenced_reused_and_sent_without_credentials(qtbot, harness, proxied_sandbox):
    server, proxy = proxied_sandbox
    search = signed_in(qtbot, harness, server)
    run_search(qtbot, harness)
    widget, model = search.widget, search.widget.model

    row = row_of_kind(model, mosaic=False)
    image = model.image_at(row)
    select_rows(widget.resultsView, [row])
    widget.previewButton.click()
    qtbot.waitUntil(lambda: len(preview_layers()) == 1, timeout=30000)
    [layer] = preview_layers()
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326" and layer.bandCount() == 4  # RGB + alpha
    west, south, east, north = bounds_of(image.footprint)
    extent = layer.extent()
    tolerance = 0.02 * (east - west)
    assert abs(extent.xMinimum() - west) < tolerance and abs(extent.xMaximum() - east) < tolerance
    assert abs(extent.yMinimum() - south) < tolerance and abs(extent.yMaximum() - north) < tolerance
    assert QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent().name() == MAPFLOW_GROUP_NAME
    # the picture is stretched onto the turned footprint: its middle is painted, the box's corner outside it is not
    provider = layer.dataProvider()
    centre_x = sum(x for x, _y in image.footprint_corners) / 4
    centre_y = sum(y for _x, y in image.footprint_corners) / 4
    assert provider.sample(QgsPointXY(centre_x, centre_y), 4)[0] == 255
    inside_box = QgsPointXY(west + tolerance / 4, north - tolerance / 4)
    assert provider.sample(inside_box, 4)[0] == 0
    folder = os.path.dirname(layer.source())
    [fetch] = proxy.requests_to(f"/previews/{image.id}")
    assert fetch.status == 200 and fetch.header("Authorization") is None
    assert not any(r.header("Authorization") for r in proxy.requests)
    assert server.token not in "".join(str(r.headers) for r in proxy.requests)

    widget.previewButton.click()  # the same scene again: its layer is reused, nothing is fetched
    wait_idle(qtbot, harness)
    assert preview_layers() == [layer] and len(proxy.requests_to(f"/previews/{image.id}")) == 1

    mosaic_row = row_of_kind(model, mosaic=True)
    mosaic = model.image_at(mosaic_row)
    select_rows(widget.resultsView, [mosaic_row])
    widget.previewButton.click()
    qtbot.waitUntil(lambda: len(preview_layers()) == 2, timeout=10000)
    [tiles] = [candidate for candidate in preview_layers() if candidate is not layer]
    assert tiles.providerType() == "wms" and "type=xyz" in tiles.source()
    assert "%7Bz%7D" in tiles.source() and quote(proxy.root_url, safe="") in tiles.source()
    assert mosaic.id in tiles.name()

    QgsProject.instance().removeMapLayer(layer.id())  # the temporary folder goes with its layer
    assert not os.path.exists(folder)


def test_scenes_become_the_imagery_with_the_aoi_cut_to_them(qtbot, harness, sandbox_server, tmp_path):
    search = signed_in(qtbot, harness, sandbox_server)
    harness.dock.model.select_model_by_name("Buildings")
    filters = search.widget.filters
    filters.cloudCheck.setChecked(True)
    filters.cloudSpin.setValue(5)
    filters.mosaicCheck.setChecked(False)
    run_search(qtbot, harness)
    widget, model = search.widget, search.widget.model

    # the multi-scene rules, before anything is sent
    providers = {}
    for row in range(model.rowCount()):
        providers.setdefault(model.image_at(row).provider_name, row)
    assert len(providers) >= 2
    select_rows(widget.resultsView, list(providers.values())[:2])
    assert not widget.useButton.isEnabled()
    assert "Images of several providers" in widget.selectionLabel.text()

    row = row_of_kind(model, mosaic=False, provider="SBX_HR")
    scene = model.image_at(row)
    select_rows(widget.resultsView, [row])
    assert widget.useButton.isEnabled()
    widget.useButton.click()
    source = harness.dock.source
    assert source.kind() == SourceKind.SEARCH and harness.dock.tabs.currentWidget() is harness.dock.startTab
    pick = harness.controller.draft.source
    assert pick.params == ImagerySearchSource("SBX_HR", (scene.id,), zoom=18)
    assert pick.params.to_json()["dataProvider"] == "sbx_hr"
    assert scene.id in source.searchSummaryLabel.text()

    # an AOI half over the scene's east edge: cut, with the lost area said
    corners = scene.footprint_corners
    (x1, y1), (x2, y2) = corners[1], corners[2]
    mid_x, mid_y = (x1 + x2) / 2, (y1 + y2) / 2
    set_aoi(qtbot, harness, (mid_x - 0.002, mid_y - 0.001, mid_x + 0.002, mid_y + 0.001), "edge")
    draft = harness.controller.draft
    crop = draft.aoi_crop()
    assert 0.2 < crop.lost_percent < 0.8 * 100 and crop.kept_km2 > 0
    qtbot.waitUntil(lambda: source.searchCropLabel.isVisible(), timeout=5000)
    text = source.searchCropLabel.text()
    assert "is cut to the chosen scenes" in text and "km²" in text and "%" in text
    assert draft.area_km2() == pytest.approx(crop.kept_km2)
    start = harness.dock.start
    qtbot.waitUntil(lambda: start.startButton.isEnabled() and start.costLabel.text().endswith("credits"),
                    timeout=20000)

    # an AOI off the scene: nothing left, a clear refusal
    set_aoi(qtbot, harness, (mid_x + 0.05, mid_y - 0.001, mid_x + 0.054, mid_y + 0.001), "off the scene")
    qtbot.waitUntil(lambda: "lies outside the chosen scenes" in start.reasonLabel.text(), timeout=5000)
    assert not start.startButton.isEnabled()

    # back on the edge: start, wait, details, results
    set_aoi(qtbot, harness, (mid_x - 0.002, mid_y - 0.001, mid_x + 0.002, mid_y + 0.001), "edge again")
    qtbot.waitUntil(lambda: start.startButton.isEnabled() and start.costLabel.text().endswith("credits"),
                    timeout=20000)
    harness.settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
    name = f"Scene {uuid.uuid4().hex[:6]}"
    start.nameEdit.setText(name)
    start.startButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"Processing “{name}” started."), timeout=20000)
    [summary] = harness.prompts.summaries  # the confirmation names the scene and the area that is processed
    assert summary.source == f"scene {scene.id} of SBX_HR ({scene.acquisition_date.date().isoformat()}), zoom 18"
    assert summary.area_km2 == pytest.approx(crop.kept_km2) and summary.parts == 1
    client = harness.state.session.client
    [created] = [p for p in client.list_processings(harness.state.session.project.id) if p.name == name]
    assert isinstance(created.params.source, ImagerySearchSource)
    assert created.params.source.image_ids == (scene.id,) and created.params.source.data_provider == "sbx_hr"
    assert created.aoi_area / 1e6 == pytest.approx(draft.area_km2(), rel=0.02)  # the server cut the same
    facts = dict(processing_details(created).facts)
    assert facts["Scenes"] == scene.id
    done = wait_until_final(client, [created.id], timeout=120)[created.id]
    assert done.status.value == "OK", done.messages
    harness.controller.processings.actions.load_results([done])
    qtbot.waitUntil(lambda: harness.bar_has(f"The results of “{name}” were added to the map."), timeout=60000)
    assert any(layer.isValid() for layer in QgsProject.instance().mapLayersByName(name))
