#!/usr/bin/env python3
"""Qt6 / QGIS 4 readiness of the shipped code: Python (AST) and Qt Designer forms (XML).

    python scripts/qt6_check.py                  # list every finding, then counts; exit 1 when there is any
    python scripts/qt6_check.py --report         # the same, exit 0 (a work list)
    python scripts/qt6_check.py --summary        # counts per folder and kind only
    python scripts/qt6_check.py --json           # machine-readable findings
    python scripts/qt6_check.py PATH...          # other files or folders than the shipped code

Each finding is ``file:line:col: kind: construct -> replacement``. The kinds and what they mean are listed in
docs/DEVELOPING.md ("Qt6 and QGIS 4"). The knowledge tables come from introspecting PyQt6 (through the QGIS 4
shim of tests/qt6) and QGIS 3.22: refresh them with --write-qt6-table (Qt6 venv) and --write-qgis3-table (.venv).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, List

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qt6check import tables  # noqa: E402
from qt6check.python_rules import Finding, PythonChecker  # noqa: E402
from qt6check.ui_rules import UiChecker  # noqa: E402

SHIPPED = ("__init__.py", "plugin.py", "api", "core", "integration", "layers", "tasks", "ui", "processing_provider")


def files(paths: Iterable[str]) -> List[Path]:
    found: List[Path] = []
    for entry in paths:
        path = (REPO / entry) if not Path(entry).is_absolute() else Path(entry)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".py", ".ui") and "__pycache__" not in
                                p.parts))
        elif path.is_file():
            found.append(path)
    return found


def check_paths(paths: Iterable[str]) -> List[Finding]:
    loaded = tables.load()
    python, forms = PythonChecker(loaded), UiChecker(loaded)
    findings: List[Finding] = []
    for path in files(paths):
        shown = str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)
        text = path.read_text(encoding="utf-8")
        findings.extend(python.check(shown, text) if path.suffix == ".py" else forms.check(shown, text))
    return findings


def folder_of(finding: Finding) -> str:
    parts = Path(finding.path).parts
    return parts[0] if len(parts) > 1 else finding.path


def summary(findings: List[Finding]) -> str:
    lines = [f"{len(findings)} finding(s)"]
    by_folder = Counter(folder_of(f) for f in findings)
    for folder in sorted(by_folder):
        kinds = Counter(f.kind for f in findings if folder_of(f) == folder)
        detail = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        lines.append(f"  {folder}: {by_folder[folder]} ({detail})")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=list(SHIPPED))
    parser.add_argument("--report", action="store_true", help="exit 0 even with findings")
    parser.add_argument("--summary", action="store_true", help="counts only")
    parser.add_argument("--json", action="store_true", help="findings as JSON")
    parser.add_argument("--write-qt6-table", action="store_true", help="regenerate data/qt6.json (Qt6 venv)")
    parser.add_argument("--write-qgis3-table", action="store_true", help="regenerate data/qgis3.json (.venv)")
    args = parser.parse_args(argv)
    if args.write_qt6_table or args.write_qgis3_table:
        from qt6check import generate
        if args.write_qt6_table:
            print(generate.write("qt6.json", generate.qt6_table()))
        if args.write_qgis3_table:
            print(generate.write("qgis3.json", generate.qgis3_table()))
        return 0
    findings = check_paths(args.paths)
    if args.json:
        print(json.dumps([f.__dict__ for f in findings], indent=1))
    else:
        if not args.summary:
            for finding in findings:
                print(finding.render())
        print(summary(findings))
    return 0 if args.report or not findings else 1


if __name__ == "__main__":
    sys.exit(main())
