"""The review workflow in the dock against the sandbox: badges and deadline colours in the list, Accept, Mark
corrections and Send back with the marked objects, the server's refusals in its words, and roles that may not act
seeing the buttons disabled with the reason."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import Qt

from mapflow_processing.core.processing_view import Column
from mapflow_processing.layers.corrections import (CORRECTIONS, PROCESSING_PROPERTY, ROLE_PROPERTY,
                                                   find_corrections_layer)
from mapflow_processing.layers.result_tree import MAPFLOW_GROUP_NAME
from mapflow_processing.ui.dialogs_review import SendBack

from . import accounts_fixtures
from .accounts_fixtures import ScriptedReviewPrompts, admin_get, deliver, new_account
from .dock_fixtures import close_harness, make_harness, sign_in

accounts_server = accounts_fixtures.accounts_server


@pytest.fixture()
def review_dock(qtbot, tmp_path, unlocked_auth):
    prompts = ScriptedReviewPrompts()
    harness = make_harness(qtbot, tmp_path, unlocked_auth, review_prompts=prompts,
                           corrections_dir=tmp_path / "corrections")
    yield harness, prompts
    close_harness(harness)


def rows(harness):
    model = harness.controller.processings.model
    return {model.processing_at(r).name: r for r in range(model.rowCount())}


def select(harness, name):
    harness.controller.processings_widget.select_positions([rows(harness)[name]])


def status_text(harness, name):
    model = harness.controller.processings.model
    return model.index(rows(harness)[name], Column.STATUS).data()


def test_badges_deadline_colours_and_accept(qtbot, review_dock, accounts_server):
    harness, prompts = review_dock
    account = new_account(accounts_server, "reviewer", "--review-days", "1", review=True)
    client = account.client(accounts_server)
    deliver(client, "Roofs A")
    late = deliver(client, "Roofs B")
    sign_in(qtbot, harness, accounts_server, account.token)
    model = harness.controller.processings.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=20000)

    extras = harness.controller.extras_widget
    assert extras.reviewGroup.isVisibleTo(extras)
    assert status_text(harness, "Roofs A") == "OK (review required)"
    row = rows(harness)["Roofs A"]
    assert "Review required until" in model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    # a one-day review: the decision is due within a day, so the row is coloured
    assert model.index(row, Column.NAME).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.now = lambda: datetime.now(timezone.utc) - timedelta(days=2)
    assert model.index(row, Column.NAME).data(Qt.ItemDataRole.BackgroundRole) is None

    assert not extras.acceptButton.isEnabled() and extras.acceptButton.toolTip() == "Select a result in review first."
    select(harness, "Roofs A")
    assert extras.acceptButton.isEnabled() and extras.markButton.isEnabled() and extras.sendBackButton.isEnabled()
    assert "Review required until" in extras.reviewLabel.text()
    extras.acceptButton.click()
    assert prompts.asked[-1] == ("accept", ["Roofs A"])
    qtbot.waitUntil(lambda: harness.bar_has("Accepted: Roofs A."), timeout=20000)
    qtbot.waitUntil(lambda: status_text(harness, "Roofs A") == "OK (accepted)", timeout=20000)
    select(harness, "Roofs A")
    assert not extras.acceptButton.isEnabled()
    assert extras.acceptButton.toolTip() == "“Roofs A” has already been accepted."

    # accepted behind the dock's back: the server's refusal is shown in its words
    client.accept_processing(late.id)
    select(harness, "Roofs B")
    assert extras.acceptButton.isEnabled()  # the list has not been refreshed yet
    extras.acceptButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("“Roofs B” could not be accepted: This result has already been "
                                            "accepted."), timeout=20000)
    qtbot.waitUntil(lambda: status_text(harness, "Roofs B") == "OK (accepted)", timeout=20000)
    assert client.get_processing(late.id).review_status.state.value == "ACCEPTED"


def test_mark_corrections_and_send_back(qtbot, review_dock, accounts_server):
    harness, prompts = review_dock
    account = new_account(accounts_server, "marker", review=True)
    client = account.client(accounts_server)
    processing = deliver(client, "Forest C")
    sign_in(qtbot, harness, accounts_server, account.token)
    qtbot.waitUntil(lambda: harness.controller.processings.model.rowCount() == 1, timeout=20000)
    select(harness, "Forest C")
    extras = harness.controller.extras_widget

    extras.markButton.click()
    project = QgsProject.instance()
    layer = find_corrections_layer(project, processing.id)
    assert layer is not None and layer.isEditable() and layer.name() == "Corrections of Forest C"
    assert layer.customProperty(ROLE_PROPERTY) == CORRECTIONS
    assert layer.customProperty(PROCESSING_PROPERTY) == processing.id
    assert [found.id() for found in project.mapLayersByName("Corrections of Forest C")] == [layer.id()]
    group = project.layerTreeRoot().findGroup(MAPFLOW_GROUP_NAME).findGroup("Forest C")
    assert group.findLayer(layer.id()) is not None
    assert layer in harness.dock.aoi.aoiLayerCombo.exceptedLayerList()  # never an area of interest
    assert layer.source().endswith("layername=corrections") and str(tmp_dir(harness)) in layer.source()

    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((37.6005 55.7505, 37.6010 55.7505, 37.6010 55.7508, "
                                            "37.6005 55.7508, 37.6005 55.7505))"))
    feature.setAttribute("remark", "a house is missing")
    assert layer.addFeature(feature)

    prompts.send_back_with = None  # cancelled: nothing is sent
    extras.sendBackButton.click()
    assert prompts.asked[-1] == ("send_back", "Forest C", 1, "Corrections of Forest C")
    assert admin_get(accounts_server, f"processings/{processing.id}/rejections") == []

    prompts.send_back_with = SendBack("Two houses are missing in the north.", include_marked=True)
    extras.sendBackButton.click()
    qtbot.waitUntil(lambda: harness.bar_has("“Forest C” was sent back for review with 1 marked object(s)"),
                    timeout=20000)
    rejection = admin_get(accounts_server, f"processings/{processing.id}/rejections")[-1]
    assert rejection["comment"] == "Two houses are missing in the north." and rejection["featureCount"] == 1
    marked = rejection["features"]["features"][0]
    assert marked["properties"] == {"remark": "a house is missing"}
    assert marked["geometry"]["type"] == "Polygon"  # as drawn, in EPSG:4326
    assert marked["geometry"]["coordinates"][0][0] == pytest.approx([37.6005, 55.7505])
    assert not layer.isEditable() and layer.featureCount() == 1  # what was sent is saved

    qtbot.waitUntil(lambda: status_text(harness, "Forest C") == "OK (in review)", timeout=20000)
    select(harness, "Forest C")
    assert not extras.sendBackButton.isEnabled()
    assert "Mapflow support is reworking it" in extras.sendBackButton.toolTip()
    assert "Sent back: “Two houses are missing in the north.” (1 marked object(s))." in extras.reviewLabel.text()


def tmp_dir(harness):
    return harness.controller.review._directory


def test_a_contributor_sees_why_and_accounts_without_review_see_nothing(qtbot, review_dock, accounts_server):
    harness, _prompts = review_dock
    owner = new_account(accounts_server, "owner", review=True)
    member = new_account(accounts_server, "member")
    team = f"team-{member.email.split('@')[0]}"
    accounts_server.cli("add-team", team, owner.email)
    accounts_server.cli("add-team-member", team, member.email)
    owner_client = owner.client(accounts_server)
    shared = owner_client.create_project("Shared review")
    owner_client.share_project(shared.id, member.email, "contributor")
    deliver(owner_client, "Owner's roofs", project_id=shared.id)
    deliver(member.client(accounts_server), "Own roofs")  # the member's account has no review workflow

    sign_in(qtbot, harness, accounts_server, member.token)
    extras = harness.controller.extras_widget
    qtbot.waitUntil(lambda: harness.controller.processings.model.rowCount() == 1, timeout=20000)
    select(harness, "Own roofs")
    assert not extras.reviewGroup.isVisibleTo(extras)

    combo = harness.dock.project.projectCombo
    combo.setCurrentIndex(combo.findData(shared.id))
    assert harness.state.session.role == "contributor"
    qtbot.waitUntil(lambda: "Owner's roofs" in rows(harness), timeout=20000)
    select(harness, "Owner's roofs")
    assert extras.reviewGroup.isVisibleTo(extras)  # the result has a review
    reason = "Your role in this project is contributor; this needs the maintainer role or higher."
    for button in (extras.acceptButton, extras.markButton, extras.sendBackButton):
        assert not button.isEnabled() and button.toolTip() == reason
    assert extras.duplicateButton.isEnabled()  # a copy may go to a project where the member may run it
