"""Planned searches in the real dock against a sandbox whose clock the tests move: "Plan search" from the Search
tab (and the offer for an AOI too large to search at once), the list first in the Processings tab, new scenes
arriving with a message, the open view (areas layer, scenes and footprints, seen marks), a processing of found
scenes through the Start tab, its result; pause and resume."""
from __future__ import annotations

import uuid

from qgis.PyQt.QtCore import QItemSelectionModel

from mapflow_processing.api.models import ProcessingStatus
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import SourceKind
from mapflow_processing.core.templates import TemplateState, template_state

from .conftest import wait_until_final
from .dock_fixtures import wait_idle
from .search_fixtures import set_aoi
from .template_fixtures import CITY_BOX, DEMO_BOX, advance, aoi_layers, list_names, signed_in, wait_listed
from . import template_fixtures

harness = template_fixtures.harness
clock_sandbox = template_fixtures.clock_sandbox
template_prompts = template_fixtures.template_prompts  # fixtures (found as module attributes)


def select_rows(view, rows):
    model, selection = view.model(), view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def plan_from_search_tab(qtbot, harness, name):
    harness.controller.search.widget.planSearchButton.click()
    templates = harness.controller.templates
    qtbot.waitUntil(lambda: name in list_names(templates), timeout=20000)
    qtbot.waitUntil(lambda: templates.view.details is not None, timeout=20000)
    return templates


def test_plan_watch_process_and_load_the_result(qtbot, harness, clock_sandbox, template_prompts, tmp_path):
    server = clock_sandbox
    signed_in(qtbot, harness, server)
    set_aoi(qtbot, harness, DEMO_BOX, name="Centre")
    harness.dock.model.select_model_by_name("Buildings")
    name = f"Watch {uuid.uuid4().hex[:6]}"

    def fill(dialog):
        dialog.nameEdit.setText(name)

    template_prompts.fill = fill
    templates = plan_from_search_tab(qtbot, harness, name)
    [plan] = template_prompts.plans
    assert plan.aoi_name == "Centre" and not plan.kept.empty and "Buildings" in plan.kept.model_name
    assert template_prompts.dialogs == [""]

    # first and marked in the Processings tab, opened at once
    dock = harness.dock
    assert dock.tabs.currentWidget() is dock.processingsTab
    assert templates.pages.currentIndex() == 1
    assert not templates.widget.isHidden() and templates.widget.title() == "Planned searches (1)"
    view = templates.view
    qtbot.waitUntil(lambda: template_state(view.template) is TemplateState.READY or view.model.rowCount() > 0,
                    timeout=20000)
    [layer] = aoi_layers()
    assert layer.featureCount() == 1 and layer.labelsEnabled() and layer.readOnly()
    assert [f["name"] for f in layer.getFeatures()] == ["Centre"]
    # the AOI layer is never offered as an area of interest
    assert layer in dock.aoi.aoiLayerCombo.exceptedLayerList()
    archive = view.page.total
    assert archive > 0 and not any(image.is_new for image in view.page.images)

    # new scenes arrive: the light poll sees them and says so
    before_polls = harness.counter.count("GET", f"/processings/template/project/{harness.state.session.project.id}")
    list_path = f"/processings/template/project/{harness.state.session.project.id}"
    for _ in range(10):
        advance(server, scenes=3)
        polled = harness.counter.count("GET", list_path)
        templates.refresh()  # the poll runs on the next event-loop turn: wait for its request, then its answer
        qtbot.waitUntil(lambda: harness.counter.count("GET", list_path) > polled, timeout=20000)
        wait_idle(qtbot, harness)
        found = templates.templates[view.template_id]
        if any(image.is_new and image.provider_name in ("SBX_HR", "SBX_MR") for image in view.page.images):
            break
    found = templates.templates[view.template_id]
    assert found.new_images_count > 0
    qtbot.waitUntil(lambda: harness.bar_has(f"Planned search “{name}” found"), timeout=10000)
    polls = harness.counter.count("GET", f"/processings/template/project/{harness.state.session.project.id}")
    assert polls > before_polls
    # the poll never reads each template: only the open view reads its own
    row = templates.model.rows()[0]
    assert row.has_new and row.cells[2] == str(found.new_images_count)

    # the view followed: the new scenes are bold, footprints on the map
    qtbot.waitUntil(lambda: any(image.is_new for image in view.page.images), timeout=20000)
    new_rows = [r for r in range(view.model.rowCount())
                if view.model.image_at(r).is_new and view.model.image_at(r).provider_name in ("SBX_HR", "SBX_MR")]
    assert new_rows
    scene = view.model.image_at(new_rows[0])
    assert view.footprints.feature_id(scene.id) is not None

    # process it through the Start tab: the template's area cut to the footprint, the kept model
    widget = view.widget
    select_rows(widget.scenesView, [new_rows[0]])
    assert view.footprints.layer.selectedFeatureIds() == [view.footprints.feature_id(scene.id)]
    assert widget.processButton.isEnabled()
    widget.processButton.click()
    qtbot.waitUntil(lambda: dock.tabs.currentWidget() is dock.startTab, timeout=10000)
    assert dock.source.kind() == SourceKind.SEARCH
    draft = harness.controller.draft
    assert draft.source.template_id == view.template_id and draft.aoi.source_name.endswith("area “Centre”")
    assert "Buildings" in dock.model.current_model().name
    start = dock.start
    qtbot.waitUntil(lambda: start.startButton.isEnabled() and start.costLabel.text().endswith("credits"),
                    timeout=30000)
    harness.settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
    processing_name = f"From watch {uuid.uuid4().hex[:6]}"
    start.nameEdit.setText(processing_name)
    start.startButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"Processing “{processing_name}” started."), timeout=20000)
    [summary] = harness.prompts.summaries
    assert name in summary.source

    # the planned search lists it under its area
    client = harness.state.session.client
    [created] = client.template_processings(view.template_id)
    assert created.name == processing_name
    qtbot.waitUntil(lambda: created.id in view.processings, timeout=20000)
    tree = widget.processingsTree
    top = tree.topLevelItem(0)
    assert top.text(0).startswith("Centre") and top.child(0).text(0) == processing_name

    done = wait_until_final(client, [created.id], timeout=180)[created.id]
    assert done.status is ProcessingStatus.OK
    view.refresh_processings()
    qtbot.waitUntil(lambda: tree.topLevelItem(0).childCount() == 1
                    and widget.processingsTree.topLevelItem(0).child(0).text(1).startswith("OK"), timeout=20000)
    tree.topLevelItem(0).child(0).setSelected(True)
    assert widget.loadResultsButton.isEnabled()
    widget.loadResultsButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"The results of “{processing_name}” were added to the map."),
                    timeout=60000)


def test_pause_resume_and_a_search_too_large(qtbot, harness, clock_sandbox, template_prompts):
    server = clock_sandbox
    signed_in(qtbot, harness, server, "--search-area-limit", "50000000")  # 50 km²: the city is too large
    set_aoi(qtbot, harness, CITY_BOX, name="City")
    search = harness.controller.search
    harness.dock.tabs.setCurrentWidget(harness.dock.searchTab)
    search.widget.searchButton.click()
    qtbot.waitUntil(lambda: search.widget.planFrame.isVisibleTo(search.widget), timeout=10000)
    assert search.widget.planButton.isVisibleTo(search.widget)
    assert "planned search can cover" in search.widget.planLabel.text()
    name = f"City {uuid.uuid4().hex[:6]}"
    template_prompts.fill = lambda dialog: dialog.nameEdit.setText(name)
    search.widget.planButton.click()
    templates = harness.controller.templates
    qtbot.waitUntil(lambda: name in list_names(templates), timeout=20000)
    view = templates.view
    qtbot.waitUntil(lambda: view.details is not None, timeout=20000)
    template_id = view.template_id

    # pause from the view: arriving scenes are not found until it is resumed, then they are
    qtbot.waitUntil(lambda: view.widget.pauseButton.isEnabled(), timeout=20000)
    view.widget.pauseButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"Planned search “{name}” paused."), timeout=10000)
    wait_listed(qtbot, templates, lambda by_name: by_name[name].is_paused)
    assert templates.model.rows()[0].cells[1] == "Paused"
    assert view.widget.resumeButton.isEnabled() and not view.widget.pauseButton.isEnabled()
    advance(server, scenes=2)
    wait_listed(qtbot, templates, lambda by_name: by_name[name].is_paused)
    assert templates.templates[template_id].new_images_count == 0
    view.widget.resumeButton.click()
    # the news of what it found may already have replaced the "resumed" line (one message-bar item per search)
    qtbot.waitUntil(lambda: harness.bar_has(f"Planned search “{name}” resumed")
                    or harness.bar_has(f"Planned search “{name}” found"), timeout=20000)
    wait_listed(qtbot, templates, lambda by_name: by_name[name].new_images_count == 2)
    qtbot.waitUntil(lambda: sum(image.is_new for image in view.page.images) == 2, timeout=20000)

    # mark one seen, then all: the list follows
    widget = view.widget
    row = next(r for r in range(view.model.rowCount()) if view.model.image_at(r).is_new)
    select_rows(widget.scenesView, [row])
    widget.markSeenButton.click()
    wait_listed(qtbot, templates, lambda by_name: by_name[name].new_images_count == 1)
    widget.markAllSeenButton.click()
    wait_listed(qtbot, templates, lambda by_name: by_name[name].new_images_count == 0)
    qtbot.waitUntil(lambda: not any(image.is_new for image in view.page.images), timeout=20000)

    # back to the list; the AOI layer goes with the view
    widget.backButton.click()
    assert templates.pages.currentIndex() == 0 and aoi_layers() == []
