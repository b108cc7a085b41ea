"""Shared fixtures of the dock tests: a signed-in session against the real sandbox, a task registry, a notifier
with a real message bar, a capture of the plugin's log, and helpers to create processings and users.

Generic on purpose: any dock test can build a ``SessionState`` for any account and project with these.
"""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import List, Optional

import pytest
import requests
from qgis.core import QgsApplication
from qgis.gui import QgsMessageBar

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.models import (DataProviderSource, ProcessingRequest, Project, UserDefinedSource)
from mapflow_processing.api.transport import RetryPolicy
from mapflow_processing.integration.messages import LOG_TAG, Notifier
from mapflow_processing.integration.session_state import Session, SessionState
from mapflow_processing.integration.task_registry import TaskRegistry

# ~0.05 km² near Moscow: small enough that the sandbox processes it in a few seconds at zoom 18
TINY_AOI = {"type": "Polygon", "coordinates": [[[37.600, 55.750], [37.603, 55.750], [37.603, 55.7525],
                                                [37.600, 55.7525], [37.600, 55.750]]]}
CLOSED_PORT_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"  # nothing listens on the discard port: tiles fail
DEMO_PROVIDER = "Sandbox_Demo"


# --- message bar and log ------------------------------------------------------------------------------------------
class BarIface:
    """The part of QgisInterface the Notifier uses, with a real QgsMessageBar to inspect."""

    def __init__(self):
        self.message_bar = QgsMessageBar()

    def messageBar(self):  # noqa: N802 - QGIS API name
        return self.message_bar

    def bar_texts(self) -> List[str]:
        return [item.text() for item in self.message_bar.items()]


@dataclass
class LogCapture:
    """Every message the plugin logged under its tag (the Notifier logs everything it shows)."""

    entries: List[tuple] = field(default_factory=list)  # (text, level)

    def _on_message(self, text, tag, level):
        if tag == LOG_TAG:
            self.entries.append((text, int(level)))

    def texts(self) -> List[str]:
        return [text for text, _level in self.entries]

    def has(self, fragment: str) -> bool:
        return any(fragment in text for text in self.texts())

    def count(self, fragment: str) -> int:
        return sum(fragment in text for text in self.texts())


@pytest.fixture()
def mapflow_log(qgis_app):
    capture = LogCapture()
    log = QgsApplication.messageLog()
    log.messageReceived.connect(capture._on_message)
    yield capture
    log.messageReceived.disconnect(capture._on_message)


@pytest.fixture()
def bar_iface(qgis_app):
    return BarIface()


@pytest.fixture()
def notifier(bar_iface, mapflow_log):
    return Notifier(bar_iface)


@pytest.fixture()
def task_registry(qgis_app):
    registry = TaskRegistry()
    yield registry
    registry.cancel_all(wait_ms=10000)


# --- accounts, projects, sessions ---------------------------------------------------------------------------------
def make_client(server, token: Optional[str] = None, retries: bool = True) -> MapflowClient:
    return MapflowClient(server.base_url, token or server.token,
                         retry=None if retries else RetryPolicy.disabled())


def make_session_state(client: MapflowClient, server, project: Optional[Project] = None,
                       role: Optional[str] = None) -> SessionState:
    """A SessionState signed in as the client's account; the role defaults to the one the project gives."""
    state = SessionState()
    state.sign_in(Session(client=client, server_url=server.base_url, email=client.email,
                          user_status=client.user_status()))
    if project is not None:
        state.set_project(project, role or project.role_of(client.email).value)
    return state


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def demo_client(sandbox_server) -> MapflowClient:
    return make_client(sandbox_server)


@pytest.fixture()
def ui_project(demo_client):
    """A new project of the demo account, deleted afterwards, so a test sees only its own processings."""
    project = demo_client.create_project(unique("ui"))
    yield project
    try:
        demo_client.delete_project(project.id)
    except Exception:  # noqa: BLE001 - a test may have deleted it already
        pass


@pytest.fixture()
def signed_in(demo_client, sandbox_server, ui_project) -> SessionState:
    """The demo account signed in, with ``ui_project`` open as its owner."""
    return make_session_state(demo_client, sandbox_server, ui_project)


@dataclass(frozen=True)
class OtherUser:
    email: str
    token: str
    team: str  # a team owned by the demo account that this user belongs to (roles above readonly need it)


@pytest.fixture(scope="session")
def other_user(sandbox_server) -> OtherUser:
    email = f"{unique('colleague')}@sandbox.mapflow.local"
    token = sandbox_server.cli("add-user", email).strip().splitlines()[-1]
    team = unique("team")
    sandbox_server.cli("add-team", team, "demo@sandbox.mapflow.local")
    sandbox_server.cli("add-team-member", team, email)
    return OtherUser(email, token, team)


# --- processings -------------------------------------------------------------------------------------------------
def create_processing(client: MapflowClient, project: Project, name: str, zoom: int = 18,
                      url: Optional[str] = None):
    """A Buildings processing on TINY_AOI: the demo provider by default, or a custom XYZ ``url``."""
    model = next(m for m in project.workflow_defs if "Buildings" in m.name)
    source = UserDefinedSource(url, zoom=zoom) if url else DataProviderSource(DEMO_PROVIDER, zoom)
    return client.create_processing(ProcessingRequest.for_model(model, TINY_AOI, source, name=name,
                                                                project_id=project.id))


def wait_until_final(client: MapflowClient, processing_ids, timeout: float = 60.0):
    """Poll the API (not the UI) until the processings are final; returns them by id."""
    deadline = time.monotonic() + timeout
    wanted = set(processing_ids)
    while True:
        found = {pid: client.get_processing(pid) for pid in wanted}
        if all(p.is_terminal for p in found.values()):
            return found
        if time.monotonic() > deadline:
            raise TimeoutError(f"not final in {timeout} s: {[(p.name, p.status) for p in found.values()]}")
        time.sleep(0.3)


def inject_faults(server, rules) -> None:
    """Sandbox fault injection (replaces the rules); ``rules=[]`` clears them."""
    secret = (server.data_dir / "admin-token.txt").read_text().strip()
    response = requests.post(f"{server.root_url}/admin/faults", json={"rules": rules},
                             headers={"X-Sandbox-Admin": secret}, timeout=10)
    response.raise_for_status()
