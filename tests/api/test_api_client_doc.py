"""docs/API_CLIENT.md's first Python block runs as written against a sandbox and downloads a result."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "API_CLIENT.md"


def first_python_block(markdown: str) -> str:
    match = re.search(r"^```python\n(.*?)^```", markdown, flags=re.DOTALL | re.MULTILINE)
    assert match, "docs/API_CLIENT.md has no python code block"
    return match.group(1)


def test_quickstart_script_runs_against_the_sandbox(sandbox_server, tmp_path):
    script = tmp_path / "example.py"
    script.write_text(first_python_block(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(REPO / ".build" / "pkg"), MAPFLOW_API_URL=sandbox_server.base_url,
               MAPFLOW_TOKEN=sandbox_server.token)
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Balance: " in run.stdout and "Estimated cost: " in run.stdout and "Saved result.geojson" in run.stdout
    result = json.loads((tmp_path / "result.geojson").read_text())
    assert result["type"] == "FeatureCollection"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.py", "result.geojson"]


def test_the_doc_lists_every_public_client_method():
    from mapflow_processing.api import MapflowClient

    text = DOC.read_text(encoding="utf-8")
    public = [name for name in dir(MapflowClient) if not name.startswith("_") and callable(getattr(MapflowClient,
                                                                                                      name))]
    missing = [name for name in public if f"`{name}(" not in text and name != "close"]
    assert missing == []
