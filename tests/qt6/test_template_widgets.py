"""The planned-search widgets on PyQt6: the list's model (marked rows, in-place updates) and widget (intents, action
states, hidden when empty), the open view (header, actions, scenes, areas, processings per area, intents), and the
"Plan a search" and end-date dialogs (checks as one types, the choice they give)."""
from datetime import date, datetime, timedelta, timezone

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox

from mapflow_processing.api.models import (CatalogImage, ProcessingStatus, SearchFilters, TemplateShort,
                                           TemplateStatus)
from mapflow_processing.core.processing_view import ActionState
from mapflow_processing.core.templates import (AoiGroup, KeptParams, ProcessingEntry, TemplateAction,
                                               TemplateColumn, build_template_rows)

NOW = datetime.now(timezone.utc)
FOOTPRINT = {"type": "Polygon", "coordinates": [[[37.5, 55.8], [37.7, 55.81], [37.71, 55.7], [37.51, 55.69],
                                                 [37.5, 55.8]]]}


def template(tid, new=0, **changes):
    values = dict(id=tid, name=f"Watch {tid}", status=TemplateStatus.READY, status_text="READY",
                  active_until=NOW + timedelta(days=30), new_images_count=new, images_count=5, aoi_count=1)
    values.update(changes)
    return TemplateShort(**values)


def scene(sid, is_new=False):
    return CatalogImage(id=sid, footprint=FOOTPRINT, pixel_resolution=0.5, product_type="Image",
                        provider_name="SBX_HR", acquisition_date=datetime(2025, 6, 1, 9, tzinfo=timezone.utc),
                        cloud_cover=3.0, zoom=18, is_new=is_new, aoi_ids=("a1",))


def test_templates_model_marks_rows_and_updates_in_place(qapp):
    from mapflow_processing.ui.templates_model import ID_ROLE, ROW_TINT, TemplatesModel

    model = TemplatesModel()
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), b.row())))
    model.apply(build_template_rows([template("a", new=2), template("b", status=TemplateStatus.FAILED)]))
    assert resets == [1] and model.rowCount() == 2 and model.columnCount() == len(TemplateColumn)
    assert model.index(0, TemplateColumn.NAME).data() == "Watch a" and model.index(0, TemplateColumn.NEW).data() == "2"
    assert model.index(0, TemplateColumn.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, TemplateColumn.NAME).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # the planned-search icon
    assert model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole).color() == ROW_TINT
    assert model.index(1, TemplateColumn.STATE).data() == "Failed"
    assert model.index(1, TemplateColumn.STATE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(ID_ROLE) == "b" and "Watch b" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(TemplateColumn.NEW, Qt.Orientation.Horizontal) == "New scenes"

    model.apply(build_template_rows([template("a", new=3), template("b", status=TemplateStatus.FAILED)]))
    assert resets == [1] and changes == [(0, 0)]  # the same rows: only the changed one is signalled
    model.apply(build_template_rows([template("b")]))
    assert resets == [1, 1] and model.position_of("b") == 0 and model.position_of("a") == -1
    model.clear()
    assert model.rowCount() == 0


def test_templates_list_widget_emits_intents_and_hides_when_empty(widgets, record):
    from mapflow_processing.ui.templates_list_widget import TemplatesListWidget

    widget = TemplatesListWidget()
    widgets.append(widget)
    assert widget.isHidden()  # no planned searches: the box does not take room from the processings
    widget.model.apply(build_template_rows([template("a"), template("b")]))
    widget.show_count(2)
    assert not widget.isHidden() and widget.title() == "Planned searches (2)"
    assert not widget.openButton.isEnabled()
    actions = record(widget.action_requested)
    selection = record(widget.selection_changed)
    widget.select_id("b")
    assert widget.selected_id() == "b" and selection.calls
    widget.set_action_states({TemplateAction.OPEN: ActionState(True), TemplateAction.PAUSE: ActionState(True),
                              TemplateAction.RESUME: ActionState(False, "It is not paused."),
                              TemplateAction.DELETE: ActionState(True)})
    assert widget.openButton.isEnabled() and not widget.resumeButton.isEnabled()
    assert widget.resumeButton.toolTip() == "It is not paused."
    widget.openButton.click()
    widget.pauseButton.click()
    assert actions.calls == [TemplateAction.OPEN, TemplateAction.PAUSE]
    widget.set_action_states({TemplateAction.RESUME: ActionState(True)})
    assert widget.resumeButton.toolTip() == "Look for new scenes again, including those published while paused"
    widget.set_status("Could not refresh", is_error=True)
    assert widget.statusLabel.text() == "Could not refresh" and "b00020" in widget.statusLabel.styleSheet()
    widget.select_id(None)
    assert widget.selected_id() is None


def test_template_view_shows_and_emits(widgets, record):
    from mapflow_processing.ui.template_view import ADD_BY_DRAWING, ALL_AOIS, TemplateView

    view = TemplateView()
    widgets.append(view)
    view.set_header("Watch a", "Watching: keeps looking", "Until 2025-12-01")
    assert view.titleLabel.text() == "Watch a" and view.infoLabel.text() == "Until 2025-12-01"
    states = {action: ActionState(True) for action in TemplateAction}
    states[TemplateAction.RESUME] = ActionState(False, "It is not paused.")
    view.set_action_states(states)
    assert view.pauseButton.isEnabled() and not view.resumeButton.isEnabled() and view.addAoiButton.isEnabled()
    actions = record(view.action_requested)
    view.pauseButton.click()
    view.deleteButton.click()
    assert actions.calls == [TemplateAction.PAUSE, TemplateAction.DELETE]

    # scenes
    filter_changes = record(view.aoi_filter_changed)
    view.set_aoi_choices([("a1", "Centre"), ("a2", "South")])
    assert view.aoiFilterCombo.count() == 3 and view.aoi_filter() == ALL_AOIS and not filter_changes.calls
    view.aoiFilterCombo.setCurrentIndex(2)
    assert filter_changes.last == "a2"
    view.model.set_images([scene("s1", is_new=True), scene("s2")])
    picked = record(view.scene_selection_changed)
    view.scenesView.selectRow(1)
    assert picked.last == ["s2"] and view.zoomButton.isEnabled() and view.markSeenButton.isEnabled()
    view.set_selection_text("1 selected.", True)
    assert view.processButton.isEnabled()
    processed = record(view.process_requested)
    view.processButton.click()
    assert processed.last == ["s2"]
    view.select_scenes(["s1"])  # from the map: no echo
    assert picked.calls == [["s2"]] and view.selected_scenes() == ["s1"]
    view.set_page("1–2 of 2", False, False)
    assert view.pageLabel.text() == "1–2 of 2" and not view.nextButton.isEnabled()
    sorts = record(view.sort_requested)
    view.scenesView.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # cloud cover
    assert sorts.last == (2, "ASC") and view.sort() == (2, "ASC")
    view.scenesView.horizontalHeader().setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # product: no server sort
    assert view.sort() == (2, "ASC") and len(sorts.calls) == 1

    # areas
    view.set_aois([("a1", "Centre", 0.6, True, 1), ("a2", "South", 1.25, False, 0)])
    assert view.aoisTable.rowCount() == 2 and view.aoisTable.item(0, 2).text() == "yes"
    chosen = record(view.aoi_selection_changed)
    view.aoisTable.selectRow(1)
    assert chosen.last == ["a2"] and view.renameAoiButton.isEnabled() and view.redrawAoiButton.isEnabled()
    renames, redraws, deletions = (record(view.rename_aoi_requested), record(view.redraw_aoi_requested),
                                   record(view.delete_aois_requested))
    view.renameAoiButton.click()
    view.redrawAoiButton.click()
    view.deleteAoiButton.click()
    assert (renames.last, redraws.last, deletions.last) == ("a2", "a2", ["a2"])
    added = record(view.add_aoi_requested)
    view.addAoiButton.menu().actions()[0].trigger()
    assert added.last == ADD_BY_DRAWING
    view.select_aois(["a1"])
    assert view.selected_aois() == ["a1"] and len(chosen.calls) == 1

    # processings per area
    groups = [AoiGroup("a1", "Centre", (ProcessingEntry("p1", "First", ProcessingStatus.OK, 600_000),
                                        ProcessingEntry("p2", "Second", ProcessingStatus.IN_PROGRESS))),
              AoiGroup("a2", "South", ())]
    view.set_groups(groups, {"p1": "OK", "p2": "In progress"})
    tree = view.processingsTree
    assert tree.topLevelItemCount() == 2 and tree.topLevelItem(0).text(0) == "Centre (2)"
    assert tree.topLevelItem(0).child(0).text(1) == "OK" and tree.topLevelItem(0).child(0).text(2) == "0.600"
    tree.topLevelItem(0).child(0).setSelected(True)
    tree.topLevelItem(0).child(1).setSelected(True)
    loads = record(view.load_results_requested)
    assert view.loadResultsButton.isEnabled()
    view.loadResultsButton.click()
    assert loads.last == ["p1"]  # only the finished one


def test_plan_dialog_checks_as_one_types(widgets):
    from mapflow_processing.ui.template_dialogs import PlanInput, PlanSearchDialog

    plan = PlanInput(name="Centre", aoi_name="Centre", part_areas_km2=(30.0, 40.0),
                     filters=SearchFilters(max_cloud_cover=20, acquisition_date_from=NOW - timedelta(days=30),
                                           acquisition_date_to=NOW),
                     providers=(("SBX_HR", "HR"),), template_area_limit_m2=50e6,
                     kept=KeptParams("wd", "🏠 Buildings", (), (), 18))
    dialog = PlanSearchDialog(plan)
    widgets.append(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.problem().startswith("The area of interest is larger than your planned-search limit of 50 sq.km.")
    assert not ok.isEnabled() and dialog.problemLabel.text() == dialog.problem()
    dialog.splitCheck.setChecked(True)  # two areas of 30 and 40 km²: still 70 km² together
    assert not ok.isEnabled()
    dialog = PlanSearchDialog(PlanInput("Centre", "Centre", (3.0,), plan.filters, plan.providers, None, plan.kept))
    widgets.append(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.keepParamsCheck.isChecked() and "🏠 Buildings" in dialog.keepParamsCheck.text()
    dialog.nameEdit.setText("n" * 65)
    assert not ok.isEnabled() and dialog.nameCountLabel.text() == "65/64"
    dialog.nameEdit.setText("City watch")
    assert ok.isEnabled()
    choice = dialog.choice()
    assert choice.name == "City watch" and choice.filters.max_cloud_cover == 20
    assert choice.filters.acquisition_date_to is None and choice.filters.acquisition_date_from is not None
    assert choice.keep_params and not choice.split_parts
    assert choice.active_until.date() >= date.today() + timedelta(days=178)


def test_one_area_per_part_holds_after_the_dialog_closed(widgets):
    """choice() is read after exec() returned, when the dialog (and so every child) is no longer visible."""
    from mapflow_processing.ui.template_dialogs import PlanInput, PlanSearchDialog

    plan = PlanInput(name="Centre", aoi_name="Centre", part_areas_km2=(3.0, 4.0),
                     filters=SearchFilters(max_cloud_cover=20), providers=(("SBX_HR", "HR"),),
                     template_area_limit_m2=50e6, kept=KeptParams("wd", "🏠 Buildings", (), (), 18))
    dialog = PlanSearchDialog(plan)
    widgets.append(dialog)
    dialog.show()
    dialog.splitCheck.setChecked(True)
    dialog.accept()  # what pressing OK does: the dialog hides before its choice is read
    assert not dialog.isVisible() and dialog.choice().split_parts


def test_end_date_dialog_keeps_to_six_months(widgets):
    from mapflow_processing.ui.template_dialogs import EndDateDialog

    latest = date.today() + timedelta(days=180)
    dialog = EndDateDialog(date.today() + timedelta(days=400), latest)
    widgets.append(dialog)
    assert dialog.day() == latest
    dialog.edit.setDate(dialog.edit.minimumDate())
    assert dialog.day() == date.today()
