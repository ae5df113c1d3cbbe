"""An application's status timeline: the statuses, which step may follow which, the due time from the
catalogue's turnaround, and whether it is overdue, all from an instant the caller's clock gives.

Working days are Monday to Friday in Pakistan time (the government's five-day week) that are not public
holidays (app/counter/holidays.py). A turnaround of N working days is due at the same Pakistan time of day on the Nth
working day after the day received; one of N hours, N hours after receipt.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from app.clock import PKT, to_pkt
from app.counter.catalogue import Turnaround, TurnaroundUnit
from app.counter.holidays import Holidays, public_holidays
from app.i18n import QT_TRANSLATE_NOOP


class Status(StrEnum):
    RECEIVED = "received"
    UNDER_VERIFICATION = "under_verification"
    AWAITING_SHO = "awaiting_sho"
    READY = "ready"
    HANDED_OVER = "handed_over"
    REJECTED = "rejected"


STATUS_NAMES: dict[Status, str] = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("core", "Received"),
    Status.UNDER_VERIFICATION: QT_TRANSLATE_NOOP("core", "Under verification"),
    Status.AWAITING_SHO: QT_TRANSLATE_NOOP("core", "Awaiting SHO decision"),
    Status.READY: QT_TRANSLATE_NOOP("core", "Ready for collection"),
    Status.HANDED_OVER: QT_TRANSLATE_NOOP("core", "Handed over"),
    Status.REJECTED: QT_TRANSLATE_NOOP("core", "Rejected"),
}

NEXT: dict[Status, tuple[Status, ...]] = {
    Status.RECEIVED: (Status.UNDER_VERIFICATION, Status.READY, Status.REJECTED),
    Status.UNDER_VERIFICATION: (Status.AWAITING_SHO, Status.READY, Status.REJECTED),
    Status.AWAITING_SHO: (Status.READY, Status.REJECTED),  # the SHO's decision
    Status.READY: (Status.HANDED_OVER,),
    Status.HANDED_OVER: (),
    Status.REJECTED: (),
}
# Until it is ready the promise runs; once ready, handed over or rejected nothing is overdue.
OPEN = (Status.RECEIVED, Status.UNDER_VERIFICATION, Status.AWAITING_SHO)


def is_working_day(day: date, holidays: Holidays | None = None) -> bool:
    return day.weekday() < 5 and day not in (holidays or public_holidays())  # Monday 0 .. Friday 4


def due_time(received_at: datetime, turnaround: Turnaround, holidays: Holidays | None = None) -> datetime:
    if turnaround.unit is TurnaroundUnit.HOURS:
        return received_at + timedelta(hours=turnaround.amount)
    local = to_pkt(received_at)
    day = local.date()
    left = turnaround.amount
    while left:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            left -= 1
    return datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=PKT)


def is_overdue(status: str, due_at: datetime, now: datetime) -> bool:
    return status in OPEN and now > due_at
