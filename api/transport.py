"""API calls over an HTTP transport: headers, connect/read timeouts, retries with backoff, error mapping,
streaming up and down.

The bytes travel through an :class:`~.http.HttpTransport` (``requests`` by default, QGIS's network stack inside the
plugin); everything about the Mapflow API itself lives here, once, whichever transport carries it.
Timeouts are ``(connect, read)`` pairs: ``read`` is the longest *silence* allowed between bytes, so a large result
that keeps streaming never times out while a stalled connection does. Only requests that are safe to repeat are
retried (GET/PUT/DELETE and read-only POSTs such as cost and page); creates and uploads never are.
"""
from __future__ import annotations

import codecs
import email.utils
import enum
import json
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Tuple
from urllib.parse import quote, urlencode, urlsplit

from .downloads import stream_to_file
from .errors import (ApiError, Cancelled, IncompleteResponseError, InvalidRequestError, MapflowError,
                     ResponseFormatError, TransportError, error_from_response,
                     request_id_from)
from .http import BodyError, HttpRequest, HttpResponse, HttpTransport, RequestBody, same_origin_for_credentials
from .json_pieces import loads_in_pieces
from .multipart import CancelCheck, MultipartFileBody, ProgressCallback
from .redaction import SECRETS, api_logger

if TYPE_CHECKING:  # requests loads only with the default transport: QGIS's network stack does without it
    import requests

LOG = api_logger()

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


class CallKind(enum.Enum):
    """What a call does; it selects the read timeout."""

    READ = "read"
    WRITE = "write"
    CREATE = "create"
    SEARCH = "search"
    DOWNLOAD = "download"
    UPLOAD = "upload"


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``connect`` for every call; the others are read (inactivity) timeouts per kind of call."""

    connect: float = 10.0
    read: float = 30.0
    write: float = 30.0
    create: float = 60.0
    search: float = 90.0
    download: float = 120.0
    upload: float = 900.0  # after the last byte the server checks the whole file before it answers

    def for_kind(self, kind: CallKind) -> Tuple[float, float]:
        return self.connect, float(getattr(self, kind.value))


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter for repeatable calls; ``Retry-After`` is honoured up to a cap."""

    attempts: int = 4  # tries in total, the first included
    backoff: float = 0.5  # first pause, doubled each time
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    jitter: float = 0.25  # ± fraction of the pause, so clients do not retry in lockstep
    statuses: frozenset = field(default_factory=lambda: frozenset({429, 500, 502, 503, 504}))

    @classmethod
    def disabled(cls) -> "RetryPolicy":
        return cls(attempts=1)

    def pause(self, retry_number: int, retry_after: Optional[float] = None,
              rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based)."""
        if retry_after is not None:
            return max(0.0, min(retry_after, self.max_retry_after))
        base = min(self.backoff * (2 ** (retry_number - 1)), self.max_backoff)
        return max(0.0, base * (1.0 + self.jitter * (2.0 * rng() - 1.0)))


def parse_retry_after(value: Optional[str], now: Optional[datetime] = None) -> Optional[float]:
    """``Retry-After`` as seconds: a number or an HTTP date; anything else gives None."""
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class Transport:
    """Sends requests to ``base_url`` with the token over an :class:`~.http.HttpTransport`; one per client."""

    def __init__(self, base_url: str, token: Optional[str], plugin_version: str,
                 session: Optional[requests.Session] = None, timeouts: Optional[Timeouts] = None,
                 retry: Optional[RetryPolicy] = None, auth_scheme: str = "Basic",
                 sleep: Callable[[float], None] = time.sleep, secrets: Tuple[str, ...] = (),
                 http: Optional[HttpTransport] = None) -> None:
        base = (base_url or "").strip().rstrip("/")
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidRequestError(f"the server address must start with http:// or https:// (got {base!r})")
        if http is not None and session is not None:
            raise InvalidRequestError("give either an HTTP transport or a requests session, not both")
        self.base_url = base
        self.host = parts.netloc
        self.plugin_version = plugin_version
        if http is None:
            from .requests_transport import RequestsTransport

            http = RequestsTransport(session)
        self.http: HttpTransport = http
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._authorization = f"{auth_scheme} {token}" if token else None
        self._headers = {"User-Agent": f"mapflow-processing-qgis/{plugin_version}",
                         "x-plugin-version": plugin_version, "Accept": "application/json, */*"}
        SECRETS.add(s for s in (token, *secrets) if s)

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r})"

    def url(self, path: str, params: Any = None) -> str:
        """``path`` under the base URL; an absolute ``http(s)://`` URL (e.g. a signed download link) is kept."""
        url = path if path.startswith(("http://", "https://")) else self.base_url + "/" + path.lstrip("/")
        query = encode_params(params)
        return f"{url}{'&' if '?' in url else '?'}{query}" if query else url

    def _headers_for(self, auth: bool, extra: Optional[Mapping[str, str]]) -> Dict[str, str]:
        headers = dict(self._headers)
        if auth and self._authorization:
            headers["Authorization"] = self._authorization
        headers.update(extra or {})
        return headers

    def request(self, method: str, path: str, *, params: Any = None, json_body: Any = None, data: RequestBody = None,
                kind: CallKind = CallKind.READ, retryable: Optional[bool] = None, auth: bool = True,
                headers: Optional[Mapping[str, str]] = None, stream: bool = False,
                is_cancelled: Optional[CancelCheck] = None) -> HttpResponse:
        """Send with retries (when ``retryable``, by default for idempotent methods); return a 2xx response.

        Error statuses raise the specific :class:`ApiError`; network problems raise ConnectionFailed or Timeout.
        Without ``stream`` the body is read before returning (a body cut short counts as a failed attempt); with
        it the caller reads the body and closes the response.
        """
        method = method.upper()
        if retryable is None:
            retryable = method in IDEMPOTENT_METHODS
        attempts = max(1, self.retry.attempts) if retryable else 1
        connect, read = self.timeouts.for_kind(kind)
        url = self.url(path, params)
        # credentials go to the Mapflow server only, never to another host an absolute URL points at
        credentials = auth and same_origin_for_credentials(self.base_url, url)
        all_headers = self._headers_for(credentials, headers)
        body = data
        if json_body is not None:
            body = _json_bytes(json_body)
            if not any(name.lower() == "content-type" for name in all_headers):
                all_headers["Content-Type"] = "application/json"
        elif isinstance(body, str):
            body = body.encode("utf-8")
        outgoing = HttpRequest(method, url, all_headers, body, connect, read, is_cancelled, credentials)
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = self.http.send(outgoing)
                if response.ok and not stream:
                    _ = response.content  # read now: a body cut short is a failed attempt, like a dropped connection
            except BodyError as exc:
                error: TransportError = IncompleteResponseError(self.host, exc.detail, **exc.params)
            except TransportError as exc:
                error = exc
            else:
                LOG.debug("%s /%s -> %s in %.2f s", method, path, response.status_code, time.monotonic() - started)
                if response.ok:
                    return response
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                if response.status_code in self.retry.statuses and attempt < attempts:
                    response.close()
                    self._wait(method, path, attempt, f"HTTP {response.status_code}", retry_after)
                    continue
                raise self._api_error(response, retry_after)
            if attempt < attempts and getattr(error, "retryable", True):
                self._wait(method, path, attempt, type(error).__name__, None)
                continue
            LOG.info("%s /%s failed: %s", method, path, error)
            raise error from None
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _wait(self, method: str, path: str, attempt: int, why: str, retry_after: Optional[float]) -> None:
        pause = self.retry.pause(attempt, retry_after)
        LOG.info("%s /%s: %s, retry %d of %d in %.1f s", method, path, why, attempt, self.retry.attempts - 1, pause)
        self._sleep(pause)

    def _api_error(self, response: HttpResponse, retry_after: Optional[float]) -> ApiError:
        try:
            raw = response.read_prefix(20000)
        except (MapflowError, BodyError):
            raw = b""
        finally:
            response.close()
        body = raw.decode(response.encoding, errors="replace") if _known_codec(response.encoding) \
            else raw.decode("utf-8", errors="replace")
        error = error_from_response(response.status_code, SECRETS.redact(body), retry_after=retry_after,
                                    request_id=request_id_from(response.headers))
        LOG.info("HTTP %s from %s: code=%s request id=%s", response.status_code, urlsplit(response.url or "").path,
                 error.code, error.request_id)
        return error

    # --- convenience on top of request() ---

    def json(self, method: str, path: str, *, in_pieces: bool = False, **kwargs: Any) -> Any:
        """The decoded JSON body of a successful call; ``in_pieces`` for large answers decoded in a worker thread
        (other threads keep running meanwhile, see ``api.json_pieces``)."""
        response = self.request(method, path, **kwargs)
        return decode_json(response, in_pieces)

    def text(self, method: str, path: str, **kwargs: Any) -> str:
        """The body as text; without a declared charset it is UTF-8 (never a Latin-1 guess for text/*)."""
        return self.request(method, path, **kwargs).text

    def content(self, method: str, path: str, **kwargs: Any) -> bytes:
        return self.request(method, path, **kwargs).content

    def download(self, path: str, destination: Path, *, params: Any = None,
                 progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
                 validate: Optional[Callable[[Path], None]] = None, auth: bool = True) -> Path:
        """Stream a GET body into ``destination`` atomically (see :func:`downloads.stream_to_file`)."""
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        response = self.request("GET", path, params=params, kind=CallKind.DOWNLOAD, stream=True,
                                is_cancelled=is_cancelled, auth=auth)
        return stream_to_file(response, Path(destination), progress=progress, is_cancelled=is_cancelled,
                              validate=validate)

    def upload(self, path: str, file_path: Path, *, params: Any = None, content_type: str = "image/tiff",
               field_name: str = "file", progress: Optional[ProgressCallback] = None,
               is_cancelled: Optional[CancelCheck] = None) -> Any:
        """POST one file as ``multipart/form-data`` streamed from disk; never retried. Returns the JSON answer."""
        body = MultipartFileBody(Path(file_path), field_name=field_name, content_type=content_type,
                                 progress=progress, is_cancelled=is_cancelled)
        try:
            response = self.request("POST", path, params=params, data=body, kind=CallKind.UPLOAD,
                                    retryable=False, headers={"Content-Type": body.content_type},
                                    is_cancelled=is_cancelled)
        finally:
            body.close()
        return decode_json(response)


def encode_params(params: Any) -> str:
    """A query string the way ``requests`` builds one: ``None`` values left out, sequences repeated, ``+``
    for spaces."""
    if not params:
        return ""
    if isinstance(params, (str, bytes)):
        return params.decode() if isinstance(params, bytes) else params
    pairs = params.items() if isinstance(params, Mapping) else params
    flat = []
    for key, value in pairs:
        values = value if isinstance(value, (list, tuple)) else [value]
        flat.extend((key, item) for item in values if item is not None)
    return urlencode(flat)


def _json_bytes(value: Any) -> bytes:
    try:
        return json.dumps(value, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"the request body cannot be sent as JSON ({exc})") from None


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def decode_json(response: HttpResponse, in_pieces: bool = False) -> Any:
    try:
        return loads_in_pieces(response.content) if in_pieces else response.json()
    except ValueError:
        snippet = SECRETS.redact(response.text[:80].strip()) or "an empty body"
        raise ResponseFormatError(f"expected JSON from {urlsplit(response.url or '').path}, got {snippet!r}",
                                  status=response.status_code) from None


def path_segment(value: Any, what: str = "id") -> str:
    """One URL path segment, percent-encoded; an empty id is a caller error, caught before any request."""
    text = "" if value is None else str(value).strip()
    if not text:
        raise InvalidRequestError(f"the {what} is empty")
    return quote(text, safe="")
