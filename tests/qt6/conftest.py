"""The Qt6 tier: PyQt6 only, with tests/qt6/shim standing in for QGIS 4's ``qgis`` package.

The shim goes first on sys.path, and the plugin is imported as ``mapflow_processing`` (the .build/pkg link the
other tiers use). The tier refuses to run where the real QGIS or PyQt5 could be imported instead.
"""
import importlib
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHIM = HERE / "shim"
PKG_DIR = REPO / ".build" / "pkg"
LINK = PKG_DIR / "mapflow_processing"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not LINK.exists():
    PKG_DIR.mkdir(parents=True, exist_ok=True)
    try:
        LINK.symlink_to(REPO, target_is_directory=True)
    except FileExistsError:
        pass
for path in (str(PKG_DIR), str(SHIM)):
    if path not in sys.path:
        sys.path.insert(0, path)
importlib.invalidate_caches()


def pytest_configure(config):
    import qgis

    if Path(qgis.__file__).resolve().parent != SHIM / "qgis":
        raise pytest.UsageError(f"the Qt6 tier must import the shim's qgis, not {qgis.__file__}")
    try:
        import PyQt5  # noqa: F401
    except ImportError:
        pass
    else:
        raise pytest.UsageError("PyQt5 is importable: run the Qt6 tier with .venv-qt6 (scripts/test_qt6.sh)")


@pytest.fixture(scope="session")
def qapp():
    from PyQt6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    yield app


@pytest.fixture()
def widgets(qapp):
    """Widgets made by a test; closed and deleted afterwards."""
    made = []
    yield made
    for widget in made:
        widget.close()
        widget.deleteLater()
    qapp.processEvents()


class Recorder:
    """Collects what a signal emits."""

    def __init__(self, signal):
        self.calls = []
        signal.connect(lambda *args: self.calls.append(args[0] if len(args) == 1 else args))

    @property
    def last(self):
        assert self.calls, "the signal was not emitted"
        return self.calls[-1]


@pytest.fixture()
def record():
    return Recorder
