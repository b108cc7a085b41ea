"""Faults around planned searches in the real dock: the "Plan a search" dialog refuses a name over 64 characters
and areas over the account's limit (OK disabled, the reason shown, nothing sent); a planned search that ended
cannot be resumed until its end date moves; one deleted elsewhere while open closes its view with a message; the
cap of active planned searches; a list refresh that fails says so and retries."""
from __future__ import annotations

import uuid

from mapflow_processing.api.models import NewTemplate, NewTemplateAoi
from mapflow_processing.core.templates import TemplateState, latest_end_day, template_state

from .conftest import inject_faults, make_client
from .dock_fixtures import wait_idle
from .search_fixtures import set_aoi
from .template_fixtures import CITY_BOX, DEMO_BOX, advance, list_names, signed_in, wait_listed
from . import template_fixtures

harness = template_fixtures.harness
clock_sandbox = template_fixtures.clock_sandbox
template_prompts = template_fixtures.template_prompts  # fixtures (found as module attributes)

CENTRE = {"type": "Polygon", "coordinates": [[[37.59, 55.734], [37.61, 55.734], [37.61, 55.746], [37.59, 55.746],
                                              [37.59, 55.734]]]}


def test_the_plan_dialog_refuses_bad_input(qtbot, harness, clock_sandbox, template_prompts):
    signed_in(qtbot, harness, clock_sandbox, "--template-area-limit", "100000000")  # 100 km²
    set_aoi(qtbot, harness, CITY_BOX, name="City")
    seen = {}

    def fill(dialog):
        dialog.nameEdit.setText("n" * 65)
        seen["long"] = (dialog.problem(), dialog.nameCountLabel.text())
        dialog.nameEdit.setText("City watch")
        seen["area"] = dialog.problem()
        seen["ok"] = dialog.buttonBox.buttons()[0].isEnabled()

    template_prompts.fill = fill
    harness.controller.search.widget.planSearchButton.click()
    assert seen["long"] == ("The name of the planned search is 65 characters long; at most 64 are allowed.",
                            "65/64")
    assert seen["area"].startswith("The area of interest is larger than your planned-search limit of 100 sq.km.")
    assert template_prompts.dialogs[-1] == seen["area"]
    wait_idle(qtbot, harness)
    assert harness.counter.count("POST", "/processings/template") == 0
    assert harness.controller.templates.model.rowCount() == 0


def test_an_ended_planned_search_resumes_only_after_its_end_date_moves(qtbot, harness, clock_sandbox,
                                                                       template_prompts):
    signed_in(qtbot, harness, clock_sandbox)
    set_aoi(qtbot, harness, DEMO_BOX, name="Centre")
    name = f"Short {uuid.uuid4().hex[:6]}"

    def fill(dialog):
        dialog.nameEdit.setText(name)
        dialog.untilEdit.setDate(dialog.untilEdit.minimumDate())  # ends tonight

    template_prompts.fill = fill
    harness.controller.search.widget.planSearchButton.click()
    templates = harness.controller.templates
    view = templates.view
    qtbot.waitUntil(lambda: view.details is not None, timeout=20000)
    advance(clock_sandbox, days=2)  # the sandbox clock passes its end date
    wait_listed(qtbot, templates, lambda by_name: by_name[name].is_archived)
    assert template_state(templates.templates[view.template_id]) is TemplateState.EXPIRED
    widget = view.widget
    qtbot.waitUntil(lambda: widget.stateLabel.text().startswith("Ended"), timeout=10000)
    assert not widget.resumeButton.isEnabled() and "move its end date later" in widget.resumeButton.toolTip()
    assert templates.model.rows()[0].cells[1] == "Ended"

    template_prompts.end_day = latest_end_day()
    widget.extendButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"Planned search “{name}” now looks for new scenes until"), timeout=10000)
    wait_listed(qtbot, templates, lambda by_name: not by_name[name].is_archived)
    assert templates.templates[view.template_id].active_until.astimezone().date() == latest_end_day()


def test_a_planned_search_deleted_elsewhere_closes_its_view(qtbot, harness, clock_sandbox, template_prompts):
    token = signed_in(qtbot, harness, clock_sandbox)
    set_aoi(qtbot, harness, DEMO_BOX, name="Centre")
    name = f"Doomed {uuid.uuid4().hex[:6]}"
    template_prompts.fill = lambda dialog: dialog.nameEdit.setText(name)
    harness.controller.search.widget.planSearchButton.click()
    templates = harness.controller.templates
    view = templates.view
    qtbot.waitUntil(lambda: view.details is not None, timeout=20000)
    wait_idle(qtbot, harness)
    other = make_client(clock_sandbox, token)
    other.delete_template(view.template_id)

    view.widget.markAllSeenButton.click()  # the server answers 404: the view closes with a message
    qtbot.waitUntil(lambda: view.template is None, timeout=20000)
    assert templates.pages.currentIndex() == 0
    assert harness.bar_has(f"The planned search “{name}” no longer exists")
    qtbot.waitUntil(lambda: name not in list_names(templates), timeout=20000)


def test_the_cap_of_active_planned_searches_and_a_failing_refresh(qtbot, harness, clock_sandbox, template_prompts):
    token = signed_in(qtbot, harness, clock_sandbox, "--max-active-templates", "1")
    client = make_client(clock_sandbox, token)
    project_id = harness.state.session.project.id
    first = client.create_template(NewTemplate("First", project_id, [NewTemplateAoi(CENTRE, "a")])).template
    set_aoi(qtbot, harness, DEMO_BOX, name="Centre")
    template_prompts.fill = lambda dialog: dialog.nameEdit.setText("Second")
    harness.controller.search.widget.planSearchButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Planned search “Second” created, but it does not search"),
                    timeout=20000)
    templates = harness.controller.templates
    wait_listed(qtbot, templates, lambda by_name: {"First", "Second"} <= set(by_name))
    second = next(t for t in templates.templates.values() if t.name == "Second")
    assert template_state(second) is TemplateState.WAITING

    view = templates.view
    qtbot.waitUntil(lambda: view.template_id == second.id and view.widget.resumeButton.isEnabled(), timeout=20000)
    view.widget.resumeButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("You have reached the maximum number of active templates"),
                    timeout=10000)
    client.pause_template(first.id)
    view.widget.resumeButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("Planned search “Second” resumed"), timeout=10000)

    # a refresh that fails is said in the box and retried; the list stays as it was
    inject_faults(clock_sandbox, [{"path": f"/processings/template/project/{project_id}$", "method": "GET",
                                   "status": 400, "times": 1}])
    try:
        view.widget.backButton.click()
        templates.refresh()
        qtbot.waitUntil(lambda: "Could not refresh the planned searches" in templates.widget.statusLabel.text(),
                        timeout=20000)
        assert set(list_names(templates)) == {"First", "Second"}
    finally:
        inject_faults(clock_sandbox, [])
    templates.refresh()
    qtbot.waitUntil(lambda: templates.widget.statusLabel.text() == "", timeout=20000)
