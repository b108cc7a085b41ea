"""The imagery search's widgets on PyQt6: the scene table model (greyed, sunk rows that keep their selection;
server sort keys per column), the filters form (the SearchFilters it emits and shows), and the Search tab's
intents (search, sort by header, paging, selection both ways, actions, the planned-search offer)."""
from datetime import date, datetime, timezone

from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from qgis.PyQt.QtTest import QTest

from mapflow_processing.api.models import CatalogImage, CatalogSortBy, ProductType, SearchFilters
from mapflow_processing.core.choices import SourceKind

FOOTPRINT = {"type": "Polygon", "coordinates": [[[37.5, 55.8], [37.7, 55.81], [37.71, 55.7], [37.51, 55.69],
                                                 [37.5, 55.8]]]}


def scene(id, cloud=10.0, provider="SBX_HR", product="Image", is_new=False):
    return CatalogImage(id=id, footprint=FOOTPRINT, pixel_resolution=0.5, product_type=product,
                        provider_name=provider, acquisition_date=datetime(2025, 6, 1, 9, tzinfo=timezone.utc),
                        sensor="SBX2A", cloud_cover=cloud, off_nadir_angle=-7.26, zoom=18,
                        aoi_intersection_percent=87.4, is_new=is_new)


def test_scene_model_sinks_and_greys_rows_and_keeps_their_selection(qapp):
    from qgis.PyQt.QtWidgets import QTableView

    from mapflow_processing.ui.scene_table_model import (ID_ROLE, MATCH_ROLE, SceneColumn, SceneTableModel,
                                                         column_of, sort_key)

    view = QTableView()
    model = SceneTableModel(view)
    view.setModel(model)
    model.set_images([scene("a", 5), scene("b", 50), scene("c", None, product="Mosaic", is_new=True),
                      scene("d", 20)])
    assert model.rowCount() == 4 and model.columnCount() == len(SceneColumn)
    assert model.index(1, SceneColumn.CLOUD).data() == "50.0"
    assert model.index(0, SceneColumn.OFF_NADIR).data() == "7.3"
    assert model.index(2, SceneColumn.CLOUD).data() == "—" and model.index(2, SceneColumn.PRODUCT).data() == "Mosaic"
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()  # new in a planned search
    assert "Off-nadir angle -7.26°" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(SceneColumn.DATE, Qt.Orientation.Horizontal) == "Date"
    view.selectionModel().select(model.index(3, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    layouts = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    assert model.set_matches([True, False, True, True])
    assert layouts == [1]
    assert [model.index(r, 0).data(ID_ROLE) for r in range(4)] == ["a", "c", "d", "b"]
    assert [model.index(r, 0).data(MATCH_ROLE) for r in range(4)] == [True, True, True, False]
    assert model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Does not match the current filters." in model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    selected = [i.row() for i in view.selectionModel().selectedRows()]
    assert [model.index(r, 0).data(ID_ROLE) for r in selected] == ["d"]  # the selection followed its row
    assert not model.set_matches([True, False, True, True])  # nothing changed: no layout change
    assert model.row_of("b") == 3 and model.image_at(3).id == "b" and model.match_count() == 3
    assert [i.id for i in model.images()] == ["a", "b", "c", "d"]

    assert sort_key(SceneColumn.CLOUD) is CatalogSortBy.CLOUD_COVER and sort_key(SceneColumn.PRODUCT) is None
    assert column_of(CatalogSortBy.SAT_ID) == SceneColumn.SENSOR
    model.clear()
    assert model.rowCount() == 0


def test_filters_widget_emits_and_shows_search_filters(widgets, record):
    from mapflow_processing.ui.search_filters_widget import SearchFiltersWidget

    widget = SearchFiltersWidget()
    widgets.append(widget)
    widget.set_providers([("SBX_HR", "HR 0.5 m"), ("SBX_MR", "MR 0.75 m")])
    emitted = record(widget.filters_changed)
    assert widget.filters() == SearchFilters()  # nothing checked: no filter
    widget.cloudCheck.setChecked(True)
    widget.cloudSpin.setValue(15)
    assert emitted.last == SearchFilters(max_cloud_cover=15.0)
    widget.offNadirCheck.setChecked(True)
    widget.offNadirMinSpin.setValue(30)  # past the maximum (25): the maximum follows
    assert emitted.last.min_off_nadir_angle == 30 and emitted.last.max_off_nadir_angle == 30
    widget.mosaicCheck.setChecked(False)
    assert list(emitted.last.product_types) == [ProductType.IMAGE]
    widget.imageCheck.setChecked(False)
    assert widget.problem() == "Choose images, mosaics or both." and widget.problemLabel.text()
    widget.imageCheck.setChecked(True)
    [(_hr, _hr_box), (mr, mr_box)] = widget.provider_boxes()
    assert mr == "SBX_MR" and len(widget.providersButton.menu().actions()) == 2
    mr_box.setChecked(False)
    assert list(emitted.last.data_providers) == ["SBX_HR"] and widget.providersButton.text() == "1 of 2 providers"
    widget.datesCheck.setChecked(True)
    start = emitted.last.acquisition_date_from
    assert start.astimezone().hour == 0 and emitted.last.acquisition_date_to.astimezone().hour == 23
    assert emitted.last.acquisition_date_to.astimezone().date() == date.today()

    shown = SearchFilters(acquisition_date_from=datetime(2024, 3, 1, 12, tzinfo=timezone.utc),
                          acquisition_date_to=datetime(2024, 9, 30, 12, tzinfo=timezone.utc), max_cloud_cover=40,
                          min_resolution=0.3, max_resolution=0.8, min_aoi_intersection_percent=60,
                          data_providers=("SBX_MR",), product_types=(ProductType.MOSAIC,))
    count = len(emitted.calls)
    widget.set_filters(shown)
    assert len(emitted.calls) == count + 1
    back = widget.filters()
    assert back.max_cloud_cover == 40 and back.min_resolution == 0.3 and back.max_resolution == 0.8
    assert back.min_aoi_intersection_percent == 60 and list(back.data_providers) == ["SBX_MR"]
    assert list(back.product_types) == [ProductType.MOSAIC] and back.min_off_nadir_angle is None
    assert back.acquisition_date_from.astimezone().date() == date(2024, 3, 1)
    assert back.acquisition_date_to.astimezone().date() == date(2024, 9, 30)
    assert widget.resolutionMinSpin.isEnabled() and not widget.offNadirMinSpin.isEnabled()


def test_search_widget_turns_clicks_into_intents(widgets, record):
    from mapflow_processing.ui.scene_table_model import SceneColumn
    from mapflow_processing.ui.search_widget import SearchWidget

    widget = SearchWidget()
    widgets.append(widget)
    searches = record(widget.search_requested)
    QTest.mouseClick(widget.searchButton, Qt.MouseButton.LeftButton)
    assert len(searches.calls) == 1
    widget.set_busy(True)
    assert not widget.searchButton.isEnabled() and not widget.cancelButton.isHidden()
    cancels = record(widget.cancel_requested)
    QTest.mouseClick(widget.cancelButton, Qt.MouseButton.LeftButton)
    assert len(cancels.calls) == 1
    widget.set_busy(False)

    widget.model.set_images([scene("a"), scene("b"), scene("c")])
    user = record(widget.selection_changed)
    widget.resultsView.selectRow(1)
    assert user.last == ["b"] and widget.zoomButton.isEnabled() and widget.previewButton.isEnabled()
    widget.select_scenes(["a", "c"])  # from the map: no echo
    assert widget.selected_scenes() == ["a", "c"] and len(user.calls) == 1
    widget.set_selection_text("2 selected.", True)
    uses, zooms, previews = (record(widget.use_requested), record(widget.zoom_requested),
                             record(widget.preview_requested))
    for button in (widget.useButton, widget.zoomButton, widget.previewButton):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert uses.last == zooms.last == previews.last == ["a", "c"]

    sorts = record(widget.sort_requested)
    header = widget.resultsView.horizontalHeader()
    header.setSortIndicator(SceneColumn.CLOUD, Qt.SortOrder.AscendingOrder)
    assert sorts.last == (SceneColumn.CLOUD, "ASC") and widget.sort() == (SceneColumn.CLOUD, "ASC")
    header.setSortIndicator(SceneColumn.PRODUCT, Qt.SortOrder.AscendingOrder)  # not sortable on the server
    assert len(sorts.calls) == 1 and header.sortIndicatorSection() == SceneColumn.CLOUD

    pages = record(widget.page_requested)
    widget.set_page("41–80 of 137", True, True)
    QTest.mouseClick(widget.nextButton, Qt.MouseButton.LeftButton)
    QTest.mouseClick(widget.previousButton, Qt.MouseButton.LeftButton)
    assert pages.calls == [1, -1] and widget.pageLabel.text() == "41–80 of 137"
    sizes = record(widget.page_size_changed)
    widget.pageSizeCombo.setCurrentIndex(widget.pageSizeCombo.findData(1000))
    assert sizes.last == 1000 and widget.page_size() == 1000

    widget.set_hint("Search again: the filters are wider than the last search (cloud cover).")
    assert not widget.hintLabel.isHidden()
    plans = record(widget.plan_requested)
    widget.set_plan_offer("Too large. Plan one.", True)
    QTest.mouseClick(widget.planButton, Qt.MouseButton.LeftButton)
    assert len(plans.calls) == 1
    widget.set_plan_offer("", False)
    assert widget.planFrame.isHidden()


def test_source_widget_shows_the_chosen_scenes(widgets, record):
    from mapflow_processing.ui.source_widget import SourceWidget

    widget = SourceWidget()
    widgets.append(widget)
    choices = record(widget.choice_changed)
    widget.set_kind(SourceKind.SEARCH)
    assert choices.last.kind == SourceKind.SEARCH
    opens = record(widget.search_requested)
    QTest.mouseClick(widget.openSearchButton, Qt.MouseButton.LeftButton)
    assert len(opens.calls) == 1
    widget.set_search_summary("Scenes: 2 scenes of SBX_HR", "The area of interest is cut…")
    assert widget.searchSummaryLabel.text() == "Scenes: 2 scenes of SBX_HR" and not widget.searchCropLabel.isHidden()


def test_aoi_widget_leaves_out_the_search_helper_layers(widgets):
    from mapflow_processing.ui.aoi_widget import AoiWidget

    widget = AoiWidget()
    widgets.append(widget)
    footprints = object()  # a layer, as far as the combo box is concerned
    widget.set_excluded_layers([footprints])
    assert widget.aoiLayerCombo.exceptedLayerList() == [footprints]
