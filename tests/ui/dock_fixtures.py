"""The real dock (MapflowDock + DockController) on a RealWidgetsIface, against the sandbox.

Settings live in a per-test ini file; secrets in the test profile's QGIS authentication database, unlocked with a
master password set programmatically (``unlocked_auth`` of tests/support/qgis_auth.py). Dialogs are answered by
``ScriptedPrompts``. The client's HTTP session carries a ``CountingAdapter``: every request still goes to the real
sandbox, the adapter only counts them.
"""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional
from urllib.parse import urlsplit

import pytest
import requests
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsSettings
from qgis.PyQt.QtCore import QObject, QSettings, pyqtSignal

from mapflow_processing.core import settings as catalogue
from mapflow_processing.api.requests_transport import RequestsTransport
from mapflow_processing.core.choices import SignInRequest
from mapflow_processing.integration.auth import SecretStore
from mapflow_processing.integration.messages import Notifier
from mapflow_processing.integration.settings_store import SettingsStore
from mapflow_processing.integration.task_registry import TaskRegistry
from mapflow_processing.ui.dialogs_start import NewMosaic, ShareChoice, StartPrompts
from mapflow_processing.ui.dock import MapflowDock
from mapflow_processing.ui.dock_controller import DockController
from tests.support.fake_iface import RealWidgetsIface

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
CLOSED_SANDBOX_URL = "http://127.0.0.1:9/rest"  # nothing listens on the discard port: no sandbox entry
# ~0.05 km² near Moscow, inside the sandbox's demo imagery
TINY_BOX = (37.600, 55.750, 37.603, 55.7525)


# --- counting requests ---------------------------------------------------------------------------------------------
class CountingAdapter(requests.adapters.HTTPAdapter):
    """A normal HTTP adapter that also counts requests by (method, path); thread-safe (tasks send them)."""

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self.counts: Counter = Counter()

    def send(self, request, *args, **kwargs):
        with self._lock:
            self.counts[(request.method, urlsplit(request.url).path)] += 1
        return super().send(request, *args, **kwargs)

    def count(self, method: str, path_end: str) -> int:
        with self._lock:
            return sum(n for (m, path), n in self.counts.items() if m == method and path.endswith(path_end))


# --- dialogs answered by the test ---------------------------------------------------------------------------------
@dataclass
class ScriptedPrompts(StartPrompts):
    confirm: bool = True
    names: List[str] = field(default_factory=list)  # answers to project-name questions, in order
    delete_ok: bool = True
    share_with: Optional[ShareChoice] = None
    geotiff: Optional[str] = None
    mosaic_name: str = "Survey"
    summaries: list = field(default_factory=list)  # every StartSummary the user was asked to confirm
    share_roles: list = field(default_factory=list)

    def confirm_start(self, parent, summary):
        self.summaries.append(summary)
        return self.confirm

    def project_name(self, parent, title, current=""):
        return self.names.pop(0) if self.names else None

    def confirm_project_delete(self, parent, name):
        return self.delete_ok

    def share(self, parent, project_name, roles):
        self.share_roles.append(tuple(roles))
        return self.share_with

    def geotiff_path(self, parent):
        return self.geotiff

    def new_mosaic(self, parent, suggested):
        return NewMosaic(self.mosaic_name) if self.mosaic_name else None


# --- the dock ---------------------------------------------------------------------------------------------------------
@dataclass
class DockHarness:
    iface: RealWidgetsIface
    dock: MapflowDock
    controller: DockController
    settings: SettingsStore
    secrets: SecretStore
    prompts: ScriptedPrompts
    tasks: TaskRegistry
    counter: CountingAdapter
    ini: Path

    @property
    def state(self):
        return self.controller.state

    def bar_texts(self) -> List[str]:
        return [item.text() for item in self.iface.message_bar.items()]

    def bar_has(self, fragment: str) -> bool:
        return any(fragment in text for text in self.bar_texts())


def make_harness(qtbot, tmp_path: Path, manager, auto_sign_in: bool = False, ini: Optional[Path] = None,
                 prompts: Optional[ScriptedPrompts] = None, sandbox_url: str = CLOSED_SANDBOX_URL,
                 make_http_transport=None, **controller_options) -> DockHarness:
    """``sandbox_url``: where the dock looks for a local sandbox (a closed port unless a test wants one found);
    ``controller_options`` go to DockController (e.g. a controllable clock and timers). HTTP goes through
    ``requests`` with a counting adapter unless the test hands in ``make_http_transport`` (e.g. the plugin's own
    QGIS transport)."""
    iface = RealWidgetsIface()
    iface.canvas.setDestinationCrs(WGS84)
    iface.canvas.resize(600, 400)
    iface.canvas.setExtent(QgsRectangle(37.59, 55.745, 37.61, 55.755))
    dock = MapflowDock(iface.main_window)
    iface.addDockWidget(2, dock)  # Qt.RightDockWidgetArea
    iface.main_window.resize(1200, 900)
    iface.main_window.show()
    dock.show()
    ini = ini or tmp_path / "QGIS3.ini"
    settings = SettingsStore(QgsSettings(str(ini), QSettings.IniFormat))
    settings.set(catalogue.SANDBOX_URL, sandbox_url)
    # results go to the test's folder, never to ~/Documents/Mapflow results (a project may still choose another)
    settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
    secrets = SecretStore(settings, manager, interactive=False)
    counter = CountingAdapter()

    def http_session() -> requests.Session:
        session = requests.Session()
        session.mount("http://", counter)
        session.mount("https://", counter)
        return session

    tasks = TaskRegistry()
    prompts = prompts or ScriptedPrompts()
    if "template_prompts" not in controller_options:  # a real planned-search dialog would wait for a click forever
        from .template_fixtures import ScriptedTemplatePrompts

        controller_options["template_prompts"] = ScriptedTemplatePrompts(fill=None)
    controller = DockController(dock, iface, Notifier(iface), tasks, settings=settings, secrets=secrets,
                                prompts=prompts,
                                make_http_transport=make_http_transport or (lambda: RequestsTransport(http_session())),
                                auto_sign_in=auto_sign_in,
                                **controller_options)
    return DockHarness(iface, dock, controller, settings, secrets, prompts, tasks, counter, ini)


def close_harness(harness: DockHarness) -> None:
    harness.controller.shutdown()
    harness.tasks.cancel_all(wait_ms=10000)
    # the secrets of this test leave the (shared) auth database with it
    harness.secrets.sign_out(harness.dock.connection.server_url().rstrip("/"), forget_imagery_logins=True)
    harness.iface.main_window.close()
    harness.iface.main_window.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().clear()  # the choices a test made are kept in the project: the next test starts clean


@pytest.fixture()
def harness(qtbot, tmp_path, unlocked_auth):
    made = make_harness(qtbot, tmp_path, unlocked_auth)
    yield made
    close_harness(made)


# --- driving the dock -------------------------------------------------------------------------------------------------
def sign_in(qtbot, harness: DockHarness, server, token: Optional[str] = None, timeout: int = 20000) -> None:
    """Type the server and token into the connection row and press Sign in; wait until signed in."""
    connection = harness.dock.connection
    connection.serverCombo.setEditText(server.base_url)
    connection.tokenEdit.setText(token or server.token)
    connection.signInButton.click()
    qtbot.waitUntil(lambda: harness.state.session is not None, timeout=timeout)


def request_sign_in(harness: DockHarness, url: str, token: str) -> None:
    harness.dock.connection.sign_in_requested.emit(SignInRequest(url, token))


def wait_idle(qtbot, harness: DockHarness, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not harness.tasks.running, timeout=timeout)


# --- controllable time --------------------------------------------------------------------------------------------
class ManualClock:
    """A clock that moves only when the test says so (seconds, as time.monotonic)."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ManualTimer(QObject):
    """Stands in for a single-shot QTimer: it remembers when it is due on a ManualClock and fires only from
    ``fire_due`` (the test decides when time passes)."""

    timeout = pyqtSignal()

    def __init__(self, clock: ManualClock, parent=None):
        super().__init__(parent)
        self._clock = clock
        self.due_at: Optional[float] = None
        self.interval_ms = 0

    def setSingleShot(self, _single: bool) -> None:  # noqa: N802 - QTimer's API
        pass

    def setInterval(self, ms: int) -> None:  # noqa: N802
        self.interval_ms = ms

    def start(self, ms: Optional[int] = None) -> None:
        self.due_at = self._clock() + (self.interval_ms if ms is None else ms) / 1000.0

    def stop(self) -> None:
        self.due_at = None

    def isActive(self) -> bool:  # noqa: N802
        return self.due_at is not None

    def fire_if_due(self) -> bool:
        if self.due_at is not None and self._clock() >= self.due_at - 1e-9:
            self.due_at = None
            self.timeout.emit()
            return True
        return False


class ManualTime:
    """A ManualClock and every ManualTimer made on it, for DockController(clock=..., timer_factory=...)."""

    def __init__(self):
        self.clock = ManualClock()
        self.timers: List[ManualTimer] = []

    def timer(self, parent) -> ManualTimer:
        made = ManualTimer(self.clock, parent)
        self.timers.append(made)
        return made

    def advance(self, seconds: float) -> int:
        """Move the clock on and fire what became due; returns how many timers fired."""
        self.clock.advance(seconds)
        return sum(timer.fire_if_due() for timer in list(self.timers))

    @property
    def options(self) -> dict:
        return {"clock": self.clock, "timer_factory": self.timer}
