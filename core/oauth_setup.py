"""OAuth2 sign-in through QGIS's own "OAuth2" authentication method: which QGIS can, and its configuration
(QGIS-free; ``integration/oauth_config.py`` stores it in the authentication database).

QGIS keeps an OAuth2 configuration as the JSON of ``QgsAuthOAuth2Config`` under the key ``oauth2config`` of an
authentication configuration of method ``OAuth2``. Mapflow's Keycloak needs the authorization-code flow with PKCE
for its public client ``qgis`` (contract 1.2); QGIS has that grant flow since 3.34 (QGIS pull request 54014).
The grant flow is stored as the number of QGIS's enum ``GrantFlow``: AuthCode 0, Implicit 1, ResourceOwner 2, and
Pkce 3 — until QGIS 3.44 put ClientCredentials (3) before it, making Pkce 4.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.oauth import OAuthSettings

CONTEXT = "MapflowOAuth"
PKCE_SINCE = 33400  # Qgis.QGIS_VERSION_INT of the first QGIS with the PKCE grant flow
CLIENT_CREDENTIALS_SINCE = 34400  # from here the enum has ClientCredentials before Pkce
GRANT_AUTH_CODE, GRANT_IMPLICIT, GRANT_RESOURCE_OWNER = 0, 1, 2
REQUEST_TIMEOUT_S = 30  # QGIS waits five times this for the browser sign-in


def _t(text: str) -> str:
    return translate(text, CONTEXT)


def pkce_grant_flow(qgis_version: int) -> Optional[int]:
    """The ``grantFlow`` number of "Authorization Code PKCE" in this QGIS, None where QGIS has no PKCE."""
    if qgis_version < PKCE_SINCE:
        return None
    return 3 if qgis_version < CLIENT_CREDENTIALS_SINCE else 4


def unavailable_reason(qgis_version: int, method_available: bool = True) -> str:
    """Why OAuth2 sign-in cannot be used in this QGIS ('' when it can)."""
    if not method_available:
        return _t(QT_TRANSLATE_NOOP(
            "MapflowOAuth", "This QGIS has no OAuth2 authentication method, so sign-in with your Mapflow account "
                            "is not possible here; sign in with your API token."))
    if pkce_grant_flow(qgis_version) is None:
        return _t(QT_TRANSLATE_NOOP(
            "MapflowOAuth", "Sign-in with your Mapflow account (OAuth2) needs QGIS 3.34 or later: older QGIS "
                            "cannot do the PKCE sign-in Mapflow requires. Sign in with your API token instead."))
    return ""


_CREDENTIAL_KEYS = ("apiKey", "clientSecret", "username", "password")


def oauth2_config(settings: OAuthSettings, grant_flow: int, name: str, description: str = "",
                  **overrides: Any) -> Dict[str, Any]:
    """The ``oauth2config`` JSON object for ``settings``: authorization and token URLs, client ``qgis`` without a
    secret, Mapflow's scopes, the redirect to port 7070 (QGIS's host 127.0.0.1, empty path), tokens kept between
    QGIS sessions and sent in the Authorization header. ``overrides`` replace keys (tests: the resource-owner
    flow)."""
    config: Dict[str, Any] = {
        "accessMethod": 0, "clientId": settings.client_id, "configType": 1,
        "customHeader": "", "description": description, "grantFlow": int(grant_flow), "id": "", "name": name,
        "objectName": "", "persistToken": True, "queryPairs": {},
        # no "redirectHost": QGIS 3.22 (older than the key) refuses a configuration with a key it does not know,
        # and QGIS's default host is the 127.0.0.1 Keycloak expects
        "redirectPort": int(settings.redirect_port), "redirectUrl": "",
        "refreshTokenUrl": settings.token_url, "requestTimeout": REQUEST_TIMEOUT_S,
        "requestUrl": settings.authorization_url, "scope": settings.scope, "tokenUrl": settings.token_url,
        "version": 1,
    }
    # The client is public (PKCE) and the user signs in in the browser: the configuration holds no credential,
    # and QGIS gets these keys empty.
    config.update(dict.fromkeys(_CREDENTIAL_KEYS, ""))
    config.update(overrides)
    return config


def restart_text(server: str) -> str:
    return _t(QT_TRANSLATE_NOOP(
        "MapflowOAuth", "An OAuth2 configuration for {server} was created in QGIS's authentication database. "
                        "Restart QGIS once, then press “Sign in with Mapflow account” again: QGIS uses a new "
                        "OAuth2 configuration only after a restart.")).format(server=server)
