"""The QGIS plugins site's upload checks, run locally on a built zip (or a folder), as the site runs them.

What plugins.qgis.org does with an uploaded zip (qgis/QGIS-Plugins-Website: ``plugins/validator.py`` and
``plugins/security_scanner.py``, rules in ``plugins/management/commands/data/*_rules.json``):
- validation (blocks the upload): one top folder with ``__init__.py`` and ``metadata.txt`` (required keys), a
  ``LICENSE`` in it, no ``..`` or absolute paths, no ``.pyc``/``__pycache__``/``.git``/``__MACOSX``, at most 25 MB;
- Bandit on the extracted tree with the site's enabled tests (``bandit -r DIR -f json -t <tests>``, every severity of
  those tests, so LOW ones such as B105 and B110 count); a finding blocks the version;
- detect-secrets (``detect-secrets scan --all-files --exclude-files metadata\\.txt`` with the site's disabled
  detectors turned off); a finding blocks the version;
- flake8 with ``--max-line-length=120 --select <the site's enabled codes>`` (reported on the plugin page);
- file analysis: executable ``.py`` files, hidden files, executables/scripts (``.exe .dll .so .dylib .bat .sh .ps1
  .cmd``), binary files.

Usage: ``python scripts/plugin_scan.py dist/mapflow_processing-<version>.zip`` (exit 1 on any finding);
``--bandit-tests`` / ``--flake8-select`` print the site's lists (scripts/lint.sh uses them on the source).
"""
from __future__ import annotations

import argparse
import configparser
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

# The site's enabled rules (bandit_rules.json, flake8_rules.json, secrets_rules.json: "enabled": true).
BANDIT_TESTS = (
    "B101 B102 B103 B104 B105 B106 B107 B108 B110 B111 B112 B113 B201 B202 B301 B302 B303 B304 B305 B306 B307 "
    "B308 B310 B311 B312 B313 B314 B315 B316 B317 B318 B319 B320 B321 B323 B324 B401 B402 B403 B405 B406 B407 "
    "B408 B409 B412 B413 B501 B502 B503 B504 B505 B506 B507 B508 B509 B601 B602 B603 B604 B605 B606 B607 B608 "
    "B609 B610 B611 B612 B613 B614 B615 B701 B702 B703 B704").split()
FLAKE8_SELECT = (
    "E101 E711 E712 E713 E714 E721 E722 E731 E741 E742 E743 E901 E902 E999 W605 F402 F403 F404 F405 F811 F821 "
    "F822 F823 F831 F901 C901").split()
SECRETS_DISABLED = ("IPPublicDetector",)
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")
SUSPICIOUS_SUFFIXES = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")
# Binary files the plugin needs: compiled translations and raster images. Anything else binary is reported.
ALLOWED_BINARY_SUFFIXES = (".qm", ".png")
MAX_BYTES = 25_000_000


@dataclass(frozen=True)
class Finding:
    check: str  # validation | bandit | detect-secrets | flake8 | files
    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.path}:{self.line}: {self.code} {self.message}"


def _tool(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=str(cwd), capture_output=True, text=True,
                          timeout=600, stdin=subprocess.DEVNULL)


def bandit(tree: Path) -> List[Finding]:
    done = _tool("bandit", "-r", ".", "-f", "json", "--quiet", "-t", ",".join(BANDIT_TESTS), cwd=tree)
    try:
        report = json.loads(done.stdout)
    except ValueError:  # Bandit itself failed: that is a finding too, never a silent pass
        return [Finding("bandit", ".", 0, "error", (done.stderr or done.stdout).strip()[-500:])]
    findings = [Finding("bandit", r["filename"], r["line_number"], r["test_id"], r["issue_text"])
                for r in report["results"]]
    findings += [Finding("bandit", e["filename"], 0, "error", e["reason"]) for e in report.get("errors", [])]
    return findings


def detect_secrets(tree: Path) -> List[Finding]:
    args = ["scan", "--all-files", "--exclude-files", r"metadata\.txt"]
    for plugin in SECRETS_DISABLED:
        args += ["--disable-plugin", plugin]
    done = _tool("detect_secrets", *args, ".", cwd=tree)
    if done.returncode != 0:
        return [Finding("detect-secrets", ".", 0, "error", done.stderr.strip()[-500:])]
    results = json.loads(done.stdout)["results"]
    return [Finding("detect-secrets", path, s["line_number"], s["type"], "possible secret")
            for path, secrets in results.items() for s in secrets]


def flake8(tree: Path) -> List[Finding]:
    files = sorted(str(p.relative_to(tree)) for p in tree.rglob("*.py"))
    if not files:
        return []
    done = _tool("flake8", "--max-line-length=120", "--select", ",".join(FLAKE8_SELECT), *files, cwd=tree)
    findings = []
    for line in done.stdout.splitlines():
        path, number, _column, rest = line.split(":", 3)
        code, _, message = rest.strip().partition(" ")
        findings.append(Finding("flake8", path, int(number), code, message))
    if done.returncode not in (0, 1) or (done.returncode == 1 and not findings):
        findings.append(Finding("flake8", ".", 0, "error", done.stderr.strip()[-500:]))
    return findings


def _is_binary(data: bytes) -> bool:
    if b"\0" in data[:8192]:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def archive_checks(archive: Path) -> List[Finding]:
    """The site's validator and file analysis on the zip itself."""
    findings: List[Finding] = []

    def report(path: str, code: str, message: str, check: str = "validation") -> None:
        findings.append(Finding(check, path, 0, code, message))

    if archive.stat().st_size > MAX_BYTES:
        report(archive.name, "size", f"{archive.stat().st_size / 1e6:.1f} MB, over the site's 25 MB")
    with zipfile.ZipFile(archive) as zipped:
        infos = zipped.infolist()
        names = [info.filename for info in infos]
        tops = {name.split("/")[0] for name in names}
        if len(tops) != 1:
            report(archive.name, "layout", f"more than one top folder: {sorted(tops)}")
        top = names[0].split("/")[0] if names else ""
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{required}" not in names:
                report(archive.name, "layout", f"{top}/{required} is missing")
        if f"{top}/metadata.txt" in names:
            parser = configparser.ConfigParser()
            parser.optionxform = str
            parser.read_string(zipped.read(f"{top}/metadata.txt").decode("utf-8"))
            missing = [key for key in REQUIRED_METADATA if not parser.get("general", key, fallback="").strip()]
            if missing:
                report(f"{top}/metadata.txt", "metadata", f"required keys missing or empty: {missing}")
        for info in infos:
            name = info.filename
            parts = name.split("/")
            if ".." in name or name.startswith("/"):
                report(name, "path", "path information in the zip")
            if name.endswith((".pyc", ".pyo")) or {"__pycache__", ".git", "__MACOSX"} & set(parts):
                report(name, "forbidden", "compiled Python, __pycache__, .git or __MACOSX")
            if info.is_dir():
                continue
            if parts[-1].startswith("."):
                report(name, "FILE_HIDDEN", "hidden file", "files")
            if name.lower().endswith(SUSPICIOUS_SUFFIXES):
                report(name, "FILE_SUSPICIOUS", "executable or script file", "files")
            if name.endswith(".py") and (info.external_attr >> 16) & 0o111:
                report(name, "FILE_EXECUTABLE", "Python file with the executable bit", "files")
            if not name.endswith(ALLOWED_BINARY_SUFFIXES) and _is_binary(zipped.read(info)):
                report(name, "FILE_BINARY", "binary file", "files")
    return findings


def scan_tree(tree: Path) -> List[Finding]:
    return bandit(tree) + detect_secrets(tree) + flake8(tree)


def scan_archive(archive: Path) -> List[Finding]:
    findings = archive_checks(archive)
    with tempfile.TemporaryDirectory(prefix="plugin-scan-") as folder:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(folder)
        findings += scan_tree(Path(folder))
    return findings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", nargs="?", help="the plugin zip, or a folder")
    parser.add_argument("--bandit-tests", action="store_true", help="print the site's Bandit tests and exit")
    parser.add_argument("--flake8-select", action="store_true", help="print the site's flake8 codes and exit")
    args = parser.parse_args(argv)
    if args.bandit_tests:
        print(",".join(BANDIT_TESTS))
        return 0
    if args.flake8_select:
        print(",".join(FLAKE8_SELECT))
        return 0
    if not args.target:
        parser.error("give the plugin zip or a folder")
    target = Path(args.target)
    findings = scan_archive(target) if target.is_file() else scan_tree(target)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s) in {os.fspath(target)}", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
