"""Applications at the Khidmat Markaz counter: received for an applicant of the person index, with the
service's fields and documents from the catalogue, then moved along the status timeline to hand-over.

Each write is one transaction: the row, its hash-chain link (register ``application`` for what was
received, ``app_event`` for each status step), the audit record, the outbox operations and the SMS
notice in the applicant's language. Everything time-dependent reads the injected clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from app.clock import format_pkt, iso_utc, now_utc, pkt_date
from app.counter import sms
from app.counter.catalogue import Catalogue, Service
from app.counter.fields import check_values
from app.counter.readiness import require_checks_done
from app.counter.timeline import NEXT, STATUS_NAMES, Status, due_time, is_overdue
from app.counter.tokens import TokenService, station_of
from app.counter.tracking import TrackingNumber
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.persons import PersonDraft, add_person, check_person
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import ApplicationEvent, CounterApplication, Person, PoliceStation
from app.validation import text as tv
from app.validation.cnic import check_cnic
from app.validation.passport import check_passport

APPLICATION_REGISTER = "application"
EVENT_REGISTER = "app_event"
MAX_NOTE = 500

# Who may apply for someone else (domain brief 4.3: a blood relative, or someone the applicant authorised).
AGENT_RELATIONS: dict[str, str] = {
    "father": QT_TRANSLATE_NOOP("core", "Father"),
    "mother": QT_TRANSLATE_NOOP("core", "Mother"),
    "spouse": QT_TRANSLATE_NOOP("core", "Husband or wife"),
    "brother": QT_TRANSLATE_NOOP("core", "Brother"),
    "sister": QT_TRANSLATE_NOOP("core", "Sister"),
    "son": QT_TRANSLATE_NOOP("core", "Son"),
    "daughter": QT_TRANSLATE_NOOP("core", "Daughter"),
    "other_relative": QT_TRANSLATE_NOOP("core", "Other blood relative"),
    "authorised": QT_TRANSLATE_NOOP("core", "Authorised person (authority letter)"),
}


@dataclass
class ApplicationDraft:
    service_code: str = ""
    applicant_id: int | None = None  # someone already in the person index...
    applicant: PersonDraft | None = None  # ...or a new person, added in the same transaction
    agent_name: str = ""  # someone applying on the applicant's behalf
    agent_cnic: str = ""
    agent_relation: str = ""
    values: dict[str, str] = field(default_factory=dict)
    documents: list[int] = field(default_factory=list)  # indices of the catalogue's documents seen
    language: str = "ur"  # of the SMS notices
    token_id: int | None = None


@dataclass(frozen=True)
class ApplicationRecord:
    """An application with its applicant and timeline, and what the clock says about it now."""

    application: CounterApplication
    service: Service
    overdue: bool
    next_steps: tuple[Status, ...]


def application_content(a: CounterApplication) -> dict[str, object]:
    return {
        "uid": a.uid, "tracking_no": a.tracking_no, "service": a.service_code, "applicant": a.applicant.uid,
        "agent": {"name": a.agent_name, "cnic": a.agent_cnic, "relation": a.agent_relation},
        "values": a.values, "documents": a.documents, "fee_pkr": a.fee_pkr, "language": a.language,
        "mobile": a.mobile, "received_at": iso_utc(a.received_at), "due_at": iso_utc(a.due_at),
        "received_by": a.received_by.username,
    }


def event_content(e: ApplicationEvent) -> dict[str, object]:
    return {"uid": e.uid, "application": e.application.uid, "status": e.status, "at": iso_utc(e.at),
            "by": e.by.username, "note": e.note, "rating": e.rating}


APPLICATION_LOAD = (selectinload(CounterApplication.applicant), selectinload(CounterApplication.received_by))
EVENT_LOAD = (selectinload(ApplicationEvent.application), selectinload(ApplicationEvent.by))


def check_draft(service: Service, draft: ApplicationDraft, now: datetime) -> tuple[dict[str, str], PersonDraft | None]:
    """The cleaned field values and new applicant, or ValidationError naming every bad field."""
    problems: list[FieldProblem] = []
    try:
        values = check_values(service, draft.values, pkt_date(now))
    except ValidationError as exc:
        problems.extend(exc.problems)
        values = {}
    applicant = None
    if draft.applicant_id is None and draft.applicant is None:
        problems.append(FieldProblem("applicant", QT_TRANSLATE_NOOP(
            "core", "Find the applicant by CNIC, B-Form or passport number, or enter a new applicant.")))
    elif draft.applicant is not None:
        try:
            applicant = check_person(draft.applicant, "applicant.", pkt_date(now)).draft
        except ValidationError as exc:
            problems.extend(exc.problems)
        if applicant is not None and not (applicant.cnic or applicant.passport):
            problems.append(FieldProblem("applicant.cnic", QT_TRANSLATE_NOOP(
                "core", "An applicant needs a CNIC, B-Form or passport number.")))
    _check_agent(problems, draft)
    known = range(len(service.documents))
    if any(i not in known for i in draft.documents):
        raise ValueError(f"document indices {draft.documents} are not documents of {service.code}")
    if any(doc.required and i not in draft.documents for i, doc in enumerate(service.documents)):
        problems.append(FieldProblem("documents", QT_TRANSLATE_NOOP(
            "core", "Every required document must be seen and ticked before the application is received.")))
    if draft.language not in sms.LANGUAGES:
        problems.append(FieldProblem("language", QT_TRANSLATE_NOOP("core", "Choose Urdu or English.")))
    if problems:
        raise ValidationError(problems)
    return values, applicant


def _check_agent(problems: list[FieldProblem], draft: ApplicationDraft) -> None:
    draft.agent_name, draft.agent_cnic = tv.clean(draft.agent_name), tv.clean(draft.agent_cnic)
    if not (draft.agent_name or draft.agent_cnic or draft.agent_relation):
        return
    tv.check_required(problems, "agent_name", draft.agent_name)
    tv.check_name(problems, "agent_name", draft.agent_name, "any")
    result = check_cnic(draft.agent_cnic)
    if result.error:
        problems.append(FieldProblem("agent_cnic", result.error))
    else:
        draft.agent_cnic = result.value or ""
    if draft.agent_relation not in AGENT_RELATIONS:
        problems.append(FieldProblem("agent_relation", QT_TRANSLATE_NOOP(
            "core", "Choose how the person applying is related to the applicant.")))


class ApplicationService:
    def __init__(self, db: Database, catalogue: Catalogue, tokens: TokenService,
                 clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.catalogue, self.tokens, self.clock = db, catalogue, tokens, clock

    def find_applicant(self, actor: Actor, identifier: str) -> Person | None:
        """The person with this CNIC, B-Form, NICOP or passport number, or None."""
        station_of(actor)
        cnic = check_cnic(identifier)
        passport = check_passport(identifier) if cnic.error else None
        if passport is not None and passport.error:
            raise ValidationError([FieldProblem("identifier", QT_TRANSLATE_NOOP(
                "core", "Enter a CNIC or B-Form number (13 digits) or a passport number."))])
        with self.db.read() as s:
            where: ColumnElement[bool]
            if passport is None:
                where = (Person.cnic == cnic.value) | (Person.nicop == cnic.value)
            else:
                where = Person.passport == passport.value
            person = s.scalars(select(Person).where(where).order_by(Person.id).limit(1)).first()
            if person is not None:
                s.expunge(person)
            return person

    def receive(self, actor: Actor, draft: ApplicationDraft, is_demo: bool = False) -> CounterApplication:
        station_id = station_of(actor)
        try:
            service = self.catalogue.get(draft.service_code)
        except KeyError:
            raise ValidationError([FieldProblem("service", QT_TRANSLATE_NOOP("core", "Choose a service."))]) from None
        now = self.clock()
        values, new_person = check_draft(service, draft, now)
        day = pkt_date(now)
        with self.db.write() as s:
            station = s.get(PoliceStation, station_id)
            assert station is not None
            if new_person is not None:
                applicant = add_person(s, actor, new_person, is_demo)
            elif (found := s.get(Person, draft.applicant_id)) is not None:
                applicant = found
            else:
                raise NotFound()
            seq = self._next_seq(s, station.code, day)
            application = CounterApplication(
                uid=uuid7(), station_id=station_id, tracking_no=str(TrackingNumber(station.code, day, seq)),
                day_seq=seq, service_code=service.code, applicant_id=applicant.id, agent_name=draft.agent_name,
                agent_cnic=draft.agent_cnic, agent_relation=draft.agent_relation, values=values,
                documents=sorted(set(draft.documents)), fee_pkr=service.fee_pkr, language=draft.language,
                mobile=values.get("mobile", ""), token_id=draft.token_id, received_at=now,
                due_at=due_time(now, service.turnaround), received_by_id=actor.user_id,
                status=Status.RECEIVED.value, is_demo=is_demo)
            s.add(application)
            s.flush()
            s.refresh(application, ["applicant", "received_by"])
            record_entry(s, actor, register=APPLICATION_REGISTER, station_id=station_id, record_id=application.id,
                         record_uid=application.uid, content=application_content(application),
                         action="application.receive", target=f"application:{application.tracking_no}")
            self._step(s, actor, application, service, Status.RECEIVED, "", None)
            if draft.token_id is not None:
                self.tokens.mark_served(s, actor, station_id, draft.token_id)
        return application

    def advance(self, actor: Actor, application_id: int, status: Status, note: str = "") -> CounterApplication:
        """The next step of the timeline. Deciding an application sent to the SHO needs the SHO's permission;
        a rejection needs its reason; hand-over goes through ``hand_over`` (it takes the feedback)."""
        note = tv.clean(note)
        problems: list[FieldProblem] = []
        tv.check_length(problems, "note", note, MAX_NOTE)
        if status is Status.REJECTED:
            tv.check_required(problems, "note", note)
        if problems:
            raise ValidationError(problems)
        if status is Status.HANDED_OVER:
            raise ValueError("hand-over takes the applicant's feedback: call hand_over")
        return self._move(actor, application_id, status, note, None)

    def hand_over(self, actor: Actor, application_id: int, rating: int | None, comment: str = "") -> CounterApplication:
        comment = tv.clean(comment)
        problems: list[FieldProblem] = []
        if rating is None or not 1 <= rating <= 5:
            problems.append(FieldProblem("rating", QT_TRANSLATE_NOOP(
                "core", "Ask the applicant to rate the service from 1 (poor) to 5 (excellent).")))
        tv.check_length(problems, "comment", comment, MAX_NOTE)
        if problems:
            raise ValidationError(problems)
        return self._move(actor, application_id, Status.HANDED_OVER, comment, rating)

    def record(self, actor: Actor, application_id: int) -> ApplicationRecord:
        station_id = station_of(actor)
        with self.db.read() as s:
            application = self.load(s, station_id, application_id)
            _ = [(e.by, e.application) for e in application.events]
            s.expunge_all()
        service = self.catalogue.get(application.service_code)
        status = Status(application.status)
        return ApplicationRecord(application, service, is_overdue(status, application.due_at, self.clock()),
                                 NEXT[status])

    def _move(self, actor: Actor, application_id: int, status: Status, note: str,
              rating: int | None) -> CounterApplication:
        station_id = station_of(actor, None)
        with self.db.write() as s:
            application = self.load(s, station_id, application_id)
            self.move(s, actor, application, status, note, rating)
        return application

    def decide(self, actor: Actor, application_id: int, issue: bool, note: str) -> CounterApplication:
        """The SHO's recorded decision on an application sent to the SHO: issue (READY) or refuse (REJECTED),
        either way with a note the file keeps."""
        actor.require(Permission.DECIDE_APPLICATION)
        note = tv.clean(note)
        problems: list[FieldProblem] = []
        tv.check_required(problems, "note", note)
        tv.check_length(problems, "note", note, MAX_NOTE)
        if problems:
            raise ValidationError(problems)
        station_id = station_of(actor, None)
        with self.db.write() as s:
            application = self.load(s, station_id, application_id)
            if application.status != Status.AWAITING_SHO:
                raise ConflictError(QT_TRANSLATE_NOOP("core", "This application is not awaiting the SHO's decision."))
            self.move(s, actor, application, Status.READY if issue else Status.REJECTED, note, None)
        return application

    def move(self, s: Session, actor: Actor, application: CounterApplication, status: Status, note: str,
             rating: int | None) -> None:
        """One step of the timeline inside the caller's transaction, if the timeline and the catalogue allow it."""
        current = Status(application.status)
        if status not in NEXT[current]:
            raise ConflictError(QT_TRANSLATE_NOOP("core", "An application that is \"{now}\" cannot become "
                                                  "\"{next}\"."),
                                now=STATUS_NAMES[current], next=STATUS_NAMES[status])
        # the SHO decides what was sent to the SHO; every other step is counter work
        actor.require(Permission.DECIDE_APPLICATION if current is Status.AWAITING_SHO else Permission.COUNTER_WORK)
        service = self.catalogue.get(application.service_code)
        if status is Status.READY:
            require_checks_done(s, application, service)
        application.status = status.value
        self._step(s, actor, application, service, status, note, rating)

    def load(self, s: Session, station_id: int, application_id: int) -> CounterApplication:
        application = s.scalars(select(CounterApplication).where(CounterApplication.id == application_id)
                                .options(*APPLICATION_LOAD, selectinload(CounterApplication.events))).first()
        if application is None or application.station_id != station_id:
            raise NotFound()
        return application

    def _step(self, s: Session, actor: Actor, application: CounterApplication, service: Service, status: Status,
              note: str, rating: int | None) -> None:
        """One chained timeline event, and the SMS telling the applicant (when there is a number to send to)."""
        event = ApplicationEvent(uid=uuid7(), application_id=application.id, station_id=application.station_id,
                                 status=status.value, at=self.clock(), by_id=actor.user_id, note=note, rating=rating)
        s.add(event)
        s.flush()
        s.refresh(event, ["application", "by"])
        record_entry(s, actor, register=EVENT_REGISTER, station_id=application.station_id, record_id=event.id,
                     record_uid=event.uid, content=event_content(event), action=f"application.{status.value}",
                     target=f"application:{application.tracking_no}")
        if application.mobile:
            text = sms.notice_text(status, application.language, service, application.tracking_no,
                                   format_pkt(application.due_at))
            sms.queue_notice(s, to=application.mobile, language=application.language, text=text,
                             application_uid=application.uid, status=status)

    @staticmethod
    def _next_seq(s: Session, station_code: str, day: date) -> int:
        """One more than the highest number of the day's tracking numbers at this station."""
        prefix = f"{station_code}-{day:%y%m%d}-"
        highest = s.scalar(select(func.max(CounterApplication.day_seq)).where(
            CounterApplication.tracking_no.startswith(prefix, autoescape=True)))
        return (highest or 0) + 1
