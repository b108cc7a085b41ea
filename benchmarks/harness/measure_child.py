"""Run a command as this small process's child and report that child's own peak memory and wall time.

Why a go-between: Linux hands a child, at its exec, the memory high-water mark of the process it was forked from.
Measured straight from a big process (a test run, a QGIS session), every child would look as big as its parent.
Forked from this small launcher instead, the child's ``ru_maxrss`` is its own.

    python -m benchmarks.harness.measure_child REPORT.json -- command args...
"""
import json
import os
import subprocess
import sys
import time


def main(argv) -> int:
    report, separator, command = argv[0], argv[1], argv[2:]
    if separator != "--" or not command:
        print("usage: measure_child REPORT.json -- command ...", file=sys.stderr)
        return 2
    started = time.perf_counter()
    process = subprocess.Popen(command)  # inherits stdout/stderr (files opened by the caller)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    with open(report, "w", encoding="utf-8") as handle:
        json.dump({"returncode": process.returncode, "wall_s": wall, "max_rss_kb": usage.ru_maxrss}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
