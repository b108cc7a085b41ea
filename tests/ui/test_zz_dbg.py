from tests.ui.conftest import *  # noqa
from mapflow_processing.ui.processings_controller import ProcessingsController
from mapflow_processing.ui.processings_widget import ProcessingsWidget
from mapflow_processing.core.poll_schedule import PollPolicy

def test_dbg(qtbot, signed_in, task_registry, notifier, mapflow_log):
    w = ProcessingsWidget(); qtbot.addWidget(w)
    c = ProcessingsController(w, signed_in, task_registry, notifier, policy=PollPolicy(0.3, max_delay=1))
    qtbot.wait(3000)
    print("LABEL", w.pollStatusLabel.text(), c.schedule.status(), c._timer.isActive(), c._timer.remainingTime())
    print(mapflow_log.texts())
    print(task_registry.running, [t.status() for t in task_registry.running])
    assert False
