"""Sandbox worker processes (and multiprocessing's resource tracker) end with their server, however it ends."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict

import pytest

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import SCRIPTED_ENGINE, create_body, new_user, scripted_source, two_squares, wait_for
from tests.sandbox_fixture import REPO, SandboxServer, start_sandbox
from tests.support import processes

pytestmark = pytest.mark.skipif(not processes.supported(), reason="needs /proc (Linux)")


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _busy_server(tmp_path: Path) -> "tuple[SandboxServer, Dict[int, processes.ProcessInfo]]":
    """A sandbox whose two workers each run a slow partition; returns it with its process tree."""
    server = start_sandbox(tmp_path / "data", *SCRIPTED_ENGINE, "--workers", "2")
    api = new_user(server, unique_email("lifetime"), "--credits", "100000")
    api.ok(api.post("processings/v2", create_body("slow", geometry=two_squares(),
                                                  params=scripted_source(delay=30))))

    def workers_running():
        tree = processes.descendants(server.process.pid, processes.all_processes())
        spawned = [p for p in tree.values() if "multiprocessing.spawn" in p.command]
        return tree if len(spawned) == 2 else None

    tree = wait_for(workers_running, timeout=60, what="two worker processes")
    assert any("resource_tracker" in p.command for p in tree.values()), tree
    return server, tree


def _assert_all_gone(pids, within_s: float) -> None:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.1)
    survivors = {pid: processes._read_process(pid) for pid in pids if _alive(pid)}
    assert not survivors, f"still running {within_s:.0f} s after their server ended: {survivors}"


def test_workers_end_with_a_server_killed_outright(tmp_path):
    server, tree = _busy_server(tmp_path)
    os.kill(server.process.pid, signal.SIGKILL)
    server.process.wait(timeout=10)
    _assert_all_gone(list(tree), within_s=5)


def test_workers_end_with_a_server_sent_sigterm(tmp_path):
    server, tree = _busy_server(tmp_path)
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(timeout=30)  # uvicorn shuts down, then re-raises SIGTERM: the exit code is -15
    log = (server.data_dir / "server.log").read_text(errors="replace")
    assert "Application shutdown complete" in log, log[-2000:]  # the lifespan ran, so did WorkerPool.stop
    _assert_all_gone(list(tree), within_s=5)


def test_workers_end_with_the_fixture_stop(tmp_path):
    server, tree = _busy_server(tmp_path)
    server.stop()
    _assert_all_gone([*tree, server.process.pid], within_s=5)


def test_the_parent_watch_alone_ends_an_orphan(tmp_path):
    """Without PR_SET_PDEATHSIG (other systems, or a parent gone before the call), the ppid watch ends it."""
    grandchild = ("import os, sys, time; sys.path.insert(0, sys.argv[1]); "
                  "from sandbox.worker_child import die_with_parent; "
                  "die_with_parent(int(sys.argv[2]), use_prctl=False); print('watching', flush=True); time.sleep(60)")
    middle = ("import subprocess, sys, os, time; "
              "g = subprocess.Popen([sys.executable, '-c', sys.argv[1], sys.argv[2], str(os.getpid())], "
              "stdout=subprocess.PIPE, text=True); "
              "assert g.stdout.readline().strip() == 'watching'; print(g.pid, flush=True); time.sleep(60)")
    parent = subprocess.Popen([sys.executable, "-c", middle, grandchild, str(REPO)], stdout=subprocess.PIPE,
                              text=True)
    try:
        orphan = int(parent.stdout.readline())
        assert _alive(orphan)
    finally:
        parent.kill()
        parent.wait(timeout=10)
        parent.stdout.close()
    _assert_all_gone([orphan], within_s=5)


def test_a_server_started_with_exit_with_parent_ends_with_the_test_run_that_started_it(tmp_path):
    """The fixtures start servers with --exit-with-parent: a test run killed outright leaves no server behind."""
    starter = ("import sys, time; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
               "from tests.sandbox_fixture import start_sandbox; "
               "server = start_sandbox(Path(sys.argv[2])); print(server.process.pid, flush=True); time.sleep(120)")
    run = subprocess.Popen([sys.executable, "-c", starter, str(REPO), str(tmp_path / "data")], cwd=REPO,
                           stdout=subprocess.PIPE, text=True)
    try:
        server_pid = int(run.stdout.readline())
        tree = processes.descendants(server_pid, processes.all_processes())
        assert _alive(server_pid) and tree  # the server and its resource tracker (workers start on demand)
    finally:
        run.kill()  # like a test run killed outright: no fixture teardown
        run.wait(timeout=10)
        run.stdout.close()
    _assert_all_gone([server_pid, *tree], within_s=15)
