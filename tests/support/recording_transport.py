"""An HTTP transport that forwards to another one and notes each request line ("METHOD URL"): what the plugin sent,
to hold against what a proxy or a server saw."""
from __future__ import annotations

import threading
from typing import List

from mapflow_processing.api.http import HttpRequest, HttpResponse, HttpTransport


class RecordingTransport:
    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self._lines: List[str] = []
        self._lock = threading.Lock()

    def send(self, request: HttpRequest) -> HttpResponse:
        with self._lock:
            self._lines.append(f"{request.method} {request.url}")
        return self.inner.send(request)

    def close(self) -> None:
        self.inner.close()

    @property
    def lines(self) -> List[str]:
        with self._lock:
            return list(self._lines)
