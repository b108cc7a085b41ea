"""Test-wide setup: make the repository importable as the plugin package ``mapflow_processing``."""
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

pytest_plugins = ["tests.sandbox_fixture", "tests.support.qgis_auth"]
