"""The test harness: a run's exit code tells the truth, and a run leaves no process or temp folder behind.

Loaded by ``tests/conftest.py`` (``pytest_plugins``). What it does, in the order of a run:

- **Temp folder of the run.** At import (before any test or child process starts) ``TMPDIR`` points to a fresh
  ``mapflow-tests-*`` folder inside the usual temp folder; pytest's ``tmp_path``, the sandbox data dirs, every
  ``QGIS3-*`` folder that QGIS (here or in a child process) makes and the children's own temp files land there. It is
  deleted when pytest has finished (``MAPFLOW_KEEP_TEST_TMP=1`` keeps it for a post-mortem). The one folder QGIS
  made before this module was imported (the source cache of pytest-qgis's QgsApplication) is removed by name.
- **Hypothesis profiles.** ``ci`` (derandomized, no deadline, no too-slow/too-large health checks, failing examples
  printed as a reproducible blob) when ``HYPOTHESIS_PROFILE=ci`` or ``CI=true``; ``dev`` (random) otherwise.
- **QGIS objects die before QGIS.** Before pytest-qgis calls ``exitQgis``, garbage (e.g. a feature iterator held by
  an unfinished generator, a standalone QgsProject) is collected and deferred deletions run: destroying such objects
  after ``exitQgis`` is what made QGIS 3.22 crash at exit. The run then ends naturally: no ``os._exit``, so a failure
  decided late (a session-finish hook, an unraisable exception found by the last garbage collection, which
  pytest.ini turns into an error) reaches the exit code.
- **Processes left behind.** When the session finishes, every process the run started (descendants of pytest, or
  processes whose environment carries ``MAPFLOW_TEST_RUN=<run id>``, which catches orphans adopted by init) must be
  gone within a few seconds; survivors are named, killed, and the run fails.
"""
from __future__ import annotations

import base64
import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import List, Optional

import pytest

from . import processes

# --- the run's temp folder and marker (at import: before pytest-qgis's children or any test runs) ---------------
RUN_TMP_PREFIX = "mapflow-tests-"
ORIGINAL_TMP = Path(tempfile.gettempdir())


def _remove_stale_run_folders() -> None:
    """Temp folders of earlier runs that died before cleaning up (a crash, SIGKILL): their pytest is gone."""
    for folder in ORIGINAL_TMP.glob(f"{RUN_TMP_PREFIX}*-*"):
        pid = folder.name[len(RUN_TMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists() and processes.supported():
            shutil.rmtree(folder, ignore_errors=True)


_remove_stale_run_folders()
RUN_TMP = Path(tempfile.mkdtemp(prefix=f"{RUN_TMP_PREFIX}{os.getpid()}-", dir=ORIGINAL_TMP))
RUN_ID = RUN_TMP.name
os.environ["TMPDIR"] = str(RUN_TMP)
tempfile.tempdir = str(RUN_TMP)
os.environ[processes.RUN_MARKER] = RUN_ID
KEEP_TMP_ENV = "MAPFLOW_KEEP_TEST_TMP"
PROCESS_GRACE_S = 5.0
# multiprocessing's resource tracker of pytest itself (a test used multiprocessing in-process) lives as long as
# pytest and ends with it: not a process left behind
_RESOURCE_TRACKER = "from multiprocessing.resource_tracker import main"


# --- Hypothesis --------------------------------------------------------------------------------------------------
def _register_hypothesis_profiles() -> None:
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "ci", deadline=None, derandomize=True, database=None, print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    # Hypothesis itself switches to a built-in "ci" profile when it detects CI; "dev" must not inherit from that
    settings.register_profile("dev", parent=settings.get_profile("default"), print_blob=True)
    settings.load_profile(hypothesis_profile_name())


def hypothesis_profile_name() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE", "").strip()
    if chosen:
        return chosen
    return "ci" if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes") else "dev"


_register_hypothesis_profiles()


# --- hooks ---------------------------------------------------------------------------------------------------------
def pytest_report_header(config) -> List[str]:
    return [f"mapflow harness: run temp folder {RUN_TMP}, hypothesis profile {hypothesis_profile_name()!r}"]


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "run_last: runs after every other test (checks of what the run recorded)")
    # registered first, so it runs last, after every other clean-up of pytest and its plugins
    config.add_cleanup(_remove_temp_folders)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items) -> None:
    last = [item for item in items if item.get_closest_marker("run_last")]
    if last:
        items[:] = [item for item in items if not item.get_closest_marker("run_last")] + last


_qgis_source_cache_dir: Optional[Path] = None


@pytest.fixture(autouse=True, scope="session")
def _qgis_objects_die_before_qgis(qgis_app):
    """Session teardown before pytest-qgis's (it depends on ``qgis_app``): release what still holds QGIS objects."""
    global _qgis_source_cache_dir
    _qgis_source_cache_dir = _find_qgis_source_cache_dir(qgis_app)
    yield
    if qgis_app is None:
        return
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QgsApplication.taskManager().cancelAll()
    QgsProject.instance().clear()
    for _ in range(3):
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _find_qgis_source_cache_dir(qgis_app) -> Optional[Path]:
    """The folder of QGIS's source cache: made when QgsApplication was built, before this module set TMPDIR.
    QGIS writes a base64 source into it and says where, which names the folder exactly."""
    if qgis_app is None:
        return None
    from qgis.core import QgsApplication

    written = QgsApplication.sourceCache().localFilePath("base64:" + base64.b64encode(b"harness").decode())
    folder = Path(written).parent if written else None
    if folder is None or not folder.name.startswith(("QGIS3-", "QGIS4-")):
        return None
    return folder


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus) -> None:
    """After every fixture (sandbox servers included) is torn down: nothing the run started may still run."""
    if not processes.supported():
        return
    survivors = [p for p in processes.survivors(RUN_ID, PROCESS_GRACE_S)
                 if not (p.ppid == os.getpid() and _RESOURCE_TRACKER in p.command)]
    if not survivors:
        return
    processes.kill(survivors)
    lines = [f"{len(survivors)} process(es) started by this run still ran {PROCESS_GRACE_S:.0f} s after it "
             f"(now killed):"] + [f"  {p.describe()}" for p in survivors]
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_sep("=", "processes left behind", red=True, bold=True)
        for line in lines:
            reporter.write_line(line, red=True)
    else:
        print("\n".join(lines))
    if session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _remove_temp_folders() -> None:
    if os.environ.get(KEEP_TMP_ENV) == "1":
        print(f"\nmapflow harness: kept the run's temp folder {RUN_TMP} ({KEEP_TMP_ENV}=1)")
    else:
        shutil.rmtree(RUN_TMP, ignore_errors=True)
    if _qgis_source_cache_dir is not None:
        shutil.rmtree(_qgis_source_cache_dir, ignore_errors=True)
