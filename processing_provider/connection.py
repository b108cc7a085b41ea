"""Which server and which account an algorithm uses, and signing in there.

The server: the SERVER parameter, else the plugin's server setting (the one the panel last signed in to). The
account: the AUTHCFG parameter (any "Basic" authentication configuration: user = the Mapflow e-mail, password =
the API key), else the token the panel stored for that server in the QGIS authentication database. A token is never a
parameter: Processing writes parameter values into its history and log.

Reading the authentication database needs its master password. In QGIS desktop the algorithm reads it on the main
thread while preparing, where QGIS may ask for the password; anywhere else (a worker thread, ``qgis_process``)
nothing may prompt, so a locked database is an error that says how to unlock it (``QGIS_AUTH_PASSWORD_FILE``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..integration.messages import tr


@dataclass(frozen=True)
class SignInSource:
    server_url: str
    token: str = field(repr=False)


def may_prompt() -> bool:
    """QGIS may ask for the master password: QGIS desktop, on its main thread."""
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread() and QgsApplication.platform() == "desktop"


def read_sign_in(server: str, authcfg: str) -> SignInSource:
    """The server address and the token to use; raises QgsProcessingException with a text for the user."""
    from ..core import settings as catalogue
    from ..core.session import check_server_url, normalise_server_url
    from ..integration.auth import AuthError, AuthLocked, SecretStore
    from ..integration.settings_store import SettingsStore

    settings = SettingsStore()
    url = normalise_server_url(server) or normalise_server_url(settings.get(catalogue.SERVER_URL))
    problem = check_server_url(url)
    if problem:
        raise QgsProcessingException(problem)
    interactive = may_prompt()
    secrets = SecretStore(settings, interactive=interactive)
    try:
        if authcfg and authcfg.strip():
            return SignInSource(url, secrets.load_api_token_from_config(authcfg).token)
        stored = secrets.load_api_token(url) if secrets.api_config_id(url) else None
    except AuthLocked:
        raise QgsProcessingException(locked_text(interactive)) from None
    except AuthError as error:
        raise QgsProcessingException(str(error)) from None
    if stored is None:
        raise QgsProcessingException(tr(
            "There is no stored Mapflow sign-in for {url}. Sign in once in the Mapflow Processing panel (it keeps "
            "the token in the QGIS authentication database), or choose an authentication configuration with your "
            "Mapflow e-mail and API key in the Sign-in (AUTHCFG) parameter.").format(url=url))
    return SignInSource(url, stored.token)


def locked_text(in_desktop: bool) -> str:
    if in_desktop or QgsApplication.platform() == "desktop":
        return tr("The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. "
                  "Open the Mapflow Processing panel (QGIS asks for the master password there), then run the "
                  "algorithm again.")
    return tr("The QGIS authentication database is locked, so the stored Mapflow sign-in cannot be read. Without "
              "a window nothing can ask for its master password: put the password in a file only you can read and "
              "set the environment variable QGIS_AUTH_PASSWORD_FILE to that file's path.")


def open_session(source: SignInSource):
    """Sign in (``core.session.sign_in``) through QGIS's network stack; returns the ``SignInOutcome``. Blocking."""
    from ..api.errors import MapflowError
    from ..core.session import explain_sign_in_error, sign_in
    from ..integration.environment import plugin_version
    from ..integration.messages import describe_error
    from ..integration.qgis_transport import QgisTransport

    try:
        return sign_in(source.server_url, source.token, http=QgisTransport(), plugin_version=plugin_version())
    except MapflowError as error:
        fallback = describe_error(error, tr("Signing in"))
        raise QgsProcessingException(explain_sign_in_error(error, source.server_url, fallback)) from None
