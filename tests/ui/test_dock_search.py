"""Imagery search in the real dock against the sandbox's scene catalog: filters sent to the server, the results
table and the footprint layer linked both ways, server-side sorting and paging, local filtering without a request,
and the filters kept per QGIS project."""
import json

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QItemSelectionModel, Qt

from mapflow_processing.core.choices import ChoiceKey
from mapflow_processing.integration.project_choices import SCOPE
from mapflow_processing.layers.result_tree import MAPFLOW_GROUP_NAME
from mapflow_processing.ui.scene_table_model import MATCH_ROLE, SceneColumn, local_date_text

from . import dock_fixtures
from .search_fixtures import (SEARCH_PATH, footprint_layer, run_search, signed_in, table_ids, visible_scene_ids,
                              wait_shown)

harness = dock_fixtures.harness


def select_rows(view, rows):
    model, selection = view.model(), view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_search_fills_the_table_and_the_footprints_linked_both_ways(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server)
    widget = search.widget
    filters = widget.filters
    filters.cloudCheck.setChecked(True)
    filters.cloudSpin.setValue(30)
    assert harness.counter.count("POST", SEARCH_PATH) == 0  # filters alone send nothing
    run_search(qtbot, harness)

    model = widget.model
    page = search.page
    assert page.total > 0 and model.rowCount() == len(page.images) == min(page.total, 100)
    assert all(image.cloud_cover is None or image.cloud_cover <= 30 for image in page.images)  # the server filtered
    assert widget.pageLabel.text() == f"1–{model.rowCount()} of {page.total}"
    first = model.image_at(0)
    assert model.index(0, SceneColumn.PROVIDER).data() == first.provider_name
    assert model.index(0, SceneColumn.DATE).data() == local_date_text(first.acquisition_date)
    # newest first, the order the server gave
    dates = [image.acquisition_date for image in page.images]
    assert dates == sorted(dates, reverse=True)

    layer = footprint_layer()
    group = QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent()
    assert group.name() == MAPFLOW_GROUP_NAME
    assert visible_scene_ids(layer) == {image.id for image in page.images}
    # a temporary helper, never offered as an area of interest
    assert layer in harness.dock.aoi.aoiLayerCombo.exceptedLayerList()

    # table -> map
    select_rows(widget.resultsView, [0, 2])
    chosen = {model.image_at(0).id, model.image_at(2).id}
    assert {f["scene_id"] for f in layer.selectedFeatures()} == chosen
    assert widget.zoomButton.isEnabled() and widget.previewButton.isEnabled()

    # map -> table, without echoing back to the map
    emitted = []
    widget.selection_changed.connect(emitted.append)
    target = model.image_at(3).id
    fid = search.footprints.feature_id(target)
    layer.selectByIds([fid])
    assert widget.selected_scenes() == [target]
    assert layer.selectedFeatureIds() == [fid] and emitted == []

    # zoom to the selection: the canvas shows the footprint
    widget.zoomButton.click()
    extent = harness.iface.canvas.extent()
    assert extent.contains(search.footprints.extent_of([target]))


def test_server_sorting_and_paging(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server)
    widget = search.widget
    widget.pageSizeCombo.setCurrentIndex(widget.pageSizeCombo.findData(50))
    run_search(qtbot, harness)
    total = search.page.total
    assert total > 50 and widget.model.rowCount() == 50 and widget.nextButton.isEnabled()
    assert not widget.previousButton.isEnabled()

    requests = harness.counter.count("POST", SEARCH_PATH)
    header = widget.resultsView.horizontalHeader()
    header.setSortIndicator(SceneColumn.CLOUD, Qt.SortOrder.AscendingOrder)  # what a header click does
    qtbot.waitUntil(lambda: harness.counter.count("POST", SEARCH_PATH) == requests + 1, timeout=10000)
    wait_shown(qtbot, harness)
    assert search.query.sort_by.value == "CLOUD_COVER" and search.query.sort_order == "ASC"
    clouds = [image.cloud_cover for image in search.page.images if image.cloud_cover is not None]
    assert clouds == sorted(clouds) and clouds[0] < clouds[-1]

    header.setSortIndicator(SceneColumn.PRODUCT, Qt.SortOrder.AscendingOrder)  # the server cannot sort by it
    assert harness.counter.count("POST", SEARCH_PATH) == requests + 1
    assert header.sortIndicatorSection() == SceneColumn.CLOUD

    first_page = table_ids(widget.model)
    widget.nextButton.click()
    qtbot.waitUntil(lambda: search.page.offset == 50, timeout=10000)
    wait_shown(qtbot, harness)
    assert widget.pageLabel.text() == f"51–{min(100, total)} of {total}" and widget.previousButton.isEnabled()
    assert not set(table_ids(widget.model)) & set(first_page)
    second = [image.cloud_cover for image in search.page.images if image.cloud_cover is not None]
    assert not second or second[0] >= clouds[-1]  # the same order goes on
    widget.previousButton.click()
    qtbot.waitUntil(lambda: search.page.offset == 0, timeout=10000)
    wait_shown(qtbot, harness)
    assert table_ids(widget.model) == first_page


def test_local_filters_grey_sink_and_hide_without_a_request(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server)
    widget, filters = search.widget, search.widget.filters
    filters.cloudCheck.setChecked(True)
    filters.cloudSpin.setValue(50)
    run_search(qtbot, harness)
    requests = harness.counter.count("POST", SEARCH_PATH)
    model, layer = widget.model, footprint_layer()
    select_rows(widget.resultsView, [0])
    selected = model.image_at(0)

    filters.cloudSpin.setValue(10)  # narrower: only local
    assert harness.counter.count("POST", SEARCH_PATH) == requests
    images = search.page.images
    matching = [image.id for image in images if image.cloud_cover is None or image.cloud_cover <= 10]
    assert 0 < len(matching) < len(images)
    rows = [model.index(row, 0).data(MATCH_ROLE) for row in range(model.rowCount())]
    assert rows == [True] * len(matching) + [False] * (len(images) - len(matching))  # sunk to the bottom
    assert table_ids(model)[:len(matching)] == matching  # in the server's order
    assert model.index(len(matching), 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert visible_scene_ids(layer) == set(matching)
    assert widget.selected_scenes() == [selected.id]  # the selection followed its row
    assert not widget.hintLabel.isVisible() and widget.hintLabel.text() == ""

    filters.cloudSpin.setValue(80)  # wider than the server query (50)
    assert harness.counter.count("POST", SEARCH_PATH) == requests
    assert "Search again: the filters are wider than the last search (cloud cover)" in widget.hintLabel.text()
    assert all(model.index(row, 0).data(MATCH_ROLE) for row in range(model.rowCount()))
    assert visible_scene_ids(layer) == {image.id for image in images}

    run_search(qtbot, harness)  # the new query covers the filters: no hint
    assert widget.hintLabel.text() == "" and search.query.filters.max_cloud_cover == 80


def test_filters_are_kept_per_project(qtbot, harness, sandbox_server, tmp_path):
    search = signed_in(qtbot, harness, sandbox_server)
    filters = search.widget.filters
    filters.offNadirCheck.setChecked(True)
    filters.offNadirMaxSpin.setValue(12.5)
    filters.mosaicCheck.setChecked(False)
    project = QgsProject.instance()
    stored = json.loads(project.readEntry(SCOPE, ChoiceKey.SEARCH_FILTERS.value, "")[0])
    assert stored["maxOffNadirAngle"] == 12.5 and stored["productTypes"] == ["IMAGE"]
    path = str(tmp_path / "survey.qgz")
    assert project.write(path)

    filters.offNadirCheck.setChecked(False)
    filters.mosaicCheck.setChecked(True)
    assert filters.filters().max_off_nadir_angle is None
    assert project.read(path)
    wait_shown(qtbot, harness)
    restored = filters.filters()
    assert restored.max_off_nadir_angle == 12.5 and [k.value for k in restored.product_types] == ["IMAGE"]
    assert filters.offNadirCheck.isChecked() and not filters.mosaicCheck.isChecked()
