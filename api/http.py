"""The HTTP boundary of the client: one request out, one answer back, whatever library carries it.

:class:`~.transport.Transport` (base URL, headers, retries, error mapping, JSON) hands each request to an
:class:`HttpTransport`. The default is :class:`~.requests_transport.RequestsTransport`, on ``requests``, for scripts;
inside QGIS the plugin hands in one built on QGIS's own network stack (``integration/qgis_transport.py``), so that
proxies, certificates and the user-agent follow QGIS's settings. An HTTP transport

* sends one request: method, absolute URL, headers, and a body that is ``None``, ``bytes`` or a
  :class:`~.multipart.MultipartFileBody` streamed from disk (that body reports upload progress and checks cancel);
* allows at most ``connect_timeout + read_timeout`` seconds before the answer's status line and ``read_timeout``
  seconds of silence between body bytes, and aborts promptly once ``is_cancelled()`` turns true;
* follows redirects itself, but never carries ``Authorization`` to another origin;
* maps its library's failures to the client's errors (:class:`ConnectionFailed`, :class:`Timeout`,
  :class:`Cancelled`, :class:`InvalidRequestError`) and returns an :class:`HttpResponse` whose body is read on demand,
  so that a large download never sits in memory whole.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping, MutableMapping, Optional, Protocol, Tuple, Union
from urllib.parse import urlsplit

from .errors import ConnectionFailed
from .i18n import QT_TRANSLATE_NOOP
from .multipart import CancelCheck, MultipartFileBody


RequestBody = Union[None, bytes, MultipartFileBody]
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10


class NetworkReason:
    """Why a request failed, in the words every transport uses: marked for translation (they are shown inside
    :class:`ConnectionFailed` and the body errors, translated then), never the HTTP library's own text."""

    REFUSED = QT_TRANSLATE_NOOP("MapflowApi", "connection refused")
    UNKNOWN_HOST = QT_TRANSLATE_NOOP("MapflowApi", "unknown host name")
    RESET = QT_TRANSLATE_NOOP("MapflowApi", "connection reset")
    ABORTED = QT_TRANSLATE_NOOP("MapflowApi", "connection aborted")
    SERVER_CLOSED = QT_TRANSLATE_NOOP("MapflowApi", "the server closed the connection")
    UNREACHABLE = QT_TRANSLATE_NOOP("MapflowApi", "network unreachable")
    NETWORK = QT_TRANSLATE_NOOP("MapflowApi", "network error")
    SSL = QT_TRANSLATE_NOOP("MapflowApi", "the secure connection failed (certificate not trusted?)")
    TOO_MANY_REDIRECTS = QT_TRANSLATE_NOOP("MapflowApi", "too many redirects")
    INSECURE_REDIRECT = QT_TRANSLATE_NOOP("MapflowApi", "an insecure redirect")
    UNSUPPORTED_PROTOCOL = QT_TRANSLATE_NOOP("MapflowApi", "unsupported protocol")
    PROTOCOL_FAILURE = QT_TRANSLATE_NOOP("MapflowApi", "the server broke the HTTP protocol")
    # {proxy}: the proxy's host:port, or one of the PROXY_OF_* names below
    PROXY_REFUSED = QT_TRANSLATE_NOOP("MapflowApi", "the proxy {proxy} refused the connection")
    PROXY_CLOSED = QT_TRANSLATE_NOOP("MapflowApi", "the proxy {proxy} closed the connection")
    PROXY_NOT_FOUND = QT_TRANSLATE_NOOP("MapflowApi", "the proxy host {proxy} was not found")
    PROXY_TIMEOUT = QT_TRANSLATE_NOOP("MapflowApi", "the proxy {proxy} did not answer")
    PROXY_FAILED = QT_TRANSLATE_NOOP("MapflowApi", "the proxy {proxy} failed")
    PROXY_REFUSED_OR_FAILED = QT_TRANSLATE_NOOP("MapflowApi", "the proxy {proxy} refused or failed the connection")
    PROXY_LOGIN_REFUSED = QT_TRANSLATE_NOOP("MapflowApi", "the proxy {proxy} refused the login")
    PROXY_OF_QGIS = QT_TRANSLATE_NOOP("MapflowApi", "of QGIS")  # QGIS's proxy settings, host unknown
    PROXY_OF_COMPUTER = QT_TRANSLATE_NOOP("MapflowApi", "of this computer")  # the environment's proxy
    # a body cut short ({received}, {expected}: byte counts)
    BODY_SHORT = QT_TRANSLATE_NOOP("MapflowApi", "received {received} of {expected} bytes")
    BODY_CLOSED = QT_TRANSLATE_NOOP("MapflowApi", "the connection closed in the middle of the data")
    BODY_INTERRUPTED = QT_TRANSLATE_NOOP("MapflowApi", "the connection was interrupted")


class BodyError(Exception):
    """The body of an answer ended early or broke off; the caller words it (a download or a JSON answer).
    ``detail`` is a :class:`NetworkReason` text, ``params`` fill it."""

    def __init__(self, detail: str, **params: Any) -> None:
        super().__init__(detail.format(**params) if params else detail)
        self.detail = detail
        self.params = params


class ProxyLoginRefused(ConnectionFailed):
    """The proxy refused its login (HTTP 407). Never retried: repeating a wrong password can lock the account.
    ``proxy``: its host:port, or NetworkReason.PROXY_OF_QGIS / PROXY_OF_COMPUTER."""

    retryable = False

    def __init__(self, host: str, proxy: str) -> None:
        super().__init__(host, NetworkReason.PROXY_LOGIN_REFUSED, proxy=proxy)


@dataclass(frozen=True)
class HttpRequest:
    method: str
    url: str  # absolute, with its query string
    headers: Mapping[str, str] = field(default_factory=dict)
    body: RequestBody = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # the longest silence: before the answer, and between bytes of its body
    is_cancelled: Optional[CancelCheck] = field(default=None, compare=False)
    # the request is one the account's credentials belong on (the Mapflow origin, an authenticated call): a
    # transport that authenticates by itself (QGIS's OAuth2 configuration) adds them to these requests only
    credentials: bool = False

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def redirected(self, location: str, status: int) -> Optional["HttpRequest"]:
        """The request to send after a redirect to ``location`` (absolute), or None when it cannot be repeated.

        303, and 301/302 after a POST, become a GET without body (what browsers and ``requests`` do); 307/308 keep
        method and body, which a body streamed from a file cannot do twice. ``Authorization`` stays only when the
        origin does not change (an http → https upgrade on the default ports counts as the same origin).
        """
        method, body = self.method, self.body
        headers = dict(self.headers)
        if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
            method, body = "GET", None
            for name in [n for n in headers if n.lower() in ("content-type", "content-length")]:
                del headers[name]
        elif isinstance(body, MultipartFileBody):
            return None
        same_origin = same_origin_for_credentials(self.url, location)
        if not same_origin:
            for name in [n for n in headers if n.lower() == "authorization"]:
                del headers[name]
        return HttpRequest(method, location, headers, body, self.connect_timeout, self.read_timeout,
                           self.is_cancelled, self.credentials and same_origin)


def origin(url: str) -> Tuple[str, str, Optional[int]]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:  # a malformed port never matches anything
        port = -1
    return scheme, (parts.hostname or "").lower(), port


def same_origin_for_credentials(old_url: str, new_url: str) -> bool:
    """May a request to ``old_url`` carry its credentials on to ``new_url``? (The rule ``requests`` applies.)"""
    old, new = origin(old_url), origin(new_url)
    if old == new:
        return True
    return old[1] == new[1] and (old[0], old[2]) == ("http", 80) and (new[0], new[2]) == ("https", 443)


class BodyReader(Protocol):
    """The body of one answer, as the transport delivers it."""

    def read(self, size: int) -> bytes:
        """The next bytes (at most about ``size``); ``b""`` at the end. Raises :class:`BodyError` when the body
        is cut short or breaks off, :class:`~.errors.Timeout` after ``read_timeout`` s of silence and
        :class:`~.errors.Cancelled` once the request's ``is_cancelled()`` is true."""

    @property
    def bytes_received(self) -> int:
        """Bytes of the body received from the network so far (before any gzip decoding when known)."""

    def close(self) -> None:
        """Release the connection; an unfinished body is aborted."""


class Headers(MutableMapping):
    """Case-insensitive header names; the spelling of the first occurrence is kept."""

    def __init__(self, items: Any = ()) -> None:
        self._store: dict = {}
        pairs = items.items() if isinstance(items, Mapping) else items
        for name, value in pairs:
            self[name] = value

    def __setitem__(self, name: str, value: str) -> None:
        self._store[name.lower()] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._store[name.lower()][1]

    def __delitem__(self, name: str) -> None:
        del self._store[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._store.values())

    def __len__(self) -> int:
        return len(self._store)

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


class HttpResponse:
    """Status, headers and a body read on demand (``iter_content``) or at once (``content``, ``text``, ``json``)."""

    def __init__(self, status: int, headers: Headers, url: str, reader: BodyReader, reason: str = "") -> None:
        self.status_code = int(status)
        self.headers = headers
        self.url = url
        self.reason = reason
        self._reader = reader
        self._content: Optional[bytes] = None
        self._consumed = False

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def content_length(self) -> Optional[int]:
        try:
            value = int(self.headers.get("Content-Length", ""))
        except (TypeError, ValueError):
            return None
        return value if value >= 0 else None

    @property
    def bytes_received(self) -> int:
        return self._reader.bytes_received

    def iter_content(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        """The body in pieces, straight from the network; it can be walked once."""
        if self._content is not None:
            yield self._content
            return
        if self._consumed:
            raise RuntimeError("the body was already read")
        self._consumed = True
        while True:
            chunk = self._reader.read(chunk_size)
            if not chunk:
                return
            yield chunk

    @property
    def content(self) -> bytes:
        """The whole body (read once, kept); only for answers known to be small."""
        if self._content is None:
            self._content = b"".join(self.iter_content())
            self._reader.close()
        return self._content

    def read_prefix(self, limit: int) -> bytes:
        """Up to ``limit`` bytes of the body; the rest is dropped with the connection (error answers)."""
        if self._content is not None:
            return self._content[:limit]
        data = bytearray()
        try:
            for chunk in self.iter_content():
                data += chunk
                if len(data) >= limit:
                    break
        finally:
            self.close()
        self._content = bytes(data[:limit])
        return self._content

    @property
    def encoding(self) -> str:
        """The charset of the Content-Type; UTF-8 when none is declared (never Latin-1 guesses)."""
        for part in self.headers.get("Content-Type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return "utf-8"

    @property
    def text(self) -> str:
        try:
            return self.content.decode(self.encoding, errors="replace")
        except LookupError:  # an unknown charset name
            return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The decoded JSON body; raises ``ValueError`` when it is not JSON."""
        return json.loads(self.content)

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> "HttpResponse":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<HttpResponse {self.status_code} {urlsplit(self.url).path}>"


class HttpTransport(Protocol):
    """What :class:`~.transport.Transport` needs from an HTTP library. Implementations must be safe to call from
    several threads at once (each thread gets its own connections)."""

    def send(self, request: HttpRequest) -> HttpResponse:
        """Send ``request`` (following redirects) and return once the status line and headers are in."""

    def close(self) -> None:
        """Close the connections this transport opened."""
