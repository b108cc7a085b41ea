"""Interruptions (item 5 of the hardening brief): a download or an upload cancelled half way, the project closed
during a download, the plugin unloaded during a download started from the dock, and the server killed in the
middle of a processing. Nothing half-written may stay on disk, no task may outlive its cancel by more than a
moment, and the processing must read correctly once the server is back.

Downloads are made slow with the sandbox's ``throttle`` fault (the body trickles out at a given rate), so the
cancel lands while the body is still streaming.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsTask

from mapflow_processing.api import Cancelled, ConnectionFailed, ProcessingStatus
from mapflow_processing.tasks.call_task import CallTask
from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader
from tests.hardening.helpers import (FaultSwitch, assert_readable, demo_request, fast_client, files_in, image_count,
                                     make_geotiff, square, unique, wait_final, wait_until)
from tests.sandbox_fixture import SandboxServer, start_sandbox

RESULT_PATH = r"^/rest/processings/[^/]+/result$"
SLOW_BODY_S = 10  # the throttled result takes this long to arrive
CANCEL_AFTER_S = 1.5
PROMPT_S = 2.5  # a cancel must end the task within this, far below the ~8 s the body still needs


@dataclass
class Stage:
    server: SandboxServer
    faults: FaultSwitch
    finished_id: str
    feature_count: int
    result_bytes: int

    def throttle(self, seconds: float) -> dict:
        """A fault rule that makes the result body take about ``seconds`` to arrive."""
        return {"path": RESULT_PATH, "throttle": max(1, self.result_bytes // seconds)}


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> Stage:
    server = start_sandbox(tmp_path_factory.mktemp("interruptions") / "sandbox")
    try:
        with fast_client(server) as client:
            project = client.create_project(unique("interrupt"))
            finished = wait_final(client, client.create_processing(demo_request(project.id)).id)
            result = tmp_path_factory.mktemp("reference") / "result.geojson"
            client.download_result(finished.id, result)
            source = ogr.Open(str(result))
            count = source.GetLayer(0).GetFeatureCount()
            source = None
        assert count > 0
        yield Stage(server, FaultSwitch(server.root_url, server.admin_token), finished.id, count,
                    result.stat().st_size)
    finally:
        server.stop()


@pytest.fixture()
def faults(stage) -> FaultSwitch:
    stage.faults.clear()
    yield stage.faults
    stage.faults.clear()


def spin(condition, timeout: float) -> bool:
    """Run the Qt event loop (task signals arrive through it) until ``condition`` holds or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


class Watched:
    """What a LoadResultsTask reported, and when it ended."""

    def __init__(self, task: LoadResultsTask):
        self.task = task
        self.succeeded, self.failed, self.aborted = [], [], []
        self.ended_at = None
        task.succeeded.connect(lambda outcome: self._end(self.succeeded, outcome))
        task.failed.connect(lambda text: self._end(self.failed, text))
        task.aborted.connect(lambda: self._end(self.aborted, True))

    def _end(self, bucket, value) -> None:
        bucket.append(value)
        self.ended_at = time.monotonic()

    @property
    def ended(self) -> bool:
        return self.ended_at is not None


def _load_task(stage: Stage, client, output_dir: Path, project=None) -> LoadResultsTask:
    request = LoadResultsRequest(processing_id=stage.finished_id, processing_name="Interrupted",
                                 workflow_name="🏠 Buildings", mode="gpkg", output_dir=output_dir,
                                 downloader=client_downloader(client, stage.finished_id))
    return LoadResultsTask(request, project)


def _not_running(task: QgsTask) -> bool:
    return all(active is not task for active in QgsApplication.taskManager().activeTasks())


def test_cancelled_download_stops_at_once_and_leaves_no_file_no_layer(stage, faults, tmp_path):
    faults.set(stage.throttle(SLOW_BODY_S))
    project = QgsProject()
    with fast_client(stage.server, timeouts=None) as client:
        task = _load_task(stage, client, tmp_path / "out", project)
        watched = Watched(task)
        QgsApplication.taskManager().addTask(task)
        spin(lambda: False, CANCEL_AFTER_S)  # the body is trickling in now
        assert not watched.ended
        cancelled_at = time.monotonic()
        task.cancel()
        assert spin(lambda: watched.ended, 15)

    assert watched.aborted and not watched.succeeded and not watched.failed
    assert watched.ended_at - cancelled_at < PROMPT_S, "the cancel waited for the slow server"
    assert files_in(tmp_path / "out") == []  # neither the partial GeoJSON nor a GeoPackage
    assert project.mapLayers() == {}
    assert spin(lambda: _not_running(task), 5)


def test_closing_the_project_during_a_download_leaves_a_complete_geopackage(stage, faults, tmp_path):
    faults.set(stage.throttle(3))
    with fast_client(stage.server, timeouts=None) as client:
        task = _load_task(stage, client, tmp_path)  # no project given: the task adds to the current one
        watched = Watched(task)
        QgsApplication.taskManager().addTask(task)
        spin(lambda: False, 1.0)
        assert not watched.ended
        QgsProject.instance().clear()  # the user closes the project / starts a new one
        assert spin(lambda: watched.ended, 30)

    assert not watched.failed and not watched.aborted, watched.failed
    package = watched.succeeded[0].package.path
    assert files_in(tmp_path) == [package.name]  # one finished file, no partial ones
    dataset = ogr.Open(str(package))
    assert dataset is not None and dataset.GetLayer(0).GetFeatureCount() == stage.feature_count
    dataset = None
    layers = list(QgsProject.instance().mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    assert spin(lambda: _not_running(task), 5)
    QgsProject.instance().clear()


def test_cancelled_upload_stores_nothing_on_the_server(stage, tmp_path):
    image = make_geotiff(tmp_path / "large.tif", width=2000, height=2000)  # about 12 MB, sent in small pieces
    with fast_client(stage.server) as client:
        mosaic = client.create_mosaic(unique("cancelled-upload"))
        outcome: dict = {}
        holder: dict = {}

        def upload(ctx):
            def progress(done, total):  # cancel from inside, once a quarter has gone: deterministic
                if done > total // 4:
                    holder["task"].cancel()
            return client.upload_image(mosaic.id, image, progress=progress, is_cancelled=ctx.is_cancelled)

        task = CallTask("upload", upload, on_success=lambda value: outcome.setdefault("ok", value),
                        on_error=lambda error: outcome.setdefault("error", error))
        holder["task"] = task
        task.finished(task.run())

        assert isinstance(outcome.get("error"), Cancelled), outcome
        assert_readable(outcome["error"], stage.server.token)
        wait_until(lambda: not list((stage.server.data_dir / "rasters").rglob("*.part")), 10,
                   what="the server to drop the partial upload")
        assert image_count(stage.server, mosaic.id) == 0
        leftovers = [p for p in (stage.server.data_dir / "rasters").rglob("*") if mosaic.id in str(p) and p.is_file()]
        assert leftovers == [], leftovers
        client.upload_image(mosaic.id, make_geotiff(tmp_path / "small.tif"))  # the same client uploads fine
        assert image_count(stage.server, mosaic.id) == 1


def test_unloading_the_plugin_during_a_download_from_the_dock(stage, faults, tmp_path, qgis_app):
    from mapflow_processing import classFactory
    from mapflow_processing.core import settings as catalogue
    from mapflow_processing.core.choices import ResultsRequest
    from mapflow_processing.integration.session_state import Session
    from tests.support.fake_iface import RealWidgetsIface

    faults.set(stage.throttle(SLOW_BODY_S))
    iface = RealWidgetsIface()
    plugin = classFactory(iface)
    plugin.initGui()
    plugin.ensure_dock_built()  # what showing the dock does
    controller = plugin.controller
    controller.settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
    controller.settings.set(catalogue.RESULT_LOAD_MODE, "gpkg")
    client = fast_client(stage.server, timeouts=None)
    try:
        processing = client.get_processing(stage.finished_id)
        controller.state.sign_in(Session(client=client, server_url=stage.server.base_url, email=client.email,
                                         user_status=client.user_status(), project=client.default_project()))
        controller.results.load(ResultsRequest((processing,), "gpkg"))  # what "Load results" in the list does
        (task,) = [t for t in plugin.tasks.running if isinstance(t, LoadResultsTask)]
        spin(lambda: False, CANCEL_AFTER_S)
        assert task.status() == QgsTask.Running

        began = time.monotonic()
        plugin.unload()
        unload_took = time.monotonic() - began
        plugin = None

        assert unload_took < PROMPT_S, f"unload waited {unload_took:.1f} s for the download"
        assert spin(lambda: _not_running(task), 5), "the download task outlived the plugin"
        assert files_in(tmp_path / "results") == []
        assert QgsProject.instance().mapLayers() == {}
    finally:
        if plugin is not None:  # an assertion failed before the unload under test
            plugin.unload()
        client.close()
        controller.settings.remove(catalogue.OUTPUT_DIRECTORY)
        controller.settings.remove(catalogue.RESULT_LOAD_MODE)
        iface.main_window.deleteLater()


def test_killed_server_mid_processing_reports_the_processing_correctly_after_restart(fresh_sandbox):
    server = fresh_sandbox
    with fast_client(server) as client:
        credits_before = client.user_status().remaining_credits
        created = client.create_processing(demo_request(name="survives a crash",
                                                        geometry=square(37.60, 55.70, size=0.01)))
        wait_until(lambda: client.get_processing(created.id).percent_completed > 0, 30, 0.05,
                   "the processing to make progress")
        assert client.get_processing(created.id).status is ProcessingStatus.IN_PROGRESS

        server.process.kill()  # SIGKILL: no clean shutdown, as in a crash or power loss
        server.process.wait(timeout=10)
        with pytest.raises(ConnectionFailed) as caught:
            client.get_processing(created.id)
        assert "connection refused" in assert_readable(caught.value, server.token)

        server.start()
        finished = wait_final(client, created.id, timeout=120)  # the very same client, no reset

        assert finished.status is ProcessingStatus.OK and finished.percent_completed == 100
        assert finished.name == "survives a crash" and finished.cost == created.cost
        assert client.user_status().remaining_credits == credits_before - created.cost  # charged once
        aois = client.processing_aois(created.id)
        assert aois and all(aoi.status is ProcessingStatus.OK for aoi in aois)
        assert client.processings_page("default").total == 1
