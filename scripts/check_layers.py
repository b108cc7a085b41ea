#!/usr/bin/env python3
"""Check that imports follow the plugin's layers (docs/DEVELOPING.md, "The tree"); run by scripts/lint.sh.

Reads every Python file of the plugin and of ``sandbox/`` with ``ast`` (nothing is imported), resolves relative
imports against the file's package and reports each import its folder may not make:

- ``api``: the standard library and ``requests`` only; never Qt, QGIS or another layer of the plugin.
- ``core``: the standard library and ``api``.
- ``integration``: ``core``, ``api``, QGIS and what QGIS ships (GDAL's ``osgeo``, ``requests``, ``certifi``,
  PySocks' ``socks``).
- ``layers``: as ``integration``, plus ``integration.messages`` (the translation hook) and nothing else of it.
- ``tasks``: ``layers``, ``integration``, ``core``, ``api`` and the same third-party modules.
- ``ui``: everything above. Nothing imports ``ui`` except the plugin's entry (``plugin.py``, ``__init__.py``).
- Everywhere in the plugin: relative imports of its own code only (it ships as ``mapflow_processing``), Qt only
  through ``qgis.PyQt``, never ``sandbox``, ``tests`` or ``benchmarks``.
- ``sandbox``: never the plugin.

Usage: ``python scripts/check_layers.py [REPO]``; prints ``path:line: problem`` lines, exit code 1 when any.
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

REPO = Path(__file__).resolve().parents[1]
LAYERS = ("api", "core", "integration", "layers", "tasks", "ui", "processing_provider")
ENTRY = "plugin entry"  # plugin.py and the root __init__.py: may import every layer
PLUGIN_FILES = ("__init__.py", "plugin.py")
QGIS_SIDE = frozenset({"qgis", "osgeo", "requests", "certifi", "socks"})
THIRD_PARTY = {"api": frozenset({"requests"}), "core": frozenset(), "integration": QGIS_SIDE, "layers": QGIS_SIDE,
               "tasks": QGIS_SIDE, "ui": QGIS_SIDE, "processing_provider": QGIS_SIDE, ENTRY: QGIS_SIDE}
MAY_IMPORT = {
    "api": {"api"},
    "core": {"core", "api"},
    "integration": {"integration", "core", "api"},
    "layers": {"layers", "core", "api"},
    "tasks": {"tasks", "layers", "integration", "core", "api"},
    "ui": {"ui", "tasks", "layers", "integration", "core", "api"},
    # the toolbox's algorithms sit beside ui: the same services below, and neither imports the other
    "processing_provider": {"processing_provider", "tasks", "layers", "integration", "core", "api"},
    ENTRY: {ENTRY, *LAYERS},
}
# narrower grants: (importing layer, imported module) — layers may use the translation hook of integration only
MODULE_GRANTS = {("layers", ("integration", "messages"))}
NOT_THE_PLUGIN = frozenset({"sandbox", "tests", "benchmarks", "scripts"})
QT_BINDINGS = frozenset({"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"})
PLUGIN_NAMES = frozenset({"mapflow_processing", "plugin", *LAYERS})


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _stdlib() -> frozenset:
    return frozenset(sys.stdlib_module_names) | {"__future__"}


def layer_of(relative_path: str) -> Optional[str]:
    """The plugin layer of a file path relative to the repository ('sandbox' for the sandbox, None otherwise)."""
    parts = Path(relative_path).parts
    if len(parts) == 1 and parts[0] in PLUGIN_FILES:
        return ENTRY
    if parts and parts[0] in LAYERS:
        return parts[0]
    if parts and parts[0] == "sandbox":
        return "sandbox"
    return None


def _package_of(relative_path: str) -> Tuple[str, ...]:
    """Package parts a relative import starts from: the file's folder (the plugin root is ``()``)."""
    return tuple(Path(relative_path).parent.parts)


def _targets(node: ast.AST, package: Tuple[str, ...]) -> Iterable[Tuple[Optional[Tuple[str, ...]], bool]]:
    """(module parts, is_relative) per import in ``node``; parts are None for a relative import leaving the root."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield tuple(alias.name.split(".")), False
        return
    assert isinstance(node, ast.ImportFrom)
    if not node.level:
        yield tuple((node.module or "").split(".")), False
        return
    if node.level - 1 > len(package):
        yield None, True
        return
    base = package[:len(package) - (node.level - 1)]
    if node.module:
        yield base + tuple(node.module.split(".")), True
    else:  # "from .. import x": each name may be a module
        for alias in node.names:
            yield base + (alias.name,), True


def check_source(relative_path: str, source: str) -> List[Violation]:
    """Every import of one file that its layer may not make."""
    layer = layer_of(relative_path)
    if layer is None:
        return []
    found: List[Violation] = []
    package = _package_of(relative_path)
    stdlib = _stdlib()
    for node in ast.walk(ast.parse(source, filename=relative_path)):
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        for target, relative in _targets(node, package):
            problem = _problem(layer, target, relative, stdlib)
            if problem:
                found.append(Violation(relative_path, node.lineno, problem))
    return found


def _problem(layer: str, target: Optional[Tuple[str, ...]], relative: bool, stdlib: frozenset) -> str:
    if target is None:
        return "relative import goes above the plugin's root"
    shown = ".".join(target) or "(the plugin root)"
    if layer == "sandbox":
        if not relative and target[0] in PLUGIN_NAMES:
            return f"the sandbox imports the plugin ({shown}); it talks to it over HTTP only"
        return ""
    if not relative:
        top = target[0]
        if top in NOT_THE_PLUGIN:
            return f"the plugin imports {shown}, which does not ship"
        if top in PLUGIN_NAMES:
            return f"absolute import of the plugin's own code ({shown}); use a relative import"
        if top in QT_BINDINGS:
            return f"Qt imported as {shown}; import it through qgis.PyQt"
        if top in stdlib or top in THIRD_PARTY[layer]:
            return ""
        return f"{layer} may not import {shown} (allowed outside the plugin: stdlib, " \
               f"{', '.join(sorted(THIRD_PARTY[layer])) or 'nothing else'})"
    if target and target[0] in NOT_THE_PLUGIN:
        return f"the plugin imports {shown}, which does not ship"
    imported = target[0] if target and target[0] in LAYERS else ENTRY  # plugin.py, __init__.py or the root itself
    if imported in MAY_IMPORT[layer]:
        return ""
    if any(layer == grantee and target[:len(module)] == module for grantee, module in MODULE_GRANTS):
        return ""
    if imported == "ui":
        return f"{layer} imports {shown}: nothing imports ui"
    allowed = ", ".join(sorted(MAY_IMPORT[layer] - {layer}, key=lambda name: LAYERS.index(name)
                               if name in LAYERS else -1)) or "no other layer"
    return f"{layer} may not import {shown} ({layer} may import: {allowed})"


def python_files(repo: Path) -> List[Path]:
    files = [repo / name for name in PLUGIN_FILES if (repo / name).exists()]
    for folder in (*LAYERS, "sandbox"):
        files.extend(sorted((repo / folder).rglob("*.py")))
    return files


def check_tree(repo: Path = REPO) -> List[Violation]:
    found: List[Violation] = []
    for path in python_files(repo):
        relative = path.relative_to(repo).as_posix()
        found.extend(check_source(relative, path.read_text(encoding="utf-8")))
    return found


def main(argv: Sequence[str]) -> int:
    repo = Path(argv[0]).resolve() if argv else REPO
    violations = check_tree(repo)
    for violation in violations:
        print(violation)
    if violations:
        print(f"{len(violations)} import(s) against the layers of docs/DEVELOPING.md")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
