"""The cost preview of the real dock against the sandbox: shown, updated, debounced on a controllable clock (a burst
of edits sends exactly two requests and shows the last answer), a late answer to an old request never shown, and
the other billings."""
import uuid

import pytest
from qgis.core import QgsGeometry

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.models import CostRequest, block_toggles
from mapflow_processing.core.aoi_rules import latlon_box_area_km2
from mapflow_processing.core.choices import AoiKind, SourceKind

from .conftest import inject_faults
from . import dock_fixtures
from .dock_fixtures import TINY_BOX, ManualTime, close_harness, make_harness, sign_in
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness

COST_PATH = "/processing/cost/v2"


def new_user(server, *options):
    email = f"cost-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    return email, server.cli("add-user", email, *options).strip().splitlines()[-1]


def prepare(qtbot, harness, server, *user_options):
    email, token = new_user(server, *user_options)
    sign_in(qtbot, harness, server, token)
    harness.dock.model.select_model_by_name("Buildings")
    source = harness.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(18))
    return MapflowClient(server.base_url, token)


def cost_label(harness):
    return harness.dock.start.costLabel.text()


def final_credits(harness):
    view = harness.controller.cost.view
    return view.credits if view.final else None


def server_cost(client, harness):
    """What the server says for the draft on screen, asked directly (not through the dock)."""
    draft = harness.controller.draft
    blocks = block_toggles(draft.model.model, draft.model.enabled_blocks)
    return client.processing_cost(CostRequest(wd_id=draft.model.model.id, geometry=draft.aoi.to_geojson(),
                                              source=draft.source.params, blocks=blocks))


def test_cost_is_shown_and_follows_options_and_zoom(qtbot, harness, sandbox_server):
    client = prepare(qtbot, harness, sandbox_server)
    assert cost_label(harness) == "Not known yet: Choose an area of interest"
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    # a tiny AOI is billed as 1 km²: Buildings 10 + zoom 18 imagery 3
    qtbot.waitUntil(lambda: cost_label(harness) == "13 credits", timeout=15000)
    assert final_credits(harness) == server_cost(client, harness) == 13

    harness.dock.model.set_block("Classification", True)  # +3 credits/km²
    qtbot.waitUntil(lambda: cost_label(harness) == "16 credits", timeout=15000)
    zoom = harness.dock.source.zoomCombo
    zoom.setCurrentIndex(zoom.findData(19))  # imagery 9 instead of 3
    qtbot.waitUntil(lambda: cost_label(harness) == "22 credits", timeout=15000)
    assert server_cost(client, harness) == 22
    assert harness.dock.model.modelPriceLabel.text() == "Model price: 13 credits/km² (10 + 3 for the options)"
    assert harness.dock.source.sourcePriceLabel.text() == "Imagery: 9 credits/km² at zoom 19"


def test_a_burst_of_edits_sends_exactly_two_requests_and_shows_the_last(qtbot, tmp_path, unlocked_auth,
                                                                         sandbox_server):
    """Time is the test's: 20 edits 0.1 s apart (on a manual clock) send once when the longest wait (1.5 s) is up
    and once 0.6 s after the last edit, and the answer to the last edit is the one shown."""
    time = ManualTime()
    harness = make_harness(qtbot, tmp_path, unlocked_auth, **time.options)
    try:
        client = prepare(qtbot, harness, sandbox_server)
        draft = harness.controller.draft
        layer = polygon_layer(box_wkt(37.60, 55.70, 37.605, 55.705), name="growing")
        use_layer(harness, AoiKind.LAYER, layer)
        qtbot.waitUntil(lambda: draft.aoi is not None and not draft.aoi_busy, timeout=15000)
        time.advance(1.0)  # the first cost request goes out...
        qtbot.waitUntil(lambda: final_credits(harness) is not None, timeout=15000)  # ...and is answered
        before = harness.counter.count("POST", COST_PATH)
        feature_id = next(layer.getFeatures()).id()
        layer.startEditing()
        for step in range(1, 21):  # 20 edits, 0.1 s apart, each a bigger square
            size = 0.005 + step * 0.004
            wanted = latlon_box_area_km2(37.60, 55.70, 37.60 + size, 55.70 + size)
            layer.changeGeometry(feature_id, QgsGeometry.fromWkt(box_wkt(37.60, 55.70, 37.60 + size, 55.70 + size)))
            qtbot.waitUntil(lambda: not draft.aoi_busy and abs(draft.area_km2() - wanted) < 1e-3 * wanted,
                            timeout=15000)  # the dock has read this edit
            time.advance(0.1)
        assert harness.counter.count("POST", COST_PATH) - before == 1  # the longest wait was up once
        time.advance(0.6)  # the quiet time after the last edit
        qtbot.waitUntil(lambda: final_credits(harness) is not None, timeout=15000)
        assert harness.counter.count("POST", COST_PATH) - before == 2
        expected = server_cost(client, harness)
        assert final_credits(harness) == expected and cost_label(harness) == f"{expected:,} credits"
        layer.rollBack()
    finally:
        close_harness(harness)


def test_a_late_answer_to_an_old_request_is_never_shown(qtbot, harness, sandbox_server):
    prepare(qtbot, harness, sandbox_server)
    layer = polygon_layer(box_wkt(*TINY_BOX), name="tiny")
    inject_faults(sandbox_server, [{"path": COST_PATH, "method": "POST", "latency": 3.0, "times": 1}])
    try:
        use_layer(harness, AoiKind.LAYER, layer)
        qtbot.waitUntil(lambda: harness.counter.count("POST", COST_PATH) == 1, timeout=15000)  # the slow one
        harness.dock.model.set_block("Classification", True)
        qtbot.waitUntil(lambda: cost_label(harness) == "16 credits", timeout=15000)
        assert harness.counter.count("POST", COST_PATH) == 2
        qtbot.wait(3500)  # the slow answer (13 credits) arrives meanwhile and is dropped
        assert not harness.tasks.running
        assert cost_label(harness) == "16 credits" and final_credits(harness) == 16
    finally:
        inject_faults(sandbox_server, [])


def test_a_cost_that_cannot_be_computed_says_why(qtbot, harness, sandbox_server):
    prepare(qtbot, harness, sandbox_server)
    inject_faults(sandbox_server, [{"path": COST_PATH, "method": "POST", "status": 422, "times": 1}])
    try:
        use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
        qtbot.waitUntil(lambda: cost_label(harness).startswith("Cannot be computed:"), timeout=15000)
        assert "422" in cost_label(harness) or "rejected" in cost_label(harness)
    finally:
        inject_faults(sandbox_server, [])


@pytest.mark.parametrize("billing, expected", [
    ("AREA", "0.0524 km² of your remaining area"),
    ("NONE", "Free: this account is not billed."),
])
def test_area_and_unbilled_accounts_ask_no_cost(qtbot, harness, sandbox_server, billing, expected):
    prepare(qtbot, harness, sandbox_server, "--billing", billing)
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    qtbot.waitUntil(lambda: cost_label(harness).endswith(expected.split(" ", 1)[1]), timeout=15000)
    assert cost_label(harness) == expected
    assert harness.counter.count("POST", COST_PATH) == 0
    assert harness.dock.start.startButton.isEnabled()
