"""The counter's core with an injected clock: tokens, applications, the timeline, SMS notices, the list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.counter.applications import ApplicationDraft
from app.counter.listing import OPEN_SQL, ListFilter
from app.counter.timeline import OPEN, Status
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.registers.persons import PersonDraft
from app.registers.verify import verify_all
from app.security.actor import Actor
from app.security.keystore import FileKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from app.storage.models import (
    ApplicationEvent,
    AuditRecord,
    CounterApplication,
    CounterToken,
    CounterTokenEvent,
    OutboxOp,
)
from tests import factories as F

MONDAY_10 = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)  # 10:00 in Pakistan, a Monday


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY_10

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Desk:
    services: Services
    clock: Clock
    counter: Actor
    sho: Actor
    moharrar: Actor


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    clock = Clock()
    services = open_services(tmp_path / "station", FileKeyStore(tmp_path / "key"), clock)
    station = F.first_station(services)
    yield Desk(services, clock, F.make_actor(services, Role.COUNTER_STAFF, station.id, "counter1"),
               F.make_actor(services, Role.SHO, station.id, "sho1"), station.moharrar)
    services.close()


def certificate(**overrides: object) -> ApplicationDraft:
    draft = ApplicationDraft(
        service_code="character_certificate",
        applicant=PersonDraft(name_en="Bilal Ahmed", relation="s/o", relative_name_en="Ahmed Din",
                              cnic="35202-1234567-1"),
        values={"purpose": "visa", "residence_district": "Lahore", "mobile": "0300 1234567"},
        documents=[0, 1, 2], language="ur")
    for name, value in overrides.items():
        setattr(draft, name, value)
    return draft


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in exc.value.problems}


# --- tokens -----------------------------------------------------------------------------------------

def test_tokens_are_numbered_per_service_per_day_and_called_in_order(desk: Desk) -> None:
    tokens = desk.services.counter.tokens
    first = tokens.issue(desk.counter, "character_certificate")
    other = tokens.issue(desk.counter, "fir_copy")
    second = tokens.issue(desk.counter, "character_certificate")
    assert (first.label, other.label, second.label) == ("CC-001", "FC-001", "CC-002")
    desk.clock.now += timedelta(days=1)
    assert tokens.issue(desk.counter, "character_certificate").label == "CC-001"  # a new day starts again
    desk.clock.now -= timedelta(days=1)
    assert tokens.call_next(desk.counter, 1).label == "CC-001"
    assert tokens.call_next(desk.counter, 2, ["character_certificate"]).label == "CC-002"
    board = tokens.board(desk.counter)
    assert [(c.counter_no, c.label) for c in board.called] == [(1, "CC-001"), (2, "CC-002")]
    assert board.waiting == ["FC-001"] and board.waiting_count == 1
    assert tokens.call_next(desk.counter, 1).label == "FC-001"  # CC-001 is served: counter 1 moved on
    with pytest.raises(ConflictError):
        tokens.call_next(desk.counter, 1)


def test_skip_and_recall(desk: Desk) -> None:
    tokens = desk.services.counter.tokens
    tokens.issue(desk.counter, "tenant_registration")
    called = tokens.call_next(desk.counter, 3)
    with pytest.raises(ConflictError):
        tokens.recall(desk.counter, tokens.issue(desk.counter, "fir_copy").id, 3)  # still waiting
    assert tokens.skip(desk.counter, called.id).status == "skipped"
    assert tokens.board(desk.counter).called == []
    again = tokens.recall(desk.counter, called.id, 4)
    assert (again.status, again.counter_no, again.calls) == ("called", 4, 2)


def test_each_token_change_is_a_chained_event_and_a_changed_token_is_found(desk: Desk) -> None:
    tokens = desk.services.counter.tokens
    token = tokens.issue(desk.counter, "character_certificate")
    tokens.skip(desk.counter, tokens.call_next(desk.counter, 2).id)
    with desk.services.db.read() as s:
        events = [(e.action, e.status, e.counter_no) for e in s.scalars(select(CounterTokenEvent)
                                                                         .order_by(CounterTokenEvent.id))]
        ops = [(o.entity, o.payload["chain"]["position"]) for o in s.scalars(  # type: ignore[index]
            select(OutboxOp).where(OutboxOp.entity == "token_event").order_by(OutboxOp.id))]
    assert events == [("issue", "waiting", None), ("call", "called", 2), ("skip", "skipped", 2)]
    assert ops == [("token_event", 1), ("token_event", 2), ("token_event", 3)]
    assert verify_all(desk.services.db) == []
    for column, value in (("label", "CC-009"), ("status", "served"), ("counter_no", 5)):
        with desk.services.db.write() as s:
            row = s.get(CounterToken, token.id)
            assert row is not None
            original = getattr(row, column)
            setattr(row, column, value)
        problems = verify_all(desk.services.db)
        assert [p.register for p in problems] == ["token_event"] and "CC-00" in str(problems[0]), column
        with desk.services.db.write() as s:
            setattr(s.get(CounterToken, token.id), column, original)
    with desk.services.db.write() as s:  # an event removed from the register
        s.delete(s.scalars(select(CounterTokenEvent).order_by(CounterTokenEvent.id.desc())).first())
    problems = verify_all(desk.services.db)
    assert {p.register for p in problems} == {"token_event"} and "was deleted" in str(problems[0])


def test_token_input_is_checked(desk: Desk) -> None:
    tokens = desk.services.counter.tokens
    with pytest.raises(ValidationError) as bad_service:
        tokens.issue(desk.counter, "no_such_service")
    assert fields_of(bad_service) == {"service"}
    tokens.issue(desk.counter, "fir_copy")
    for counter_no in (0, 100):
        with pytest.raises(ValidationError) as bad_counter:
            tokens.call_next(desk.counter, counter_no)
        assert fields_of(bad_counter) == {"counter_no"}
    with pytest.raises(PermissionDenied):
        tokens.issue(desk.moharrar, "fir_copy")


# --- applications -------------------------------------------------------------------------------------

def test_receive_writes_row_chain_audit_outbox_and_an_urdu_sms_in_one_go(desk: Desk) -> None:
    token = desk.services.counter.tokens.issue(desk.counter, "character_certificate")
    application = desk.services.counter.applications.receive(desk.counter, certificate(token_id=token.id))
    assert application.tracking_no == "PB-LHR-MTN-261130-0001-" + application.tracking_no[-1]
    # 3 working days from Monday 10:00: Thursday 10:00 Pakistan time
    assert application.due_at == datetime(2026, 12, 3, 5, 0, tzinfo=UTC)
    assert (application.fee_pkr, application.mobile) == (500, "0300-1234567")
    with desk.services.db.read() as s:
        entities = [(o.entity, o.op) for o in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]
        sms = s.scalars(select(OutboxOp).where(OutboxOp.entity == "sms")).one().payload
        actions = set(s.scalars(select(AuditRecord.action)))
    assert ("person", "upsert") in entities and ("application", "append") in entities
    assert ("app_event", "append") in entities and ("token_event", "append") in entities
    assert sms["to"] == "0300-1234567" and sms["language"] == "ur"
    assert application.tracking_no in str(sms["text"]) and "پولیس خدمت مرکز" in str(sms["text"])
    assert {"application.receive", "application.received", "token.served"} <= actions
    assert verify_all(desk.services.db) == []
    second = desk.services.counter.applications.receive(desk.counter, certificate(language="en"))
    assert second.tracking_no.startswith("PB-LHR-MTN-261130-0002-")
    assert second.applicant_id == application.applicant_id  # the same CNIC is the same person


def test_a_changed_application_breaks_its_chain(desk: Desk) -> None:
    application = desk.services.counter.applications.receive(desk.counter, certificate())
    with desk.services.db.write() as s:
        s.get(CounterApplication, application.id).values = {"purpose": "study"}  # type: ignore[union-attr]
    assert [p.register for p in verify_all(desk.services.db)] == ["application"]


def test_every_bad_input_is_named(desk: Desk) -> None:
    applications = desk.services.counter.applications
    with pytest.raises(ValidationError) as missing:
        applications.receive(desk.counter, ApplicationDraft(service_code="character_certificate"))
    assert fields_of(missing) == {"purpose", "residence_district", "mobile", "applicant", "documents"}
    with pytest.raises(ValidationError) as bad:
        applications.receive(desk.counter, certificate(
            values={"purpose": "tourism", "residence_district": "Lahore", "mobile": "12345"},
            agent_name="Ahmed Din", agent_cnic="123", agent_relation="cousin", language="fr",
            applicant=PersonDraft(name_en="Bilal")))
    assert fields_of(bad) == {"purpose", "mobile", "agent_cnic", "agent_relation", "language", "applicant.cnic"}
    with pytest.raises(ValidationError) as service:
        applications.receive(desk.counter, certificate(service_code="unknown"))
    assert fields_of(service) == {"service"}
    with pytest.raises(ValidationError) as identifier:
        applications.find_applicant(desk.counter, "not a number")
    assert fields_of(identifier) == {"identifier"}


def test_someone_applying_on_the_applicants_behalf(desk: Desk) -> None:
    application = desk.services.counter.applications.receive(desk.counter, certificate(
        agent_name="Ahmed Din", agent_cnic="3520298765431", agent_relation="father"))
    assert (application.agent_cnic, application.agent_relation) == ("35202-9876543-1", "father")
    found = desk.services.counter.applications.find_applicant(desk.counter, "3520212345671")
    assert found is not None and found.id == application.applicant_id
    assert desk.services.counter.listing.search(desk.counter, "35202-9876543-1") == [application.id]


def licence_renewal(**overrides: object) -> ApplicationDraft:
    """A driving licence renewal: a service without record checks, so its timeline is the clerk's to move."""
    return certificate(service_code="driving_licence", documents=[0, 1], language="en",
                       values={"licence_service": "renewal", "vehicle_class": "car", "licence_number": "LHR-0412",
                               "mobile": "03001234567"}, **overrides)


def test_timeline_to_hand_over_with_feedback(desk: Desk) -> None:
    applications = desk.services.counter.applications
    application = applications.receive(desk.counter, licence_renewal())
    applications.advance(desk.counter, application.id, Status.UNDER_VERIFICATION)
    applications.advance(desk.counter, application.id, Status.AWAITING_SHO)
    with pytest.raises(PermissionDenied):  # the counter cannot decide for the SHO
        applications.advance(desk.counter, application.id, Status.READY)
    with pytest.raises(ConflictError):  # not ready yet
        applications.hand_over(desk.counter, application.id, 5)
    applications.advance(desk.sho, application.id, Status.READY)  # the SHO's recorded decision
    with pytest.raises(PermissionDenied):  # handing over is the counter's work
        applications.hand_over(desk.sho, application.id, 5)
    with pytest.raises(ValidationError) as rating:
        applications.hand_over(desk.counter, application.id, 6)
    assert fields_of(rating) == {"rating"}
    applications.hand_over(desk.counter, application.id, 5)
    record = applications.record(desk.counter, application.id)
    assert [(e.status, e.by.username) for e in record.application.events] == [
        ("received", "counter1"), ("under_verification", "counter1"), ("awaiting_sho", "counter1"),
        ("ready", "sho1"), ("handed_over", "counter1")]
    assert record.next_steps == () and not record.overdue


def test_rejection_needs_a_reason(desk: Desk) -> None:
    applications = desk.services.counter.applications
    application = applications.receive(desk.counter, certificate())
    with pytest.raises(ValidationError) as reason:
        applications.advance(desk.counter, application.id, Status.REJECTED, "  ")
    assert fields_of(reason) == {"note"}
    applications.advance(desk.counter, application.id, Status.REJECTED, "Affidavit not attested")
    with pytest.raises(ConflictError):
        applications.advance(desk.counter, application.id, Status.READY)


def test_hand_over_records_the_feedback_and_tells_the_applicant(desk: Desk) -> None:
    applications = desk.services.counter.applications
    application = applications.receive(desk.counter, licence_renewal())
    applications.advance(desk.counter, application.id, Status.READY)
    applications.hand_over(desk.counter, application.id, 4, "Quick service")
    with desk.services.db.read() as s:
        last = s.execute(select(ApplicationEvent.status, ApplicationEvent.rating, ApplicationEvent.note)
                         .order_by(ApplicationEvent.id.desc())).first()
        texts = [o.payload["text"] for o in s.scalars(select(OutboxOp).where(OutboxOp.entity == "sms"))]
    assert last is not None and tuple(last) == ("handed_over", 4, "Quick service")
    assert len(texts) == 3 and "is handed over" in str(texts[-1])
    assert verify_all(desk.services.db) == []


def test_due_time_and_overdue_follow_the_clock(desk: Desk) -> None:
    applications, listing = desk.services.counter.applications, desk.services.counter.listing
    desk.clock.now = datetime(2026, 12, 4, 11, 0, tzinfo=UTC)  # Friday 16:00 in Pakistan
    application = applications.receive(desk.counter, certificate())
    assert application.due_at == datetime(2026, 12, 9, 11, 0, tzinfo=UTC)  # Wednesday: the weekend does not count
    medico_legal = applications.receive(desk.counter, certificate(
        service_code="medico_legal", documents=[],
        values={"injured_name": "Bilal Ahmed", "incident_date": "2026-12-04", "hospital": "Services Hospital"}))
    assert medico_legal.due_at == desk.clock.now + timedelta(hours=24)
    overdue = ListFilter(overdue_only=True)
    assert listing.count(desk.counter, overdue) == 0
    desk.clock.now += timedelta(hours=24, seconds=1)
    assert [r.tracking_no for r in listing.page(desk.counter, overdue, 0, 10)] == [medico_legal.tracking_no]
    assert applications.record(desk.counter, medico_legal.id).overdue
    assert not applications.record(desk.counter, application.id).overdue
    applications.advance(desk.counter, medico_legal.id, Status.READY)  # ready: the promise is kept
    assert listing.count(desk.counter, overdue) == 0
    assert not applications.record(desk.counter, medico_legal.id).overdue
    desk.clock.now = datetime(2026, 12, 9, 11, 0, 1, tzinfo=UTC)
    assert listing.count(desk.counter, overdue) == 1
    assert listing.count(desk.counter, ListFilter(status=Status.READY)) == 1
    assert listing.count(desk.counter, ListFilter()) == 2


def test_list_pages_and_searches(desk: Desk) -> None:
    applications, listing = desk.services.counter.applications, desk.services.counter.listing
    made = [applications.receive(desk.counter, certificate()) for _ in range(5)]
    rows = listing.page(desk.counter, ListFilter(), 0, 3) + listing.page(desk.counter, ListFilter(), 3, 3)
    assert [r.id for r in rows] == [a.id for a in reversed(made)]
    assert listing.search(desk.counter, made[2].tracking_no.lower()) == [made[2].id]
    assert len(listing.search(desk.counter, "35202 1234567 1")) == 5
    assert listing.rows(desk.counter, [made[1].id])[0].tracking_no == made[1].tracking_no
    mistyped = made[2].tracking_no[:-1] + ("A" if made[2].tracking_no[-1] != "A" else "B")
    for text in (mistyped, "hello"):
        with pytest.raises(ValidationError):
            listing.search(desk.counter, text)


def test_the_lists_open_statuses_are_the_timelines() -> None:
    assert OPEN_SQL == "a.status IN (" + ", ".join(f"'{s.value}'" for s in OPEN) + ")"
