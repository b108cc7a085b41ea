"""A small threaded HTTP forward proxy for tests: forwards plain-HTTP requests and records each one.

Clients configured with ``http://127.0.0.1:<port>`` as their proxy send absolute-URI request lines
(``GET http://host:port/path HTTP/1.1``); the proxy forwards each to its origin, streams the answer back and keeps a
:class:`ProxiedRequest` (request line, headers, body size, upstream status). ``CONNECT`` (HTTPS tunnels) is refused
with 501: the tests only use plain HTTP, and a refusal is easier to assert than a silent tunnel.

With ``credentials=(user, password)`` it is an authenticating proxy: a request without the matching
``Proxy-Authorization: Basic ...`` gets ``407`` with a ``Proxy-Authenticate: Basic`` challenge, is recorded with
status 407 and is not forwarded.
"""
from __future__ import annotations

import base64
import http.client
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit

# Headers that describe one connection, not the message: never forwarded (RFC 7230, section 6.1).
HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
                        "transfer-encoding", "upgrade", "proxy-connection"})
CHUNK = 64 * 1024
UPSTREAM_TIMEOUT_S = 60


@dataclass(frozen=True)
class ProxiedRequest:
    method: str
    url: str  # the absolute URL of the request line
    headers: Dict[str, str] = field(repr=False)
    body_size: int
    status: Optional[int]  # the origin's status; 407 when the proxy refused the login; None: origin unreachable
    proxy_login: Optional[str] = None  # the user of a valid Proxy-Authorization, if one came

    @property
    def request_line(self) -> str:
        return f"{self.method} {self.url}"


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive with clients, as real proxies do
    server: "_ProxyServer"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's signature
        pass  # the record list is the log; stderr noise would hide test output

    def do_CONNECT(self) -> None:  # noqa: N802 - http.server naming
        self.server.proxy.record(ProxiedRequest("CONNECT", self.path, dict(self.headers.items()), 0, None))
        self.send_error(501, "this test proxy forwards plain HTTP only")

    def _forward(self) -> None:
        target = urlsplit(self.path)
        if target.scheme != "http" or not target.hostname:
            self.send_error(400, "a proxy request needs an absolute http:// URL")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        login = self.server.proxy.check_login(self.headers.get("Proxy-Authorization", ""))
        if login is None:
            self.server.proxy.record(ProxiedRequest(self.command, self.path, headers, length, 407))
            self.send_response_only(407, "Proxy Authentication Required")
            self.send_header("Proxy-Authenticate", 'Basic realm="recording proxy"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path = target.path or "/"
        if target.query:
            path += "?" + target.query
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=UPSTREAM_TIMEOUT_S)
        try:
            try:
                upstream.request(self.command, path, body=body, headers=headers)
                response = upstream.getresponse()
            except OSError as exc:
                self.server.proxy.record(ProxiedRequest(self.command, self.path, headers, length, None, login or None))
                self.send_error(502, f"origin unreachable: {exc.__class__.__name__}")
                return
            self.server.proxy.record(ProxiedRequest(self.command, self.path, headers, length, response.status,
                                                    login or None))
            self._relay(response)
        finally:
            upstream.close()

    def _relay(self, response: http.client.HTTPResponse) -> None:
        """Send the origin's answer; a body of unknown length is relayed chunked."""
        self.send_response_only(response.status, response.reason)
        declared = response.getheader("Content-Length")
        for name, value in response.getheaders():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        chunked = declared is None and self.command != "HEAD" and response.status not in (204, 304)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if self.command == "HEAD":
            return
        while True:
            try:
                data = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
            except (http.client.IncompleteRead, OSError):
                self.close_connection = True  # the origin broke off: so does the proxy, the client sees it
                return
            if not data:
                break
            if chunked:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            else:
                self.wfile.write(data)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _forward  # noqa: N815


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, proxy: "RecordingProxy"):
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.proxy = proxy


class RecordingProxy:
    """``start()`` it, point clients at ``url``; ``requests`` lists what went through, in order."""

    def __init__(self, credentials: Optional[Tuple[str, str]] = None) -> None:
        self.credentials = credentials
        self._records: List[ProxiedRequest] = []
        self._lock = threading.Lock()
        self._server: Optional[_ProxyServer] = None
        self._thread: Optional[threading.Thread] = None

    def start(self) -> "RecordingProxy":
        self._server = _ProxyServer(self)
        self._thread = threading.Thread(target=self._server.serve_forever, name="recording-proxy", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the proxy first"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def check_login(self, header: str) -> Optional[str]:
        """The user of a valid ``Proxy-Authorization`` ('' when the proxy needs no login); None: refuse."""
        if self.credentials is None:
            return ""
        scheme, _, value = header.partition(" ")
        try:
            user, _, password = base64.b64decode(value.strip()).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        return user if scheme.lower() == "basic" and (user, password) == self.credentials else None

    def forwarded(self) -> List[ProxiedRequest]:
        """The requests that went on to their origin (not the ones refused for the login)."""
        return [r for r in self.requests if r.status != 407]

    def record(self, request: ProxiedRequest) -> None:
        with self._lock:
            self._records.append(request)

    @property
    def requests(self) -> List[ProxiedRequest]:
        with self._lock:
            return list(self._records)

    def request_lines(self) -> List[str]:
        return [r.request_line for r in self.requests]

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def __enter__(self) -> "RecordingProxy":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
