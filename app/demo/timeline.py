"""Simulated time for the demo: a settable clock and an agenda of future events.

The registers stamp entries with their service's clock, so the generator hands
them a ``SimClock`` and walks it through the past months event by event.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from app.clock import PKT

# No event is written in the last minutes of a day: the day close comes first.
LAST_WRITE = time(23, 30)
FIRST_WRITE = time(0, 10)


class SimClock:
    """A clock that says what the generator last set, always timezone-aware."""

    def __init__(self, start: datetime) -> None:
        assert start.tzinfo is not None
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def pkt_at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=PKT)


def fit_in_day(when: datetime) -> datetime:
    """Move an instant out of the night window kept for closing and opening the diary."""
    local = when.astimezone(PKT)
    spread = FIRST_WRITE.minute + local.minute % 20  # keep moved events apart, in their old order
    if local.time() >= LAST_WRITE:
        return pkt_at(local.date() + timedelta(days=1), FIRST_WRITE.hour, spread)
    if local.time() < FIRST_WRITE:
        return pkt_at(local.date(), FIRST_WRITE.hour, spread)
    return local


class Agenda:
    """Events in time order; ties keep the order they were added in (determinism)."""

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int, Callable[[datetime], object]]] = []
        self._added = 0

    def at(self, when: datetime, action: Callable[[datetime], object]) -> None:
        self._added += 1
        heapq.heappush(self._heap, (when, self._added, action))

    def run_until(self, end: datetime) -> None:
        """Run every event before ``end``; later ones (follow-ups past the data window) are dropped."""
        while self._heap and self._heap[0][0] < end:
            when, _, action = heapq.heappop(self._heap)
            action(when)
