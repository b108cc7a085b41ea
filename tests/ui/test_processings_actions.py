"""Actions on selected processings against the real sandbox: details, load results, AOIs, rate, rename, restart,
move, delete, and the role rules (a second user in a shared project)."""
import pytest
from qgis.core import QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox

from mapflow_processing.core.poll_schedule import PollPolicy
from mapflow_processing.core.processing_view import Column
from mapflow_processing.ui.dialogs import Prompts, RateChoice, RateDialog, names_for_confirmation
from mapflow_processing.ui.processings_controller import ProcessingsController
from mapflow_processing.ui.processings_widget import ProcessingsWidget

from .conftest import (CLOSED_PORT_URL, create_processing, make_client, make_session_state, unique,
                       wait_until_final)

FAST = PollPolicy(interval=0.3, max_delay=1.0)


class ScriptedPrompts(Prompts):
    """Answers the questions a user would answer in the dialogs, and remembers what was asked."""

    def __init__(self):
        self.answers = {}
        self.asked = []

    def new_name(self, parent, current):
        self.asked.append(("new_name", current))
        return self.answers.get("new_name")

    def confirm_delete(self, parent, names):
        self.asked.append(("confirm_delete", list(names)))
        return self.answers.get("confirm_delete", False)

    def pick_project(self, parent, choices):
        self.asked.append(("pick_project", list(choices)))
        return self.answers.get("pick_project")

    def rating(self, parent, processing_name, current):
        self.asked.append(("rating", processing_name, current))
        return self.answers.get("rating")


@pytest.fixture(scope="module")
def finished_pair(demo_client):
    """A project with one OK and one FAILED processing, shared by the tests that do not change them."""
    project = demo_client.create_project(unique("ui-actions"))
    good = create_processing(demo_client, project, unique("good"))
    bad = create_processing(demo_client, project, unique("bad"), url=CLOSED_PORT_URL)
    final = wait_until_final(demo_client, [good.id, bad.id])
    yield project, final[good.id], final[bad.id]
    demo_client.delete_project(project.id)


@pytest.fixture()
def open_list(qtbot, task_registry, notifier):
    made = []

    def make(state, rows):
        widget = ProcessingsWidget(filter_delay_ms=50)
        qtbot.addWidget(widget)
        widget.resize(900, 600)
        widget.show()
        prompts = ScriptedPrompts()
        controller = ProcessingsController(widget, state, task_registry, notifier, policy=FAST, prompts=prompts)
        made.append(controller)
        qtbot.waitUntil(lambda: controller.model.rowCount() == rows, timeout=15000)
        return controller, prompts

    yield make
    for controller in made:
        controller.shutdown()


def position(controller, name):
    model = controller.model
    return next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)


def select(controller, *names):
    controller.widget.select_positions([position(controller, name) for name in names])


def double_click(controller, name):
    table = controller.widget.processingsTable
    center = table.visualRect(controller.model.index(position(controller, name), Column.NAME)).center()
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, center)  # a double click needs the press
    QTest.mouseDClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, center)


def status_of(controller, name):
    return controller.model.index(position(controller, name), Column.STATUS).data()


def test_details_and_double_click_loads_only_finished_results(qtbot, open_list, demo_client, sandbox_server,
                                                              finished_pair, mapflow_log):
    project, good, bad = finished_pair
    controller, _prompts = open_list(make_session_state(demo_client, sandbox_server, project), rows=2)
    widget = controller.widget

    select(controller, bad.name)
    details = widget.detailsBrowser.toPlainText()
    assert "XYZ URL http://127.0.0.1:9/{z}/{x}/{y}.png, zoom 18" in details
    assert "could not be loaded" in details  # messages[] as readable text
    assert "🏠 Buildings" in details
    assert not widget.loadResultsButton.isEnabled()
    assert "OK" in widget.loadResultsButton.toolTip()

    with qtbot.assertNotEmitted(controller.load_results_requested, wait=200):
        double_click(controller, bad.name)
    assert mapflow_log.has("Only finished (OK) processings have results.")

    select(controller, good.name)
    assert "Data provider Sandbox_Demo, zoom 18" in widget.detailsBrowser.toPlainText()
    assert widget.loadResultsButton.isEnabled()
    with qtbot.waitSignal(controller.load_results_requested, timeout=2000) as signal:
        double_click(controller, good.name)
    assert [p.id for p in signal.args[0].processings] == [good.id]
    assert signal.args[0].processings[0].vector_layer is not None  # what result loading needs

    select(controller, good.name, bad.name)
    assert "2 processings selected" in widget.detailsBrowser.toPlainText()
    assert not widget.renameButton.isEnabled() and widget.deleteButton.isEnabled()


def test_load_aois_as_a_memory_layer(qtbot, open_list, demo_client, sandbox_server, finished_pair):
    project, good, bad = finished_pair
    controller, _prompts = open_list(make_session_state(demo_client, sandbox_server, project), rows=2)
    store = QgsProject.instance()
    for processing, status in ((good, "OK"), (bad, "FAILED")):
        select(controller, processing.name)
        assert controller.widget.aoisButton.isEnabled()
        controller.widget.aoisButton.click()
        name = f"{processing.name} AOIs"
        qtbot.waitUntil(lambda: len(store.mapLayersByName(name)) == 1, timeout=10000)
        layer = store.mapLayersByName(name)[0]
        try:
            assert [f.name() for f in layer.fields()] == ["id", "status", "percent", "area", "messages"]
            assert layer.featureCount() == 1
            assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
            feature = next(layer.getFeatures())
            assert feature["status"] == status and feature["area"] > 10_000
            extent = layer.extent()
            assert extent.xMinimum() == pytest.approx(37.600) and extent.yMaximum() == pytest.approx(55.7525)
            if status == "FAILED":
                assert "could not be loaded" in feature["messages"]
        finally:
            store.removeMapLayer(layer.id())


def test_rename_and_rate(qtbot, open_list, demo_client, sandbox_server, finished_pair, mapflow_log):
    project, good, bad = finished_pair
    controller, prompts = open_list(make_session_state(demo_client, sandbox_server, project), rows=2)
    widget = controller.widget

    select(controller, bad.name)
    assert not widget.rateButton.isEnabled()  # only OK processings can be rated
    select(controller, good.name)
    prompts.answers["rating"] = RateChoice(4, "roofs look right")
    widget.rateButton.click()
    qtbot.waitUntil(lambda: "4 / 5: roofs look right" in widget.detailsBrowser.toPlainText(), timeout=10000)
    assert demo_client.get_processing(good.id).rating.rating == 4

    new_name = unique("renamed")
    prompts.answers["new_name"] = new_name
    widget.renameButton.click()
    qtbot.waitUntil(lambda: new_name in [controller.model.index(r, Column.NAME).data()
                                         for r in range(controller.model.rowCount())], timeout=10000)
    assert ("new_name", good.name) in prompts.asked
    assert demo_client.get_processing(good.id).name == new_name
    assert mapflow_log.has(f"Renamed '{good.name}' to '{new_name}'.")
    demo_client.rename_processing(good.id, good.name)  # leave the shared fixture as it was


def test_restart_a_failed_processing(qtbot, open_list, signed_in, demo_client, ui_project, mapflow_log):
    failed = create_processing(demo_client, ui_project, unique("retry"), url=CLOSED_PORT_URL)
    wait_until_final(demo_client, [failed.id])
    controller, _prompts = open_list(signed_in, rows=1)
    select(controller, failed.name)
    assert controller.widget.restartButton.isEnabled()
    controller.widget.restartButton.click()
    qtbot.waitUntil(lambda: mapflow_log.has(f"Restarted: {failed.name}."), timeout=10000)
    # the restart woke the poll: it runs again and fails again (the tiles are still unreachable), and says so
    qtbot.waitUntil(lambda: mapflow_log.has(f"Processing '{failed.name}' failed: "), timeout=60000)
    assert status_of(controller, failed.name) == "Failed"


def test_delete_several_after_confirmation(qtbot, open_list, signed_in, demo_client, ui_project, mapflow_log):
    names = [unique("del"), unique("del"), unique("keep")]
    for name in names:
        create_processing(demo_client, ui_project, name, zoom=12)
    controller, prompts = open_list(signed_in, rows=3)
    select(controller, names[0], names[1])

    prompts.answers["confirm_delete"] = False
    controller.widget.deleteButton.click()
    assert prompts.asked[-1] == ("confirm_delete", sorted(names[:2], key=lambda n: position(controller, n)))
    qtbot.wait(300)
    assert controller.model.rowCount() == 3  # cancelled: nothing deleted

    prompts.answers["confirm_delete"] = True
    controller.widget.deleteButton.click()
    qtbot.waitUntil(lambda: controller.model.rowCount() == 1, timeout=10000)
    assert controller.model.index(0, Column.NAME).data() == names[2]
    assert mapflow_log.has("Deleted 2 processing(s).")
    assert demo_client.processings_page(ui_project.id).total == 1


def test_move_to_another_project(qtbot, open_list, signed_in, demo_client, ui_project, mapflow_log):
    moving = create_processing(demo_client, ui_project, unique("mover"), zoom=12)
    target = demo_client.create_project(unique("ui-target"))
    try:
        controller, prompts = open_list(signed_in, rows=1)
        select(controller, moving.name)
        prompts.answers["pick_project"] = target.id
        controller.widget.moveButton.click()
        qtbot.waitUntil(lambda: controller.model.rowCount() == 0, timeout=10000)
        offered = dict(next(a for a in prompts.asked if a[0] == "pick_project")[1])
        assert offered[target.id] == target.name and ui_project.id not in offered
        assert [p.id for p in demo_client.processings_page(target.id).results] == [moving.id]
        assert mapflow_log.has("Moved 1 processing(s).")
    finally:
        demo_client.delete_project(target.id)


def test_actions_follow_the_role_in_a_shared_project(qtbot, open_list, sandbox_server, demo_client, ui_project,
                                                     other_user, mapflow_log):
    failed = create_processing(demo_client, ui_project, unique("shared"), url=CLOSED_PORT_URL)
    wait_until_final(demo_client, [failed.id])
    colleague = make_client(sandbox_server, other_user.token)
    demo_client.share_project(ui_project.id, other_user.email, "readonly")
    shared = colleague.get_project(ui_project.id)
    state = make_session_state(colleague, sandbox_server, shared)
    assert state.session.role == "readonly"
    controller, prompts = open_list(state, rows=1)
    widget = controller.widget
    select(controller, failed.name)
    for button in (widget.restartButton, widget.deleteButton, widget.renameButton, widget.moveButton,
                   widget.rateButton):
        assert not button.isEnabled()
        assert "readonly" in button.toolTip()
    assert widget.aoisButton.isEnabled()  # viewing is for every role

    # the server has the last word: a client that thinks it may delete gets the API's readable refusal
    state.set_project(shared, "owner")
    select(controller, failed.name)
    prompts.answers["confirm_delete"] = True
    widget.deleteButton.click()
    qtbot.waitUntil(lambda: mapflow_log.has("Not enough rights for this action in a shared project"), timeout=10000)
    assert demo_client.get_processing(failed.id).name == failed.name

    demo_client.share_project(ui_project.id, other_user.email, "contributor")
    state.set_project(colleague.get_project(ui_project.id), "contributor")
    select(controller, failed.name)
    assert widget.restartButton.isEnabled()
    assert not widget.deleteButton.isEnabled() and "contributor" in widget.deleteButton.toolTip()
    widget.restartButton.click()
    qtbot.waitUntil(lambda: mapflow_log.has(f"Restarted: {failed.name}."), timeout=10000)

    demo_client.share_project(ui_project.id, other_user.email, "maintainer")
    state.set_project(colleague.get_project(ui_project.id), "maintainer")
    select(controller, failed.name)
    assert widget.deleteButton.isEnabled() and widget.renameButton.isEnabled() and widget.moveButton.isEnabled()


def test_rate_dialog_needs_a_rating(qtbot):
    dialog = RateDialog("Houses")
    qtbot.addWidget(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled() and dialog.choice() is None
    assert "Houses" in dialog.questionLabel.text()
    QTest.mouseClick(dialog.stars, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     dialog.stars.star_rect(4).center().toPoint())
    dialog.feedbackEdit.setPlainText("  good  ")
    assert ok.isEnabled()
    assert dialog.choice() == RateChoice(4, "good")
    dialog.set_choice(RateChoice(2, "meh"))
    assert dialog.choice() == RateChoice(2, "meh")


def test_delete_confirmation_lists_names_readably():
    assert names_for_confirmation(["a", "b"]) == "• a\n• b"
    text = names_for_confirmation([f"n{i}" for i in range(13)])
    assert text.count("•") == 10 and text.endswith("(+3)")


def test_aoi_without_a_readable_geometry_is_skipped(qgis_app):
    from mapflow_processing.api.models.processing import Aoi, ProcessingStatus
    from mapflow_processing.ui.processing_actions import aoi_features

    good = Aoi("a", ProcessingStatus.OK, 100, 5, (), {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1],
                                                                                       [0, 0]]]})
    broken = Aoi("b", ProcessingStatus.OK, 100, 5, (), {"type": "Polygon", "coordinates": "not coordinates"})
    content = aoi_features([good, broken, Aoi("c", ProcessingStatus.FAILED)])
    assert content.skipped == 2
    assert [f.attributes()[:3] for f in content.features] == [["a", "OK", 100]]
