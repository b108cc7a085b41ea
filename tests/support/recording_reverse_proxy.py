"""A recording reverse proxy for tests: it stands where a third-party host would (previews, tiles) and forwards
each GET/HEAD to an upstream root (usually a sandbox started with ``--public-url`` pointing here), keeping every
request's path and headers so a test can prove what was, or was not, sent to that host.
"""
from __future__ import annotations

import http.client
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional
from urllib.parse import urlsplit

HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
                        "transfer-encoding", "upgrade", "host"})


@dataclass(frozen=True)
class ForwardedRequest:
    method: str
    path: str
    headers: Dict[str, str] = field(repr=False)
    status: Optional[int]

    def header(self, name: str) -> Optional[str]:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass

    def _forward(self) -> None:
        owner = self.server.owner
        upstream = urlsplit(owner.upstream)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        status = None
        try:
            connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=60)
            connection.request(self.command, self.path, headers=headers)
            answer = connection.getresponse()
            body = answer.read()
            status = answer.status
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            connection.close()
        except OSError:
            self.send_error(502, "upstream unreachable")
        finally:
            owner.record(ForwardedRequest(self.command, self.path, dict(self.headers.items()), status))

    do_GET = _forward  # noqa: N815
    do_HEAD = _forward  # noqa: N815


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, owner: "RecordingReverseProxy"):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.owner = owner


class RecordingReverseProxy:
    """``start()``, then set ``upstream`` (e.g. ``http://127.0.0.1:PORT``) before the first request."""

    def __init__(self, upstream: str = "") -> None:
        self.upstream = upstream
        self._records: List[ForwardedRequest] = []
        self._lock = threading.Lock()
        self._server: Optional[_Server] = None

    def start(self) -> "RecordingReverseProxy":
        self._server = _Server(self)
        threading.Thread(target=self._server.serve_forever, name="recording-reverse-proxy", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def root_url(self) -> str:
        assert self._server is not None, "start() the proxy first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def record(self, request: ForwardedRequest) -> None:
        with self._lock:
            self._records.append(request)

    @property
    def requests(self) -> List[ForwardedRequest]:
        with self._lock:
            return list(self._records)

    def requests_to(self, fragment: str) -> List[ForwardedRequest]:
        return [r for r in self.requests if fragment in r.path]
