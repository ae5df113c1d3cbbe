"""The counter's daily report for one Pakistan day at the actor's station (Qt-free): per service, how many
applications were received, how many were completed (made ready or rejected: the applicant has an answer)
with the median and longest turnaround of those, and which cases were overdue.

Turnaround is the time from receipt to completion, on the wall clock. Overdue is judged at the report's
instant: the end of the day, or the clock's now while the day is still running. A case is overdue then when
it was received before that instant, its due time had passed, and no event up to that instant had completed
it, so a past day's report says what was overdue that evening, whatever happened since.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import selectinload

from app.clock import PKT, now_utc, pkt_date
from app.counter.catalogue import Catalogue
from app.counter.timeline import Status
from app.counter.tokens import station_of
from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.security.actor import Actor
from app.storage.database import Database
from app.storage.models import ApplicationEvent, CounterApplication

TITLE = ("Daily Counter Report", "روزانہ کاؤنٹر رپورٹ")
# The steps that give the applicant an answer: the turnaround ends at the first of them.
COMPLETED = (Status.READY.value, Status.REJECTED.value)
CLOSED = (*COMPLETED, Status.HANDED_OVER.value)


@dataclass(frozen=True)
class ServiceFigures:
    service_code: str
    received: int = 0
    completed: int = 0
    median: timedelta | None = None  # of the turnarounds of the applications completed that day
    longest: timedelta | None = None
    overdue: int = 0


@dataclass(frozen=True)
class OverdueCase:
    application_id: int
    tracking_no: str
    service_code: str
    applicant_en: str
    applicant_ur: str
    status: Status  # at the report's instant
    due_at: datetime
    late_by: timedelta


@dataclass(frozen=True)
class DailyReport:
    day: date
    station_id: int
    as_at: datetime  # the instant overdue is judged at
    services: list[ServiceFigures]  # every service with something to say, in catalogue order
    total: ServiceFigures
    overdue: list[OverdueCase]  # the most overdue first


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=PKT)
    return start, start + timedelta(days=1)


def figures(code: str, received: int, turnarounds: list[timedelta], overdue: int) -> ServiceFigures:
    if not turnarounds:
        return ServiceFigures(code, received, 0, None, None, overdue)
    ordered = sorted(turnarounds)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return ServiceFigures(code, received, len(ordered), median, ordered[-1], overdue)


class CounterReports:
    def __init__(self, db: Database, catalogue: Catalogue, clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.catalogue, self.clock = db, catalogue, clock

    def daily(self, actor: Actor, day: date) -> DailyReport:
        station_id = station_of(actor)
        now = self.clock()
        if day > pkt_date(now):
            raise ValidationError([FieldProblem("day", QT_TRANSLATE_NOOP(
                "core", "The report is for today or an earlier day."))])
        start, end = day_bounds(day)
        as_at = min(now, end)
        a, e = CounterApplication, ApplicationEvent
        with self.db.read() as s:
            received = dict(s.execute(
                select(a.service_code, func.count()).where(a.station_id == station_id, a.received_at >= start,
                                                           a.received_at < end).group_by(a.service_code)).all())
            turnarounds: dict[str, list[timedelta]] = defaultdict(list)
            for code, received_at, completed_at in s.execute(
                    select(a.service_code, a.received_at, e.at).join(e, e.application_id == a.id)
                    .where(e.station_id == station_id, e.status.in_(COMPLETED), e.at >= start, e.at < end)):
                turnarounds[code].append(completed_at - received_at)
            closed_by_then = exists().where(e.application_id == a.id, e.status.in_(CLOSED), e.at <= as_at)
            late = list(s.scalars(
                select(a).where(and_(a.station_id == station_id, a.received_at <= as_at, a.due_at < as_at,
                                     ~closed_by_then))
                .options(selectinload(a.applicant), selectinload(a.events))))
            overdue = [_overdue_case(x, as_at) for x in late]
        overdue.sort(key=lambda c: (-c.late_by, c.tracking_no))
        late_count: dict[str, int] = defaultdict(int)
        for case in overdue:
            late_count[case.service_code] += 1
        codes = [c for c in self.catalogue.codes() if received.get(c) or turnarounds.get(c) or late_count.get(c)]
        services = [figures(c, received.get(c, 0), turnarounds[c], late_count[c]) for c in codes]
        total = figures("", sum(received.values()), [t for c in codes for t in turnarounds[c]], len(overdue))
        return DailyReport(day, station_id, as_at, services, total, overdue)


def _overdue_case(application: CounterApplication, as_at: datetime) -> OverdueCase:
    steps = [ev for ev in application.events if ev.at <= as_at]
    status = Status(max(steps, key=lambda ev: (ev.at, ev.id)).status) if steps else Status.RECEIVED
    person = application.applicant
    return OverdueCase(application.id, application.tracking_no, application.service_code, person.name_en,
                       person.name_ur, status, application.due_at, as_at - application.due_at)


def duration_text(span: timedelta | None) -> tuple[str, str]:
    """A turnaround or delay in English and Urdu: "2 d 3 h", "1 h 5 min", "25 min"; a dash for none."""
    if span is None:
        return "-", "-"
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h", f"{days} دن {hours} گھنٹے"
    if hours:
        return f"{hours} h {minutes} min", f"{hours} گھنٹے {minutes} منٹ"
    return f"{minutes} min", f"{minutes} منٹ"
