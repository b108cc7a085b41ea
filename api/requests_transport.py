"""The default HTTP transport, on ``requests``: what scripts and the tests outside QGIS use.

Each thread gets its own ``requests.Session`` (a session is not documented as safe to share between threads), unless
the caller hands in one session, which is then used as is and stays the caller's to close. Proxies and certificates
are whatever ``requests`` finds (environment variables, certifi); inside QGIS the plugin uses its QGIS transport.
"""
from __future__ import annotations

import socket
import threading
from typing import Dict, List, Optional
from urllib.parse import urlsplit

import requests
from requests.utils import get_environ_proxies, select_proxy

from .errors import Cancelled, ConnectionFailed, InvalidRequestError, MapflowError, Timeout
from .http import BodyError, Headers, HttpRequest, HttpResponse, NetworkReason, ProxyLoginRefused

CANCEL_POLL_S = 0.1


_REASON_NEEDLES = (("refused", NetworkReason.REFUSED), ("name or service not known", NetworkReason.UNKNOWN_HOST),
                   ("nodename nor servname", NetworkReason.UNKNOWN_HOST), ("getaddrinfo", NetworkReason.UNKNOWN_HOST),
                   ("temporary failure in name resolution", NetworkReason.UNKNOWN_HOST),
                   ("reset", NetworkReason.RESET), ("aborted", NetworkReason.ABORTED),
                   ("remotedisconnected", NetworkReason.SERVER_CLOSED),
                   ("closed connection", NetworkReason.SERVER_CLOSED), ("unreachable", NetworkReason.UNREACHABLE))


def connection_reason(exc: BaseException) -> str:
    """A short, token-free reason (a NetworkReason text); the library's own text is long and may repeat request
    details."""
    text = str(exc).lower()
    for needle, reason in _REASON_NEEDLES:
        if needle in text:
            return reason
    return NetworkReason.NETWORK


class RequestsTransport:
    """:class:`~.http.HttpTransport` on ``requests``; safe to share between threads."""

    def __init__(self, session: Optional[requests.Session] = None) -> None:
        self._given = session
        self._local = threading.local()
        self._made: List[requests.Session] = []
        self._lock = threading.Lock()

    @property
    def session(self) -> requests.Session:
        """The session handed in, or the calling thread's own."""
        if self._given is not None:
            return self._given
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            self._local.session = session
            with self._lock:
                self._made.append(session)
        return session

    def close(self) -> None:
        """Close the sessions this transport made (a session handed in is left open)."""
        with self._lock:
            made, self._made = self._made, []
        for session in made:
            session.close()
        self._local = threading.local()

    def __repr__(self) -> str:
        return "RequestsTransport()"

    def send(self, request: HttpRequest) -> HttpResponse:
        if request.is_cancelled is not None and request.is_cancelled():
            raise Cancelled()
        session = self.session
        host = request.host
        try:
            response = session.request(request.method, request.url, data=request.body, headers=dict(request.headers),
                                       timeout=(request.connect_timeout, request.read_timeout), stream=True,
                                       allow_redirects=True)
        except MapflowError:  # Cancelled, or a file that changed, raised from inside the upload body
            raise
        except requests.exceptions.RequestException as exc:
            raise _send_error(exc, request, self._proxy_for(session, request.url)) from None
        if response.status_code == 407:  # from the proxy, not from the server
            response.close()
            raise ProxyLoginRefused(host, self._proxy_for(session, request.url) or NetworkReason.PROXY_OF_COMPUTER)
        headers = Headers(response.headers.items())
        return HttpResponse(response.status_code, headers, response.url or request.url,
                            _RequestsBody(response, host, request), reason=response.reason or "")

    @staticmethod
    def _proxy_for(session: requests.Session, url: str) -> str:
        """``host:port`` of the proxy ``requests`` would use for ``url`` (never its credentials), or ''."""
        proxies: Dict[str, str] = dict(get_environ_proxies(url)) if session.trust_env else {}
        proxies.update(session.proxies or {})
        proxy = urlsplit(select_proxy(url, proxies) or "") if proxies else urlsplit("")
        if not proxy.hostname:
            return ""
        return f"{proxy.hostname}:{proxy.port}" if proxy.port else proxy.hostname


def _send_error(exc: requests.exceptions.RequestException, request: HttpRequest, proxy: str) -> MapflowError:
    host = request.host
    if isinstance(exc, requests.exceptions.ConnectTimeout) and not isinstance(exc, requests.exceptions.ProxyError):
        return Timeout(host, "connect", request.connect_timeout)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return Timeout(host, "read", request.read_timeout)
    if isinstance(exc, requests.exceptions.SSLError):
        return ConnectionFailed(host, NetworkReason.SSL)
    if isinstance(exc, requests.exceptions.ProxyError):
        return ConnectionFailed(host, NetworkReason.PROXY_REFUSED_OR_FAILED,
                                proxy=proxy or NetworkReason.PROXY_OF_COMPUTER)
    if isinstance(exc, requests.exceptions.ConnectionError):
        if "timed out" in str(exc).lower():
            return Timeout(host, "read", request.read_timeout)
        return ConnectionFailed(host, connection_reason(exc))
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema)):
        return InvalidRequestError("the server address is not a valid URL")
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return ConnectionFailed(host, NetworkReason.TOO_MANY_REDIRECTS)
    return ConnectionFailed(host, connection_reason(exc))


class _RequestsBody:
    """Reads a streamed ``requests`` response; a watcher thread cuts the socket once the request is cancelled."""

    def __init__(self, response: requests.Response, host: str, request: HttpRequest) -> None:
        self._response = response
        self._host = host
        self._request = request
        self._chunks = None
        self._done = False
        self._watch = _CancelWatch(response, request.is_cancelled)

    @property
    def bytes_received(self) -> int:
        """Bytes read from the socket so far (compressed size when the body is gzip-encoded)."""
        try:
            return int(self._response.raw.tell())
        except (AttributeError, TypeError, ValueError):
            return 0

    def _expected(self) -> Optional[int]:
        try:
            return int(self._response.headers.get("Content-Length", ""))
        except (TypeError, ValueError):
            return None

    def read(self, size: int) -> bytes:
        if self._done:
            return b""
        if self._chunks is None:
            self._chunks = self._response.iter_content(max(1, int(size)))
        try:
            chunk = next(self._chunks, b"")
        except MapflowError:
            raise
        except requests.exceptions.ChunkedEncodingError:
            raise self._broken(BodyError(NetworkReason.BODY_CLOSED)) from None
        except requests.exceptions.ConnectionError as exc:
            if "timed out" in str(exc).lower():
                raise self._broken(Timeout(self._host, "read", self._request.read_timeout)) from None
            raise self._broken(BodyError(NetworkReason.BODY_INTERRUPTED)) from None
        except requests.exceptions.RequestException:
            raise self._broken(BodyError(NetworkReason.BODY_INTERRUPTED)) from None
        if self._request.is_cancelled is not None and self._request.is_cancelled():
            raise self._broken(Cancelled())
        if chunk:
            return chunk
        self.close()
        received, expected = self.bytes_received, self._expected()
        if expected is not None and received < expected and self._request.method != "HEAD":
            # urllib3 1.x accepts a body shorter than its Content-Length: the connection dropped mid-answer
            raise BodyError(NetworkReason.BODY_SHORT, received=received, expected=expected)
        return b""

    def _broken(self, error: Exception) -> Exception:
        """The error to raise after a failed read; a read that failed because of a cancel is a cancel."""
        self.close()
        if self._request.is_cancelled is not None and self._request.is_cancelled():
            return Cancelled()
        return error

    def close(self) -> None:
        if not self._done:
            self._done = True
            self._watch.stop()
            self._response.close()


class _CancelWatch:
    """While a body streams, checks ``is_cancelled`` every 0.1 s and, once it is true, shuts the socket down: the
    read blocked on a slow or stalled server returns at once instead of after the read timeout, so a cancelled task
    (or an unloading plugin) never waits for the network. (Before the answer's headers the socket is not reachable
    through ``requests``: a cancel then waits for the answer or the timeout.)"""

    def __init__(self, response: requests.Response, is_cancelled) -> None:
        self._response = response
        self._is_cancelled = is_cancelled
        self._stopped = threading.Event()
        self._thread: Optional[threading.Thread] = None
        if is_cancelled is not None:
            self._thread = threading.Thread(target=self._watch, name="mapflow-download-cancel", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=1.0)

    def _watch(self) -> None:
        while not self._stopped.wait(CANCEL_POLL_S):
            if self._is_cancelled():
                connection = getattr(self._response.raw, "connection", None)
                sock = getattr(connection, "sock", None)
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:  # already closed
                        pass
                return
