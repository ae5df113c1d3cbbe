"""When the background sync runs next: on an interval, on demand, and as soon as the link is back.

Qt-free and clock-injected, so the policy is tested without waiting. The caller asks ``next_action``
whenever ``wait`` says something is due, runs what it is told on its worker, and reports back with
``finished``. Only one thing runs at a time (a cycle or a probe): a demand that arrives meanwhile is kept
and served as soon as the running one ends, never a second cycle beside it. Offline, only a cheap probe
of the server is tried every ``probe_every`` seconds; the probe that reaches it starts a cycle at once."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Action(Enum):
    CYCLE = "cycle"
    PROBE = "probe"


class Outcome(Enum):
    SYNCED = "synced"  # the cycle went through
    UNREACHABLE = "unreachable"  # the link or the server's passing trouble: offline until a probe answers
    REFUSED = "refused"  # the server answered but a person must act (not enrolled, revoked): try again later


@dataclass
class Scheduler:
    clock: Callable[[], float] = time.monotonic
    interval: float = 300.0  # seconds between cycles while online
    probe_every: float = 20.0  # seconds between probes while offline
    first_after: float = 0.0  # seconds from start to the first cycle
    online: bool | None = None  # unknown until the first cycle or probe has ended
    running: Action | None = None
    demanded: bool = False
    _next_cycle: float = field(default=0.0)  # a first cycle is due at once
    _next_probe: float = field(default=0.0)

    def __post_init__(self) -> None:
        self._next_probe = self.clock()
        self._next_cycle = self._next_probe + self.first_after

    def demand(self) -> None:
        """"Sync now": a cycle as soon as nothing else runs, online or not."""
        self.demanded = True

    def next_action(self) -> Action | None:
        """What to start now, marked as running; None if nothing is due or something already runs."""
        if self.running is not None:
            return None
        now = self.clock()
        if self.demanded or (self.online is not False and now >= self._next_cycle):
            self.demanded = False
            self.running = Action.CYCLE
        elif self.online is False and now >= self._next_probe:
            self.running = Action.PROBE
        return self.running

    def finished(self, outcome: Outcome) -> None:
        """The running cycle or probe ended (a probe is SYNCED when it reached the server)."""
        was, self.running = self.running, None
        now = self.clock()
        if outcome is Outcome.UNREACHABLE:
            self.online = False
            self._next_probe = now + self.probe_every
            return
        self.online = True
        if was is Action.PROBE:
            self._next_cycle = now  # the link is back: what waited goes now
        else:
            self._next_cycle = now + self.interval

    def wait(self) -> float | None:
        """Seconds until ``next_action`` has something to start (0: now); None while something runs."""
        if self.running is not None:
            return None
        if self.demanded:
            return 0.0
        due = self._next_probe if self.online is False else self._next_cycle
        return max(0.0, due - self.clock())
