"""The api package is pure Python: importing it loads neither Qt nor QGIS."""
import json
import subprocess
import sys
from pathlib import Path

PKG_DIR = Path(__file__).resolve().parents[2] / ".build" / "pkg"


def test_api_import_loads_no_qt_or_qgis():
    code = (
        "import json, sys\n"
        "import mapflow_processing.api, mapflow_processing.api.models, mapflow_processing.api.transport\n"
        "c = mapflow_processing.api.MapflowClient('http://127.0.0.1:9/rest',"
        " mapflow_processing.api.token_from_credentials('a@b.cd', 'secret-value'))\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PKG_DIR, capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(PKG_DIR)}, check=True)
    assert json.loads(out.stdout) == []


def test_package_uses_relative_imports_only():
    api_dir = PKG_DIR / "mapflow_processing" / "api"
    offenders = [str(p) for p in api_dir.rglob("*.py")
                 if "mapflow_processing" in p.read_text(encoding="utf-8").replace('"mapflow_processing.api"', "")]
    assert offenders == []
