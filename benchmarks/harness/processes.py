"""Child processes with their wall time and peak memory (max RSS of that child alone, from ``wait4``)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
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
    """Run ``command`` to the end; wall time from spawn to exit, max RSS of this child from ``wait4``.

    Output goes to files rather than pipes, so a chatty child can never block on a full pipe.
    """
    WORK_ROOT.mkdir(parents=True, exist_ok=True)
    out_path = WORK_ROOT / f"child-{os.getpid()}-{time.monotonic_ns()}"
    with open(f"{out_path}.out", "w+b") as out, open(f"{out_path}.err", "w+b") as err:
        started = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=str(cwd), env=env or child_env(), stdout=out, stderr=err)
        status, usage = _wait_with_timeout(process, timeout_s)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    for suffix in (".out", ".err"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    returncode = os.waitstatus_to_exitcode(status) if status is not None else -9
    return ChildRun(returncode, wall, usage.ru_maxrss / 1024.0 if usage else 0.0, stdout, stderr)


def _wait_with_timeout(process: subprocess.Popen, timeout_s: float):
    """Block in ``wait4`` (no polling, so the wall time is exact); a timer kills a child that hangs."""
    killer = threading.Timer(timeout_s, process.kill)
    killer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        timed_out = killer.finished.is_set()  # set before cancel() only if the timer fired
        killer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
    return (None if timed_out else status), usage


def python_module(module: str, *args: str) -> list:
    return [sys.executable, "-m", module, *args]
