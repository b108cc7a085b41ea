"""The project row of the real dock: create, rename, share, delete (checked on the server), the protected default
project, the remembered choice, and a read-only member's disabled buttons and Start."""
import uuid

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.core import settings as catalogue
from mapflow_processing.ui.dialogs_start import ShareChoice

from .dock_fixtures import sign_in
from . import dock_fixtures

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness

def new_user(server):
    email = f"projects-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    return email, server.cli("add-user", email).strip().splitlines()[-1]


def current_project(harness):
    return harness.state.session.project


def test_create_rename_share_delete(qtbot, harness, sandbox_server):
    email, token = new_user(sandbox_server)
    colleague, _ = new_user(sandbox_server)
    client = MapflowClient(sandbox_server.base_url, token)
    sign_in(qtbot, harness, sandbox_server, token)
    row = harness.dock.project

    harness.prompts.names = ["Survey 2024"]
    row.newProjectButton.click()
    qtbot.waitUntil(lambda: current_project(harness).name == "Survey 2024", timeout=15000)
    created = current_project(harness)
    assert row.projectCombo.currentText() == "Survey 2024"
    assert harness.settings.get(catalogue.LAST_PROJECT_ID) == created.id
    assert row.renameProjectButton.isEnabled() and row.deleteProjectButton.isEnabled()

    harness.prompts.names = ["Survey renamed"]
    row.renameProjectButton.click()
    qtbot.waitUntil(lambda: current_project(harness).name == "Survey renamed", timeout=15000)
    assert client.get_project(created.id).name == "Survey renamed"

    harness.prompts.share_with = ShareChoice(colleague, "readonly")
    row.shareProjectButton.click()
    qtbot.waitUntil(lambda: harness.bar_has(f"shared with {colleague} as readonly"), timeout=15000)
    assert harness.prompts.share_roles == [("readonly", "contributor", "maintainer", "owner")]
    shared = client.get_project(created.id).share_project
    assert [(m.email, m.role.value) for m in shared.users] == [(colleague, "readonly")]

    row.deleteProjectButton.click()
    qtbot.waitUntil(lambda: current_project(harness).is_default, timeout=15000)
    assert [p.name for p in client.list_projects()] == ["Default"]
    assert row.projectCombo.count() == 1


def test_default_project_cannot_be_renamed_or_deleted(qtbot, harness, sandbox_server):
    _email, token = new_user(sandbox_server)
    sign_in(qtbot, harness, sandbox_server, token)
    row = harness.dock.project
    assert current_project(harness).is_default
    for button in (row.renameProjectButton, row.deleteProjectButton):
        assert not button.isEnabled()
        assert button.toolTip() == "The default project cannot be renamed or deleted."
    assert row.shareProjectButton.isEnabled()
    # even a stale click is refused before any request
    harness.controller.projects.delete(current_project(harness).id)
    assert harness.bar_has("The default project cannot be renamed or deleted.")
    assert harness.counter.count("DELETE", current_project(harness).id) == 0


def test_the_chosen_project_is_remembered(qtbot, harness, sandbox_server):
    _email, token = new_user(sandbox_server)
    client = MapflowClient(sandbox_server.base_url, token)
    other = client.create_project("Second")
    sign_in(qtbot, harness, sandbox_server, token)
    combo = harness.dock.project.projectCombo
    combo.setCurrentIndex(combo.findData(other.id))
    assert current_project(harness).id == other.id

    harness.dock.connection.signOutButton.click()
    sign_in(qtbot, harness, sandbox_server, token)
    assert current_project(harness).id == other.id and combo.currentText() == "Second"


def test_read_only_member_sees_why_buttons_and_start_are_disabled(qtbot, harness, sandbox_server):
    _owner_email, owner_token = new_user(sandbox_server)
    reader_email, reader_token = new_user(sandbox_server)
    owner = MapflowClient(sandbox_server.base_url, owner_token)
    project = owner.create_project("Owner's work")
    owner.share_project(project.id, reader_email, "readonly")

    sign_in(qtbot, harness, sandbox_server, reader_token)
    combo = harness.dock.project.projectCombo
    combo.setCurrentIndex(combo.findData(project.id))
    assert harness.state.session.role == "readonly"
    row = harness.dock.project
    readonly_tip = "Your role in this project is readonly; this needs the {role} role or higher."
    assert not row.shareProjectButton.isEnabled()
    assert row.shareProjectButton.toolTip() == readonly_tip.format(role="maintainer")
    assert not row.renameProjectButton.isEnabled() and not row.deleteProjectButton.isEnabled()
    assert row.deleteProjectButton.toolTip() == readonly_tip.format(role="owner")
    assert harness.dock.start.reasonLabel.text() == readonly_tip.format(role="contributor")
    assert not harness.dock.start.startButton.isEnabled()
