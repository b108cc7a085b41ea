"""HTTP transport: headers, connect/read timeouts, retries with backoff, error mapping, streaming up and down.

Timeouts are ``(connect, read)`` pairs: ``read`` is the longest *silence* allowed between bytes, so a large result
that keeps streaming never times out while a stalled connection does. Only requests that are safe to repeat are
retried (GET/PUT/DELETE and read-only POSTs such as cost and page); creates and uploads never are.
"""
from __future__ import annotations

import email.utils
import enum
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional, Tuple
from urllib.parse import quote, urlsplit

import requests

from .downloads import stream_to_file
from .errors import (ApiError, Cancelled, ConnectionFailed, IncompleteResponseError, InvalidRequestError,
                     MapflowError, ResponseFormatError, Timeout, error_from_response)
from .multipart import CancelCheck, MultipartFileBody, ProgressCallback
from .redaction import SECRETS, api_logger

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


def _connection_reason(exc: BaseException) -> str:
    """A short, token-free reason; the library's own text is long and may repeat request details."""
    text = str(exc).lower()
    for needle, reason in (("refused", "connection refused"), ("name or service not known", "unknown host name"),
                           ("nodename nor servname", "unknown host name"), ("getaddrinfo", "unknown host name"),
                           ("temporary failure in name resolution", "unknown host name"),
                           ("reset", "connection reset"), ("aborted", "connection aborted"),
                           ("remotedisconnected", "the server closed the connection"),
                           ("closed connection", "the server closed the connection"),
                           ("proxy", "proxy error"), ("unreachable", "network unreachable")):
        if needle in text:
            return reason
    return "network error"


class Transport:
    """Sends requests to ``base_url`` with the token; one instance per client."""

    def __init__(self, base_url: str, token: Optional[str], plugin_version: str,
                 session: Optional[requests.Session] = None, timeouts: Optional[Timeouts] = None,
                 retry: Optional[RetryPolicy] = None, auth_scheme: str = "Basic",
                 sleep: Callable[[float], None] = time.sleep, secrets: Tuple[str, ...] = ()) -> None:
        base = (base_url or "").strip().rstrip("/")
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidRequestError(f"the server address must start with http:// or https:// (got {base!r})")
        self.base_url = base
        self.host = parts.netloc
        self.session = session if session is not None else requests.Session()
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._authorization = f"{auth_scheme} {token}" if token else None
        self._headers = {"User-Agent": f"mapflow-processing-qgis/{plugin_version}",
                         "x-plugin-version": plugin_version, "Accept": "application/json, */*"}
        SECRETS.add(s for s in (token, *secrets) if s)

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r})"

    def url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    def _headers_for(self, auth: bool, extra: Optional[Mapping[str, str]]) -> Dict[str, str]:
        headers = dict(self._headers)
        if auth and self._authorization:
            headers["Authorization"] = self._authorization
        headers.update(extra or {})
        return headers

    def request(self, method: str, path: str, *, params: Any = None, json_body: Any = None, data: Any = None,
                kind: CallKind = CallKind.READ, retryable: Optional[bool] = None, auth: bool = True,
                headers: Optional[Mapping[str, str]] = None, stream: bool = False) -> requests.Response:
        """Send with retries (when ``retryable``, by default for idempotent methods); return a 2xx response.

        Error statuses raise the specific :class:`ApiError`; network problems raise ConnectionFailed or Timeout.
        """
        method = method.upper()
        if retryable is None:
            retryable = method in IDEMPOTENT_METHODS
        attempts = max(1, self.retry.attempts) if retryable else 1
        timeout = self.timeouts.for_kind(kind)
        all_headers = self._headers_for(auth, headers)
        url = self.url(path)
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = self.session.request(method, url, params=params, json=json_body, data=data,
                                                headers=all_headers, timeout=timeout, stream=stream)
            except MapflowError:  # Cancelled or a body error raised from inside the upload body
                raise
            except requests.exceptions.RequestException as exc:
                error = self._transport_error(exc, timeout)
                if attempt < attempts:
                    self._wait(method, path, attempt, f"{type(error).__name__}", None)
                    continue
                LOG.info("%s /%s failed: %s", method, path, error)
                raise error from None
            elapsed = time.monotonic() - started
            LOG.debug("%s /%s -> %s in %.2f s", method, path, response.status_code, elapsed)
            if response.ok and not stream and _body_cut_short(response):
                # urllib3 1.x accepts a body shorter than its Content-Length; it is a network fault, not a format one
                if attempt < attempts:
                    self._wait(method, path, attempt, "a body cut short", None)
                    continue
                received, expected = _body_lengths(response)
                LOG.info("%s /%s failed: the answer was cut short", method, path)
                raise IncompleteResponseError(self.host, f"received {received} of {expected} bytes")
            if response.ok:
                return response
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if response.status_code in self.retry.statuses and attempt < attempts:
                response.close()
                self._wait(method, path, attempt, f"HTTP {response.status_code}", retry_after)
                continue
            raise self._api_error(response, retry_after)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _wait(self, method: str, path: str, attempt: int, why: str, retry_after: Optional[float]) -> None:
        pause = self.retry.pause(attempt, retry_after)
        LOG.info("%s /%s: %s, retry %d of %d in %.1f s", method, path, why, attempt, self.retry.attempts - 1, pause)
        self._sleep(pause)

    def _transport_error(self, exc: requests.exceptions.RequestException, timeout: Tuple[float, float]) -> MapflowError:
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return Timeout(self.host, "connect", timeout[0])
        if isinstance(exc, requests.exceptions.ReadTimeout):
            return Timeout(self.host, "read", timeout[1])
        if isinstance(exc, requests.exceptions.SSLError):
            return ConnectionFailed(self.host, "the secure connection failed (certificate not trusted?)")
        if isinstance(exc, requests.exceptions.ProxyError):
            return ConnectionFailed(self.host, "the proxy refused or failed the connection")
        if isinstance(exc, requests.exceptions.ConnectionError):
            if "timed out" in str(exc).lower():
                return Timeout(self.host, "read", timeout[1])
            return ConnectionFailed(self.host, _connection_reason(exc))
        if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                            requests.exceptions.InvalidSchema)):
            return InvalidRequestError("the server address is not a valid URL")
        return ConnectionFailed(self.host, _connection_reason(exc))

    def _api_error(self, response: requests.Response, retry_after: Optional[float]) -> ApiError:
        try:
            body = response.text[:20000]
        except requests.exceptions.RequestException:
            body = ""
        finally:
            response.close()
        error = error_from_response(response.status_code, SECRETS.redact(body), retry_after=retry_after)
        LOG.info("HTTP %s from %s: code=%s", response.status_code, urlsplit(response.url or "").path, error.code)
        return error

    # --- convenience on top of request() ---

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """The decoded JSON body of a successful call."""
        response = self.request(method, path, **kwargs)
        return decode_json(response)

    def text(self, method: str, path: str, **kwargs: Any) -> str:
        """The body as text; without a declared charset it is UTF-8 (requests would guess Latin-1 for text/*)."""
        response = self.request(method, path, **kwargs)
        if "charset=" not in response.headers.get("Content-Type", "").lower():
            return response.content.decode("utf-8", errors="replace")
        return response.text

    def content(self, method: str, path: str, **kwargs: Any) -> bytes:
        response = self.request(method, path, **kwargs)
        return response.content

    def download(self, path: str, destination: Path, *, params: Any = None,
                 progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
                 validate: Optional[Callable[[Path], None]] = None) -> Path:
        """Stream a GET body into ``destination`` atomically (see :func:`downloads.stream_to_file`)."""
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        response = self.request("GET", path, params=params, kind=CallKind.DOWNLOAD, stream=True)
        return stream_to_file(response, Path(destination), host=self.host,
                              read_timeout=self.timeouts.download, progress=progress,
                              is_cancelled=is_cancelled, validate=validate)

    def upload(self, path: str, file_path: Path, *, params: Any = None, content_type: str = "image/tiff",
               field_name: str = "file", progress: Optional[ProgressCallback] = None,
               is_cancelled: Optional[CancelCheck] = None) -> Any:
        """POST one file as ``multipart/form-data`` streamed from disk; never retried. Returns the JSON answer."""
        body = MultipartFileBody(Path(file_path), field_name=field_name, content_type=content_type,
                                 progress=progress, is_cancelled=is_cancelled)
        try:
            response = self.request("POST", path, params=params, data=body, kind=CallKind.UPLOAD,
                                    retryable=False, headers={"Content-Type": body.content_type})
        finally:
            body.close()
        return decode_json(response)


def _body_lengths(response: requests.Response) -> Tuple[Optional[int], Optional[int]]:
    """(bytes received on the wire, Content-Length); None where unknown."""
    try:
        expected: Optional[int] = int(response.headers.get("Content-Length", ""))
    except (TypeError, ValueError):
        expected = None
    try:
        received: Optional[int] = int(response.raw.tell())
    except (AttributeError, TypeError, ValueError):  # a raw stream that cannot tell
        received = None
    return received, expected


def _body_cut_short(response: requests.Response) -> bool:
    """True when fewer bytes came off the wire than the response's Content-Length announced."""
    received, expected = _body_lengths(response)
    return received is not None and expected is not None and received < expected


def decode_json(response: requests.Response) -> Any:
    try:
        return response.json()
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
