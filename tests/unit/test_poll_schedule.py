"""The poll schedule driven by a fake clock: interval, stop when final, backoff and recovery, one request at a time."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapflow_processing.core.poll_schedule import PollPolicy, PollSchedule, PollState


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture()
def clock():
    return FakeClock()


@pytest.fixture()
def schedule(clock):
    return PollSchedule(PollPolicy(), clock)


def test_nothing_is_polled_until_asked(schedule):
    assert schedule.seconds_until_due() is None
    assert schedule.begin() is None
    assert schedule.status().state is PollState.STOPPED


def test_polls_every_6_seconds_while_unfinished(schedule, clock):
    schedule.request_now()
    ticket = schedule.begin()
    assert ticket is not None
    assert schedule.status().state is PollState.IN_FLIGHT
    assert schedule.succeeded(ticket, anything_unfinished=True)
    assert schedule.seconds_until_due() == pytest.approx(6.0)
    clock.advance(5.9)
    assert schedule.begin() is None  # not due yet
    clock.advance(0.1)
    assert schedule.begin() is not None


def test_stops_when_everything_is_final(schedule, clock):
    schedule.request_now()
    ticket = schedule.begin()
    schedule.succeeded(ticket, anything_unfinished=False)
    assert schedule.seconds_until_due() is None
    clock.advance(3600)
    assert schedule.begin() is None
    assert schedule.status().state is PollState.STOPPED


def test_restarts_after_a_start_or_restart(schedule, clock):
    schedule.request_now()
    schedule.succeeded(schedule.begin(), anything_unfinished=False)
    clock.advance(100)
    schedule.request_now()  # processings_changed
    assert schedule.seconds_until_due() == 0
    assert schedule.begin() is not None


def test_backoff_doubles_to_a_cap_and_resets_on_success(schedule, clock):
    schedule.request_now()
    delays = []
    for _ in range(6):
        ticket = schedule.begin()
        assert ticket is not None
        delays.append(schedule.failed(ticket))
        assert schedule.status().state is PollState.BACKING_OFF
        clock.advance(delays[-1])
    assert delays == [12, 15, 15, 15, 15, 15]  # capped at 15 s: a recovered server is seen soon
    assert schedule.failures == 6
    ticket = schedule.begin()
    assert schedule.succeeded(ticket, anything_unfinished=True)
    assert schedule.failures == 0
    assert schedule.seconds_until_due() == pytest.approx(6.0)


def test_failure_keeps_polling_even_when_everything_was_final(schedule, clock):
    """A failed refresh is never the end: the list may be stale, so the retry stays scheduled."""
    schedule.request_now()
    ticket = schedule.begin()
    assert schedule.failed(ticket) == 12
    clock.advance(12)
    assert schedule.begin() is not None


def test_only_one_request_in_flight_and_a_queued_refresh_follows(schedule, clock):
    schedule.request_now()
    first = schedule.begin()
    schedule.request_now()  # the user clicks refresh while the poll runs
    assert schedule.begin() is None
    assert schedule.seconds_until_due() is None
    assert schedule.succeeded(first, anything_unfinished=False)
    # the queued refresh is due at once even though everything was final
    second = schedule.begin()
    assert second is not None and second != first


def test_a_restart_makes_the_in_flight_answer_stale(schedule, clock):
    schedule.request_now()
    old = schedule.begin()
    schedule.restart()  # project changed
    assert not schedule.is_current(old)
    assert schedule.begin() is None  # still one request at a time
    assert schedule.succeeded(old, anything_unfinished=True) is False  # dropped
    fresh = schedule.begin()
    assert fresh is not None and fresh.generation != old.generation
    assert schedule.is_current(fresh)


def test_a_stale_failure_does_not_back_off(schedule, clock):
    schedule.request_now()
    old = schedule.begin()
    schedule.restart()
    assert schedule.failed(old) is None
    assert schedule.failures == 0
    assert schedule.seconds_until_due() == 0


def test_stop_forgets_everything(schedule, clock):
    schedule.request_now()
    ticket = schedule.begin()
    schedule.stop()
    assert schedule.succeeded(ticket, anything_unfinished=True) is False
    assert schedule.seconds_until_due() is None
    assert schedule.status().state is PollState.STOPPED


def test_answer_with_an_unknown_ticket_is_ignored(schedule):
    schedule.request_now()
    ticket = schedule.begin()
    schedule.succeeded(ticket, anything_unfinished=True)
    assert schedule.succeeded(ticket, anything_unfinished=False) is False  # answered twice
    assert schedule.seconds_until_due() == pytest.approx(6.0)


def test_policy_rejects_nonsense():
    with pytest.raises(ValueError):
        PollPolicy(interval=0)
    with pytest.raises(ValueError):
        PollPolicy(interval=10, max_delay=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["request", "restart", "begin", "ok_open", "ok_final", "fail", "tick"]),
                max_size=60))
def test_never_two_in_flight_and_never_stuck(events):
    """Whatever happens, at most one ticket is live, and a requested refresh is always eventually due."""
    clock = FakeClock()
    schedule = PollSchedule(PollPolicy(), clock)
    live = None
    for event in events:
        if event == "request":
            schedule.request_now()
        elif event == "restart":
            schedule.restart()
        elif event == "begin":
            ticket = schedule.begin()
            if ticket is not None:
                assert live is None or not schedule.is_current(live)
                live = ticket
        elif event in ("ok_open", "ok_final") and live is not None:
            schedule.succeeded(live, anything_unfinished=event == "ok_open")
            live = None
        elif event == "fail" and live is not None:
            schedule.failed(live)
            live = None
        elif event == "tick":
            clock.advance(7)
        delay = schedule.policy.max_delay
        wait = schedule.seconds_until_due()
        assert wait is None or 0 <= wait <= delay
    # after an explicit request, a poll is due within the cap (or one is already running)
    schedule.request_now()
    if live is not None:
        schedule.failed(live)
    wait = schedule.seconds_until_due()
    assert wait is not None and wait <= schedule.policy.max_delay


def test_a_manual_refresh_starts_the_backoff_again(schedule, clock):
    schedule.request_now()
    for _ in range(3):
        ticket = schedule.begin()
        schedule.failed(ticket)
        clock.advance(15)
    assert schedule.failures == 3
    schedule.request_now(reset_backoff=True)  # the Refresh button
    assert schedule.failures == 0 and schedule.seconds_until_due() == 0
    assert schedule.failed(schedule.begin()) == 12  # the first wait again, not the cap
