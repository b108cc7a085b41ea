"""The built zip passes the QGIS plugins site's upload checks as the site runs them (scripts/plugin_scan.py: its
validator, Bandit and detect-secrets with the site's rules, flake8 with its codes, its file analysis), with no
`nosec` or allow-list comment in the shipped code; and the scan finds what the site would block."""
import importlib.util
import re
import stat
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("plugin_scan", REPO / "scripts" / "plugin_scan.py")
plugin_scan = importlib.util.module_from_spec(_spec)
sys.modules["plugin_scan"] = plugin_scan  # its dataclass looks its module up
_spec.loader.exec_module(plugin_scan)
SHIPPED = ("__init__.py", "plugin.py", "api", "core", "integration", "layers", "tasks", "ui", "processing_provider")


def test_the_built_zip_has_no_finding(package_zip):
    findings = plugin_scan.scan_archive(package_zip)
    assert [str(f) for f in findings] == []


def test_no_scanner_is_silenced_in_the_shipped_code():
    markers = ("nosec", "pragma: allowlist", "detect-secrets-disable")
    ruff_bandit = re.compile(r"noqa:[^#]*\bS\d{3}")  # ruff's copies of the Bandit rules
    silenced = []
    for entry in SHIPPED:
        path = REPO / entry
        for source in ([path] if path.is_file() else sorted(path.rglob("*.py"))):
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                if any(marker in line for marker in markers) or ruff_bandit.search(line):
                    silenced.append(f"{source.relative_to(REPO)}:{number}: {line.strip()}")
    assert silenced == []


def _planted_zip(folder: Path) -> Path:
    """A small plugin with one of each thing the site reports."""
    archive = folder / "planted.zip"
    key = "AKIA" + "Z7QWXJ4LMN2PQRST"  # an AWS access key id's shape, made here so no source file holds one
    planted = (
        "import sqlite3\n\n"
        f'password = "{"hunter" + "2-correct-horse"}"\n'
        f'AWS_KEY = "{key}"\n\n\n'
        "def rows(connection: sqlite3.Connection, name: str):\n"
        "    if name == None:\n"
        "        return []\n"
        "    return connection.execute(\"SELECT * FROM items WHERE name = '%s'\" % name).fetchall()\n")
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("planted/__init__.py", "def classFactory(iface):\n    return None\n")
        zipped.writestr("planted/metadata.txt", "[general]\nname=Planted\nversion=1.0\n")
        zipped.writestr("planted/planted.py", planted)
        runner = zipfile.ZipInfo("planted/run.sh")
        runner.external_attr = (stat.S_IFREG | 0o755) << 16
        zipped.writestr(runner, "#!/bin/sh\necho hi\n")
        zipped.writestr("planted/blob.dat", bytes(range(256)))
    return archive


def test_the_scan_reports_what_the_site_blocks(tmp_path):
    findings = plugin_scan.scan_archive(_planted_zip(tmp_path))
    found = {(f.check, f.code) for f in findings}
    assert {("bandit", "B105"), ("bandit", "B608")} <= found
    assert ("detect-secrets", "AWS Access Key") in found
    assert ("flake8", "E711") in found
    assert {("files", "FILE_SUSPICIOUS"), ("files", "FILE_BINARY")} <= found
    layout = [f.message for f in findings if f.check == "validation"]
    assert any("LICENSE is missing" in message for message in layout)
    assert any("required keys missing" in message and "tracker" in message for message in layout)
