"""The harness itself (tests/support/harness.py): a failure decided late still turns the exit code red, and a run
leaves no process or temp folder behind. Each case runs pytest in a child process on a tiny test folder whose
conftest is the project's (plus what the case injects), with pytest.ini and pytest-qgis, so that QGIS starts before
the conftest loads and exits at the end exactly as in the real tiers."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Dict

import pytest

from tests.support import processes

REPO = Path(__file__).resolve().parents[2]
PASSING_TEST = "def test_passes():\n    assert 1 + 1 == 2\n"
PROJECT_CONFTEST = """\
from tests.conftest import *  # noqa: F401,F403 - the project's conftest, as if this folder were tests/
from tests.conftest import pytest_plugins  # noqa: F401
"""
# fixed-name folders every Qt/QGIS process of the user shares (not made per run): Qt's XDG runtime folder (no
# XDG_RUNTIME_DIR here) and the OAuth2 method's token cache
SHARED_FOLDERS = {f"runtime-{os.environ.get('USER', 'root')}", "oauth2-cache"}


def run_pytest(tmp_path: Path, files: Dict[str, str]) -> subprocess.CompletedProcess:
    """pytest on ``files`` (name → source) with the project's conftest; the child's temp folder is tmp_path/tmp."""
    suite = tmp_path / "suite"
    suite.mkdir()
    files = {**files, "conftest.py": PROJECT_CONFTEST + textwrap.dedent(files.get("conftest.py", ""))}
    for name, source in files.items():
        (suite / name).write_text(textwrap.dedent(source))
    child_tmp = tmp_path / "tmp"
    child_tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(child_tmp), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(REPO / "pytest.ini"), "--rootdir", str(REPO),
         "-p", "no:cacheprovider", "-q", str(suite)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=240)


def output(run: subprocess.CompletedProcess) -> str:
    return f"exit {run.returncode}\n--- stdout\n{run.stdout[-4000:]}\n--- stderr\n{run.stderr[-4000:]}"


def test_a_green_run_exits_0_and_leaves_its_temp_folder_empty(tmp_path):
    run = run_pytest(tmp_path, {"test_ok.py": PASSING_TEST})
    assert run.returncode == 0, output(run)
    assert "1 passed" in run.stdout
    left = sorted(p.name for p in (tmp_path / "tmp").iterdir())
    # QGIS started (and made its source-cache folder here) before the harness loaded: that folder is gone too
    assert [name for name in left if name not in SHARED_FOLDERS] == [], left


def test_a_failing_session_finish_hook_turns_the_run_red(tmp_path):
    run = run_pytest(tmp_path, {"test_ok.py": PASSING_TEST, "conftest.py": """
        def pytest_sessionfinish(session, exitstatus):
            raise RuntimeError("a plugin failed after the tests")
        """})
    assert run.returncode != 0, output(run)
    assert "a plugin failed after the tests" in run.stdout + run.stderr


def test_a_status_changed_by_a_late_session_finish_hook_is_the_exit_code(tmp_path):
    run = run_pytest(tmp_path, {"test_ok.py": PASSING_TEST, "conftest.py": """
        import pytest

        @pytest.hookimpl(trylast=True)
        def pytest_sessionfinish(session, exitstatus):
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        """})
    assert run.returncode == 1, output(run)


def test_an_unraisable_exception_in_the_last_clean_up_turns_the_run_red(tmp_path):
    """An object whose finaliser raises, left in a reference cycle after the tests: only pytest's final garbage
    collection (after every session hook) finds it."""
    run = run_pytest(tmp_path, {"test_ok.py": PASSING_TEST, "conftest.py": """
        class RaisesWhenCollected:
            def __del__(self):
                raise RuntimeError("finaliser failed during clean-up")

        def pytest_unconfigure(config):
            cycle = RaisesWhenCollected()
            cycle.self = cycle
        """})
    assert run.returncode != 0, output(run)
    assert "finaliser failed during clean-up" in run.stdout + run.stderr


def test_an_exception_in_a_test_s_finaliser_fails_that_test(tmp_path):
    run = run_pytest(tmp_path, {"test_del.py": """
        import gc

        class RaisesWhenCollected:
            def __del__(self):
                raise RuntimeError("finaliser failed")

        def test_leaves_a_bad_object():
            cycle = RaisesWhenCollected()
            cycle.self = cycle
            del cycle
            gc.collect()
        """})
    assert run.returncode == 1, output(run)
    assert "finaliser failed" in run.stdout


@pytest.mark.skipif(not processes.supported(), reason="needs /proc (Linux)")
def test_processes_left_running_are_named_killed_and_turn_the_run_red(tmp_path):
    run = run_pytest(tmp_path, {"test_leaky.py": """
        import subprocess, sys

        def test_forgets_its_child():
            subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)  # forgotten child"])

        def test_leaves_an_orphan():
            # the middle process exits at once: its child is adopted by init, only the run's marker names it
            subprocess.run([sys.executable, "-c", "import subprocess, sys; subprocess.Popen([sys.executable, "
                            "'-c', 'import time; time.sleep(300)  # orphan'])"], check=True)
        """})
    assert run.returncode == 1, output(run)
    assert "2 passed" in run.stdout
    assert "processes left behind" in run.stdout
    named = re.findall(r"pid (\d+) \(parent \d+\): .*# (forgotten child|orphan)", run.stdout)
    assert sorted(kind for _pid, kind in named) == ["forgotten child", "orphan"], output(run)
    for pid, _kind in named:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
