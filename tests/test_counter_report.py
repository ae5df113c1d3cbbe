"""The daily counter report's figures on a small fixed set of applications, with an injected clock: counts per
service, median and longest turnaround of what was completed that day, and the cases overdue at the day's end
(or now, for today), judged from the events as they stood then."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.counter.applications import ApplicationDraft
from app.counter.report import ServiceFigures, duration_text, figures
from app.counter.timeline import Status
from app.errors import PermissionDenied, ValidationError
from app.registers.persons import PersonDraft
from app.security.keystore import FileKeyStore
from app.security.permissions import Role
from app.services import open_services
from tests import factories as F
from tests.test_counter_desk import MONDAY_10, Clock, Desk

MONDAY = date(2026, 11, 30)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    clock = Clock()
    services = open_services(tmp_path / "station", FileKeyStore(tmp_path / "key"), clock)
    station = F.first_station(services)
    yield Desk(services, clock, F.make_actor(services, Role.COUNTER_STAFF, station.id, "counter1"),
               F.make_actor(services, Role.SHO, station.id, "sho1"), station.moharrar)
    services.close()


def receive(desk: Desk, service: str, cnic: str) -> int:
    values = {
        "fir_copy": {"fir_number": "3", "fir_year": "2026", "police_station": "Model Town", "relation": "complainant"},
        "character_certificate": {"purpose": "visa", "residence_district": "Lahore", "mobile": "03001234567"},
        "lost_document_report": {"document_type": "other", "document_number": "X-1", "lost_on": "2026-11-29",
                                 "lost_at": "Liberty Market", "mobile": "03001234567"},
    }[service]
    documents = {"fir_copy": [0], "character_certificate": [0, 1, 2], "lost_document_report": [0]}[service]
    return desk.services.counter.applications.receive(desk.counter, ApplicationDraft(
        service_code=service, applicant=PersonDraft(name_en="Saima Bibi", cnic=cnic), values=values,
        documents=documents, language="en")).id


def at(desk: Desk, when: datetime) -> None:
    desk.clock.now = when


def test_figures_per_service_with_median_longest_and_overdue(desk: Desk) -> None:
    apps = desk.services.counter.applications
    # Monday 10:00 PKT: three FIR copies (due in an hour) and a certificate (due Thursday 10:00)
    fir1 = receive(desk, "fir_copy", "3520211111112")
    at(desk, MONDAY_10 + timedelta(minutes=10))
    fir2 = receive(desk, "fir_copy", "3520211111122")
    at(desk, MONDAY_10 + timedelta(minutes=20))
    fir3 = receive(desk, "fir_copy", "3520211111132")
    cc = receive(desk, "character_certificate", "3520211111142")
    at(desk, MONDAY_10 + timedelta(minutes=40))  # fir1 ready after 40 min
    F.make_ready(desk.services, desk.counter, fir1)
    at(desk, MONDAY_10 + timedelta(minutes=50))  # fir2 rejected after 40 min
    apps.advance(desk.counter, fir2, Status.REJECTED, "No such FIR at this station")
    at(desk, MONDAY_10 + timedelta(hours=3))  # fir3 ready 2 h 40 min late, after its due time
    F.make_ready(desk.services, desk.counter, fir3)
    apps.hand_over(desk.counter, fir1, 5, "")  # hand-over does not end a turnaround a second time
    # Tuesday: a lost-document report left open past its hour, and the certificate made ready
    at(desk, MONDAY_10 + timedelta(days=1))
    lost = receive(desk, "lost_document_report", "3520211111152")
    at(desk, MONDAY_10 + timedelta(days=1, hours=6))
    apps.advance(desk.counter, cc, Status.UNDER_VERIFICATION)
    at(desk, MONDAY_10 + timedelta(days=3, hours=1))  # Thursday 11:00: the certificate is 40 min late
    reports = desk.services.counter.reports

    monday = reports.daily(desk.counter, MONDAY)
    by_code = {f.service_code: f for f in monday.services}
    assert list(by_code) == ["character_certificate", "fir_copy"]  # catalogue order, only what has figures
    fir = by_code["fir_copy"]
    assert (fir.received, fir.completed) == (3, 3)
    assert fir.median == timedelta(minutes=40) and fir.longest == timedelta(hours=2, minutes=40)
    # fir3 was overdue from 11:20 to 13:00 but done by midnight: Monday ends with nothing overdue
    assert fir.overdue == 0 and monday.overdue == []
    assert (by_code["character_certificate"].received, by_code["character_certificate"].completed) == (1, 0)
    assert by_code["character_certificate"].median is None
    assert (monday.total.received, monday.total.completed, monday.total.overdue) == (4, 3, 0)
    assert monday.total.median == timedelta(minutes=40)
    assert monday.as_at == datetime(2026, 11, 30, 19, 0, tzinfo=UTC)  # midnight in Pakistan

    tuesday = reports.daily(desk.counter, MONDAY + timedelta(days=1))
    assert [(c.service_code, c.status) for c in tuesday.overdue] == [("lost_document_report", Status.RECEIVED)]
    assert tuesday.overdue[0].application_id == lost
    assert tuesday.overdue[0].late_by == timedelta(hours=13)  # due 11:00, the day ends at 24:00
    assert [(f.service_code, f.received, f.completed, f.overdue) for f in tuesday.services] == [
        ("lost_document_report", 1, 0, 1)]

    # Today (Thursday, 11:00): the certificate in verification became overdue at 10:20, judged now.
    today = reports.daily(desk.counter, MONDAY + timedelta(days=3))
    assert today.as_at == desk.clock.now and today.total.received == 0
    assert (today.overdue[0].application_id, today.overdue[0].late_by) == (lost, timedelta(days=2))  # worst first
    late = {c.application_id: c for c in today.overdue}
    assert set(late) == {cc, lost} and late[cc].status is Status.UNDER_VERIFICATION
    assert late[cc].late_by == timedelta(minutes=40)  # received 10:20, due Thursday 10:20
    assert {f.service_code: f.overdue for f in today.services} == {"character_certificate": 1,
                                                                  "lost_document_report": 1}
    # What happened after a past day does not change its report.
    F.make_ready(desk.services, desk.counter, lost)
    assert reports.daily(desk.counter, MONDAY + timedelta(days=1)).overdue[0].application_id == lost
    assert [c.application_id for c in reports.daily(desk.counter, MONDAY + timedelta(days=3)).overdue] == [cc]


def test_a_future_day_and_a_user_without_counter_work_are_refused(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.services.counter.reports.daily(desk.counter, MONDAY + timedelta(days=1))
    assert refused.value.problems[0].message == "The report is for today or an earlier day."
    with pytest.raises(PermissionDenied):
        desk.services.counter.reports.daily(desk.moharrar, MONDAY)
    empty = desk.services.counter.reports.daily(desk.counter, MONDAY)
    assert empty.services == [] and empty.total.received == 0 and empty.as_at == MONDAY_10


def test_durations_read_in_both_languages() -> None:
    assert duration_text(None) == ("-", "-")
    assert duration_text(timedelta(minutes=25, seconds=59)) == ("25 min", "25 منٹ")
    assert duration_text(timedelta(hours=1, minutes=5)) == ("1 h 5 min", "1 گھنٹے 5 منٹ")
    assert duration_text(timedelta(days=2, hours=3, minutes=1)) == ("2 d 3 h", "2 دن 3 گھنٹے")


def test_the_clock_decides_today(desk: Desk) -> None:
    """At 23:59 in Pakistan on Monday (18:59 UTC) Monday is still today: its report runs to now."""
    at(desk, datetime(2026, 11, 30, 18, 59, tzinfo=UTC))
    assert desk.services.counter.reports.daily(desk.counter, MONDAY).as_at == desk.clock.now
    with pytest.raises(ValidationError):
        desk.services.counter.reports.daily(desk.counter, MONDAY + timedelta(days=1))


def test_the_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    spans = [timedelta(minutes=m) for m in (50, 10, 30, 200)]
    assert figures("fir_copy", 4, spans, 0) == ServiceFigures("fir_copy", 4, 4, timedelta(minutes=40),
                                                              timedelta(minutes=200), 0)
