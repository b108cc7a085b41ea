"""A tiny scripted HTTP/1.1 server on 127.0.0.1 for transport tests: real sockets, exact control of each answer.

Each route holds a queue of replies; the last one repeats. A reply is a ``Reply`` (status, headers, body, with
options to stall, drip or cut the body short) or a callable that reads the request body and writes the answer
itself. Every request is recorded with its headers (and its body, for ``Reply`` routes).
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Dict, List, Optional, Tuple, Union


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"{}"
    headers: Dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0  # before the status line
    announce_length: Optional[int] = None  # a Content-Length different from the body (truncation)
    drip: Optional[Tuple[int, float]] = None  # (chunk size, pause between chunks)
    read_body: bool = True


@dataclass
class Recorded:
    method: str
    path: str
    headers: Dict[str, str]
    body: bytes


Handler = Union[Reply, Callable[[BaseHTTPRequestHandler, "Recorded"], None]]


class LocalServer:
    def __init__(self) -> None:
        self.routes: Dict[Tuple[str, str], List[Handler]] = {}
        self.requests: List[Recorded] = []
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def _serve(self):
                server._dispatch(self)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None  # clients that hang up on purpose are not errors
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def route(self, method: str, path: str, *replies: Handler) -> None:
        with self._lock:
            self.routes[(method.upper(), path)] = list(replies)

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.requests if r.method == method and r.path.split("?")[0] == path)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _next(self, method: str, path: str) -> Optional[Handler]:
        with self._lock:
            queue = self.routes.get((method, path.split("?")[0]))
            if not queue:
                return None
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        reply = self._next(handler.command, handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        # a callable reads the body itself (or not), so tests can drain big uploads without keeping them
        read_body = isinstance(reply, Reply) and reply.read_body
        body = handler.rfile.read(length) if (length and read_body) else b""
        record = Recorded(handler.command, handler.path, {k: v for k, v in handler.headers.items()}, body)
        self.requests.append(record)
        if reply is None:
            reply = Reply(404, b'{"message":"no route"}')
        if callable(reply) and not isinstance(reply, Reply):
            reply(handler, record)
            return
        if reply.delay:
            time.sleep(reply.delay)
        handler.send_response(reply.status)
        for key, value in reply.headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(reply.announce_length if reply.announce_length is not None
                                                  else len(reply.body)))
        if not read_body:
            handler.send_header("Connection", "close")
        handler.end_headers()
        if reply.drip:
            size, pause = reply.drip
            for start in range(0, len(reply.body), size):
                handler.wfile.write(reply.body[start:start + size])
                handler.wfile.flush()
                time.sleep(pause)
        else:
            handler.wfile.write(reply.body)
        handler.wfile.flush()
        if reply.announce_length is not None and reply.announce_length != len(reply.body) or not read_body:
            handler.close_connection = True
            try:
                handler.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
