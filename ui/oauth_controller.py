"""Sign-in with the Mapflow account (OAuth2) instead of an API token, through QGIS's OAuth2 authentication method.

QGIS 3.34+ only (the PKCE grant flow); an older QGIS says so under the button and offers the API token. The first
sign-in to a server creates its OAuth2 configuration and asks for a QGIS restart (contract 1.2); after it, the
sign-in runs the usual way (``SessionController.sign_in_externally``) on a ``QgisTransport`` that lets QGIS add the
Bearer token: QGIS opens the browser when it has no valid token, refreshes it when it expires and keeps it between
sessions. Sign-out (``SessionController``) removes the configuration and QGIS's cached tokens.
"""
from __future__ import annotations

from typing import Callable

from ..api.http import HttpTransport
from ..core import oauth_setup
from ..core import settings as catalogue
from ..core.session import check_server_url, normalise_server_url
from ..integration.auth import AuthError, AuthState
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.oauth_config import OAuthConfigStore, authcfg_authorizer, method_available, qgis_version
from ..integration.qgis_transport import QgisTransport
from ..integration.session_state import SessionState
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController


def qgis_authorized_transport(config_id: str) -> HttpTransport:
    return QgisTransport(authorize=authcfg_authorizer(config_id))


class OAuthController(SectionController):
    """``version``/``available``: this QGIS (injectable for tests); ``make_transport(config_id)``: the transport
    that authenticates with the configuration."""

    def __init__(self, dock, session_controller, state: SessionState, notifier: Notifier, settings: SettingsStore,
                 store: OAuthConfigStore, version: Callable[[], int] = qgis_version,
                 available: Callable[[], bool] = method_available,
                 make_transport: Callable[[str], HttpTransport] = qgis_authorized_transport, parent=None):
        super().__init__(state, None, notifier, dock.connection, parent)
        self.session = session_controller
        self.settings = settings
        self.store = store
        self._version = version
        self._available = available
        self._make_transport = make_transport
        self.listen(self.widget.oauth_sign_in_requested, self.sign_in)
        self.show_availability()

    def unavailable_reason(self) -> str:
        return oauth_setup.unavailable_reason(self._version(), self._available())

    def show_availability(self) -> None:
        reason = self.unavailable_reason()
        self.widget.set_oauth(not reason, reason)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Signing in with the Mapflow account"))
    def sign_in(self, server_url: str, automatic: bool = False) -> bool:
        """Create the configuration (then ask for a restart) or sign in with it; True when a sign-in started."""
        url = normalise_server_url(server_url)
        problem = check_server_url(url) or self.unavailable_reason()
        if problem:
            self.notifier.warning(problem, topic=Topic.SIGN_IN)
            return False
        config_id = self.store.config_id(url)
        if not config_id:
            if automatic:
                return False
            self._explain_master_password()
            try:
                self.store.create(url, grantFlow=oauth_setup.pkce_grant_flow(self._version()))
            except (AuthError, ValueError) as error:
                self.notifier.error(tr("The OAuth2 configuration could not be created: {reason}").format(
                    reason=error), topic=Topic.SIGN_IN)
                return False
        if self.store.needs_restart(url):
            text = oauth_setup.restart_text(url)
            self.widget.set_oauth(True, text)
            if not automatic:
                self.notifier.warning(text, duration=0, topic=Topic.SIGN_IN)
            return False
        self.show_availability()
        self.session.sign_in_externally(url, self._make_transport(self.store.config_id(url)), automatic=automatic)
        return True

    def sign_in_automatically(self) -> bool:
        """At plugin start: sign in again with the Mapflow account when that is how the last sign-in was made."""
        if self.state.session is not None or self.settings.get(catalogue.SIGN_IN_METHOD) != "oauth2":
            return False
        url = self.settings.get(catalogue.SERVER_URL)
        if not self.store.config_id(url) or self.unavailable_reason():
            return False
        return self.sign_in(url, automatic=True)

    def _explain_master_password(self) -> None:
        if self.session.secrets.state() is AuthState.LOCKED:
            self.notifier.info(tr("QGIS now asks for its master password (or asks you to set one, the first "
                                  "time): it encrypts the OAuth2 configuration and your sign-in in the QGIS "
                                  "authentication database. The plugin never sees that password."),
                               duration=30, topic=Topic.SIGN_IN)
