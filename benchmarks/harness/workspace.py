"""Where benchmark data lives (``benchmarks/.work/run-<pid>``, gitignored) and how the plugin becomes importable."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# One folder per `make bench` run, inherited by its child processes through the environment, so that two runs at
# the same time never delete each other's data.
_OWN_WORK_ROOT = "MAPFLOW_BENCH_WORK" not in os.environ  # a case run by hand, or the tests: this process's own
os.environ.setdefault("MAPFLOW_BENCH_WORK", str(REPO / "benchmarks" / ".work" / f"run-{os.getpid()}"))
WORK_ROOT = Path(os.environ["MAPFLOW_BENCH_WORK"])
PLUGIN_PACKAGE = "mapflow_processing"
_PACKAGE_DIR = REPO / ".build" / "pkg"


def cache_bytecode_like_qgis() -> None:
    """Let this process and its children write and reuse byte code, as QGIS does for a plugin in the user's
    profile. A developer shell may set ``PYTHONDONTWRITEBYTECODE``, which would make every measured start compile
    the plugin's sources again; the byte code goes under the run's work folder, not into the worktree."""
    prefix = str(WORK_ROOT / "pycache")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = prefix
    sys.dont_write_bytecode = False
    sys.pycache_prefix = prefix


def case_dir(case: str) -> Path:
    """A fresh, empty folder for one case run."""
    folder = WORK_ROOT / case
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remove_work_root() -> None:
    shutil.rmtree(WORK_ROOT, ignore_errors=True)
    for folder in (WORK_ROOT.parent,):  # benchmarks/.work, once no run uses it
        try:
            folder.rmdir()
        except OSError:
            pass


def owns_work_root() -> bool:
    """True when this process made the work folder (not handed down by the runner): it must remove it."""
    return _OWN_WORK_ROOT


def make_plugin_importable() -> None:
    """The repository root is the plugin folder; it imports as ``mapflow_processing`` through a symlink
    (the same one the tests use), so that its relative imports work."""
    link = _PACKAGE_DIR / PLUGIN_PACKAGE
    if not link.exists():
        _PACKAGE_DIR.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(REPO, target_is_directory=True)
        except FileExistsError:  # another process made it first
            pass
    for path in (str(_PACKAGE_DIR), str(REPO)):
        if path not in sys.path:
            sys.path.insert(0, path)
