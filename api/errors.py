"""The exception family of the API client.

Every exception carries a readable, translatable text (``user_message``, also its ``str()``), built from a
template marked for translation plus its parameters, so the Qt side can show it as is. No exception text ever
contains the API token: transport errors are worded here, not copied from the HTTP library.
"""
from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any, Dict, Mapping, Optional, Tuple

from .error_catalog import describe_code, format_template
from .i18n import QT_TRANSLATE_NOOP, translate


class MapflowError(Exception):
    """Base of every error the client raises."""

    template: str = QT_TRANSLATE_NOOP("MapflowApi", "Mapflow error.")
    # parameters whose values are texts marked with QT_TRANSLATE_NOOP("MapflowApi", ...) (a reason, a phase):
    # translated when the message is shown, filled with ``detail_params`` ({proxy}, {received}...)
    translated_params: Tuple[str, ...] = ()

    def __init__(self, template: Optional[str] = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.template_params = params
        self.detail_params: Dict[str, Any] = {}
        super().__init__(self.template)

    def shown_param(self, name: str) -> str:
        """A parameter as the user reads it: a marked text translated and filled, anything else as given."""
        value = self.template_params.get(name, "")
        if name in self.translated_params and isinstance(value, str):
            # a detail value may itself be a marked text (the proxy "of QGIS"); a host name stays as it is
            details = {key: translate(item) if isinstance(item, str) else item
                       for key, item in self.detail_params.items()}
            return format_template(translate(value), details)
        return str(value)

    def _shown_params(self) -> Dict[str, Any]:
        params = dict(self.template_params)
        for name in self.translated_params:
            if name in params:
                params[name] = self.shown_param(name)
        return params

    @property
    def user_message(self) -> str:
        """The readable text in the current language."""
        return format_template(translate(self.template), self._shown_params())

    def __str__(self) -> str:
        return self.user_message


class InvalidTokenError(MapflowError):
    """The token cannot be decoded into ``email:secret``; raised without any request."""

    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "Wrong token: {reason}. Copy the API token again from your Mapflow account page.")
    translated_params = ("reason",)

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class InvalidRequestError(MapflowError, ValueError):
    """The caller built a request the API would reject (checked before sending)."""

    template = QT_TRANSLATE_NOOP("MapflowApi", "Invalid request: {reason}")

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


class Cancelled(MapflowError):
    """The caller cancelled a download or an upload; nothing partial was left behind."""

    template = QT_TRANSLATE_NOOP("MapflowApi", "The operation was cancelled.")


class TransportError(MapflowError):
    """The server could not be reached or stopped answering."""


class ConnectionFailed(TransportError):
    """``reason`` is a text marked with QT_TRANSLATE_NOOP("MapflowApi", ...) (see api.http.NetworkReason);
    ``reason_params`` fill its placeholders ({proxy}) when it is shown."""

    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "Cannot connect to the Mapflow server at {host}: {reason}. "
                      "Check your internet connection and proxy settings.")
    translated_params = ("reason",)

    def __init__(self, host: str, reason: str, **reason_params: Any) -> None:
        super().__init__(host=host, reason=reason)
        self.detail_params = dict(reason_params)

    @property
    def reason(self) -> str:
        """The reason in the current language (the English source stays in ``template_params["reason"]``)."""
        return self.shown_param("reason")


PHASE_CONNECT = QT_TRANSLATE_NOOP("MapflowApi", "connecting")
PHASE_READ = QT_TRANSLATE_NOOP("MapflowApi", "waiting for the answer")


class Timeout(TransportError):
    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "The Mapflow server at {host} did not answer within {seconds} s ({phase}). Try again later.")
    translated_params = ("phase",)
    _PHASES = {"connect": PHASE_CONNECT, "read": PHASE_READ}

    def __init__(self, host: str, phase: str, seconds: float) -> None:
        super().__init__(host=host, phase=self._PHASES.get(phase, phase), seconds=f"{seconds:g}")
        self.phase = phase


class IncompleteDownloadError(TransportError):
    """The body ended before its announced length, or is otherwise cut short. ``detail`` is a marked text (see
    ``api.http.BodyError``), filled with ``detail_params`` when shown."""

    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "The download was cut short ({detail}). No file was written; please try again.")
    translated_params = ("detail",)

    def __init__(self, detail: str, **detail_params: Any) -> None:
        super().__init__(detail=detail)
        self.detail_params = dict(detail_params)


class IncompleteResponseError(TransportError):
    """An answer whose body ended before its announced length (the connection dropped mid-answer)."""

    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "The answer of the Mapflow server at {host} was cut short ({detail}). Please try again.")
    translated_params = ("detail",)

    def __init__(self, host: str, detail: str, **detail_params: Any) -> None:
        super().__init__(host=host, detail=detail)
        self.detail_params = dict(detail_params)


_REASON_PHRASES = frozenset(status.phrase.lower() for status in HTTPStatus) | {"unprocessable content"}


def is_reason_phrase(text: Optional[str]) -> bool:
    """True for an HTTP status's standard phrase ("Not Found", "Internal Server Error"): not a message of its own."""
    return bool(text) and text.strip().rstrip(".").lower() in _REASON_PHRASES


class ApiError(MapflowError):
    """The server answered with an error status (or an unusable body)."""

    template = QT_TRANSLATE_NOOP("MapflowApi", "The Mapflow server returned an error (HTTP {status}).")

    def __init__(self, status: Optional[int] = None, code: Optional[str] = None,
                 params: Optional[Mapping[str, Any]] = None, message: Optional[str] = None) -> None:
        self.status = status
        self.code = code
        self.params = dict(params or {})
        # the server's own text, untranslated; a bare HTTP reason phrase ("Not Found", FastAPI's default detail)
        # says less than the translated template, so it is not kept as the message
        self.message = None if is_reason_phrase(message) else message
        self.request_id: Optional[str] = None  # the server's id of the failed request (a response header), if any
        super().__init__(status=status if status is not None else "?")

    @property
    def user_message(self) -> str:
        known = describe_code(self.code, self.params)
        if known is not None and self.code != "BAD_REQUEST":
            return known
        if self.message:  # the server's wording beats a generic status text (e.g. BAD_REQUEST messages)
            return self.message
        if known is not None:
            return known
        return format_template(translate(self.template), self.template_params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r})"


class BadRequestError(ApiError):
    template = QT_TRANSLATE_NOOP("MapflowApi", "The server rejected the request (HTTP {status}).")


class AuthenticationError(ApiError):
    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "Authentication failed: the Mapflow token is wrong or expired. Check your API token.")

    @property
    def user_message(self) -> str:  # the server's "Unauthorized" adds nothing for a user
        return format_template(translate(self.template), self.template_params)


class ForbiddenError(ApiError):
    template = QT_TRANSLATE_NOOP("MapflowApi", "Not enough rights for this action in a shared project")
    provider_template = QT_TRANSLATE_NOOP(
        "MapflowApi", "This data provider is not available on your plan. Upgrade your subscription to use it.")

    @property
    def user_message(self) -> str:
        if self.message and "data provider" in self.message.lower():
            return format_template(translate(self.provider_template), {})
        known = describe_code(self.code, self.params)
        return known if known is not None else format_template(translate(self.template), self.template_params)


class NotFoundError(ApiError):
    template = QT_TRANSLATE_NOOP("MapflowApi", "Not found: the item does not exist or was deleted.")


class ConflictError(ApiError):
    template = QT_TRANSLATE_NOOP("MapflowApi", "The item is not ready for this action yet; try again later.")


class PayloadTooLargeError(ApiError):
    template = QT_TRANSLATE_NOOP("MapflowApi", "The file is too large for the Mapflow server.")


class RateLimitedError(ApiError):
    template = QT_TRANSLATE_NOOP("MapflowApi", "Too many requests to the Mapflow server; try again in {wait} s.")

    def __init__(self, status: Optional[int] = 429, code: Optional[str] = None,
                 params: Optional[Mapping[str, Any]] = None, message: Optional[str] = None,
                 retry_after: Optional[float] = None) -> None:
        super().__init__(status, code, params, message)
        self.retry_after = retry_after
        self.template_params["wait"] = f"{retry_after:g}" if retry_after is not None else "?"

    @property
    def user_message(self) -> str:
        return format_template(translate(self.template), self.template_params)


class ServerError(ApiError):
    template = QT_TRANSLATE_NOOP(
        "MapflowApi", "The Mapflow server had an internal problem (HTTP {status}). Try again later.")

    @property
    def user_message(self) -> str:  # proxies and gateways put HTML pages in 5xx bodies; never show them
        known = describe_code(self.code, self.params)
        return known if known is not None else format_template(translate(self.template), self.template_params)


class ResponseFormatError(ApiError):
    """A success response whose body is not what the contract describes (e.g. a required key is missing)."""

    template = QT_TRANSLATE_NOOP("MapflowApi", "The Mapflow server sent an unexpected response: {detail}")

    def __init__(self, detail: str, status: Optional[int] = None) -> None:
        super().__init__(status=status, message=None)
        self.detail = detail
        self.template_params["detail"] = detail

    @property
    def user_message(self) -> str:
        return format_template(translate(self.template), self.template_params)


_STATUS_CLASSES = {400: BadRequestError, 401: AuthenticationError, 403: ForbiddenError, 404: NotFoundError,
                   409: ConflictError, 413: PayloadTooLargeError, 422: BadRequestError, 429: RateLimitedError}


def parse_error_body(body: str) -> tuple[Optional[str], dict, Optional[str]]:
    """(code, params, message) from any of the three error body shapes (contract section 1.6).

    ``{"code", "message", "params"}``; ``{"detail": {"code", "parameters"}}`` (also FastAPI's ``{"detail": "text"}``
    and validation lists); ``{"message": "..."}``; or plain text.
    """
    text = (body or "").strip()
    try:
        data = json.loads(text) if text else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        if isinstance(data, str):
            return None, {}, data or None
        return None, {}, (_plain_text(text) or None)
    detail = data.get("detail")
    if isinstance(detail, dict):
        params = detail.get("parameters", detail.get("params"))
        return _str_or_none(detail.get("code")), _as_dict(params), _str_or_none(detail.get("message"))
    if isinstance(detail, str):
        return _str_or_none(data.get("code")), _as_dict(data.get("params")), detail
    if isinstance(detail, list):  # validation errors: [{"loc": [...], "msg": "..."}]
        msgs = [str(item.get("msg")) for item in detail if isinstance(item, dict) and item.get("msg")]
        return None, {}, "; ".join(msgs) or None
    params = data.get("params", data.get("parameters"))
    message = data.get("message", data.get("error"))
    return _str_or_none(data.get("code")), _as_dict(params), _str_or_none(message)


def _plain_text(text: str) -> str:
    if text.lstrip().startswith("<"):  # an HTML error page from a proxy: not a message for a person
        return ""
    return text[:500]


def _str_or_none(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def _as_dict(value: Any) -> dict:
    return dict(value) if isinstance(value, dict) else {}


# Where servers and the proxies in front of them put the id of a request (the first one present is taken): support
# quotes it to find the request in the server's logs.
REQUEST_ID_HEADERS = ("X-Request-Id", "X-Correlation-Id", "Request-Id", "X-Amzn-RequestId", "X-Amz-Request-Id")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=-]{1,200}")


def request_id_from(headers: Optional[Mapping[str, str]]) -> Optional[str]:
    """The request id of a response's headers (case-insensitive mapping), when it looks like one."""
    for name in REQUEST_ID_HEADERS:
        value = str((headers or {}).get(name) or "").strip()
        if _REQUEST_ID.fullmatch(value):
            return value
    return None


def error_from_response(status: int, body: str, retry_after: Optional[float] = None,
                        request_id: Optional[str] = None) -> ApiError:
    """The specific :class:`ApiError` subclass for an error status and body; ``request_id`` from its headers."""
    code, params, message = parse_error_body(body)
    if status == 429:
        error: ApiError = RateLimitedError(status, code, params, message, retry_after=retry_after)
    elif status >= 500:
        error = ServerError(status, code, params, message)
    else:
        error = _STATUS_CLASSES.get(status, ApiError)(status, code, params, message)
    error.request_id = request_id
    return error
