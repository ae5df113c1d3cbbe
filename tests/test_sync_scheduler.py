"""The background sync's timing policy (sync/scheduler.py) on an injected clock."""

from __future__ import annotations

from sync.scheduler import Action, Outcome, Scheduler


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def scheduler(clock: Clock) -> Scheduler:
    return Scheduler(clock, interval=300.0, probe_every=20.0)


def test_a_first_cycle_at_once_then_one_per_interval() -> None:
    clock = Clock()
    s = scheduler(clock)
    assert s.wait() == 0.0
    assert s.next_action() is Action.CYCLE
    s.finished(Outcome.SYNCED)
    assert s.online is True
    assert s.wait() == 300.0
    clock.now += 299.0
    assert s.next_action() is None
    clock.now += 1.0
    assert s.next_action() is Action.CYCLE


def test_never_two_at_once_and_a_demand_meanwhile_runs_right_after() -> None:
    clock = Clock()
    s = scheduler(clock)
    assert s.next_action() is Action.CYCLE
    s.demand()
    s.demand()
    clock.now += 1000.0
    assert s.next_action() is None  # the first one still runs
    assert s.wait() is None
    s.finished(Outcome.SYNCED)
    assert s.wait() == 0.0
    assert s.next_action() is Action.CYCLE  # the two demands are one cycle
    s.finished(Outcome.SYNCED)
    assert s.next_action() is None


def test_offline_only_probes_and_a_probe_that_answers_starts_a_cycle() -> None:
    clock = Clock()
    s = scheduler(clock)
    s.next_action()
    s.finished(Outcome.UNREACHABLE)
    assert s.online is False
    assert s.wait() == 20.0
    clock.now += 400.0  # past the interval: still no full cycle while the link is down
    assert s.next_action() is Action.PROBE
    s.finished(Outcome.UNREACHABLE)
    assert s.wait() == 20.0
    clock.now += 20.0
    assert s.next_action() is Action.PROBE
    s.finished(Outcome.SYNCED)  # the link is back
    assert s.online is True
    assert s.wait() == 0.0
    assert s.next_action() is Action.CYCLE


def test_sync_now_while_offline_tries_a_cycle_at_once() -> None:
    clock = Clock()
    s = scheduler(clock)
    s.next_action()
    s.finished(Outcome.UNREACHABLE)
    s.demand()
    assert s.wait() == 0.0
    assert s.next_action() is Action.CYCLE


def test_a_refusal_is_not_offline_and_waits_an_interval() -> None:
    clock = Clock()
    s = scheduler(clock)
    s.next_action()
    s.finished(Outcome.REFUSED)
    assert s.online is True
    assert s.wait() == 300.0
