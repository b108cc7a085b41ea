"""What the user reads, in the real dock against the sandbox (issue 21 items 1 and 6, issue 18's message actions):
one bar item per topic, a newer state replacing an older one; Details (a copyable, secret-free report), Open log
and Retry on failures; sign-in wording; the server box on first start and the sandbox entry."""
from __future__ import annotations

import base64
import re
import uuid

from qgis.PyQt.QtWidgets import QApplication, QPushButton

from mapflow_processing.core.settings import DEFAULT_SERVER_URL
from mapflow_processing.integration.auth import AuthState, SecretStore
from mapflow_processing.integration.message_actions import DETAILS_BUTTON, OPEN_LOG_BUTTON, RETRY_BUTTON, \
    ErrorDetailsDialog
from mapflow_processing.integration.messages import Notifier, Topic

from . import dock_fixtures
from .dock_fixtures import close_harness, make_harness, request_sign_in, sign_in, wait_idle

harness = dock_fixtures.harness  # fixtures shared by the dock tests (pytest finds them as module attributes)


def new_token(server) -> str:
    email = f"feedback-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    return server.cli("add-user", email).strip().splitlines()[-1]


def wrong_token() -> str:
    return base64.b64encode(b"demo@sandbox.mapflow.local:not-the-right-secret").decode()


def bar_items(harness, fragment: str) -> list:
    return [item for item in harness.iface.message_bar.items() if fragment in item.text()]


def button(item, name: str) -> QPushButton:
    return item.findChild(QPushButton, name)


def wait_not_signed_in(qtbot, harness, fragment: str) -> None:
    label = harness.dock.connection.accountLabel
    qtbot.waitUntil(lambda: label.text().startswith("Not signed in:") and fragment in label.text(), timeout=20000)


# --- issue 21 item 1: one bar item per topic ---------------------------------------------------------------------
def test_a_successful_sign_in_clears_the_earlier_sign_in_errors(qtbot, harness, sandbox_server):
    for _attempt in range(2):
        request_sign_in(harness, sandbox_server.base_url, wrong_token())
        wait_not_signed_in(qtbot, harness, "Authentication failed")
        wait_idle(qtbot, harness)
    assert len(bar_items(harness, "Authentication failed")) == 1  # the second attempt replaced the first
    sign_in(qtbot, harness, sandbox_server, new_token(sandbox_server))
    assert bar_items(harness, "Authentication failed") == []  # no stale error while signed in


def test_news_whose_time_is_up_never_comes_back_from_under_an_error(qtbot, bar_iface, mapflow_log):
    notifier = Notifier(bar_iface)
    notifier.success("The results of “Roofs” were added to the map.", duration=1)
    notifier.error("Cannot connect to the Mapflow server.", topic=Topic.SERVER)
    qtbot.wait(1300)  # the success item's second passes while the error covers it
    notifier.clear(Topic.SERVER)  # the server is back
    assert bar_iface.bar_texts() == []
    notifier.error("First", topic=Topic.START)
    notifier.error("Second", topic=Topic.START)
    notifier.error("Other topic")
    assert sorted(bar_iface.bar_texts()) == ["Other topic", "Second"]  # "Second" replaced "First"


# --- issue 18: Details, Open log, Retry ----------------------------------------------------------------------------
def test_a_failure_offers_details_open_log_and_retry(qtbot, harness, sandbox_server):
    token = wrong_token()
    connection = harness.dock.connection
    connection.serverCombo.setEditText(sandbox_server.base_url)
    connection.tokenEdit.setText(token)
    connection.signInButton.click()
    wait_not_signed_in(qtbot, harness, "Authentication failed")
    (item,) = bar_items(harness, "Authentication failed")
    assert button(item, OPEN_LOG_BUTTON) is not None
    button(item, DETAILS_BUTTON).click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDetailsDialog) and w.isVisible()]
    assert len(dialogs) == 1
    report = dialogs[0].text.toPlainText()
    assert "Action: Signing in" in report and "HTTP status: 401" in report and "QGIS: 3." in report
    assert f"Server: {sandbox_server.base_url}" in report
    # the sandbox's X-Request-Id of the refused request, read through QGIS's network stack; the versions support asks
    assert re.search(r"^Request id: [0-9a-f]{32}$", report, re.M)
    assert all(f"\n{key}: " in report for key in ("Plugin", "QGIS", "Qt", "Python", "OS"))
    secret = base64.b64decode(token).decode().split(":", 1)[1]
    assert token not in report and secret not in report
    dialogs[0].copy_button.click()
    assert QApplication.clipboard().text() == report
    dialogs[0].close()

    harness.dock.connection.tokenEdit.setText(new_token(sandbox_server))  # the user fixes the token...
    button(item, RETRY_BUTTON).click()  # ...and presses Retry on the message
    qtbot.waitUntil(lambda: harness.state.session is not None, timeout=20000)
    assert bar_items(harness, "Authentication failed") == []


# --- issue 21 item 6: sign-in wording ------------------------------------------------------------------------------
def test_a_wrong_path_says_there_is_no_mapflow_api_there(qtbot, harness, sandbox_server):
    url = sandbox_server.root_url + "/api"  # a server, but not a Mapflow API address
    request_sign_in(harness, url, sandbox_server.token)
    wait_not_signed_in(qtbot, harness, "There is no Mapflow API")
    text = harness.dock.connection.accountLabel.text()
    assert text == (f"Not signed in: There is no Mapflow API at {url}. Check the address: it must end with /rest, "
                    f"for example {DEFAULT_SERVER_URL}.")
    assert "Not Found" not in text


class LockedSecrets(SecretStore):
    """The auth database as a user sees it before typing the master password: locked. The real database cannot be
    locked again in this process once unlocked, so ``state`` answers LOCKED; storing records what the message bar
    said at that moment (when QGIS would open its master-password dialog)."""

    def __init__(self, settings, manager, bar):
        super().__init__(settings, manager, interactive=False)
        self._bar = bar
        self.bar_when_stored: list = []

    def state(self):
        return AuthState.LOCKED

    def save_api_token(self, server_url, token_text):
        self.bar_when_stored = [item.text() for item in self._bar.items()]
        return "locked1"


def test_the_master_password_dialog_is_announced_before_it_appears(qtbot, tmp_path, unlocked_auth, sandbox_server):
    made = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        locked = LockedSecrets(made.settings, unlocked_auth, made.iface.message_bar)
        made.controller.session.secrets = locked
        sign_in(qtbot, made, sandbox_server, new_token(sandbox_server))
        assert any("QGIS now asks for its master password" in text for text in locked.bar_when_stored)
    finally:
        close_harness(made)


# --- the server box ------------------------------------------------------------------------------------------------
def test_first_start_shows_the_named_production_entry_and_no_sandbox_when_none_answers(qtbot, harness):
    wait_idle(qtbot, harness)  # the look for a local sandbox has ended (nothing answers on the harness's address)
    combo = harness.dock.connection.serverCombo
    assert combo.currentText() == "Mapflow" and harness.dock.connection.server_url() == DEFAULT_SERVER_URL
    assert harness.dock.connection.server_entries() == [("Mapflow", DEFAULT_SERVER_URL)]


def test_the_sandbox_entry_appears_when_a_sandbox_answers(qtbot, tmp_path, unlocked_auth, sandbox_server):
    made = make_harness(qtbot, tmp_path, unlocked_auth, sandbox_url=sandbox_server.base_url)
    try:
        connection = made.dock.connection
        qtbot.waitUntil(lambda: len(connection.server_entries()) == 2, timeout=15000)
        assert connection.server_entries()[1] == ("Sandbox (offline, this computer)", sandbox_server.base_url)
        assert connection.server_url() == DEFAULT_SERVER_URL  # offered, not chosen for the user
    finally:
        close_harness(made)


def test_a_warning_can_be_copied_with_its_details_too(qtbot, bar_iface, mapflow_log):
    notifier = Notifier(bar_iface, server_url=lambda: "https://api.mapflow.ai/rest")
    notifier.warning("The footprint could not be read.")
    (item,) = [i for i in bar_iface.message_bar.items() if "footprint" in i.text()]
    button(item, DETAILS_BUTTON).click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDetailsDialog) and w.isVisible()]
    assert len(dialogs) == 1
    report = dialogs[0].text.toPlainText()
    assert "Message: The footprint could not be read." in report
    assert "Server: https://api.mapflow.ai/rest" in report and "\nQGIS: 3." in report
    dialogs[0].close()
