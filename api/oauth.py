"""OAuth2 sign-in to Mapflow (contract 1.2): Keycloak's authorization-code flow with PKCE, pure Python.

:class:`OAuthSettings` says where the authorization server is and how a client presents itself (the values a QGIS
OAuth2 authentication configuration needs). :class:`OAuthClient` speaks to it for scripts and tests: the
authorization URL with a :class:`Pkce` pair, the code exchange, refresh, revocation and logout. The tokens it gets
go to :class:`~.client.MapflowClient` with ``auth_scheme="Bearer"``. No token is ever logged or put in an error text.
"""
from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Tuple
from urllib.parse import urlencode, urlsplit

from .error_catalog import format_template
from .errors import InvalidRequestError, MapflowError
from .http import HttpRequest, HttpTransport
from .i18n import QT_TRANSLATE_NOOP, translate
from .redaction import SECRETS
from .requests_transport import RequestsTransport

CLIENT_ID = "qgis"
REDIRECT_PORT = 7070
DEFAULT_SCOPES = ("openid", "profile", "email")
KEYCLOAK_ROOT = "https://auth.mapflow.ai"
# environment (the plugin's mapflow_env) -> realm on auth.mapflow.ai (contract 1.2)
REALMS = {"production": "mapflow", "staging": "mapflow-staging", "internal": "mapflow-internal"}


class OAuthError(MapflowError):
    """The authorization server refused a request (``error``: an RFC 6749 code such as ``invalid_grant``)."""

    template = QT_TRANSLATE_NOOP("MapflowApi", "The Mapflow sign-in was refused ({error}): {description}")
    ended_template = QT_TRANSLATE_NOOP(
        "MapflowApi", "The Mapflow sign-in has expired or was ended. Sign in again.")

    def __init__(self, error: str, description: str = "", status: Optional[int] = None) -> None:
        self.error = error
        self.description = description
        self.status = status
        super().__init__(error=error, description=description or error)

    @property
    def user_message(self) -> str:
        if self.error == "invalid_grant":
            return format_template(translate(self.ended_template), {})
        return super().user_message


@dataclass(frozen=True)
class OAuthSettings:
    """A Keycloak realm and the public client ``qgis``; ``redirect_uri`` is where the local listener waits."""

    realm_url: str  # e.g. https://auth.mapflow.ai/auth/realms/mapflow
    client_id: str = CLIENT_ID
    scopes: Tuple[str, ...] = DEFAULT_SCOPES
    redirect_host: str = "127.0.0.1"
    redirect_port: int = REDIRECT_PORT

    @classmethod
    def keycloak(cls, root_url: str, realm: str = "mapflow", **options: Any) -> "OAuthSettings":
        """The realm ``realm`` of a Keycloak at ``root_url`` (Keycloak's ``/auth/realms/<realm>`` layout)."""
        root = (root_url or "").strip().rstrip("/")
        parts = urlsplit(root)
        if parts.scheme not in ("http", "https") or not parts.netloc or not realm:
            raise InvalidRequestError(f"the sign-in server address must start with http:// or https:// (got {root!r})")
        return cls(realm_url=f"{root}/auth/realms/{realm}", **options)

    @classmethod
    def for_environment(cls, environment: str = "production", **options: Any) -> "OAuthSettings":
        """The real service: ``production``, ``staging`` or ``internal``."""
        realm = REALMS.get((environment or "production").strip().lower())
        if realm is None:
            raise InvalidRequestError(f"no known sign-in realm for the environment {environment!r} "
                                      f"(known: {', '.join(REALMS)})")
        return cls.keycloak(KEYCLOAK_ROOT, realm, **options)

    @classmethod
    def for_api(cls, base_url: str, **options: Any) -> "OAuthSettings":
        """Where a client of the API at ``base_url`` signs in: ``api.mapflow.ai`` and ``whitemaps-<env>.mapflow.ai``
        use auth.mapflow.ai; any other server (e.g. the sandbox) serves its own realm ``mapflow`` at its root."""
        parts = urlsplit((base_url or "").strip())
        host = (parts.hostname or "").lower()
        if host == "api.mapflow.ai":
            return cls.for_environment("production", **options)
        if host.startswith("whitemaps-") and host.endswith(".mapflow.ai"):
            return cls.for_environment(host[len("whitemaps-"):-len(".mapflow.ai")], **options)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidRequestError(f"the server address must start with http:// or https:// (got {base_url!r})")
        return cls.keycloak(f"{parts.scheme}://{parts.netloc}", "mapflow", **options)

    @property
    def _endpoints(self) -> str:
        return f"{self.realm_url}/protocol/openid-connect"

    @property
    def authorization_url(self) -> str:
        return f"{self._endpoints}/auth"

    @property
    def token_url(self) -> str:
        return f"{self._endpoints}/token"

    @property
    def revocation_url(self) -> str:
        return f"{self._endpoints}/revoke"

    @property
    def logout_url(self) -> str:
        return f"{self._endpoints}/logout"

    @property
    def userinfo_url(self) -> str:
        return f"{self._endpoints}/userinfo"

    @property
    def discovery_url(self) -> str:
        return f"{self.realm_url}/.well-known/openid-configuration"

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.redirect_host}:{int(self.redirect_port)}/"

    @property
    def scope(self) -> str:
        return " ".join(self.scopes)


@dataclass(frozen=True)
class Pkce:
    """A PKCE pair (RFC 7636, S256): the verifier stays with the client, the challenge goes in the URL."""

    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"

    @classmethod
    def generate(cls) -> "Pkce":
        verifier = secrets.token_urlsafe(64)[:96]  # 43..128 characters of [A-Za-z0-9-_]
        return cls(verifier, challenge_for(verifier))


def challenge_for(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).decode("ascii").rstrip("=")


BEARER_SCHEME = "Bearer"  # the HTTP authorization scheme of OAuth2 access tokens (RFC 6750)


@dataclass(frozen=True)
class OAuthTokens:
    """A token answer. ``expires_at`` is ``time.time()``-based: when to refresh (a little before it)."""

    access_token: str = field(repr=False)
    token_type: str = BEARER_SCHEME
    expires_in: Optional[int] = None
    refresh_token: Optional[str] = field(default=None, repr=False)
    refresh_expires_in: Optional[int] = None
    scope: Optional[str] = None
    session_state: Optional[str] = None
    obtained_at: float = 0.0

    @classmethod
    def from_json(cls, data: Any, obtained_at: Optional[float] = None) -> "OAuthTokens":
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str) or not data["access_token"]:
            raise OAuthError("invalid_response", "the token answer has no access_token")

        def number(key: str) -> Optional[int]:
            value = data.get(key)
            return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        return cls(access_token=data["access_token"], token_type=str(data.get("token_type") or BEARER_SCHEME),
                   expires_in=number("expires_in"), refresh_token=data.get("refresh_token") or None,
                   refresh_expires_in=number("refresh_expires_in"), scope=data.get("scope"),
                   session_state=data.get("session_state"),
                   obtained_at=time.time() if obtained_at is None else obtained_at)

    @property
    def expires_at(self) -> Optional[float]:
        return None if self.expires_in is None else self.obtained_at + self.expires_in


class OAuthClient:
    """Speaks to the authorization server of ``settings`` over an :class:`~.http.HttpTransport` (``requests`` by
    default; the plugin may hand in its QGIS transport)."""

    def __init__(self, settings: OAuthSettings, transport: Optional[HttpTransport] = None,
                 timeout: float = 30.0) -> None:
        self.settings = settings
        self._owns_http = transport is None
        self._http: HttpTransport = transport if transport is not None else RequestsTransport()
        self._timeout = timeout

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> "OAuthClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def authorization_url(self, pkce: Pkce, state: str, login_hint: Optional[str] = None,
                          redirect_uri: Optional[str] = None) -> str:
        """The page to open in a browser; it comes back to ``redirect_uri`` with ``code`` and ``state``."""
        params = {"response_type": "code", "client_id": self.settings.client_id,
                  "redirect_uri": redirect_uri or self.settings.redirect_uri, "scope": self.settings.scope,
                  "state": state, "code_challenge": pkce.challenge, "code_challenge_method": pkce.method}
        if login_hint:
            params["login_hint"] = login_hint
        return f"{self.settings.authorization_url}?{urlencode(params)}"

    def exchange_code(self, code: str, pkce: Pkce, redirect_uri: Optional[str] = None) -> OAuthTokens:
        """``grant_type=authorization_code`` with the PKCE verifier; a code works once."""
        return self._tokens({"grant_type": "authorization_code", "code": code, "code_verifier": pkce.verifier,
                             "redirect_uri": redirect_uri or self.settings.redirect_uri})

    def refresh(self, refresh_token: str) -> OAuthTokens:
        """New tokens for the same sign-in; keep the new refresh token, the old one stops working."""
        return self._tokens({"grant_type": "refresh_token", "refresh_token": refresh_token})

    def password_grant(self, username: str, password: str) -> OAuthTokens:
        """``grant_type=password``: only where the server allows it (test servers; not the real service)."""
        return self._tokens({"grant_type": "password", "username": username, "password": password,
                             "scope": self.settings.scope})

    def revoke(self, token: str, token_type_hint: Optional[str] = None) -> None:
        """RFC 7009. Revoking the refresh token ends the sign-in (the sign-out of a client)."""
        form = {"token": token}
        if token_type_hint:
            form["token_type_hint"] = token_type_hint
        self._post(self.settings.revocation_url, form)

    def logout(self, refresh_token: str) -> None:
        """End the sign-in the refresh token belongs to (Keycloak's logout endpoint)."""
        self._post(self.settings.logout_url, {"refresh_token": refresh_token})

    def userinfo(self, access_token: str) -> Dict[str, Any]:
        SECRETS.add([access_token])
        response = self._send(HttpRequest("GET", self.settings.userinfo_url,
                                          {"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
                                          None, self._timeout, self._timeout))
        return self._json(response)

    # --- plumbing ---

    def _tokens(self, form: Dict[str, str]) -> OAuthTokens:
        tokens = OAuthTokens.from_json(self._post(self.settings.token_url, form))
        SECRETS.add(t for t in (tokens.access_token, tokens.refresh_token) if t)
        return tokens

    def _post(self, url: str, form: Dict[str, str]) -> Any:
        for key in ("refresh_token", "token", "code", "code_verifier", "password"):
            if form.get(key):
                SECRETS.add([form[key]])
        body = urlencode({**form, "client_id": self.settings.client_id}).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
        return self._json(self._send(HttpRequest("POST", url, headers, body, self._timeout, self._timeout)))

    def _send(self, request: HttpRequest):
        return self._http.send(request)

    @staticmethod
    def _json(response) -> Any:
        try:
            raw = response.content
        finally:
            response.close()
        data = None
        if raw.strip():
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
        if not response.ok:
            error = data.get("error") if isinstance(data, dict) else None
            description = data.get("error_description") if isinstance(data, dict) else None
            raise OAuthError(str(error or f"http_{response.status_code}"),
                             SECRETS.redact(str(description or response.reason or "")), response.status_code)
        return data
