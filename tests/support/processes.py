"""The processes a test run started, found through ``/proc`` (Linux), so that the run can say which survived it.

A process belongs to the run when it descends from the pytest process, or when its environment carries the run's
marker (``MAPFLOW_TEST_RUN=<run id>``, set by the harness and inherited by every child): the second catches
processes whose parent died and that init adopted, such as a sandbox worker whose server was killed.
"""
from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional

RUN_MARKER = "MAPFLOW_TEST_RUN"
PROC = Path("/proc")


@dataclass(frozen=True)
class ProcessInfo:
    pid: int
    ppid: int
    state: str
    command: str

    def describe(self) -> str:
        return f"pid {self.pid} (parent {self.ppid}): {self.command}"


def supported() -> bool:
    return (PROC / "self" / "stat").exists()


def _read_process(pid: int) -> Optional[ProcessInfo]:
    try:
        stat = (PROC / str(pid) / "stat").read_text()
        raw_command = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:  # gone meanwhile, or not ours to read
        return None
    # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")"
    fields = stat[stat.rfind(")") + 2:].split()
    command = raw_command.replace(b"\0", b" ").decode(errors="replace").strip()
    comm = stat[stat.find("(") + 1:stat.rfind(")")]
    return ProcessInfo(pid, int(fields[1]), fields[0], command or f"[{comm}]")


def all_processes() -> List[ProcessInfo]:
    found = []
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            info = _read_process(int(entry.name))
            if info is not None:
                found.append(info)
    return found


def _environment_has(pid: int, key: str, value: str) -> bool:
    try:
        environ = (PROC / str(pid) / "environ").read_bytes()
    except OSError:
        return False
    return f"{key}={value}".encode() in environ.split(b"\0")


def descendants(root: int, processes: Iterable[ProcessInfo]) -> Dict[int, ProcessInfo]:
    by_parent: Dict[int, List[ProcessInfo]] = {}
    for process in processes:
        by_parent.setdefault(process.ppid, []).append(process)
    found: Dict[int, ProcessInfo] = {}
    stack = [root]
    while stack:
        for child in by_parent.get(stack.pop(), []):
            if child.pid not in found:
                found[child.pid] = child
                stack.append(child.pid)
    return found


def processes_of_run(run_id: str, root: Optional[int] = None) -> List[ProcessInfo]:
    """Live processes started by the run (zombies, already dead and only waiting to be reaped, do not count)."""
    root = os.getpid() if root is None else root
    processes = all_processes()
    found = descendants(root, processes)
    for process in processes:
        if process.pid not in found and process.pid != root and _environment_has(process.pid, RUN_MARKER, run_id):
            found[process.pid] = process
    return sorted((p for p in found.values() if p.state != "Z"), key=lambda p: p.pid)


def survivors(run_id: str, grace_s: float = 10.0, root: Optional[int] = None) -> List[ProcessInfo]:
    """The run's processes still alive after ``grace_s`` (those shutting down get that long to finish)."""
    deadline = time.monotonic() + grace_s
    while True:
        alive = processes_of_run(run_id, root)
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.2)


def kill(processes: Iterable[ProcessInfo]) -> None:
    """SIGKILL each one by pid (only ever processes this run started)."""
    for process in processes:
        try:
            os.kill(process.pid, signal.SIGKILL)
        except OSError:
            pass
