"""Complaints (CMS) in the core with an injected clock: registration with an e-tag in one transaction, every
bad input named, assignment to an officer of the station, the chained history, escalation when overdue
(SHO, then DPO) without waiting, conversion of a cognizable complaint into an FIR that keeps the link both
ways, and a complaint taken up from a counter application."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.complaints.rules import ComplaintDraft, Status
from app.complaints.service import COMPLAINT_REGISTER, EVENT_REGISTER
from app.counter.applications import ApplicationDraft
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.registers.fir_rules import PartyRef
from app.registers.verify import verify_all
from app.security.actor import Actor
from app.security.keystore import FileKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from app.storage.models import AuditRecord, ChainLink, Complaint, ComplaintEvent, Fir, OutboxOp
from tests import factories as F

FRIDAY_10 = datetime(2026, 11, 27, 5, 0, tzinfo=UTC)  # 10:00 in Pakistan, a Friday


@dataclass
class Desk:
    services: Services
    clock: F.Clock
    moharrar: Actor
    sho: Actor
    io: Actor
    counter: Actor
    other_io: Actor  # posted to another station


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    clock = F.Clock(FRIDAY_10)
    services = open_services(tmp_path / "station", FileKeyStore(tmp_path / "key"), clock)
    station = F.first_station(services)
    other = F.first_station(services, 1)
    yield Desk(services, clock, station.moharrar, F.make_actor(services, Role.SHO, station.id, "sho1"),
               F.make_actor(services, Role.INVESTIGATING_OFFICER, station.id, "io1"),
               F.make_actor(services, Role.COUNTER_STAFF, station.id, "counter1"),
               F.make_actor(services, Role.INVESTIGATING_OFFICER, other.id, "io2"))
    services.close()


def draft(**overrides: object) -> ComplaintDraft:
    values: dict[str, object] = dict(
        category="theft", channel="walk_in", complainant=PartyRef(draft=F.complainant()),
        description="My motorcycle was taken from outside the mosque.", place="Jamia Masjid, Model Town",
        occurred_on=date(2026, 11, 26), mobile="0300 1234567", language="en")
    values.update(overrides)
    return ComplaintDraft(**values)  # type: ignore[arg-type]


def sms_texts(services: Services) -> list[str]:
    with services.db.read() as s:
        return [str(o.payload["text"]) for o in s.scalars(select(OutboxOp).where(OutboxOp.entity == "sms")
                                                           .order_by(OutboxOp.id))]


def events(services: Services, complaint_id: int) -> list[tuple[str, int | None]]:
    with services.db.read() as s:
        return [(e.kind, e.level) for e in s.scalars(select(ComplaintEvent).where(
            ComplaintEvent.complaint_id == complaint_id).order_by(ComplaintEvent.id))]


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in exc.value.problems}


# --- registration ------------------------------------------------------------------------------------

def test_registration_gives_an_etag_and_writes_row_chain_audit_outbox_and_sms_at_once(desk: Desk) -> None:
    complaints = desk.services.complaints
    first = complaints.register(desk.moharrar, draft())
    second = complaints.register(desk.counter, draft(complainant=PartyRef(person_id=first.complainant_id)))
    assert first.etag_no.endswith(first.etag_no[-1]) and "-261127-E0001-" in first.etag_no
    assert "-261127-E0002-" in second.etag_no and second.complainant_id == first.complainant_id
    assert first.due_at == FRIDAY_10 + timedelta(hours=24)  # theft: 24 hours promised
    with desk.services.db.read() as s:
        chained = {(c.register, c.record_id) for c in s.scalars(select(ChainLink))}
        assert (COMPLAINT_REGISTER, first.id) in chained
        assert len([c for c in chained if c[0] == EVENT_REGISTER]) == 2  # each "received" event
        assert s.scalar(select(AuditRecord).where(AuditRecord.action == "complaint.register")) is not None
        ops = {(o.entity, o.entity_uid) for o in s.scalars(select(OutboxOp))}
        assert (COMPLAINT_REGISTER, first.uid) in ops
    assert sms_texts(desk.services) == [
        f"Police: your complaint (Theft) is registered. E-tag {c.etag_no}. Action expected by 28-11-2026 10:00."
        for c in (first, second)]
    assert verify_all(desk.services.db) == []


def test_every_bad_input_is_named_and_nothing_is_saved(desk: Desk) -> None:
    complaints = desk.services.complaints
    with pytest.raises(ValidationError) as empty:
        complaints.register(desk.moharrar, ComplaintDraft(channel="fax", language="fr"))
    assert fields_of(empty) == {"category", "channel", "complainant.name_en", "description", "language"}
    with pytest.raises(ValidationError) as bad:
        complaints.register(desk.moharrar, draft(mobile="12345", occurred_on=date(2026, 11, 28),
                                                 description="x" * 4001, tracking_no="PB-1"))
    assert fields_of(bad) == {"mobile", "occurred_on", "description", "tracking_no"}
    assert "03XX-XXXXXXX" in next(p.message for p in bad.value.problems if p.field == "mobile")
    with pytest.raises(ValidationError) as person:
        complaints.register(desk.moharrar, draft(complainant=PartyRef(draft=F.complainant(cnic="123"))))
    assert fields_of(person) == {"complainant.cnic"}
    with desk.services.db.read() as s:
        assert s.scalars(select(Complaint)).all() == []


def test_who_may_register_assign_and_work_a_complaint(desk: Desk) -> None:
    complaints = desk.services.complaints
    with pytest.raises(PermissionDenied):
        complaints.register(desk.io, draft())  # an investigating officer does not man the front desk
    complaint = complaints.register(desk.counter, draft())
    with pytest.raises(PermissionDenied):
        complaints.assign(desk.moharrar, complaint.id, desk.io.user_id)
    for officer in (desk.counter.user_id, desk.other_io.user_id, 9999):
        with pytest.raises(ValidationError) as not_officer:
            complaints.assign(desk.sho, complaint.id, officer)
        assert fields_of(not_officer) == {"officer"}
    with pytest.raises(NotFound):
        complaints.record(desk.other_io, complaint.id)  # another station's complaint does not exist there
    complaints.assign(desk.sho, complaint.id, desk.io.user_id, "Visit the place today")
    with pytest.raises(PermissionDenied):
        complaints.add_progress(desk.moharrar, complaint.id, "not mine to work")
    complaints.add_progress(desk.io, complaint.id, "Visited the place; CCTV asked for")
    with pytest.raises(ValidationError) as no_reason:
        complaints.close(desk.io, complaint.id, "  ")
    assert fields_of(no_reason) == {"note"}
    complaints.close(desk.io, complaint.id, "Motorcycle found parked by a relative; complainant satisfied")
    with pytest.raises(ConflictError):
        complaints.add_progress(desk.sho, complaint.id, "too late")
    record = complaints.record(desk.sho, complaint.id)
    assert record.complaint.status == Status.CLOSED
    assert [(e.kind, e.by.username) for e in record.complaint.events] == [
        ("received", "counter1"), ("assigned", "sho1"), ("progress", "io1"), ("closed", "io1")]
    assert record.complaint.events[1].assignee is not None and record.complaint.events[1].assignee.username == "io1"
    assert sms_texts(desk.services)[1:] == [
        f"Police: complaint {complaint.etag_no} is assigned to Io1.",
        f"Police: complaint {complaint.etag_no} is closed: Motorcycle found parked by a relative; "
        "complainant satisfied"]  # progress notes are internal: no SMS
    assert verify_all(desk.services.db) == []


# --- escalation --------------------------------------------------------------------------------------

def test_overdue_complaints_escalate_to_the_sho_then_the_dpo_by_the_clock(desk: Desk) -> None:
    complaints = desk.services.complaints
    theft = complaints.register(desk.moharrar, draft())  # 24 hours
    fraud = complaints.register(desk.moharrar, draft(category="fraud"))  # 3 working days from a Friday
    closed = complaints.register(desk.moharrar, draft())
    complaints.close(desk.sho, closed.id, "Withdrawn by the complainant")
    assert fraud.due_at == datetime(2026, 12, 2, 5, 0, tzinfo=UTC)  # Wednesday 10:00: the weekend does not count
    desk.clock.now = theft.due_at
    assert complaints.escalate_overdue(desk.moharrar) == []  # due is not yet overdue
    assert not complaints.record(desk.moharrar, theft.id).overdue
    desk.clock.now = theft.due_at + timedelta(minutes=1)
    assert complaints.record(desk.moharrar, theft.id).overdue
    assert [r.etag_no for r in complaints.listing(desk.moharrar, overdue_only=True)] == [theft.etag_no]
    assert complaints.escalate_overdue(desk.moharrar) == [theft.etag_no]
    assert complaints.escalate_overdue(desk.moharrar) == []  # once per level
    desk.clock.now = theft.due_at + timedelta(hours=24, minutes=1)  # one more promised time: the DPO
    assert complaints.escalate_overdue(desk.moharrar) == [theft.etag_no]
    desk.clock.now = fraud.due_at + timedelta(days=30)  # far past both: straight to the DPO, one event
    assert complaints.escalate_overdue(desk.moharrar) == [fraud.etag_no]
    assert events(desk.services, theft.id) == [("received", None), ("escalated", 1), ("escalated", 2)]
    assert events(desk.services, fraud.id) == [("received", None), ("escalated", 2)]
    assert events(desk.services, closed.id) == [("received", None), ("closed", None)]
    assert complaints.record(desk.moharrar, theft.id).complaint.level == 2
    texts = sms_texts(desk.services)
    assert f"Police: complaint {theft.etag_no} is overdue and has been referred to the SHO." in texts
    assert f"Police: complaint {theft.etag_no} is overdue and has been referred to the DPO." in texts
    assert verify_all(desk.services.db) == []


# --- conversion into an FIR ---------------------------------------------------------------------------

def test_a_cognizable_complaint_becomes_an_fir_that_keeps_the_link_both_ways(desk: Desk) -> None:
    complaints = desk.services.complaints
    complaint = complaints.register(desk.counter, draft())
    complaints.assign(desk.sho, complaint.id, desk.io.user_id)
    with pytest.raises(PermissionDenied):
        complaints.fir_draft(desk.counter, complaint.id)  # FIR permissions: counter staff register none
    fir_draft = complaints.fir_draft(desk.moharrar, complaint.id)
    assert fir_draft.complainant == PartyRef(person_id=complaint.complainant_id)
    assert fir_draft.first_information == complaint.description and fir_draft.place == complaint.place
    assert fir_draft.section_ids == [F.section_id(desk.services, "PPC", "379")]
    assert fir_draft.investigating_officer_id == desk.io.user_id
    fir_draft.delay_explanation = "The complainant searched for the motorcycle for a day before coming"
    fir = complaints.convert(desk.moharrar, complaint.id, fir_draft)
    record = complaints.record(desk.moharrar, complaint.id)
    assert record.complaint.status == Status.CONVERTED and record.complaint.fir_id == fir.id
    assert record.fir_number == f"{fir.serial}/{fir.year}"
    assert record.complaint.events[-1].fir_uid == fir.uid
    assert complaints.etag_of_fir(desk.moharrar, fir.id) == complaint.etag_no
    with pytest.raises(ConflictError):
        complaints.convert(desk.moharrar, complaint.id, complaints_draft_again(desk))
    assert sms_texts(desk.services)[-1] == (f"Police: FIR {fir.serial}/{fir.year} is registered on your "
                                            f"complaint {complaint.etag_no}.")
    assert verify_all(desk.services.db) == []


def complaints_draft_again(desk: Desk) -> object:
    return F.fir_draft(desk.services, desk.clock.now)


def test_a_non_cognizable_complaint_is_refused_and_a_failed_fir_leaves_the_complaint_open(desk: Desk) -> None:
    complaints = desk.services.complaints
    dispute = complaints.register(desk.moharrar, draft(category="property_dispute"))
    with pytest.raises(ConflictError) as refused:
        complaints.fir_draft(desk.moharrar, dispute.id)
    assert "not cognizable" in str(refused.value.message) and refused.value.params["category"] == (
        "Land or property dispute")
    with pytest.raises(ConflictError):
        complaints.convert(desk.moharrar, dispute.id, F.fir_draft(desk.services, desk.clock.now))
    theft = complaints.register(desk.moharrar, draft())
    bad = complaints.fir_draft(desk.moharrar, theft.id)  # no time of occurrence: the FIR checks refuse it
    bad.occurred_from = None
    with pytest.raises(ValidationError):
        complaints.convert(desk.moharrar, theft.id, bad)
    with desk.services.db.read() as s:
        assert s.scalars(select(Fir)).all() == []
    assert complaints.record(desk.moharrar, theft.id).complaint.status == Status.RECEIVED


# --- from the counter ------------------------------------------------------------------------------

def test_a_counter_crime_report_is_taken_up_as_one_complaint(desk: Desk) -> None:
    counter = desk.services.counter.applications
    report = counter.receive(desk.counter, ApplicationDraft(
        service_code="crime_report", applicant=F.complainant(), documents=[0], language="ur",
        values={"category": "fraud", "incident_date": "2026-11-26", "incident_place": "Liberty Market",
                "description": "Paid for a phone that never came", "mobile": "0301 7654321"}))
    certificate = counter.receive(desk.counter, ApplicationDraft(
        service_code="character_certificate", applicant_id=report.applicant_id, documents=[0, 1, 2],
        values={"purpose": "visa", "residence_district": "Lahore", "mobile": "0300 1234567"}))
    complaints = desk.services.complaints
    with pytest.raises(ValidationError) as malformed:
        complaints.draft_from_application(desk.counter, "PB-1")
    assert fields_of(malformed) == {"tracking_no"}
    taken = complaints.draft_from_application(desk.counter, report.tracking_no.lower())
    assert (taken.category, taken.complainant, taken.place, taken.occurred_on, taken.mobile, taken.language) == (
        "fraud", PartyRef(person_id=report.applicant_id), "Liberty Market", date(2026, 11, 26), "0301-7654321", "ur")
    complaint = complaints.register(desk.counter, taken)
    assert complaints.record(desk.counter, complaint.id).complaint.application_id == report.id
    for tracking, message in ((report.tracking_no, "already registered"), (certificate.tracking_no, "not a complaint")):
        with pytest.raises(ValidationError) as refused:
            complaints.register(desk.counter, draft(tracking_no=tracking))
        assert fields_of(refused) == {"tracking_no"} and message in refused.value.problems[0].message
