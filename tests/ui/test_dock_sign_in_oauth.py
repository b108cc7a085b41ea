"""Sign-in with the Mapflow account (OAuth2) and the version check, in the dock against the sandbox.

What runs here (QGIS 3.22) and what it proves:
- the "needs QGIS 3.34" message of a QGIS without PKCE, and the API token offered instead;
- the OAuth2 configuration the dock creates for QGIS 3.34+ (method "OAuth2", its ``oauth2config`` JSON), the
  restart it asks for, the sign-in through a transport that adds the Bearer token (the client sends no
  Authorization of its own), and the sign-out that removes the configuration and QGIS's token cache;
- QGIS's own OAuth2 method (``QgsAuthManager.updateNetworkRequest`` in the task's thread) putting a real Bearer
  token on the plugin's requests, with the "Resource owner" grant QGIS 3.22 has (the sandbox's test aid), and the
  automatic sign-in of the next start with it.
Only QGIS >= 3.34 can show the browser sign-in with PKCE itself (its grant flow is not in 3.22).
"""
from __future__ import annotations

import json

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication

from mapflow_processing.api.oauth import OAuthClient, OAuthSettings
from mapflow_processing.api.requests_transport import RequestsTransport
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import ResultsRequest
from mapflow_processing.integration.oauth_config import token_cache_files
from tests.sandbox_fixture import start_sandbox

from . import accounts_fixtures
from .accounts_fixtures import deliver, new_account
from .dock_fixtures import close_harness, make_harness, sign_in

accounts_server = accounts_fixtures.accounts_server
QGIS_WITH_PKCE = 33400


def restart_qgis() -> None:
    """What a restart does for the dock: configurations made earlier count as known to QGIS."""
    QCoreApplication.instance().setProperty("mapflow_processing_oauth_created", [])


class BearerTransport(RequestsTransport):
    """The test's stand-in for QGIS's OAuth2 method: it puts a token the test got from the sandbox's
    authorization server on the requests that carry the account's credentials, and records what it saw."""

    def __init__(self, server, email, secret):
        super().__init__()
        with OAuthClient(OAuthSettings.for_api(server.base_url)) as oauth:
            self.tokens = oauth.password_grant(email, secret)
        self.seen = []  # (path, carries credentials, had an Authorization of its own)

    def send(self, request):
        own = any(name.lower() == "authorization" for name in request.headers)
        self.seen.append((request.url.split("/rest", 1)[-1].split("?")[0], request.credentials, own))
        if request.credentials:
            request = type(request)(request.method, request.url,
                                    {**request.headers, "Authorization": f"Bearer {self.tokens.access_token}"},
                                    request.body, request.connect_timeout, request.read_timeout,
                                    request.is_cancelled, request.credentials)
        return super().send(request)


def stored_config(config_id: str) -> QgsAuthMethodConfig:
    config = QgsAuthMethodConfig()
    loaded = QgsApplication.authManager().loadAuthenticationConfig(config_id, config, True)
    assert (loaded[0] if isinstance(loaded, tuple) else loaded), config_id
    return loaded[1] if isinstance(loaded, tuple) else config


def type_server(harness, server) -> None:
    harness.dock.connection.serverCombo.setEditText(server.base_url)


def test_qgis_3_22_says_oauth2_needs_3_34_and_offers_the_token(qtbot, tmp_path, unlocked_auth, accounts_server):
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        connection = harness.dock.connection
        assert not connection.oauthButton.isEnabled()
        note = ("Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS cannot do the PKCE "
                "sign-in Mapflow requires. Sign in with your API token instead.")
        assert connection.oauthNoteLabel.text() == note and connection.oauthNoteLabel.isVisibleTo(connection)
        assert connection.oauthButton.toolTip() == note
        assert connection.tokenEdit.isVisibleTo(connection) and connection.signInButton.isEnabled()
        harness.controller.oauth.sign_in(accounts_server.base_url)
        assert harness.bar_has(note) and harness.controller.oauth_store.config_id(accounts_server.base_url) == ""
    finally:
        close_harness(harness)


def test_configuration_restart_sign_in_with_bearer_and_sign_out(qtbot, tmp_path, unlocked_auth, accounts_server):
    account = new_account(accounts_server, "oauth")
    transports = []

    def make_transport(config_id):
        transports.append((config_id, BearerTransport(accounts_server, account.email, account.secret)))
        return transports[-1][1]

    harness = make_harness(qtbot, tmp_path, unlocked_auth,
                           oauth_options={"version": lambda: QGIS_WITH_PKCE, "make_transport": make_transport})
    url = accounts_server.base_url
    try:
        connection = harness.dock.connection
        assert connection.oauthButton.isEnabled() and not connection.oauthNoteLabel.isVisibleTo(connection)
        type_server(harness, accounts_server)
        connection.oauthButton.click()
        config_id = harness.controller.oauth_store.config_id(url)
        assert config_id and harness.state.session is None and transports == []
        stored = stored_config(config_id)
        assert stored.method() == "OAuth2" and stored.name() == f"Mapflow Processing OAuth2 — {url}"
        config = json.loads(stored.config("oauth2config"))
        realm = f"{accounts_server.root_url}/auth/realms/mapflow/protocol/openid-connect"
        assert (config["grantFlow"], config["clientId"], config["clientSecret"]) == (3, "qgis", "")
        assert (config["requestUrl"], config["tokenUrl"], config["refreshTokenUrl"]) == (
            f"{realm}/auth", f"{realm}/token", f"{realm}/token")
        assert (config["redirectPort"], config["redirectUrl"], config["persistToken"]) == (7070, "", True)
        assert config["scope"] == "openid profile email" and config["accessMethod"] == 0
        restart = "Restart QGIS once, then press “Sign in with Mapflow account” again"
        assert restart in connection.oauthNoteLabel.text() and harness.bar_has(restart)
        connection.oauthButton.click()  # the same QGIS session: still the restart
        assert harness.state.session is None and transports == []

        restart_qgis()
        connection.oauthButton.click()
        qtbot.waitUntil(lambda: harness.state.session is not None, timeout=20000)
        session = harness.state.session
        assert session.sign_in_method == "oauth2" and session.email == account.email
        assert transports[0][0] == config_id
        assert connection.accountLabel.text().startswith(account.email)
        assert harness.settings.get(catalogue.SIGN_IN_METHOD) == "oauth2"
        seen = transports[0][1].seen
        assert {path for path, credentials, _own in seen if credentials} >= {"/projects/default", "/user/status"}
        assert not any(own for _path, _credentials, own in seen)  # the client never sent an Authorization itself
        assert not harness.secrets.api_config_id(url)  # no API token was stored
        assert not harness.bar_has("version of its API")  # the sandbox answers an older version: nothing to say

        # results: the GeoJSON through the session's client, the TileJSON through the same authenticated transport
        processing = deliver(account.client(accounts_server), "Bearer results")
        harness.controller.results.load(ResultsRequest((processing,), "both"))
        qtbot.waitUntil(lambda: harness.bar_has("The results of “Bearer results” were added to the map."),
                        timeout=30000)
        requested = {(path, credentials) for path, credentials, _own in transports[0][1].seen}
        assert (f"/processings/{processing.id}/result", True) in requested
        assert any(path.endswith(".json") and credentials for path, credentials in requested), requested

        caches = token_cache_files(config_id)
        for path in caches:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("[cache]\n")
        connection.signOutButton.click()
        assert config_id not in QgsApplication.authManager().configIds()
        assert harness.controller.oauth_store.config_id(url) == ""
        assert not any(path.exists() for path in caches)
        assert harness.settings.get(catalogue.SIGN_IN_METHOD) == "token"
        assert connection.oauthButton.isVisibleTo(connection)
    finally:
        harness.controller.oauth_store.forget(url)
        close_harness(harness)


def test_qgis_oauth2_method_adds_the_bearer_and_signs_in_at_the_next_start(qtbot, tmp_path, unlocked_auth,
                                                                           accounts_server):
    account = new_account(accounts_server, "qgis-oauth")
    options = {"version": lambda: QGIS_WITH_PKCE}  # the dock's own transport: QgisTransport + the authcfg
    harness = make_harness(qtbot, tmp_path, unlocked_auth, oauth_options=options)
    url = accounts_server.base_url
    store = harness.controller.oauth_store
    # QGIS 3.22 has the resource-owner grant, which the sandbox allows in tests: QGIS runs its real OAuth2 method
    config_id = store.create(url, grantFlow=2, username=account.email, password=account.secret, requestUrl="")
    restart_qgis()
    try:
        type_server(harness, accounts_server)
        harness.dock.connection.oauthButton.click()
        qtbot.waitUntil(lambda: harness.state.session is not None, timeout=30000)
        assert harness.state.session.email == account.email
        assert harness.state.session.client.user_status().email == account.email  # Bearer on later calls too
        assert token_cache_files(config_id)[0].exists()  # QGIS keeps the token between sessions
    finally:
        close_harness(harness)

    second = make_harness(qtbot, tmp_path, unlocked_auth, ini=harness.ini, auto_sign_in=True, oauth_options=options)
    try:
        qtbot.waitUntil(lambda: second.state.session is not None, timeout=30000)
        assert second.state.session.sign_in_method == "oauth2" and second.state.session.email == account.email
        second.dock.connection.signOutButton.click()
        assert config_id not in QgsApplication.authManager().configIds()
        assert not token_cache_files(config_id)[0].exists()
    finally:
        store.forget(url)
        close_harness(second)


@pytest.mark.parametrize("version, warning", [("4.0.0", True), ("3.7.0", False)])
def test_version_check_at_sign_in(qtbot, tmp_path, unlocked_auth, mapflow_log, version, warning):
    server = start_sandbox(tmp_path / "sandbox", "--api-version", version)
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        sign_in(qtbot, harness, server)
        if warning:
            text = (f"The Mapflow server runs a newer major version of its API ({version}) than this plugin knows "
                    "(3.6.0)")
        else:
            text = f"The Mapflow server has a newer version of its API ({version}; this plugin knows 3.6.0)"
        qtbot.waitUntil(lambda: harness.bar_has(text), timeout=20000)
        assert harness.state.session is not None  # never a block
        harness.dock.connection.signOutButton.click()
        sign_in(qtbot, harness, server)
        qtbot.waitUntil(lambda: mapflow_log.count(f"Server API version {version}") == 2, timeout=20000)
        # a newer major version is said at every sign-in; a minor one once per version
        assert mapflow_log.count(text) == (2 if warning else 1)
    finally:
        close_harness(harness)
        server.stop()
