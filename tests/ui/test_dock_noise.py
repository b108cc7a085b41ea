"""Noise and the rating in the real dock against the sandbox (issue 21 item 10): a whole session with a
requests-based transport leaves no socket open (every transport the dock makes is closed; no ResourceWarning), and
a result is rated with stars (hover, click, keyboard) through the list's Rate… button."""
from __future__ import annotations

import gc
import sys
import uuid
import warnings

from qgis.PyQt.QtCore import QEvent, QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.requests_transport import RequestsTransport
from mapflow_processing.core.processing_view import Column
from mapflow_processing.ui.dialogs import RateChoice, RateDialog

from .conftest import create_processing, wait_until_final
from .dock_fixtures import close_harness, make_harness, sign_in, wait_idle


class TrackedTransport(RequestsTransport):
    """The script transport (``requests``, sockets of its own), remembering whether it was closed."""

    made: list = []

    def __init__(self):
        super().__init__()
        self.closed = False
        TrackedTransport.made.append(self)

    def close(self) -> None:
        self.closed = True
        super().close()


def new_token(server) -> str:
    email = f"noise-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    return server.cli("add-user", email, "--credits", "1000").strip().splitlines()[-1]


def test_a_session_leaves_no_socket_open(qtbot, tmp_path, unlocked_auth, sandbox_server):
    TrackedTransport.made = []
    for _ in range(3):  # what earlier tests left behind is deleted and collected before the session under test
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
    unraisable = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = unraisable.append  # a warning raised in a socket's __del__ ends up here
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("error", ResourceWarning)
            harness = make_harness(qtbot, tmp_path, unlocked_auth, sandbox_url=sandbox_server.base_url,
                                   make_http_transport=TrackedTransport)
            try:
                sign_in(qtbot, harness, sandbox_server, new_token(sandbox_server))
                sign_in(qtbot, harness, sandbox_server, new_token(sandbox_server))  # again: the first one ends
                client = harness.state.session.client
                created = create_processing(client, harness.state.session.project, "Quiet")
                done = wait_until_final(client, [created.id], timeout=90)[created.id]
                harness.controller.processings_widget.resultsFolderWidget.setFilePath(str(tmp_path / "results"))
                harness.controller.processings.actions.load_results([done])
                qtbot.waitUntil(lambda: harness.bar_has("were added to the map"), timeout=60000)
                harness.dock.connection.signOutButton.click()
                wait_idle(qtbot, harness)
            finally:
                close_harness(harness)
            for _ in range(3):
                gc.collect()
                qtbot.wait(50)
    finally:
        sys.unraisablehook = previous_hook
    assert len(TrackedTransport.made) >= 4  # the sandbox probe, two sign-ins, the load
    assert [t for t in TrackedTransport.made if not t.closed] == []
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert [u for u in unraisable if isinstance(u.exc_value, ResourceWarning)] == []


def star_centre(dialog: RateDialog, rating: int) -> QPoint:
    return dialog.stars.star_rect(rating).center().toPoint()


def test_stars_hover_click_and_keys(qtbot):
    dialog = RateDialog("Houses")
    qtbot.addWidget(dialog)
    dialog.show()
    stars, ok = dialog.stars, dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert stars.rating() == 0 and not ok.isEnabled() and stars.focusPolicy() == Qt.FocusPolicy.StrongFocus
    QTest.mouseMove(stars, star_centre(dialog, 3))
    qtbot.waitUntil(lambda: stars.hovered() == 3, timeout=2000)
    assert stars.toolTip() == "Acceptable" and stars.rating() == 0  # hovering shows, it does not choose
    QTest.mouseClick(stars, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, star_centre(dialog, 4))
    assert stars.rating() == 4 and dialog.meaningLabel.text() == "Good" and ok.isEnabled()
    assert stars.accessibleDescription() == "4 of 5: Good"
    for key, expected in ((Qt.Key.Key_Left, 3), (Qt.Key.Key_End, 5), (Qt.Key.Key_2, 2), (Qt.Key.Key_Home, 1),
                          (Qt.Key.Key_Right, 2)):
        QTest.keyClick(stars, key)
        assert stars.rating() == expected
    dialog.feedbackEdit.setPlainText("  fine  ")
    assert dialog.choice() == RateChoice(2, "fine")


def test_the_list_rates_a_result_with_stars(qtbot, tmp_path, unlocked_auth, sandbox_server):
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        token = new_token(sandbox_server)
        sign_in(qtbot, harness, sandbox_server, token)
        client = MapflowClient(sandbox_server.base_url, token)
        created = create_processing(client, harness.state.session.project, "Starred")
        wait_until_final(client, [created.id], timeout=90)
        controller, widget = harness.controller.processings, harness.controller.processings_widget
        model = controller.model
        controller.manual_refresh()
        qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, Column.STATUS).data() == "OK",
                        timeout=20000)
        widget.select_positions([0])

        asked = []

        def answer():  # what the user does in the modal dialog
            dialog = QApplication.activeModalWidget()
            asked.append(type(dialog).__name__)
            try:
                QTest.mouseClick(dialog.stars, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 star_centre(dialog, 5))
                dialog.feedbackEdit.setPlainText("every roof")
                dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
            finally:
                if dialog is not None and dialog.isVisible():  # whatever went wrong, the dialog must not stay
                    dialog.reject()

        QTimer.singleShot(300, answer)
        widget.rateButton.click()
        assert asked == ["RateDialog"]
        qtbot.waitUntil(lambda: harness.bar_has("Thank you: 'Starred' rated 5 of 5."), timeout=20000)
        rating = client.get_processing(created.id).rating
        assert rating.rating == 5 and rating.feedback == "every roof"
        client.close()
    finally:
        close_harness(harness)
