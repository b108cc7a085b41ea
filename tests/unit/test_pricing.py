"""Local cost estimate (contract section 5) and the cost-preview coordinator, driven by a fake clock."""
import pytest

from mapflow_processing.core.pricing import (
    BlockPrice,
    CostPreview,
    DebouncePolicy,
    ImageryChoice,
    ImageryKind,
    ModelPrice,
    PreviewStatus,
    ProviderPrice,
    billable_area_km2,
    ceil_credits,
    estimate,
    option_surcharges,
    price_by_zoom,
)

# The sandbox price book (sandbox/catalog.py) expressed in the dock's input dataclasses.
BUILDINGS = ModelPrice.from_blocks(base=10.0, blocks=[
    BlockPrice("Segmentation", 10.0, optional=False),
    BlockPrice("Simplification", 2.0),
    BlockPrice("Classification", 3.0),
    BlockPrice("OSM", 0.0),
])
FOREST = ModelPrice.from_blocks(base=8.0, blocks=[BlockPrice("Segmentation", 8.0, optional=False),
                                                  BlockPrice("Heights", 10.0)])
ROADS_NO_BLOCKS = ModelPrice(base=5.0)
# contract 7.11: SEED Buildings has pricePerSqKm 13 but only optional blocks; the blocks decide (base 0)
SEED_BUILDINGS = ModelPrice.from_blocks(base=13.0, blocks=[BlockPrice("Classification", 3.0),
                                                          BlockPrice("Simplification", 5.0)])
DEMO = ProviderPrice("Sandbox_Demo", {17: 1.0, 18: 3.0, 19: 9.0, 20: 9.0})
ARCHIVE = ProviderPrice("Sandbox_Demo_Archive", {18: 60.0, 19: 180.0}, min_area_sq_km=3.0)


@pytest.mark.parametrize("model, enabled, expected", [
    (BUILDINGS, [], 10.0),
    (BUILDINGS, ["Simplification"], 12.0),
    (BUILDINGS, ["Simplification", "Classification"], 15.0),
    (BUILDINGS, ["classification", "OSM"], 13.0),  # block names match case-insensitively
    (BUILDINGS, ["Segmentation"], 10.0),  # enabling a required block does not charge it twice
    (BUILDINGS, ["NoSuchBlock"], 10.0),
    (FOREST, ["Heights"], 18.0),
    (ROADS_NO_BLOCKS, ["Anything"], 5.0),  # no blocks: pricePerSqKm
    (SEED_BUILDINGS, [], 0.0),
    (SEED_BUILDINGS, ["Classification", "Simplification"], 8.0),
])
def test_model_price_per_km2(model, enabled, expected):
    assert model.price_per_km2(enabled) == expected


@pytest.mark.parametrize("zoom, expected", [
    (17, 1.0), (18, 3.0), (19, 9.0), (20, 9.0),
    (None, 3.0),  # no zoom: the zoom the server works at (18, the models' recommended zoom)
    (16, 1.0),  # below the table: the next listed zoom up
    (21, 9.0),  # above the table: the best listed
])
def test_provider_price_at_zoom(zoom, expected):
    assert DEMO.price_at(zoom) == expected


def test_without_a_zoom_the_working_zoom_stays_within_the_provider_zooms():
    assert ProviderPrice("High", {19: 9.0, 20: 12.0}).price_at(None) == 9.0  # 18 not served: its lowest zoom
    assert ProviderPrice("Low", {14: 0.5, 16: 1.0}).price_at(None) == 1.0  # nothing above 16: its highest
    assert ProviderPrice("High", {19: 9.0, 20: 12.0}).working_zoom() == 19


def test_provider_without_prices_is_free():
    assert ProviderPrice("Free").price_at(18) == 0.0


@pytest.mark.parametrize("area, billable", [(0.0, 0.0), (0.2, 1.0), (0.999, 1.0), (1.0, 1.0), (3.3, 3.3)])
def test_billable_area(area, billable):
    assert billable_area_km2(area) == billable


@pytest.mark.parametrize("value, credits", [
    (224.4, 225), (224.0, 224), (0.0, 0), (0.01, 1), (3 * 0.1 * 10, 3), (2.0000000001, 2), (-5.0, 0),
])
def test_ceil_credits(value, credits):
    assert ceil_credits(value) == credits


@pytest.mark.parametrize("area, model, enabled, imagery, model_price, data_price, credits", [
    # contract 7.30: 3.3 km² × (8 + 60) = 224.4 → rounded up to 225 (the docs' 224 contradicts its own rule)
    (3.3, ModelPrice(8.0), [], ImageryChoice(ImageryKind.PROVIDER, ARCHIVE, 18), 8.0, 60.0, 225),
    (0.2, BUILDINGS, [], ImageryChoice(ImageryKind.PROVIDER, DEMO, 18), 10.0, 3.0, 13),  # 0.2 km² bills as 1 km²
    (12.01, BUILDINGS, ["Classification"], ImageryChoice(ImageryKind.PROVIDER, DEMO, 19), 13.0, 9.0, 265),
    (12.01, BUILDINGS, ["Classification"], ImageryChoice(ImageryKind.MY_IMAGERY), 13.0, 0.0, 157),
    (12.01, BUILDINGS, ["Classification"], ImageryChoice(ImageryKind.CUSTOM_URL, DEMO, 19), 13.0, 0.0, 157),
    (10.0, FOREST, ["Heights"], ImageryChoice(ImageryKind.PROVIDER, DEMO, None), 18.0, 3.0, 210),  # zoom 18
    (1.5, ROADS_NO_BLOCKS, [], ImageryChoice(ImageryKind.PROVIDER, None, 18), 5.0, 0.0, 8),
    (0.0, BUILDINGS, [], ImageryChoice(ImageryKind.PROVIDER, DEMO, 18), 10.0, 3.0, 0),
])
def test_estimate_table(area, model, enabled, imagery, model_price, data_price, credits):
    result = estimate(area, model, enabled, imagery)
    assert (result.model_price_per_km2, result.data_price_per_km2, result.credits) == (model_price, data_price,
                                                                                        credits)


def test_estimate_breakdown_per_block():
    result = estimate(2.5, BUILDINGS, ["Simplification"], ImageryChoice(ImageryKind.PROVIDER, DEMO, 17))
    assert result.billable_area_km2 == 2.5
    assert result.block_credits == {"Segmentation": 25.0, "Simplification": 5.0}
    assert result.data_credits == 2.5
    assert result.credits == 33  # 2.5 × (10 + 2 + 1) = 32.5 → 33


def test_price_by_zoom_for_a_picker():
    assert price_by_zoom(2.0, BUILDINGS, ["Classification"], DEMO) == [(17, 28), (18, 32), (19, 44), (20, 44)]
    assert price_by_zoom(0.4, FOREST, [], ARCHIVE) == [(18, 68), (19, 188)]


def test_option_surcharges_for_labels():
    assert option_surcharges(2.2, BUILDINGS) == {"Simplification": 5, "Classification": 7, "OSM": 0}
    assert option_surcharges(0.1, FOREST) == {"Heights": 10}
    assert option_surcharges(5.0, ROADS_NO_BLOCKS) == {}


# --- cost preview ---------------------------------------------------------------------------------------------
class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class FakeServer:
    """Records what the coordinator sends; answers are released by the test."""

    def __init__(self):
        self.sent = []

    def send(self, ticket, inputs):
        self.sent.append((ticket, inputs))


def make_preview(policy=DebouncePolicy(quiet_s=0.6, max_wait_s=1.5)):
    clock, server = FakeClock(), FakeServer()
    return CostPreview(server.send, clock, policy), clock, server


def run_timer_until(preview, clock, until):
    """What the Qt single-shot timer does: wake at due_at() and poll, until ``until``."""
    while True:
        due = preview.due_at()
        if due is None or due > until:
            clock.now = until
            return
        clock.now = due
        preview.poll()


def test_burst_of_20_edits_in_2_seconds_sends_at_most_2_and_shows_only_the_last():
    preview, clock, server = make_preview()
    tickets = []
    for i in range(20):  # an edit every 0.1 s from t=0 to t=1.9 (a slider drag)
        run_timer_until(preview, clock, i * 0.1)
        tickets.append(preview.request({"zoom": i}))
    run_timer_until(preview, clock, 5.0)
    assert 1 <= len(server.sent) <= 2
    assert server.sent[-1] == (tickets[-1], {"zoom": 19})  # the last edit is always sent
    # every sent request is answered, the stale one last (out of order): only the newest answer is shown
    shown = [preview.deliver(ticket, f"answer for {inputs['zoom']}") for ticket, inputs in reversed(server.sent)]
    assert shown == [True] + [False] * (len(server.sent) - 1)
    assert preview.state.status is PreviewStatus.SHOWN
    assert preview.state.answer == "answer for 19" and preview.state.ticket == tickets[-1]


def test_hold_drops_the_stale_inputs_and_answers_but_keeps_the_bursts_start():
    """Each edit of an AOI is read again before it is priced: while it is read (hold) nothing of the old inputs may
    be sent or shown, yet a stream of such edits still gets a price within max_wait."""
    preview, clock, server = make_preview()
    sent_before = preview.request("old AOI")
    preview.poll()  # not due yet: nothing sent
    for i in range(1, 20):  # an AOI edit every 0.1 s: read (hold), then priced again (request)
        run_timer_until(preview, clock, i * 0.1)
        preview.hold()
        assert preview.due_at() is None  # the stale inputs are never sent while the AOI is read
        preview.request(i)
    assert [inputs for _, inputs in server.sent] == [14]  # max_wait still holds across the holds
    assert not preview.deliver(sent_before, "answer for the old AOI")  # an answer to old inputs is dropped
    run_timer_until(preview, clock, 1.9 + 0.6)
    assert [inputs for _, inputs in server.sent] == [14, 19]


def test_long_burst_refreshes_on_the_way_thanks_to_max_wait():
    preview, clock, server = make_preview()
    for i in range(20):
        run_timer_until(preview, clock, i * 0.1)
        preview.request(i)
    # at t=1.5 max_wait forces one send mid-burst, with the inputs of the edit made at t=1.4
    assert [inputs for _, inputs in server.sent] == [14]
    run_timer_until(preview, clock, 1.9 + 0.6)
    assert [inputs for _, inputs in server.sent] == [14, 19]
    assert preview.sent_count == 2


def test_single_edit_waits_for_quiet_period():
    preview, clock, server = make_preview()
    preview.request("a")
    assert preview.state.status is PreviewStatus.WAITING
    assert preview.due_at() == pytest.approx(0.6)
    clock.now = 0.59
    assert preview.poll() is None and server.sent == []
    clock.now = 0.6
    assert preview.poll() == 1 and server.sent == [(1, "a")]
    assert preview.state.status is PreviewStatus.IN_FLIGHT
    assert preview.due_at() is None and preview.poll() is None  # nothing more to send


def test_answer_to_an_edit_that_was_superseded_in_flight_is_dropped():
    preview, clock, server = make_preview()
    first = preview.request("a")
    run_timer_until(preview, clock, 1.0)  # "a" sent
    second = preview.request("b")  # edited while "a" is in flight
    assert preview.deliver(first, 100) is False
    assert preview.state.answer is None and preview.state.status is PreviewStatus.WAITING
    run_timer_until(preview, clock, 3.0)
    assert server.sent == [(first, "a"), (second, "b")]
    assert preview.deliver(second, 120) is True and preview.state.answer == 120


def test_failure_of_the_latest_is_shown_and_of_an_old_one_ignored():
    preview, clock, server = make_preview()
    old = preview.request("a")
    run_timer_until(preview, clock, 1.0)
    new = preview.request("b")
    run_timer_until(preview, clock, 2.0)
    assert preview.fail(old, "timeout") is False
    assert preview.fail(new, "The server said 500") is True
    assert (preview.state.status, preview.state.error, preview.state.answer) == (
        PreviewStatus.FAILED, "The server said 500", None)


def test_clear_drops_pending_and_in_flight_answers():
    preview, clock, server = make_preview()
    sent = preview.request("a")
    run_timer_until(preview, clock, 1.0)
    preview.request("b")
    preview.clear()  # e.g. the AOI was removed
    assert preview.due_at() is None
    run_timer_until(preview, clock, 5.0)
    assert server.sent == [(sent, "a")]
    assert preview.deliver(sent, 42) is False
    assert preview.state.status is PreviewStatus.IDLE and preview.state.answer is None


def test_shown_answer_stays_visible_while_the_next_edit_settles():
    preview, clock, server = make_preview()
    ticket = preview.request("a")
    run_timer_until(preview, clock, 1.0)
    preview.deliver(ticket, 7)
    preview.request("b")
    # the dock may keep showing 7 (greyed out) while WAITING; it is not the answer for "b"
    assert preview.state.status is PreviewStatus.WAITING and preview.state.answer == 7
