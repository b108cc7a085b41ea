"""Memory figures of a process from Linux ``/proc``: its resident size now and its peak so far."""
from __future__ import annotations

from typing import Dict


def status_kb(pid: str = "self") -> Dict[str, int]:
    """The ``Vm*`` lines of ``/proc/<pid>/status`` in kB (VmRSS: resident now, VmHWM: the peak resident size)."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("Vm"):
                name, rest = line.split(":", 1)
                values[name] = int(rest.split()[0])
    return values


def rss_mb(pid: str = "self") -> float:
    return status_kb(pid)["VmRSS"] / 1024.0


def peak_rss_mb(pid: str = "self") -> float:
    return status_kb(pid)["VmHWM"] / 1024.0


def extra_mb(loading_peak_mb: float, idle_peak_mb: float) -> float:
    """What loading added to the process's peak: the peak while loading minus the peak of the same process idle
    (kept as measured, even below zero: a negative figure says the idle run's own noise is larger)."""
    return loading_peak_mb - idle_peak_mb
