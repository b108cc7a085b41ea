"""Another process busy on one core, for the stall cases' "under load" figures.

A user's machine is rarely idle: a second QGIS rendering, a browser, a compiler. The stall targets are in
milliseconds of frozen GUI, and must hold when one of the cores is taken by someone else. The load here is a plain
child process spinning in a loop at normal priority: it takes a whole core for as long as it runs, and it is the
same load on every run (a second QGIS doing work would vary with what it draws).
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from typing import Iterator

# Spins until told to stop, or until its parent is gone (then it is an orphan and must not keep burning a core).
_SPINNER = """
import os, sys
parent = int(sys.argv[1])
while os.getppid() == parent:
    for _ in range(200000):
        pass
"""


@contextlib.contextmanager
def busy_core() -> Iterator[subprocess.Popen]:
    """Run a spinning child process for the duration of the block; it is stopped (and waited for) afterwards.

    It stays in this process's group, so a runner that kills the case's group on a timeout stops it too."""
    spinner = subprocess.Popen([sys.executable, "-c", _SPINNER, str(os.getpid())],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.2)  # let it get going (and the scheduler notice it) before anything is measured
        if spinner.poll() is not None:
            raise RuntimeError(f"the busy-core process ended at once (exit code {spinner.returncode})")
        yield spinner
    finally:
        spinner.kill()
        spinner.wait()


def cpu_seconds_of(pid: int) -> float:
    """User + system CPU time a running process has used so far (Linux ``/proc``), to check the load was real."""
    fields = open(f"/proc/{pid}/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks
