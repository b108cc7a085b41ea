"""Sign in and out with the real dock against the sandbox: good, wrong, malformed token, unreachable server; the
token in the QGIS auth database (never in settings); automatic sign-in; the account line and its refresh."""
import base64
import uuid

from mapflow_processing.core import settings as catalogue
from mapflow_processing.ui.session_controller import ACCOUNT_REFRESH_MS
from tests.sandbox_fixture import free_port

from .dock_fixtures import close_harness, make_harness, request_sign_in, sign_in
from . import dock_fixtures

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness


def new_user(server, *options):
    email = f"session-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, *options).strip().splitlines()[-1]
    return email, token


def test_sign_in_with_a_good_token(qtbot, harness, sandbox_server):
    email, token = new_user(sandbox_server, "--credits", "1234")
    assert not harness.dock.tabs.isEnabled()
    sign_in(qtbot, harness, sandbox_server, token)

    session = harness.state.session
    assert session.email == email and session.project.is_default
    assert harness.dock.tabs.isEnabled()
    assert harness.dock.connection.accountLabel.text() == f"{email} — balance 1,234 credits"
    assert harness.dock.project.projectCombo.currentText() == "Default (default)"
    assert harness.dock.connection.tokenEdit.text() == ""  # the token left the widget
    # the token is in the auth database, the settings file holds only the authcfg id
    assert harness.secrets.load_api_token(sandbox_server.base_url).email == email
    harness.settings.sync()
    ini_text = harness.ini.read_text(encoding="utf-8")
    secret = base64.b64decode(token + "=" * (-len(token) % 4)).decode().split(":", 1)[1]
    assert token.rstrip("=") not in ini_text and secret not in ini_text
    assert harness.secrets.api_config_id(sandbox_server.base_url) in ini_text
    assert harness.settings.get(catalogue.SERVER_URL) == sandbox_server.base_url


def test_wrong_token_is_refused_clearly_and_not_stored(qtbot, harness, sandbox_server):
    wrong = base64.b64encode(b"demo@sandbox.mapflow.local:not-the-right-secret").decode()
    request_sign_in(harness, sandbox_server.base_url, wrong)
    label = harness.dock.connection.accountLabel
    qtbot.waitUntil(lambda: label.text().startswith("Not signed in:"), timeout=20000)
    assert "Authentication failed: the Mapflow token is wrong or expired" in label.text()
    assert harness.bar_has("Authentication failed")
    assert harness.state.session is None and not harness.dock.tabs.isEnabled()
    assert harness.secrets.api_config_id(sandbox_server.base_url) == ""
    assert harness.dock.connection.signInButton.isEnabled()  # ready for another try


def test_malformed_token_is_refused_without_a_request(qtbot, harness, sandbox_server):
    request_sign_in(harness, sandbox_server.base_url, "definitely not a token!")
    assert "This is not a Mapflow API token" in harness.dock.connection.accountLabel.text()
    assert account_requests(harness) == 0
    request_sign_in(harness, "ftp://example.com/rest", sandbox_server.token)
    assert "must be an http:// or https:// URL" in harness.dock.connection.accountLabel.text()
    assert account_requests(harness) == 0


def account_requests(harness) -> int:
    """Requests other than the dock's look for a local sandbox (GET /version, no token)."""
    return sum(n for (_method, path), n in harness.counter.counts.items() if not path.endswith("/version"))


def test_nothing_answering_on_this_computer_asks_whether_the_sandbox_runs(qtbot, harness, sandbox_server):
    """Issue 21 item 6: "connection refused" on a local address is no internet problem."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/rest"  # nothing listens there
    request_sign_in(harness, url, sandbox_server.token)
    label = harness.dock.connection.accountLabel
    qtbot.waitUntil(lambda: label.text().startswith("Not signed in:"), timeout=30000)
    assert f"Nothing answers at 127.0.0.1:{port} on this computer. Is the sandbox running?" in label.text()
    assert "internet" not in label.text()
    assert harness.bar_has("Is the sandbox running?")
    assert harness.state.session is None


def test_stored_token_signs_in_at_start_and_sign_out_forgets_it(qtbot, tmp_path, unlocked_auth, sandbox_server):
    email, token = new_user(sandbox_server)
    first = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        sign_in(qtbot, first, sandbox_server, token)
    finally:
        first.controller.shutdown()  # "QGIS closes"; the token stays in the auth database
    second = make_harness(qtbot, tmp_path, unlocked_auth, auto_sign_in=True, ini=first.ini)
    try:
        assert second.dock.connection.server_url() == sandbox_server.base_url
        qtbot.waitUntil(lambda: second.state.session is not None, timeout=20000)
        assert second.state.session.email == email
        assert email in second.dock.connection.accountLabel.text()

        second.dock.connection.signOutButton.click()
        assert second.state.session is None and not second.dock.tabs.isEnabled()
        assert second.dock.connection.accountLabel.text() == "Not signed in."
        assert second.secrets.api_config_id(sandbox_server.base_url) == ""
    finally:
        close_harness(second)
        close_harness(first)


def test_account_line_refreshes_in_the_background(qtbot, harness, sandbox_server):
    email, token = new_user(sandbox_server, "--credits", "100")
    sign_in(qtbot, harness, sandbox_server, token)
    timer = harness.controller.session._timer
    assert timer.isActive() and timer.interval() == ACCOUNT_REFRESH_MS == 30_000

    sandbox_server.cli("add-credits", email, "50")
    harness.controller.session.refresh_account()  # what the timer does every 30 s
    label = harness.dock.connection.accountLabel
    qtbot.waitUntil(lambda: label.text() == f"{email} — balance 150 credits", timeout=10000)
    assert harness.state.session.user_status.remaining_credits == 150


def test_area_and_unbilled_accounts_show_their_balance(qtbot, harness, sandbox_server):
    email, token = new_user(sandbox_server, "--billing", "AREA", "--area-limit", "25000000")
    sign_in(qtbot, harness, sandbox_server, token)
    assert harness.dock.connection.accountLabel.text() == f"{email} — remaining area 25 km²"
