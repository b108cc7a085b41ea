"""The command line every case module shares: ``python -m benchmarks.cases.<name> --out FILE [--quick]``."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Callable

from ..measures import CaseOutput
from .workspace import cache_bytecode_like_qgis, case_dir, make_plugin_importable, owns_work_root, remove_work_root

KEEP_WORK_ENV = "BENCH_KEEP_WORK"  # set to 1 to look at a case's files after it ran


def case_main(case: str, run: Callable[[Path, bool], CaseOutput], argv=None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks.cases.{case}")
    parser.add_argument("--out", type=Path, required=True, help="where to write the case's measures (JSON)")
    parser.add_argument("--quick", action="store_true", help="a smaller smoke run")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cache_bytecode_like_qgis()
    make_plugin_importable()
    work = case_dir(case)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime_dir(work)))
    try:
        output = run(work, args.quick)
    finally:
        if os.environ.get(KEEP_WORK_ENV) != "1":
            shutil.rmtree(work, ignore_errors=True)
            if owns_work_root():  # run by hand, not by the runner: the whole work folder is ours
                remove_work_root()
    output.write(args.out)
    sys.stdout.flush()
    return 0


def _runtime_dir(work: Path) -> Path:
    """Qt wants a private runtime folder; a headless run has none (and would warn on every start)."""
    folder = work / "xdg-runtime"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder
