"""Test-wide setup: make the repository importable as the plugin package ``mapflow_processing``."""
import importlib
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PKG_DIR = REPO / ".build" / "pkg"
LINK = PKG_DIR / "mapflow_processing"

# Headless Qt for every tier (pytest-qgis also reads qgis_gui_enabled from pytest.ini).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if not LINK.exists():
    PKG_DIR.mkdir(parents=True, exist_ok=True)
    try:
        LINK.symlink_to(REPO, target_is_directory=True)
    except FileExistsError:  # another xdist worker or process made it first
        pass
if str(PKG_DIR) not in sys.path:
    sys.path.insert(0, str(PKG_DIR))
# pytest.ini put .build/pkg on sys.path before the link existed (fresh clone): forget the cached "no finder"
for entry in (str(PKG_DIR), ".build/pkg"):
    sys.path_importer_cache.pop(entry, None)
importlib.invalidate_caches()

pytest_plugins = ["tests.sandbox_fixture", "tests.support.qgis_auth"]


def pytest_sessionfinish(session, exitstatus):
    session.config.mapflow_exit_status = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave without further teardown once pytest has reported everything.

    After exitQgis, a garbage collection (pytest's own unraisable-exception check runs one in its unconfigure hook)
    or the interpreter's exit may destroy Qt/QGIS objects that some library or test kept alive; QGIS 3.22 can crash
    there, turning a fully green run into exit 139. The run's result is already decided and printed here.
    """
    status = getattr(config, "mapflow_exit_status", None)
    if status is not None and os.environ.get("MAPFLOW_TESTS_NATURAL_EXIT") != "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
