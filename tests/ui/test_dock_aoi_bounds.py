"""A pathological AOI in the real dock against the sandbox (issue 21 item 9): a self-intersecting polygon of 40,000
bow-tie vertices is read with bounded work (and refused for its thousands of lobes), a bigger one is simplified
first and priced; the previous AOI's cost goes the
moment the new AOI is being read; the read can be cancelled; closing the dock while a read runs returns and the
read ends. The bounds are asserted by counting the vertices read and repaired, not by the clock."""
from __future__ import annotations

from qgis.core import QgsProject

from mapflow_processing.core.aoi_rules import REPAIR_VERTEX_LIMIT
from tests.support.pathological_aoi import bow_tie_polygon, memory_layer

from .dock_fixtures import close_harness, make_harness
from .test_dock_start import prepare

READ_TASK = "Mapflow: read the area of interest"


def add_layer(vertices: int, name: str):
    layer = memory_layer(bow_tie_polygon(vertices), name)
    QgsProject.instance().addMapLayer(layer)
    return layer


def settled(harness) -> bool:
    draft = harness.controller.draft
    return draft.aoi is not None and not draft.aoi_busy


def read_tasks(harness) -> list:
    return [t for t in harness.tasks.running if t.description().startswith(READ_TASK)]


def test_a_pathological_aoi_is_read_with_bounded_work_and_can_be_cancelled(qtbot, tmp_path, unlocked_auth,
                                                                           sandbox_server):
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    closed = False
    try:
        prepare(qtbot, harness, sandbox_server)  # a tiny AOI priced at 13 credits
        start, aoi, draft = harness.dock.start, harness.dock.aoi, harness.controller.draft
        assert start.costLabel.text() == "13 credits"

        aoi.aoiLayerCombo.setLayer(add_layer(40_000, "bow-ties"))
        # at once, before anything is read: the old cost is gone and Start waits
        assert start.costLabel.text() == "Waiting for the area of interest…"
        assert not start.startButton.isEnabled()
        assert aoi.aoiAreaLabel.text() == "Reading the area of interest…"
        qtbot.waitUntil(lambda: settled(harness), timeout=60000)
        selection = draft.aoi
        assert selection.usable and selection.work.vertices_read == 40_001
        assert 0 < selection.work.largest_repair <= REPAIR_VERTEX_LIMIT
        assert "1 invalid geometry was repaired" in aoi.aoiNotesLabel.text()
        # repaired exactly, the bow-ties are thousands of lobes touching at points: the dock says why not
        assert "separate polygons; a processing accepts at most" in start.reasonLabel.text()
        assert start.costLabel.text() != "13 credits" and not start.startButton.isEnabled()

        aoi.aoiLayerCombo.setLayer(add_layer(3 * REPAIR_VERTEX_LIMIT, "more bow-ties"))
        assert start.costLabel.text() == "Waiting for the area of interest…"
        qtbot.waitUntil(lambda: settled(harness) and draft.aoi.source_name == "more bow-ties", timeout=60000)
        work = draft.aoi.work
        assert draft.aoi.usable and work.vertices_read == 3 * REPAIR_VERTEX_LIMIT + 1
        assert work.largest_repair <= REPAIR_VERTEX_LIMIT and work.simplified  # simplified before any repair
        assert f"A self-intersecting polygon of {3 * REPAIR_VERTEX_LIMIT + 1:,} vertices was simplified" \
            in aoi.aoiNotesLabel.text()
        assert len(draft.aoi.parts) == 1  # the simplification took the bow-ties out
        qtbot.waitUntil(lambda: start.startButton.isEnabled(), timeout=30000)  # priced again, ready to start
        assert start.costLabel.text() == "13 credits"  # priced anew (under 1 km², like the tiny AOI)

        aoi.refreshAoiButton.click()  # read it again, and cancel from the task manager
        (task,) = read_tasks(harness)
        task.cancel()
        qtbot.waitUntil(lambda: not read_tasks(harness), timeout=60000)
        assert aoi.aoiAreaLabel.text() == ("Reading the area of interest was cancelled; press Update to read it "
                                           "again.")
        assert draft.aoi is None and not draft.aoi_busy and not start.startButton.isEnabled()

        aoi.refreshAoiButton.click()  # a read under way while the dock closes
        (task,) = read_tasks(harness)
        ended = []
        task.taskCompleted.connect(lambda: ended.append("completed"))
        task.taskTerminated.connect(lambda: ended.append("terminated"))
        close_harness(harness)
        closed = True
        assert harness.tasks.running == []
        qtbot.waitUntil(lambda: bool(ended), timeout=60000)  # the read ended by itself, cancelled
    finally:
        if not closed:
            close_harness(harness)

