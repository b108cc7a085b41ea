"""The OAuth2 authorization server's rules: PKCE codes, token grants, rotation, revocation (RFC 6749, 7636, 7009).

One public client, ``qgis`` (no secret, as on the real service), redirecting to a loopback address on any port
(QGIS listens on ``http://127.0.0.1:7070/``). Codes live 60 s and are single-use; access tokens and refresh tokens
live ``--oauth-access-ttl`` / ``--oauth-refresh-ttl`` seconds on the sandbox clock. A refresh rotates the refresh
token; presenting an already used one ends the whole sign-in (token theft detection), and so does replaying a code.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import sqlite3
from datetime import timedelta
from typing import Optional
from urllib.parse import urlsplit

from .. import clock
from ..store import oauth as oauth_store
from ..store import users as user_store
from ..store.records import User
from ..util import new_id

CLIENT_ID = "qgis"
REALMS = ("mapflow", "mapflow-staging", "mapflow-internal")
DEFAULT_SCOPE = "openid profile email"
CODE_TTL_S = 60
ACCESS_PREFIX = "mfsbx_at_"  # lets the API tell an OAuth2 access token from an API token at a glance
REFRESH_PREFIX = "mfsbx_rt_"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
_CHALLENGE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # BASE64URL(SHA256(verifier)) without padding
_VERIFIER = re.compile(r"^[A-Za-z0-9._~-]{43,128}$")


class OAuthError(Exception):
    """An RFC 6749 error: ``error`` code and a description; 400 unless said otherwise."""

    def __init__(self, error: str, description: str, status: int = 400):
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict:
        return {"error": self.error, "error_description": self.description}


# -- the authorization request ---------------------------------------------------------------------------------
def redirect_problem(client_id: Optional[str], redirect_uri: Optional[str]) -> Optional[str]:
    """Why the browser must NOT be sent back to ``redirect_uri`` (unknown client or address), or None."""
    if client_id != CLIENT_ID:
        return f"Unknown client {client_id!r}: this server knows the client {CLIENT_ID!r}"
    parts = urlsplit(redirect_uri or "")
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS or port is None or parts.fragment:
        return ("Invalid redirect_uri: the client qgis redirects to a loopback address with a port, "
                "e.g. http://127.0.0.1:7070/")
    return None


def check_authorization_request(response_type: Optional[str], challenge: Optional[str],
                                method: Optional[str]) -> None:
    """PKCE S256 is required; ``plain`` and a missing challenge are refused (reported to the redirect URI)."""
    if response_type != "code":
        raise OAuthError("unsupported_response_type", "Only response_type=code (authorization code) is supported")
    if not challenge:
        raise OAuthError("invalid_request", "PKCE is required: send code_challenge and code_challenge_method=S256")
    if method != "S256":
        raise OAuthError("invalid_request", "code_challenge_method must be S256 (plain is not accepted)")
    if not _CHALLENGE.match(challenge):
        raise OAuthError("invalid_request", "code_challenge must be the 43-character BASE64URL SHA-256 of the "
                                            "code verifier")


def user_for_credentials(conn: sqlite3.Connection, email: str, secret: str) -> Optional[User]:
    """The user whose email and API secret (or whole API token) these are."""
    user = user_store.find_user_by_email(conn, (email or "").strip())
    if user is None or not secret:
        return None
    candidates = [secret.strip()]
    try:
        decoded = base64.b64decode(secret.strip() + "=" * (-len(secret.strip()) % 4)).decode("utf-8")
        token_email, _, token_secret = decoded.partition(":")
        if token_email.strip().lower() == user.email.lower():
            candidates.append(token_secret)
    except (ValueError, UnicodeDecodeError):
        pass
    if any(hmac.compare_digest(user.secret.encode(), c.encode()) for c in candidates if c):
        return user
    return None


def issue_code(conn: sqlite3.Connection, user: User, redirect_uri: str, challenge: str, scope: Optional[str],
               realm: str) -> str:
    code = secrets.token_urlsafe(32)
    expires = clock.iso(clock.now(conn) + timedelta(seconds=CODE_TTL_S))
    oauth_store.insert_code(conn, code, user.id, CLIENT_ID, redirect_uri, challenge, _scope(scope), realm, expires)
    return code


def _scope(scope: Optional[str]) -> str:
    words = [w for w in (scope or "").split() if w]
    return " ".join(dict.fromkeys(words)) if words else DEFAULT_SCOPE


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).decode().rstrip("=")


# -- the token endpoint -----------------------------------------------------------------------------------------
def _check_client(client_id: Optional[str]) -> None:
    if client_id != CLIENT_ID:
        raise OAuthError("invalid_client", f"Unknown client {client_id!r}", status=401)


def exchange_code(conn: sqlite3.Connection, form: dict, realm: str, ttls: tuple) -> dict:
    """grant_type=authorization_code: a fresh code, its redirect URI and the PKCE verifier give a token pair."""
    _check_client(form.get("client_id"))
    code = form.get("code") or ""
    row = oauth_store.take_code(conn, code) if code else None
    if row is None or row["realm"] != realm:
        raise OAuthError("invalid_grant", "Code not valid")
    if row["used"]:
        oauth_store.revoke_from_code(conn, row["code_hash"])
        raise OAuthError("invalid_grant", "Code already used: the sign-in it started has been ended")
    if row["expires_at"] <= clock.now_iso(conn):
        raise OAuthError("invalid_grant", "Code expired")
    if form.get("redirect_uri") != row["redirect_uri"]:
        raise OAuthError("invalid_grant", "redirect_uri does not match the authorization request")
    verifier = form.get("code_verifier") or ""
    if not verifier:
        raise OAuthError("invalid_grant", "PKCE code_verifier not specified")
    if not _VERIFIER.match(verifier) or not hmac.compare_digest(s256(verifier), row["code_challenge"]):
        raise OAuthError("invalid_grant", "PKCE verification failed: the code_verifier does not match")
    user = user_store.get_user(conn, row["user_id"])
    if user is None:
        raise OAuthError("invalid_grant", "The user no longer exists")
    return _issue(conn, user, new_id(), row["scope"], realm, ttls, row["code_hash"])


def refresh(conn: sqlite3.Connection, form: dict, realm: str, ttls: tuple) -> dict:
    """grant_type=refresh_token: a new pair for the same sign-in; the old refresh token stops working."""
    _check_client(form.get("client_id"))
    token = form.get("refresh_token") or ""
    row = oauth_store.find_token(conn, token) if token else None
    if row is None or row["kind"] != "refresh" or row["realm"] != realm or row["client_id"] != CLIENT_ID:
        raise OAuthError("invalid_grant", "Invalid refresh token")
    if row["revoked"]:
        oauth_store.revoke_session(conn, row["session_id"])  # a used or revoked refresh token: end the sign-in
        raise OAuthError("invalid_grant", "Refresh token no longer valid: the session has ended")
    if row["expires_at"] <= clock.now_iso(conn):
        raise OAuthError("invalid_grant", "Token is not active: the refresh token has expired")
    user = user_store.get_user(conn, row["user_id"])
    if user is None:
        raise OAuthError("invalid_grant", "The user no longer exists")
    oauth_store.revoke_token(conn, row["token_hash"])
    return _issue(conn, user, row["session_id"], row["scope"], realm, ttls)


def password_grant(conn: sqlite3.Connection, form: dict, realm: str, ttls: tuple, enabled: bool) -> dict:
    """grant_type=password (only with ``serve --oauth-password-grant``): email and API secret or token."""
    _check_client(form.get("client_id"))
    if not enabled:
        raise OAuthError("unauthorized_client", "Direct access grants (password) are disabled on this server; "
                                                "start it with --oauth-password-grant")
    user = user_for_credentials(conn, form.get("username") or "", form.get("password") or "")
    if user is None:
        raise OAuthError("invalid_grant", "Invalid user credentials")
    return _issue(conn, user, new_id(), _scope(form.get("scope")), realm, ttls)


def _issue(conn: sqlite3.Connection, user: User, session_id: str, scope: str, realm: str, ttls: tuple,
           code_hash: Optional[str] = None) -> dict:
    access_ttl, refresh_ttl = (int(t) for t in ttls)
    now = clock.now(conn)
    access, refresh_token = ACCESS_PREFIX + secrets.token_urlsafe(32), REFRESH_PREFIX + secrets.token_urlsafe(32)
    created = clock.iso(now)
    oauth_store.insert_token(conn, access, "access", session_id, user.id, CLIENT_ID, scope, realm,
                             clock.iso(now + timedelta(seconds=access_ttl)), created, code_hash)
    oauth_store.insert_token(conn, refresh_token, "refresh", session_id, user.id, CLIENT_ID, scope, realm,
                             clock.iso(now + timedelta(seconds=refresh_ttl)), created, code_hash)
    return {"access_token": access, "expires_in": access_ttl, "refresh_expires_in": refresh_ttl,
            "refresh_token": refresh_token, "token_type": "Bearer", "not-before-policy": 0,
            "session_state": session_id, "scope": scope}


# -- revocation and use -----------------------------------------------------------------------------------------
def revoke(conn: sqlite3.Connection, token: str) -> None:
    """RFC 7009: a refresh token ends its sign-in (every token of it); an access token stops alone. Unknown: no-op."""
    row = oauth_store.find_token(conn, token) if token else None
    if row is None:
        return
    if row["kind"] == "refresh":
        oauth_store.revoke_session(conn, row["session_id"])
    else:
        oauth_store.revoke_token(conn, row["token_hash"])


def end_session(conn: sqlite3.Connection, refresh_token: str) -> None:
    """Logout with the refresh token: the sign-in ends."""
    row = oauth_store.find_token(conn, refresh_token) if refresh_token else None
    if row is None or row["kind"] != "refresh":
        raise OAuthError("invalid_grant", "Invalid refresh token")
    oauth_store.revoke_session(conn, row["session_id"])


def is_access_token(credentials: str) -> bool:
    return credentials.startswith(ACCESS_PREFIX)


def user_for_access_token(conn: sqlite3.Connection, token: str) -> tuple:
    """(user, None) for a valid access token, else (None, why: 'unknown' | 'revoked' | 'expired')."""
    row = oauth_store.find_token(conn, token)
    if row is None or row["kind"] != "access":
        return None, "unknown"
    if row["revoked"]:
        return None, "revoked"
    if row["expires_at"] <= clock.now_iso(conn):
        return None, "expired"
    user = user_store.get_user(conn, row["user_id"])
    return (user, None) if user else (None, "unknown")
