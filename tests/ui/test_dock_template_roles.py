"""Roles in a shared project, in the real dock: a contributor changes only the planned searches it created (the
others' show why not) and may process what any of them found; a read-only member sees them all and changes none;
a contributor's edit of someone else's planned search is refused by the server too."""
from __future__ import annotations

import uuid

import pytest

from mapflow_processing.api import ForbiddenError
from mapflow_processing.api.models import NewTemplate, NewTemplateAoi, TemplateUpdate

from .conftest import make_client
from .dock_fixtures import sign_in
from .template_fixtures import list_names
from . import template_fixtures

harness = template_fixtures.harness
clock_sandbox = template_fixtures.clock_sandbox
template_prompts = template_fixtures.template_prompts  # fixtures (found as module attributes)

CENTRE = {"type": "Polygon", "coordinates": [[[37.59, 55.734], [37.61, 55.734], [37.61, 55.746], [37.59, 55.746],
                                              [37.59, 55.734]]]}


@pytest.fixture()
def shared(clock_sandbox):
    """An owner's project shared with a contributor and a reader; one planned search of the owner's and one of
    the contributor's."""
    server = clock_sandbox
    owner_email = f"owner-{uuid.uuid4().hex[:6]}@sandbox.mapflow.local"
    owner = make_client(server, server.cli("add-user", owner_email, "--credits", "5000").strip().splitlines()[-1])
    people = {}
    team = f"team-{uuid.uuid4().hex[:6]}"
    server.cli("add-team", team, owner_email)
    for role in ("contributor", "readonly"):
        email = f"{role}-{uuid.uuid4().hex[:6]}@sandbox.mapflow.local"
        token = server.cli("add-user", email, "--credits", "5000").strip().splitlines()[-1]
        server.cli("add-team-member", team, email)
        people[role] = (email, token)
    project = owner.create_project(f"Shared {uuid.uuid4().hex[:6]}")
    for role, (email, _token) in people.items():
        owner.share_project(project.id, email, role)
    owners = owner.create_template(NewTemplate("Owner's watch", project.id, [NewTemplateAoi(CENTRE, "a")])).template
    contributor = make_client(server, people["contributor"][1])
    own = contributor.create_template(NewTemplate("My watch", project.id, [NewTemplateAoi(CENTRE, "b")])).template
    return project, people, owners, own, contributor


def choose_project(qtbot, harness, project_id):
    combo = harness.dock.project.projectCombo
    qtbot.waitUntil(lambda: combo.findData(project_id) >= 0, timeout=20000)
    combo.setCurrentIndex(combo.findData(project_id))
    qtbot.waitUntil(lambda: harness.state.session.project.id == project_id, timeout=20000)


def select(qtbot, templates, template_id):
    templates.widget.select_id(template_id)
    qtbot.waitUntil(lambda: templates.widget.selected_id() == template_id, timeout=5000)


def test_a_contributor_changes_only_its_own(qtbot, harness, clock_sandbox, shared):
    project, people, owners, own, contributor = shared
    sign_in(qtbot, harness, clock_sandbox, people["contributor"][1])
    choose_project(qtbot, harness, project.id)
    assert harness.state.session.role == "contributor"
    templates = harness.controller.templates
    qtbot.waitUntil(lambda: set(list_names(templates)) == {"Owner's watch", "My watch"}, timeout=20000)
    widget = templates.widget

    select(qtbot, templates, owners.id)
    for button in (widget.pauseButton, widget.renameButton, widget.deleteButton):
        assert not button.isEnabled()
        assert button.toolTip() == ("Your role in this project is contributor: you can change only the planned "
                                    "searches you created.")
    assert widget.openButton.isEnabled()
    widget.openButton.click()
    view = templates.view
    qtbot.waitUntil(lambda: view.details is not None and view.template_id == owners.id, timeout=20000)
    assert not view.widget.addAoiButton.isEnabled() and not view.widget.markAllSeenButton.isEnabled()
    assert not view.editor.can_edit
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20000)
    view.widget.scenesView.selectRow(0)
    assert view.widget.processButton.isEnabled()  # a contributor may process what any planned search found
    view.widget.backButton.click()

    select(qtbot, templates, own.id)
    assert widget.pauseButton.isEnabled() and widget.renameButton.isEnabled() and widget.deleteButton.isEnabled()

    # the server refuses what the dock does not offer
    with pytest.raises(ForbiddenError):
        contributor.update_template(owners.id, TemplateUpdate(name="Mine now"))


def test_a_reader_sees_them_and_changes_none(qtbot, harness, clock_sandbox, shared):
    project, people, owners, own, _contributor = shared
    sign_in(qtbot, harness, clock_sandbox, people["readonly"][1])
    choose_project(qtbot, harness, project.id)
    templates = harness.controller.templates
    qtbot.waitUntil(lambda: set(list_names(templates)) == {"Owner's watch", "My watch"}, timeout=20000)
    select(qtbot, templates, own.id)
    widget = templates.widget
    assert widget.openButton.isEnabled()
    assert not any(b.isEnabled() for b in (widget.pauseButton, widget.resumeButton, widget.restartButton,
                                           widget.renameButton, widget.deleteButton))
    assert "readonly" in widget.deleteButton.toolTip()
    widget.openButton.click()
    view = templates.view
    qtbot.waitUntil(lambda: view.details is not None, timeout=20000)
    assert not view.widget.addAoiButton.isEnabled()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20000)
    view.widget.scenesView.selectRow(0)
    assert view.widget.zoomButton.isEnabled() and not view.widget.processButton.isEnabled()
    assert not view.widget.markSeenButton.isEnabled()

    # planning a search is refused with the reason
    templates.plan(object())
    assert harness.bar_has("Your role in this project is readonly; this needs the contributor role or higher.")
