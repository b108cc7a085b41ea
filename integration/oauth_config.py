"""Sign-in with the Mapflow account: the QGIS OAuth2 authentication configuration per server, and the hook that
lets QGIS put its Bearer token on the plugin's requests.

QGIS runs the whole OAuth2 flow (browser, local redirect on port 7070, token refresh, encrypted token cache); the
plugin keeps only the configuration's id in its settings. ``authcfg_authorizer`` is the hook of
``QgisTransport(authorize=...)``: ``QgsAuthManager.updateNetworkRequest`` adds the token to the requests that carry
the account's credentials, so the API client sends none of its own.

QGIS caches an OAuth2 bundle per configuration and reads new configurations reliably only after a restart
(contract 1.2): a configuration made in this QGIS session is remembered on the application object (it outlives a
plugin reload, not a restart) so the dock can say that QGIS must be restarted first.

Sign-out removes the configuration and QGIS's token cache files of it (``<settings dir>/oauth2-cache`` and the
temporary one, ``authcfg-<id>.ini``), so nothing of the sign-in stays on the computer.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QDir
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..api.oauth import OAuthSettings
from ..core import oauth_setup
from ..core import settings as catalogue
from ..core.settings import SettingSpec
from .auth import SecretStore, normalize_url, url_digest

OAUTH_METHOD = "OAuth2"
CONFIG_KEY = "oauth2config"
CONFIG_PREFIX = "Mapflow Processing OAuth2 — "
_CREATED_PROPERTY = "mapflow_processing_oauth_created"  # ids created in this QGIS session


def qgis_version() -> int:
    return int(Qgis.QGIS_VERSION_INT)


def method_available() -> bool:
    manager = QgsApplication.authManager()
    return manager is not None and not manager.isDisabled() and OAUTH_METHOD in manager.authMethodsKeys()


def authcfg_authorizer(authcfg: str) -> Callable[[QNetworkRequest], Optional[QNetworkRequest]]:
    """The hook for ``QgisTransport(authorize=...)``: QGIS adds the configuration's credentials (for OAuth2 it
    signs in first when it has no valid token). Called in the thread that sends the request."""

    def authorize(request: QNetworkRequest) -> Optional[QNetworkRequest]:
        result = QgsApplication.authManager().updateNetworkRequest(request, authcfg)
        ok, updated = result if isinstance(result, tuple) else (result, request)
        return updated if ok else None

    return authorize


def token_cache_files(config_id: str) -> List[Path]:
    """Where QGIS's OAuth2 method caches the tokens of ``config_id`` (persistent and temporary)."""
    name = f"authcfg-{config_id}.ini"
    settings_dir = Path(QDir(QgsApplication.qgisSettingsDirPath()).canonicalPath() or
                        QgsApplication.qgisSettingsDirPath())
    return [settings_dir / "oauth2-cache" / name, Path(QDir.tempPath()) / "oauth2-cache" / name]


def _created_ids() -> List[str]:
    app = QCoreApplication.instance()
    value = app.property(_CREATED_PROPERTY) if app is not None else None
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


def _mark_created(config_id: str) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_CREATED_PROPERTY, _created_ids() + [config_id])


class OAuthConfigStore:
    """The OAuth2 configuration of each server, in the QGIS authentication database (via ``SecretStore``)."""

    def __init__(self, secrets: SecretStore, version: Callable[[], int] = qgis_version):
        self._secrets = secrets
        self._version = version

    def _spec(self, server_url: str) -> SettingSpec:
        return catalogue.AUTHCFG_ID.with_key(f"{catalogue.OAUTH_AUTHCFG_GROUP}/{url_digest(server_url)}")

    def config_id(self, server_url: str) -> str:
        return self._secrets.config_id(self._spec(server_url))

    def needs_restart(self, server_url: str) -> bool:
        """The server's configuration was created in this QGIS session: QGIS must be restarted to use it."""
        config_id = self.config_id(server_url)
        return bool(config_id) and config_id in _created_ids()

    def create(self, server_url: str, **overrides) -> str:
        """Make the configuration for ``server_url`` (its Keycloak realm, ``OAuthSettings.for_api``) and return its
        id. Raises ``AuthError`` (database locked or unavailable) or ``ValueError`` (this QGIS has no PKCE and no
        other grant flow was given in ``overrides``)."""
        settings = OAuthSettings.for_api(server_url)
        grant = overrides.pop("grantFlow", None)
        if grant is None:
            grant = oauth_setup.pkce_grant_flow(self._version())
        if grant is None:
            raise ValueError(oauth_setup.unavailable_reason(self._version()))
        name = CONFIG_PREFIX + normalize_url(server_url)
        config = oauth_setup.oauth2_config(settings, grant, name, description="Mapflow Processing", **overrides)
        config_id = self._secrets.store_config(self._spec(server_url), OAUTH_METHOD, name,
                                               normalize_url(server_url), {CONFIG_KEY: json.dumps(config)})
        _mark_created(config_id)
        return config_id

    def forget(self, server_url: str) -> bool:
        """Sign-out: remove the configuration and QGIS's cached tokens of it."""
        config_id = self.config_id(server_url)
        removed = self._secrets.forget_config(self._spec(server_url))
        if config_id:
            for path in token_cache_files(config_id):
                try:
                    path.unlink()
                except FileNotFoundError:
                    pass
                except OSError:  # the cache of a removed configuration is never used again
                    pass
        return removed
