"""Authentication: Basic base64(email:secret), and Bearer with the same token, the raw secret, or an OAuth2 access
token of the sandbox's authorization server (routes/oauth.py).

401 answers carry a JSON body and deliberately no WWW-Authenticate header, so that QGIS never opens its own
credential prompt (contract 1.2).
"""
from __future__ import annotations

import base64
import binascii
import hmac
import sqlite3
from typing import Optional

from .errors import ApiError, unauthorized
from .services import oauth_tokens
from .store import users as user_store
from .store.records import User


def _decode_basic(token: str) -> Optional[tuple]:
    token = token.strip()
    token += "=" * (-len(token) % 4)  # clients may strip the padding
    try:
        decoded = base64.b64decode(token, validate=False).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if ":" not in decoded:
        return None
    email, secret = decoded.split(":", 1)
    return email, secret


def _check(user: Optional[User], secret: str) -> Optional[User]:
    if user and hmac.compare_digest(user.secret.encode(), secret.encode()):
        return user
    return None


_OAUTH_REFUSALS = {
    "expired": "The access token has expired: refresh it or sign in again",
    "revoked": "The access token has been revoked (signed out): sign in again",
    "unknown": "Unknown access token: sign in again",
}


def user_from_header(conn: sqlite3.Connection, header: Optional[str]) -> User:
    """The user an Authorization header identifies; raises a 401 ApiError otherwise."""
    if not header or " " not in header.strip():
        raise unauthorized()
    scheme, _, credentials = header.strip().partition(" ")
    credentials = credentials.strip()
    scheme = scheme.lower()
    if scheme not in ("basic", "bearer"):
        raise unauthorized(f"Unsupported authorization scheme {scheme!r}: use Basic or Bearer")
    if scheme == "bearer" and oauth_tokens.is_access_token(credentials):
        user, why = oauth_tokens.user_for_access_token(conn, credentials)
        if user is None:
            raise ApiError(401, "UNAUTHORIZED", _OAUTH_REFUSALS[why], {"reason": why})
        return user
    pair = _decode_basic(credentials)
    user = None
    if pair:
        email, secret = pair
        user = _check(user_store.find_user_by_email(conn, email), secret)
    if user is None and scheme == "bearer":
        user = user_store.find_user_by_secret(conn, credentials)
    if user is None:
        raise unauthorized("Wrong token")
    return user
