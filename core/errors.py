"""From an exception to what the user reads (QGIS-free): the one-line text, whether it is worth a retry or means
the server is away, and a copyable error report with the secrets taken out.

``integration.messages`` is the only caller on the plugin side (it logs tracebacks and shows the bar items); a
script or a Processing algorithm may use the same functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence, Tuple, Type

from ..api.errors import ApiError, Cancelled, InvalidRequestError, MapflowError, RateLimitedError, ServerError, \
    TransportError
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.redaction import MASK, SECRETS
from .product import LOG_TAB

CONTEXT = "MapflowErrors"


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class ErrorText:
    text: str  # one line for the message bar
    expected: bool  # worded for the user already; False means a bug (its traceback belongs in the log)


def user_text(error: BaseException, context: str, worded: Sequence[Type[BaseException]] = ()) -> ErrorText:
    """The text to show for ``error`` while doing ``context`` ("Signing in"...).

    The client's errors (and the ``worded`` types, e.g. the auth database's) are written for the user and shown as
    they are; a file error names the file; anything else is a bug: a short line pointing to the log panel."""
    if isinstance(error, (MapflowError, *worded)):
        return ErrorText(redact(str(error) or type(error).__name__), True)
    if isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        return ErrorText(_t(QT_TRANSLATE_NOOP("MapflowErrors", "{context} failed: {reason}{where}")).format(
            context=context, reason=error.strerror, where=where), True)
    reason = redact(str(error).strip().splitlines()[0][:300] if str(error).strip() else type(error).__name__)
    return ErrorText(_t(QT_TRANSLATE_NOOP(
        "MapflowErrors", "{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).")).format(
        context=context, error=reason, tab=LOG_TAB), False)


def is_cancellation(error: BaseException) -> bool:
    return isinstance(error, Cancelled)


def is_outage(error: BaseException) -> bool:
    """The server is away or overloaded (network, 5xx, 429): worth trying again later by itself."""
    return isinstance(error, (TransportError, ServerError, RateLimitedError)) and not isinstance(error, Cancelled)


def is_retryable(error: BaseException) -> bool:
    """A user may reasonably press Retry: anything but a cancellation or a request the client refused to send."""
    return not isinstance(error, (Cancelled, InvalidRequestError))


# --- the copyable report ------------------------------------------------------------------------------------------
_CREDENTIAL_KEYS = r"(?:token|access_token|password|passwd|secret|api[_-]?key|raster_password|rasterPassword)"
_SECRET_PATTERNS: Tuple[Tuple[re.Pattern, str], ...] = (
    # Authorization / Proxy-Authorization / X-Api-Key / Cookie headers, as text or in a dict's repr
    (re.compile(r"(?i)((?:proxy-)?authorization|x-api-key|cookie)(['\"]?\s*[:=]\s*['\"]?)([^'\"\r\n,}]+)"),
     r"\1\2" + MASK),
    (re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{8,}"), r"\1 " + MASK),
    # key=value in query strings and form bodies
    (re.compile(r"(?i)\b(" + _CREDENTIAL_KEYS + r")=([^\s&'\"]+)"), r"\1=" + MASK),
    # "key": "value" in JSON and dict reprs
    (re.compile(r"(?i)([\"'](?:" + _CREDENTIAL_KEYS + r")[\"']\s*:\s*[\"'])([^\"']*)"), r"\1" + MASK),
    (re.compile(r"(?i)\b(https?://)[^/\s:@]+:[^/\s@]+@"), r"\1" + MASK + "@"),  # user:password@host
)


def redact(text: str) -> str:
    """``text`` without the secrets the client registered (tokens, decoded secrets) and without anything shaped
    like a credential: Authorization headers, Basic/Bearer values, token=/password= pairs, user:pass@ in URLs."""
    if not isinstance(text, str) or not text:
        return text
    cleaned = SECRETS.redact(text)
    for pattern, replacement in _SECRET_PATTERNS:
        cleaned = pattern.sub(replacement, cleaned)
    return cleaned


@dataclass(frozen=True)
class ErrorReport:
    """What the Details button shows and copies: ready to paste into a bug report, secrets removed."""

    summary: str
    details: str

    @property
    def text(self) -> str:
        return self.details


def error_report(summary: str, *, context: str = "", error: Optional[BaseException] = None,
                 server_url: str = "", environment: Optional[Mapping[str, Any]] = None,
                 traceback_text: str = "") -> ErrorReport:
    """The report for one failure: what was done, the message, the server, the HTTP status, error code and request
    id when the server gave them, the plugin/QGIS/Qt/OS versions (``environment``) and the traceback of a bug."""
    # the labels stay in English: the report is for a bug tracker or support, whatever the user's language
    lines = ["Mapflow Processing error report", ""]
    if context:
        lines.append(f"Action: {context}")
    lines.append(f"Message: {summary}")
    if server_url:
        lines.append(f"Server: {server_url}")
    if error is not None:
        lines.append(f"Error type: {type(error).__name__}")
        lines.extend(_api_facts(error))
    for key, value in (environment or {}).items():
        lines.append(f"{key}: {value}")
    if traceback_text:
        lines.extend(["", traceback_text.rstrip()])
    return ErrorReport(redact(summary), redact("\n".join(lines)))


def _api_facts(error: BaseException):
    if isinstance(error, ApiError):
        if error.status is not None:
            yield f"HTTP status: {error.status}"
        if error.code:
            yield f"Error code: {error.code}"
        if error.message and error.message != str(error):
            yield f"Server message: {error.message}"
    request_id = getattr(error, "request_id", None)  # set by the transport when the server sends one
    if request_id:
        yield f"Request id: {request_id}"
