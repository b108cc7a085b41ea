"""The plugin runs in QGIS's own Python: 3.9 in QGIS 3.22 on Windows. Its shipped code must parse as Python 3.9."""
import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("api", "core", "integration", "layers", "tasks", "ui", "processing_provider")
SHIPPED = [REPO / "__init__.py", REPO / "plugin.py"] + sorted(
    path for package in PACKAGES for path in (REPO / package).rglob("*.py"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(REPO)))
def test_parses_as_python_3_9(path):
    ast.parse(path.read_text(encoding="utf-8"), str(path), feature_version=(3, 9))


def test_the_list_is_not_empty():
    assert len(SHIPPED) > 50
