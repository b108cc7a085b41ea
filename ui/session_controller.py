"""Sign in and out, the automatic sign-in with the stored token, and the account line (refreshed every 30 s).

The token is checked for its form on the GUI thread, tried against the server in a task (``/projects/default`` is
the login probe, then ``/user/status`` and the project list), and stored in the QGIS authentication database only
once the server accepted it; settings keep the server URL and the authcfg id, never the token.
"""
from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Tuple
from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QObject, QTimer

from ..api.client import MapflowClient
from ..api.http import HttpTransport
from ..api.models import Project, UserStatus
from ..core import settings as catalogue
from ..core.aoi_rules import BillingType, format_km2
from ..core.choices import SignInRequest
from ..integration.auth import AuthError, SecretStore, parse_api_token
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from .controller_support import Generation, SignalConnections, readable_error, submit_call
from .draft import billing_type

ACCOUNT_REFRESH_MS = 30_000
METADATA = Path(__file__).resolve().parents[1] / "metadata.txt"


def plugin_version() -> str:
    parser = configparser.ConfigParser()
    try:
        parser.read(METADATA, encoding="utf-8")
        return parser.get("general", "version", fallback="0.0.0")
    except configparser.Error:
        return "0.0.0"


def check_server_url(url: str) -> str:
    """Why ``url`` cannot be a Mapflow API address ('' when it can)."""
    parts = urlsplit((url or "").strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return tr("The server address must be an http:// or https:// URL ending with /rest, "
                  "for example https://api.mapflow.ai/rest.")
    return ""


@dataclass(frozen=True)
class SignInOutcome:
    client: MapflowClient
    server_url: str
    email: str
    user_status: UserStatus
    projects: Tuple[Project, ...]
    project: Project  # the remembered project if it still exists, else the default one


def sign_in_call(server_url: str, token: str, http_transport: HttpTransport,
                 remembered_project_id: str) -> Callable:
    """The worker-thread half of a sign-in: every request, no widget. The HTTP transport (QGIS's network stack in
    the plugin) carries this client's requests for the whole session."""

    def call(_ctx) -> SignInOutcome:
        client = MapflowClient(server_url, token, plugin_version=plugin_version(), transport=http_transport)
        try:
            default = client.default_project()  # 401 here means a wrong token
            status = client.user_status()
            projects = tuple(client.list_projects())
        except Exception:
            client.close()
            raise
        chosen = next((p for p in projects if p.id == remembered_project_id), None)
        if chosen is None:
            chosen = next((p for p in projects if p.id == default.id), default)
        return SignInOutcome(client, server_url, client.email or "", status, projects, chosen)

    return call


def account_text(email: str, status: UserStatus) -> str:
    kind = billing_type(status)
    if kind is BillingType.CREDITS:
        balance = tr("balance {credits} credits").format(credits=f"{status.remaining_credits or 0:,}")
    elif kind is BillingType.AREA:
        balance = tr("remaining area {area}").format(area=format_km2((status.remaining_area or 0) / 1e6))
    else:
        balance = tr("no billing limits")
    return f"{email} — {balance}"


class SessionController(QObject):
    def __init__(self, dock, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 secrets: SecretStore, make_http_transport: Callable[[], HttpTransport], parent=None):
        super().__init__(parent)
        self._links = SignalConnections()  # undone by shutdown(): widgets may outlive us briefly
        self.dock = dock
        self.widget = dock.connection
        self.state = state
        self.tasks = tasks
        self.notifier = notifier
        self.settings = settings
        self.secrets = secrets
        self.make_http_transport = make_http_transport
        self.projects: Tuple[Project, ...] = ()  # the list that came with the sign-in
        self._sign_in = Generation()
        self._refresh = Generation()
        self._refreshing = False
        self._timer = QTimer(self)
        self._timer.setInterval(ACCOUNT_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_account)
        self._links.connect(self.widget.sign_in_requested, self.sign_in)
        self._links.connect(self.widget.sign_out_requested, self.sign_out)
        self._links.connect(state.account_changed, self._show_account)
        self.widget.set_server_url(settings.get(catalogue.SERVER_URL))

    # --- sign in ---------------------------------------------------------------------------------------------
    @guarded("Signing in")
    def sign_in(self, request: SignInRequest) -> None:
        url = request.server_url.strip().rstrip("/")
        problem = check_server_url(url)
        token = request.token
        if not problem and not token:
            stored = self._stored_token(url)
            token = stored or ""
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
        if self.state.session is not None or not self.secrets.api_config_id(url):
            return False
        token = self._stored_token(url)
        if not token:
            return False
        self.widget.set_server_url(url)
        self._start(url, token, automatic=True)
        return True

    def _stored_token(self, url: str) -> str:
        try:
            stored = self.secrets.load_api_token(url)
        except AuthError as error:
            self.notifier.warning(str(error))
            return ""
        return stored.token if stored is not None else ""

    def _start(self, url: str, token: str, automatic: bool) -> None:
        number = self._sign_in.next()
        self.widget.set_busy(True)
        self.widget.set_account_text(tr("Signing in to {host}…").format(host=urlsplit(url).netloc))
        remembered = self.settings.get(catalogue.LAST_PROJECT_ID)
        submit_call(self.tasks, self.notifier, tr("Mapflow: sign in"),
                    sign_in_call(url, token, self.make_http_transport(), remembered),
                    lambda outcome: self._signed_in(number, outcome, token, automatic),
                    lambda error: self._sign_in_failed(number, error))

    def _signed_in(self, number: int, outcome: SignInOutcome, token: str, automatic: bool) -> None:
        if not self._sign_in.is_current(number):
            outcome.client.close()
            return
        self.widget.set_busy(False)
        self.settings.set(catalogue.SERVER_URL, outcome.server_url)
        if not automatic:
            try:
                self.secrets.save_api_token(outcome.server_url, token)
            except AuthError as error:
                self.notifier.warning(tr("Signed in, but the token could not be kept for next time: {reason}").format(
                    reason=error))
        self.projects = outcome.projects
        role = outcome.project.role_of(outcome.email).value
        session = Session(client=outcome.client, server_url=outcome.server_url, email=outcome.email,
                          user_status=outcome.user_status, project=outcome.project, role=role)
        self.dock.set_signed_in(True)
        self.widget.set_account_text(account_text(outcome.email, outcome.user_status))
        self.dock.show_status(tr("Signed in to {host}.").format(host=urlsplit(outcome.server_url).netloc))
        self.state.sign_in(session)
        self._timer.start()

    def _sign_in_failed(self, number: int, error: BaseException) -> None:
        if not self._sign_in.is_current(number):
            return
        self.widget.set_busy(False)
        self._fail(readable_error(error, self.notifier, tr("Signing in")))

    def _fail(self, text: str) -> None:
        self.widget.set_account_text(tr("Not signed in: {reason}").format(reason=text))
        self.dock.show_status(tr("Not signed in."))
        self.notifier.error(text, duration=10)

    # --- sign out --------------------------------------------------------------------------------------------
    @guarded("Signing out")
    def sign_out(self) -> None:
        session = self.state.session
        self._sign_in.invalidate()
        self._refresh.invalidate()
        self._timer.stop()
        if session is not None:
            try:
                self.secrets.forget_api_token(session.server_url)
            except AuthError as error:
                self.notifier.warning(str(error))
        self.projects = ()
        self.state.sign_out()
        self.dock.set_signed_in(False)
        self.widget.set_busy(False)
        self.widget.set_account_text(tr("Not signed in."))
        self.dock.show_status(tr("Signed out."))
        if session is not None:
            session.client.close()

    # --- the account line ------------------------------------------------------------------------------------
    @guarded("Refreshing the account")
    def refresh_account(self) -> None:
        """Ask /user/status again (every 30 s, and after a start); a slow answer never blocks the dock."""
        session = self.state.session
        if session is None or self._refreshing:
            return
        self._refreshing = True
        number = self._refresh.next()
        client = session.client
        submit_call(self.tasks, self.notifier, tr("Mapflow: account status"), lambda _ctx: client.user_status(),
                    lambda status: self._refreshed(number, status), lambda error: self._refresh_failed(number, error),
                    hidden=True)

    def _refreshed(self, number: int, status: UserStatus) -> None:
        self._refreshing = False
        if self._refresh.is_current(number) and self.state.session is not None:
            self.state.set_user_status(status)

    def _refresh_failed(self, number: int, error: BaseException) -> None:
        self._refreshing = False
        if self._refresh.is_current(number):
            self.notifier.log(tr("The account status could not be refreshed: {reason}").format(
                reason=readable_error(error, self.notifier, tr("Refreshing the account"))))

    @guarded("Showing the account")
    def _show_account(self, session: Session) -> None:
        self.widget.set_account_text(account_text(session.email, session.user_status))

    def shutdown(self) -> None:
        self._links.disconnect_all()
        self._timer.stop()
        self._sign_in.invalidate()
        self._refresh.invalidate()
