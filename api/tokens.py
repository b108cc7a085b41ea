"""The Mapflow API token: ``base64("<email>:<secret>")``, sent as ``Authorization: Basic <token>``."""
from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from .errors import InvalidTokenError
from .i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Credentials:
    email: str
    secret: str = field(repr=False)


def normalize_token(token: str) -> str:
    """Strip blanks and a pasted ``Basic `` prefix; add the ``=`` padding the service omits sometimes."""
    if not isinstance(token, str):
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "the token must be text"))
    cleaned = "".join(token.split())
    if cleaned[:5].lower() == "basic":
        cleaned = cleaned[5:]
    if not cleaned:
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "the token is empty"))
    return cleaned + "=" * (-len(cleaned) % 4)


def credentials_from_token(token: str) -> Credentials:
    """Decode a token into email and secret, without any request; a malformed token gives InvalidTokenError."""
    padded = normalize_token(token)
    try:
        decoded = base64.b64decode(padded, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        # the reason never repeats the token: these texts end up in logs and message bars
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "it is not valid base64 text")) from None
    email, sep, secret = decoded.partition(":")
    if not sep:
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "it does not contain an email and a secret"))
    if not email.strip() or "@" not in email:
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "it does not start with an email address"))
    if not secret:
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "its secret part is empty"))
    return Credentials(email.strip(), secret)


def email_from_token(token: str) -> str:
    """The account email inside a token (used to find the user's role in shared projects)."""
    return credentials_from_token(token).email


def token_from_credentials(email: str, secret: str) -> str:
    """Build a token from an account email and its API secret."""
    if not email or "@" not in email or ":" in email:
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "the email address is not valid"))
    if not secret:
        raise InvalidTokenError(QT_TRANSLATE_NOOP("MapflowApi", "the secret is empty"))
    return base64.b64encode(f"{email}:{secret}".encode()).decode("ascii")
