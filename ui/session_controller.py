"""Sign in and out, the automatic sign-in with the stored token, the account line (refreshed every 30 s) and the
sandbox entry of the server box (offered only when a sandbox answers).

The token is checked for its form on the GUI thread, tried against the server by ``core.session.sign_in`` in a
task, and stored in the QGIS authentication database only once the server accepted it; settings keep the server
URL and the authcfg id, never the token.
"""
from __future__ import annotations

from typing import Callable
from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QTimer

from ..api.http import HttpTransport
from ..api.models import UserStatus
from ..core import settings as catalogue
from ..core.account import balance_text
from ..core.choices import SignInRequest
from ..core.errors import is_outage
from ..core.session import SignInOutcome, check_server_url, explain_sign_in_error, normalise_server_url, \
    probe_server, sign_in
from ..integration.auth import AuthError, AuthState, SecretStore, parse_api_token
from ..integration.environment import plugin_version
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController

ACCOUNT_REFRESH_MS = 30_000


def close_quietly(*closables) -> None:
    """Close clients and transports this controller made; a failure to close is nothing to tell the user."""
    for item in closables:
        try:
            if item is not None:
                item.close()
        except Exception as error:  # noqa: BLE001 - closing is best effort
            Notifier().log(f"Closing {type(item).__name__} failed: {error}")


def end_session_client(client) -> None:
    """The session's client and the transport made for it (the client leaves a transport handed in open)."""
    close_quietly(client, getattr(client, "http_transport", None))


def probe_and_close(url: str, http: HttpTransport) -> bool:
    try:
        return probe_server(url, http)
    finally:
        http.close()


def account_text(email: str, status: UserStatus) -> str:
    return f"{email} — {balance_text(status)}"


class SessionController(SectionController):
    def __init__(self, dock, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 secrets: SecretStore, make_http_transport: Callable[[], HttpTransport], parent=None,
                 oauth_store=None):
        super().__init__(state, tasks, notifier, dock.connection, parent)
        self.dock = dock
        self.settings = settings
        self.secrets = secrets
        self.oauth_store = oauth_store  # integration.oauth_config.OAuthConfigStore: removed at sign-out
        self.make_http_transport = make_http_transport
        self._sign_in = Generation()
        self._refresh = Generation()
        self._refreshing = False
        self._timer = QTimer(self)
        self._timer.setInterval(ACCOUNT_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_account)
        self.listen(self.widget.sign_in_requested, self.sign_in)
        self.listen(self.widget.sign_out_requested, self.sign_out)
        self.listen(state.account_changed, self._show_account)
        self.listen(state.processings_changed, self.refresh_account)  # a start or restart spends credits
        self.widget.set_server_url(settings.get(catalogue.SERVER_URL))
        self.look_for_sandbox()

    # --- the sandbox entry -----------------------------------------------------------------------------------
    def look_for_sandbox(self) -> None:
        """Offer the sandbox in the server box only if one answers on the configured address (in a task)."""
        url = normalise_server_url(self.settings.get(catalogue.SANDBOX_URL))
        http = self.make_http_transport()
        self.run_call(tr("Mapflow: look for a local sandbox"), lambda _ctx: probe_and_close(url, http),
                      lambda answering: self._sandbox_found(url) if answering else None, hidden=True)

    def _sandbox_found(self, url: str) -> None:
        self.widget.offer_sandbox(url)

    # --- sign in ---------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Signing in"))
    def sign_in(self, request: SignInRequest) -> None:
        url = normalise_server_url(request.server_url)
        problem = check_server_url(url)
        token = request.token
        if not problem and not token:
            token = self._stored_token(url)
            if not token:
                problem = tr("Paste your Mapflow API token first.")
        if not problem:
            try:
                parse_api_token(token)
            except AuthError as error:
                problem = str(error)
        if problem:
            self._fail(problem)
            return
        self._start(url, token, automatic=False)

    def sign_in_with_stored_token(self) -> bool:
        """At plugin start: sign in with the token stored for the last server, if there is one (in a task)."""
        url = self.settings.get(catalogue.SERVER_URL)
        if self.state.session is not None or self.settings.get(catalogue.SIGN_IN_METHOD) != "token" \
                or not self.secrets.api_config_id(url):
            return False
        token = self._stored_token(url)
        if not token:
            return False
        self.widget.set_server_url(url)
        self._start(url, token, automatic=True)
        return True

    def _stored_token(self, url: str) -> str:
        if not self.secrets.api_config_id(url):
            return ""
        self._explain_master_password()
        try:
            stored = self.secrets.load_api_token(url)
        except AuthError as error:
            self.notifier.warning(str(error), topic=Topic.SIGN_IN)
            return ""
        return stored.token if stored is not None else ""

    def _explain_master_password(self) -> None:
        """QGIS asks for its master password (or to set one) the first time a secret is read or written: say why
        before its dialog appears."""
        if self.secrets.state() is AuthState.LOCKED:
            self.notifier.info(tr("QGIS now asks for its master password (or asks you to set one, the first "
                                  "time): it encrypts your Mapflow token in the QGIS authentication database. "
                                  "The plugin never sees that password."), duration=30, topic=Topic.SIGN_IN)

    def sign_in_externally(self, url: str, http: HttpTransport, automatic: bool = False,
                           method: str = "oauth2") -> None:
        """Sign in through a transport that authenticates by itself (QGIS's OAuth2 configuration): no token."""
        self.widget.set_server_url(url)
        self._start(normalise_server_url(url), None, automatic, http=http, method=method)

    def _start(self, url: str, token, automatic: bool, http=None, method: str = "token") -> None:
        number = self._sign_in.next()
        self.widget.set_busy(True)
        self.widget.set_account_text(tr("Signing in to {host}…").format(host=urlsplit(url).netloc))
        remembered = self.settings.get(catalogue.LAST_PROJECT_ID)
        http, version = http or self.make_http_transport(), plugin_version()
        self.run_call(tr("Mapflow: sign in"),
                      lambda _ctx: sign_in(url, token, http=http, remembered_project_id=remembered,
                                           plugin_version=version),
                      lambda outcome: self._signed_in(number, outcome, token, automatic, method),
                      lambda error: self._sign_in_failed(number, url, error, http),
                      on_cancel=lambda: close_quietly(http))

    def _signed_in(self, number: int, outcome: SignInOutcome, token, automatic: bool,
                   method: str = "token") -> None:
        if not self._sign_in.is_current(number):
            end_session_client(outcome.client)
            return
        self.widget.set_busy(False)
        self.notifier.clear(Topic.SIGN_IN)
        self.notifier.clear(Topic.SERVER)
        self.settings.set(catalogue.SERVER_URL, outcome.server_url)
        self.settings.set(catalogue.SIGN_IN_METHOD, method)
        if not automatic and token:
            self._explain_master_password()
            try:
                self.secrets.save_api_token(outcome.server_url, token)
            except AuthError as error:
                self.notifier.warning(tr("Signed in, but the token could not be kept for next time: {reason}").format(
                    reason=error), topic=Topic.SIGN_IN)
            else:
                self.notifier.clear(Topic.SIGN_IN)
        role = outcome.project.role_of(outcome.email).value
        session = Session(client=outcome.client, server_url=outcome.server_url, email=outcome.email,
                          user_status=outcome.user_status, project=outcome.project, role=role,
                          projects=outcome.projects, sign_in_method=method)
        self.dock.set_signed_in(True)
        self.widget.set_account_text(account_text(outcome.email, outcome.user_status))
        self.dock.show_status(tr("Signed in to {host}.").format(host=urlsplit(outcome.server_url).netloc))
        previous = self.state.session
        self.state.sign_in(session)
        self._timer.start()
        if previous is not None and previous.client is not outcome.client:  # signed in again: the old one ends
            end_session_client(previous.client)

    def _sign_in_failed(self, number: int, url: str, error: BaseException, http: HttpTransport = None) -> None:
        close_quietly(http)
        if not self._sign_in.is_current(number):
            return
        self.widget.set_busy(False)
        shown = self.notifier.report(error, tr("Signing in"), topic=Topic.SIGN_IN,
                                     text=explain_sign_in_error(error, url, fallback=""), server_url=url,
                                     retry=self.widget.request_sign_in)
        self._show_not_signed_in(shown)

    def _fail(self, text: str) -> None:
        self.notifier.error(text, topic=Topic.SIGN_IN)
        self._show_not_signed_in(text)

    def _show_not_signed_in(self, reason: str) -> None:
        self.widget.set_account_text(tr("Not signed in: {reason}").format(reason=reason))
        self.dock.show_status(tr("Not signed in."))

    # --- sign out --------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Signing out"))
    def sign_out(self) -> None:
        session = self.state.session
        self._sign_in.invalidate()
        self._refresh.invalidate()
        self._timer.stop()
        if session is not None:
            try:
                if session.sign_in_method == "oauth2" and self.oauth_store is not None:
                    self.oauth_store.forget(session.server_url)  # the configuration and QGIS's cached tokens
                else:
                    self.secrets.forget_api_token(session.server_url)
            except AuthError as error:
                self.notifier.warning(str(error), topic=Topic.SIGN_IN)
            self.settings.set(catalogue.SIGN_IN_METHOD, "token")
        self.state.sign_out()
        self.notifier.clear(Topic.SERVER)
        self.dock.set_signed_in(False)
        self.widget.set_busy(False)
        self.widget.set_account_text(tr("Not signed in."))
        self.dock.show_status(tr("Signed out."))
        if session is not None:
            end_session_client(session.client)

    # --- the account line ------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Refreshing the account"))
    def refresh_account(self) -> None:
        """Ask /user/status again (every 30 s, and after a start); a slow answer never blocks the dock."""
        session = self.state.session
        if session is None or self._refreshing:
            return
        self._refreshing = True
        number = self._refresh.next()
        client = session.client
        self.run_call(tr("Mapflow: account status"), lambda _ctx: client.user_status(),
                      lambda status: self._refreshed(number, status), lambda error: self._refresh_failed(number, error),
                      hidden=True)

    def _refreshed(self, number: int, status: UserStatus) -> None:
        self._refreshing = False
        if self._refresh.is_current(number) and self.state.session is not None:
            self.state.report_server(True)
            self.state.set_user_status(status)

    def _refresh_failed(self, number: int, error: BaseException) -> None:
        self._refreshing = False
        if self._refresh.is_current(number):
            if is_outage(error):
                self.state.report_server(False)
            self.notifier.log(tr("The account status could not be refreshed: {reason}").format(
                reason=self.notifier.describe(error, tr("Refreshing the account"))))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the account"))
    def _show_account(self, session: Session) -> None:
        self.widget.set_account_text(account_text(session.email, session.user_status))

    def shutdown(self) -> None:
        """Stop the account refresh and close the session's connections (the plugin unloads)."""
        super().shutdown()
        self._timer.stop()
        self._sign_in.invalidate()
        self._refresh.invalidate()
        session = self.state.session
        if session is not None:
            end_session_client(session.client)
