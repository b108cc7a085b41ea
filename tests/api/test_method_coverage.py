"""Every public method of MapflowClient is called by at least one test against the sandbox."""
from __future__ import annotations

import re
from pathlib import Path

from mapflow_processing.api import MapflowClient

HERE = Path(__file__).parent


def test_every_client_method_is_exercised_over_http_against_the_sandbox():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in sorted(HERE.glob("test_sandbox_*.py")))
    called = set(re.findall(r"\.(\w+)\(", sources))
    public = {name for name in dir(MapflowClient)
              if not name.startswith("_") and callable(getattr(MapflowClient, name)) and name != "close"}
    assert sorted(public - called) == []
