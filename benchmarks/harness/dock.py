"""What the dock's controllers need, built from real parts: a signed-in session on the sandbox, the task registry,
a notifier, and a request counter on the client's HTTP session."""
from __future__ import annotations

import threading
from collections import Counter
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter


class CountingAdapter(HTTPAdapter):
    """Counts the requests the client really sends, by method and path (``POST /rest/processing/cost/v2``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()
        self.counts: Counter = Counter()

    def send(self, request, *args, **kwargs):
        with self._lock:
            self.counts[f"{request.method} {urlsplit(request.url).path}"] += 1
        return super().send(request, *args, **kwargs)

    def count(self, method: str, path_suffix: str) -> int:
        with self._lock:
            return sum(n for key, n in self.counts.items()
                       if key.startswith(method + " ") and key.endswith(path_suffix))


def counting_session() -> tuple:
    session = requests.Session()
    adapter = CountingAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session, adapter


def signed_in_state(client, server, project=None, role: str = "owner"):
    """A SessionState signed in as the client's account (the sign-in controller's end state)."""
    from mapflow_processing.integration.session_state import Session, SessionState

    state = SessionState()
    state.sign_in(Session(client=client, server_url=server.base_url, email=client.email,
                          user_status=client.user_status()))
    if project is not None:
        state.set_project(project, role)
    return state


def services():
    """The task registry and a notifier that logs (no message bar: nothing here looks at it)."""
    from mapflow_processing.integration.messages import Notifier
    from mapflow_processing.integration.task_registry import TaskRegistry

    return TaskRegistry(), Notifier(None)
