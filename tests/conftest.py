"""Test-wide setup: make the repository importable as the plugin package ``mapflow_processing``; load the harness
(tests/support/harness.py: honest exit code, no process or temp folder left behind)."""
import importlib
import os
import sys
from pathlib import Path

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

# The harness first: it points TMPDIR at the run's own temp folder before anything else starts a process.
pytest_plugins = ["tests.support.harness", "tests.sandbox_fixture", "tests.support.qgis_auth",
                  "tests.support.client_calls"]
