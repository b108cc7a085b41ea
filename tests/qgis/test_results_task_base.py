"""tasks/base.py: typed outcome, readable errors, cancellation and progress, with small real QgsTask subclasses."""
from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsTask

from mapflow_processing.api.errors import InvalidRequestError
from mapflow_processing.tasks.base import MapflowTask
from tests.qgis.test_results_support import wait_for


@dataclass
class Answer:
    value: int


class Listener:
    def __init__(self, task: MapflowTask):
        self.succeeded, self.failed, self.aborted = [], [], []
        task.succeeded.connect(self.succeeded.append)
        task.failed.connect(self.failed.append)
        task.aborted.connect(lambda: self.aborted.append(True))


class AnswerTask(MapflowTask[Answer]):
    def __init__(self, work, gui_step=None):
        super().__init__("Compute the answer")
        self.work, self.gui_step = work, gui_step
        self.worker_thread = None
        self.gui_thread_seen = None

    def execute(self) -> Answer:
        self.worker_thread = threading.current_thread()
        return self.work(self)

    def on_success(self, outcome: Answer) -> None:
        self.gui_thread_seen = threading.current_thread()
        if self.gui_step:
            self.gui_step(outcome)


@contextlib.contextmanager
def captured_log():
    logged = []

    def record(message, tag, level):
        logged.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        yield logged
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)


def run_synchronously(task: MapflowTask) -> bool:
    ok = task.run()
    task.finished(ok)
    return ok


def test_outcome_reaches_on_success_and_the_signal():
    task = AnswerTask(lambda t: Answer(42))
    listener = Listener(task)
    assert run_synchronously(task)
    assert task.outcome == Answer(42) and listener.succeeded == [Answer(42)]
    assert not listener.failed and not listener.aborted


def test_a_readable_error_is_passed_on_unchanged():
    def work(task):
        raise InvalidRequestError("zoom must be 17 or more")

    task = AnswerTask(work)
    listener = Listener(task)
    assert not run_synchronously(task)
    assert listener.failed == ["Invalid request: zoom must be 17 or more"]


def test_an_unexpected_error_is_named_and_logged():
    def work(task):
        return {}["missing"]

    task = AnswerTask(work)
    listener = Listener(task)
    with captured_log() as logged:
        assert not run_synchronously(task)
    (message,) = listener.failed
    assert message.startswith("Compute the answer failed unexpectedly: ") and "missing" in message
    assert message.endswith("Details are in the log panel (Mapflow Processing).")
    # the traceback, for support, under the one tag the user guide names
    assert any(tag == "Mapflow Processing" and "KeyError" in text for tag, text in logged)


def test_file_errors_name_the_file():
    def work(task):
        raise PermissionError(13, "Permission denied", "/readonly/out.gpkg")

    task = AnswerTask(work)
    listener = Listener(task)
    run_synchronously(task)
    assert listener.failed == ["Compute the answer failed: Permission denied: /readonly/out.gpkg"]


def test_a_failing_gui_step_turns_into_a_failure():
    def gui_step(outcome):
        raise RuntimeError("layer tree is gone")

    task = AnswerTask(lambda t: Answer(1), gui_step)
    listener = Listener(task)
    run_synchronously(task)
    assert not listener.succeeded
    assert listener.failed and "layer tree is gone" in listener.failed[0]


def test_threaded_run_works_off_the_gui_thread_and_reports_progress():
    def work(task):
        for step in range(5):
            task.report_progress(step / 4)
        return Answer(7)

    task = AnswerTask(work)
    listener = Listener(task)
    progress = []
    task.progressChanged.connect(progress.append)
    QgsApplication.taskManager().addTask(task)

    assert wait_for(lambda: listener.succeeded or listener.failed, timeout=20)
    assert listener.succeeded == [Answer(7)]
    assert task.worker_thread is not threading.main_thread()
    assert task.gui_thread_seen is threading.main_thread()
    assert progress and progress[-1] == 100.0


def test_cancel_while_running_emits_aborted_only():
    started = threading.Event()

    def work(task):
        started.set()
        while True:
            task.check_cancelled()
            threading.Event().wait(0.01)

    task = AnswerTask(work)
    listener = Listener(task)
    statuses, descriptions = [], []
    task.statusChanged.connect(lambda status: (statuses.append(status), descriptions.append(task.description())))
    QgsApplication.taskManager().addTask(task)
    assert started.wait(10)
    task.cancel()
    assert wait_for(lambda: listener.aborted or listener.failed or listener.succeeded, timeout=20)
    assert listener.aborted and not listener.failed and not listener.succeeded
    assert task.was_cancelled
    # QGIS records it as ended (not "Task failed"), and the task manager's line says it was cancelled
    assert statuses[-1] == QgsTask.TaskStatus.Complete and QgsTask.TaskStatus.Terminated not in statuses
    assert descriptions[-1] == "Compute the answer — cancelled"


def test_expected_errors_are_not_logged_as_crashes():
    def work(task):
        raise InvalidRequestError("bad")

    with captured_log() as logged:
        run_synchronously(AnswerTask(work))
    assert not any("Traceback" in text for tag, text in logged)
