"""Child processes with their wall time and peak memory (max RSS of that child alone, see measure_child)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Sequence

from .workspace import REPO, WORK_ROOT


@dataclass(frozen=True)
class ChildRun:
    returncode: int
    wall_s: float
    max_rss_mb: float
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def failure_text(self, what: str) -> str:
        tail = (self.stderr or self.stdout).strip().splitlines()[-15:]
        return f"{what} exited with {self.returncode}:\n" + "\n".join(tail)


class ChildFailed(RuntimeError):
    """A measured child process failed; the message carries the end of its output."""


def child_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra or {})
    return env


def run_measured(command: Sequence[str], timeout_s: float, env: Optional[Dict[str, str]] = None,
                 cwd: Path = REPO) -> ChildRun:
    """Run ``command`` to the end; its wall time and its own max RSS, measured by a small go-between process
    (``measure_child``) so that this process's size does not leak into the child's figure.

    Output goes to files rather than pipes, so a chatty child can never block on a full pipe.
    """
    WORK_ROOT.mkdir(parents=True, exist_ok=True)
    out_path = WORK_ROOT / f"child-{os.getpid()}-{time.monotonic_ns()}"
    report = Path(f"{out_path}.json")
    launcher = [sys.executable, "-m", "benchmarks.harness.measure_child", str(report), "--", *command]
    with open(f"{out_path}.out", "w+b") as out, open(f"{out_path}.err", "w+b") as err:
        process = subprocess.Popen(launcher, cwd=str(cwd), env=env or child_env(), stdout=out, stderr=err,
                                   start_new_session=True)
        timed_out = _wait_with_timeout(process, timeout_s)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    measured = json.loads(report.read_text()) if report.exists() and not timed_out else None
    for suffix in (".out", ".err", ".json"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    if measured is None:
        return ChildRun(-9, float(timeout_s), 0.0, stdout, stderr)
    return ChildRun(measured["returncode"], measured["wall_s"], measured["max_rss_kb"] / 1024.0, stdout, stderr)


def _wait_with_timeout(process: subprocess.Popen, timeout_s: float) -> bool:
    """Wait for the go-between; a hanging child is killed with its whole session. True when it timed out."""
    try:
        process.wait(timeout=timeout_s)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return True


def python_module(module: str, *args: str) -> list:
    return [sys.executable, "-m", module, *args]
