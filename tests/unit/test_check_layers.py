"""scripts/check_layers.py: the layer table of docs/DEVELOPING.md, enforced on imports (run by `make lint`)."""
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_layers", REPO / "scripts" / "check_layers.py")
check_layers = importlib.util.module_from_spec(_spec)
sys.modules["check_layers"] = check_layers
_spec.loader.exec_module(check_layers)


def problems(path: str, source: str):
    return [v.problem for v in check_layers.check_source(path, source)]


@pytest.mark.parametrize("path, source, expected", [
    ("api/client.py", "from qgis.core import QgsProject\n", "api may not import qgis.core"),
    ("api/models/user.py", "from ...core import pricing\n", "api may not import core"),
    ("api/transport.py", "import numpy\n", "api may not import numpy"),
    ("core/pricing.py", "from qgis.PyQt.QtCore import QCoreApplication\n", "core may not import qgis.PyQt.QtCore"),
    ("core/roles.py", "from ..integration import messages\n", "core may not import integration"),
    ("integration/auth.py", "from ..layers.tiles import x\n", "integration may not import layers.tiles"),
    ("layers/aoi.py", "from ..integration.auth import SecretStore\n", "layers may not import integration.auth"),
    ("layers/aoi.py", "from ..tasks.base import CallTask\n", "layers may not import tasks.base"),
    ("tasks/base.py", "from ..ui.dock import MapflowDock\n", "tasks imports ui.dock: nothing imports ui"),
    ("core/choices.py", "from .. import ui\n", "core imports ui: nothing imports ui"),
    ("ui/dock.py", "from PyQt5.QtWidgets import QWidget\n", "Qt imported as PyQt5.QtWidgets"),
    ("ui/dock.py", "from mapflow_processing.api import MapflowClient\n", "absolute import of the plugin's own code"),
    ("ui/dock.py", "import sandbox.app\n", "the plugin imports sandbox.app, which does not ship"),
    ("plugin.py", "from .tests.support import x\n", "the plugin imports tests.support, which does not ship"),
    ("api/client.py", "from ... import x\n", "relative import goes above the plugin's root"),
    ("sandbox/app.py", "from mapflow_processing.api import MapflowClient\n", "the sandbox imports the plugin"),
    ("sandbox/routes/meta.py", "from api.models import Processing\n", "the sandbox imports the plugin"),
])
def test_a_forbidden_import_is_reported(path, source, expected):
    found = problems(path, "import os\n" + source)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_violation_inside_a_function_is_found_with_its_line():
    source = "import json\n\n\ndef later():\n    from ..ui import dock\n    return dock\n"
    (violation,) = check_layers.check_source("tasks/result_download.py", source)
    assert violation.line == 5 and str(violation).startswith("tasks/result_download.py:5: tasks imports ui")


@pytest.mark.parametrize("path, source", [
    ("api/transport.py", "import requests\nfrom .errors import ApiError\nfrom .models.user import UserStatus\n"),
    ("core/pricing.py", "from ..api.models import WorkflowDef\nfrom .aoi_rules import translate\n"),
    ("integration/network.py", "import requests\nimport certifi\nfrom qgis.core import QgsSettings\n"),
    ("layers/results.py", "from osgeo import gdal\nfrom ..core import settings\n"
                          "from ..integration.messages import tr\n"),
    ("tasks/base.py", "from ..integration.messages import tr\nfrom ..layers import results\nfrom ..api import x\n"),
    ("ui/dock.py", "from qgis.PyQt.QtWidgets import QDockWidget\nfrom ..tasks.base import CallTask\n"),
    ("plugin.py", "from .ui.loader import icon_path\nfrom .integration.messages import tr\n"),
    ("sandbox/app.py", "from fastapi import FastAPI\nfrom .routes import meta\nimport numpy\n"),
    ("scripts/package.py", "from mapflow_processing.api import anything\n"),  # not shipped code: not checked
])
def test_allowed_imports_pass(path, source):
    assert problems(path, source) == []


def test_the_repository_follows_its_layers():
    assert [str(v) for v in check_layers.check_tree(REPO)] == []


def test_the_command_line_fails_on_a_violating_tree(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "rules.py").write_text("from qgis.core import QgsGeometry\n")
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "check_layers.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and "core/rules.py:1: core may not import qgis.core" in run.stdout
