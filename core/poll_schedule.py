"""When to ask the server for the processing list again: one schedule, pure logic, with an injected clock.

The rules (contract 1.6: the list is polled every 6 s while anything is unfinished):
- poll every ``interval`` seconds while the rows on screen include an unfinished processing;
- stop once every visible processing is final, until something asks for a refresh again
  (a start, a restart, a project change, a manual refresh, a page or sort change);
- after a failed refresh wait longer each time (6 → 12 → 15 s cap, so a recovered server is seen soon)
  and never give up; a manual refresh starts the back-off again;
- never more than one request in flight: a refresh asked for while one runs is queued and done right after;
- a refresh asked for after a context change (another project) makes the in-flight answer stale: it is dropped.

A Qt driver (a single-shot QTimer in the UI) calls :meth:`PollSchedule.seconds_until_due` to arm itself and
:meth:`PollSchedule.begin` when it fires; the answer comes back through :meth:`succeeded` or :meth:`failed`.
"""
from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import Callable, Optional

Clock = Callable[[], float]


@dataclass(frozen=True)
class PollPolicy:
    interval: float = 6.0  # seconds between polls while something is unfinished
    backoff_factor: float = 2.0
    max_delay: float = 15.0  # the longest wait after repeated failures

    def __post_init__(self) -> None:
        if self.interval <= 0 or self.max_delay < self.interval or self.backoff_factor < 1:
            raise ValueError("poll interval must be positive, max_delay >= interval and backoff_factor >= 1")

    def delay_after_failures(self, failures: int) -> float:
        """Wait after ``failures`` failed refreshes in a row (0 → the normal interval)."""
        if failures <= 0:
            return self.interval
        return min(self.max_delay, self.interval * self.backoff_factor ** failures)


class PollState(str, enum.Enum):
    STOPPED = "stopped"  # nothing to wait for: every visible processing is final (or nobody is signed in)
    WAITING = "waiting"  # the next poll is scheduled
    IN_FLIGHT = "in_flight"  # a request is running
    BACKING_OFF = "backing_off"  # the last refresh failed; the next try is scheduled later than usual


@dataclass(frozen=True)
class PollTicket:
    """Handed out by :meth:`PollSchedule.begin`; the answer to a stale ticket is ignored."""

    number: int
    generation: int


@dataclass(frozen=True)
class PollStatus:
    state: PollState
    failures: int  # failed refreshes in a row
    retry_in: Optional[float]  # seconds until the next poll; None when stopped or in flight


class PollSchedule:
    def __init__(self, policy: PollPolicy = PollPolicy(), clock: Clock = time.monotonic):
        self.policy = policy
        self._clock = clock
        self._due: Optional[float] = None  # clock time of the next poll; None: not scheduled
        self._in_flight: Optional[PollTicket] = None
        self._queued = False  # a refresh was asked for while one was in flight
        self._failures = 0
        self._generation = 0  # bumped when the context changes (project, sign-out): older answers are stale
        self._tickets = 0

    # --- asking for refreshes ------------------------------------------------------------------------------
    def request_now(self, reset_backoff: bool = False) -> None:
        """Refresh as soon as possible (manual refresh, a start or restart, a page or sort change); a manual refresh
        passes ``reset_backoff`` so that the waits after failures start short again."""
        if reset_backoff:
            self._failures = 0
        if self._in_flight is not None:
            self._queued = True
        else:
            self._due = self._clock()

    def restart(self) -> None:
        """The context changed (another project or account): drop any in-flight answer and refresh at once."""
        self._generation += 1
        self._failures = 0
        self.request_now()

    def stop(self) -> None:
        """Nothing to poll (signed out): forget the schedule; an in-flight answer becomes stale."""
        self._generation += 1
        self._due = None
        self._queued = False
        self._failures = 0
        self._in_flight = None

    # --- the driver's side ---------------------------------------------------------------------------------
    def seconds_until_due(self) -> Optional[float]:
        """How long the driver should wait before calling :meth:`begin`; None: nothing to do (or in flight)."""
        if self._due is None or self._in_flight is not None:
            return None
        return max(0.0, self._due - self._clock())

    def begin(self) -> Optional[PollTicket]:
        """Start a poll if one is due and none is in flight; the caller sends the request with this ticket."""
        wait = self.seconds_until_due()
        if wait is None or wait > 0:
            return None
        self._tickets += 1
        self._in_flight = PollTicket(self._tickets, self._generation)
        self._due = None
        self._queued = False
        return self._in_flight

    def is_current(self, ticket: PollTicket) -> bool:
        """True while ``ticket`` is the request in flight in the current context."""
        return self._in_flight == ticket and ticket.generation == self._generation

    def succeeded(self, ticket: PollTicket, anything_unfinished: bool) -> bool:
        """The answer arrived. Returns False for a stale ticket (its data must be dropped)."""
        if not self._finish(ticket):
            return False
        self._failures = 0
        if self._queued:
            self._queued = False
            self._due = self._clock()
        elif anything_unfinished:
            self._due = self._clock() + self.policy.interval
        else:
            self._due = None
        return True

    def failed(self, ticket: PollTicket) -> Optional[float]:
        """The request failed. Returns the seconds until the retry, or None for a stale ticket."""
        if not self._finish(ticket):
            return None
        self._failures += 1
        delay = self.policy.delay_after_failures(self._failures)
        if self._queued:  # the user asked again meanwhile: honour it, but still count the failure
            self._queued = False
            delay = 0.0
        self._due = self._clock() + delay
        return delay

    def _finish(self, ticket: PollTicket) -> bool:
        if self._in_flight != ticket:
            return False
        self._in_flight = None
        if ticket.generation != self._generation:
            # an answer from the old context: the refresh restart() asked for is due now
            if self._queued:
                self._queued = False
                self._due = self._clock()
            return False
        return True

    # --- what the dock shows -------------------------------------------------------------------------------
    @property
    def failures(self) -> int:
        return self._failures

    @property
    def in_flight(self) -> bool:
        return self._in_flight is not None

    def status(self) -> PollStatus:
        if self._in_flight is not None:
            return PollStatus(PollState.IN_FLIGHT, self._failures, None)
        wait = self.seconds_until_due()
        if wait is None:
            return PollStatus(PollState.STOPPED, self._failures, None)
        state = PollState.BACKING_OFF if self._failures else PollState.WAITING
        return PollStatus(state, self._failures, wait)
