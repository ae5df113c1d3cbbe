"""Complaints at the station's front desk (CMS): registered with an e-tag, assigned to an officer of the
station, followed through a chained, append-only history, escalated when overdue, closed with a reason
or converted into an FIR that keeps the link both ways.

Each write is one transaction: the row, its hash-chain link (register ``complaint`` for what was received,
``complaint_event`` for each step), the audit record, the outbox operations and the SMS notice in the
complainant's language. The complaint row's ``status``, ``assigned_to_id``, ``level`` and ``fir_id`` only
cache the latest event. Everything time-dependent reads the injected clock.

A complaint taken at the Khidmat Markaz counter (a crime report, violence-against-women report or request
for protection: services that issue a complaint receipt) is one thing with two records: the counter
application (fee, receipt, the counter's timeline) and, when the station takes it up, a complaint that
names the application by its tracking number (one complaint per application) and starts from its values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.clock import PKT, format_pkt, iso_utc, now_utc, pkt_date
from app.complaints import notices
from app.complaints.categories import Categories, Category
from app.complaints.etag import MARKER, etag, looks_like_etag, parse_etag
from app.complaints.notices import Step
from app.complaints.rules import (
    OPEN,
    ComplaintDraft,
    Status,
    check_draft,
    check_note,
    is_overdue,
    level_due,
)
from app.counter.catalogue import Catalogue
from app.counter.timeline import due_time
from app.counter.tokens import station_of
from app.counter.tracking import parse_tracking
from app.documents.kinds import DocumentKind
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.fir import FirService, fir_number
from app.registers.fir_rules import FirDraft, PartyRef
from app.registers.persons import _escape_like as escape_like
from app.registers.persons import add_person
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.permissions import Permission, Role, allowed
from app.storage.database import Database
from app.storage.models import (
    Complaint,
    ComplaintEvent,
    CounterApplication,
    Fir,
    Law,
    OffenceSection,
    Person,
    PoliceStation,
    User,
)

COMPLAINT_REGISTER = "complaint"
EVENT_REGISTER = "complaint_event"
LIST_LIMIT = 500
# Who a complaint may be assigned to: the station's police officers, not its civilian or admin staff.
OFFICER_ROLES = (Role.SHO, Role.INVESTIGATING_OFFICER, Role.HEAD_MOHARRAR, Role.MOHARRAR)

# Who may see the station's complaints: the front desk, those who assign them, and officers who read registers.
READERS = (Permission.RECEIVE_COMPLAINT, Permission.ASSIGN_COMPLAINT, Permission.VIEW_REGISTERS)

COMPLAINT_LOAD = (selectinload(Complaint.complainant), selectinload(Complaint.received_by),
                  selectinload(Complaint.application))
EVENT_LOAD = (selectinload(ComplaintEvent.complaint), selectinload(ComplaintEvent.by),
              selectinload(ComplaintEvent.assignee))


def own_station(actor: Actor) -> int:
    if not any(allowed(actor.role, p) for p in READERS):
        actor.require(Permission.RECEIVE_COMPLAINT)  # raises, naming what the actor may not do
    return station_of(actor, None)


def complaint_content(c: Complaint) -> dict[str, object]:
    return {
        "uid": c.uid, "etag": c.etag_no, "channel": c.channel, "category": c.category,
        "complainant": c.complainant.uid, "description": c.description, "place": c.place,
        "occurred_on": c.occurred_on.isoformat() if c.occurred_on else None, "mobile": c.mobile,
        "language": c.language, "application": c.application.tracking_no if c.application else None,
        "received_at": iso_utc(c.received_at), "due_at": iso_utc(c.due_at), "received_by": c.received_by.username,
    }


def event_content(e: ComplaintEvent) -> dict[str, object]:
    return {"uid": e.uid, "complaint": e.complaint.uid, "kind": e.kind, "at": iso_utc(e.at), "by": e.by.username,
            "note": e.note, "assignee": e.assignee.username if e.assignee else None, "level": e.level,
            "fir": e.fir_uid}


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    etag_no: str
    received_at: datetime
    category: str
    complainant_en: str
    complainant_ur: str
    assigned_to: str
    status: str
    level: int
    due_at: datetime
    overdue: bool


@dataclass(frozen=True)
class ComplaintRecord:
    """A complaint with its complainant and history, and what the clock says about it now."""

    complaint: Complaint
    category: Category
    overdue: bool
    fir_number: str | None


class ComplaintService:
    def __init__(self, db: Database, categories: Categories, catalogue: Catalogue, firs: FirService,
                 clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.categories, self.catalogue, self.firs, self.clock = db, categories, catalogue, firs, clock

    # --- writes -----------------------------------------------------------------------------------

    def register(self, actor: Actor, draft: ComplaintDraft, is_demo: bool = False) -> Complaint:
        actor.require(Permission.RECEIVE_COMPLAINT)
        station_id = own_station(actor)
        now = self.clock()
        category = check_draft(self.categories, draft, pkt_date(now))
        assert draft.complainant is not None
        with self.db.write() as s:
            station = s.get(PoliceStation, station_id)
            assert station is not None
            application_id = self._application(s, station_id, draft.tracking_no)
            if draft.complainant.draft is not None:
                complainant = add_person(s, actor, draft.complainant.draft, is_demo)
            elif (found := s.get(Person, draft.complainant.person_id)) is not None:
                complainant = found
            else:
                raise NotFound()
            day = pkt_date(now)
            seq = self._next_seq(s, station.code, day)
            complaint = Complaint(
                uid=uuid7(), station_id=station_id, etag_no=str(etag(station.code, day, seq)), day_seq=seq,
                channel=draft.channel, category=category.code, complainant_id=complainant.id,
                description=draft.description, place=draft.place, occurred_on=draft.occurred_on,
                mobile=draft.mobile, language=draft.language, application_id=application_id, received_at=now,
                due_at=due_time(now, category.promised), received_by_id=actor.user_id,
                status=Status.RECEIVED.value, level=0, is_demo=is_demo)
            s.add(complaint)
            s.flush()
            s.refresh(complaint, ["complainant", "received_by", "application"])
            record_entry(s, actor, register=COMPLAINT_REGISTER, station_id=station_id, record_id=complaint.id,
                         record_uid=complaint.uid, content=complaint_content(complaint),
                         action="complaint.register", target=f"complaint:{complaint.etag_no}")
            self._event(s, actor, complaint, Step.RECEIVED, category=self._name(category, complaint.language),
                        due=format_pkt(complaint.due_at))
        return complaint

    def assign(self, actor: Actor, complaint_id: int, officer_id: int, note: str = "") -> Complaint:
        actor.require(Permission.ASSIGN_COMPLAINT)
        note = check_note(note, required=False)
        with self.db.write() as s:
            complaint = self._open(s, own_station(actor), complaint_id)
            officer = s.get(User, officer_id)
            if (officer is None or officer.station_id != complaint.station_id or not officer.active
                    or officer.role not in OFFICER_ROLES):
                raise ValidationError([FieldProblem("officer", QT_TRANSLATE_NOOP(
                    "core", "Choose an officer of this police station."))])
            complaint.assigned_to_id = officer.id
            complaint.status = Status.ASSIGNED.value
            self._event(s, actor, complaint, Step.ASSIGNED, note, assignee_id=officer.id,
                        officer=officer.full_name_ur if complaint.language == "ur" and officer.full_name_ur
                        else officer.full_name)
        return complaint

    def add_progress(self, actor: Actor, complaint_id: int, note: str) -> Complaint:
        """A note of what was done, by the officer it is assigned to or someone who assigns complaints."""
        note = check_note(note, required=True)
        with self.db.write() as s:
            complaint = self._open(s, own_station(actor), complaint_id)
            self._require_handler(actor, complaint)
            complaint.status = Status.IN_PROGRESS.value
            self._event(s, actor, complaint, Step.PROGRESS, note)
        return complaint

    def close(self, actor: Actor, complaint_id: int, reason: str) -> Complaint:
        reason = check_note(reason, required=True)
        with self.db.write() as s:
            complaint = self._open(s, own_station(actor), complaint_id)
            self._require_handler(actor, complaint)
            complaint.status = Status.CLOSED.value
            self._event(s, actor, complaint, Step.CLOSED, reason)
        return complaint

    def escalate_overdue(self, actor: Actor) -> list[str]:
        """Escalate every open complaint of the actor's station that the clock says is overdue past its
        current level; returns their e-tags. Called by the page's timer and its button: any user of the
        station may run it, since what it records follows from the clock alone (the event says who ran it)."""
        station_id = own_station(actor)
        now = self.clock()
        escalated: list[str] = []
        with self.db.write() as s:
            overdue = s.scalars(select(Complaint).where(
                Complaint.station_id == station_id, Complaint.status.in_([st.value for st in OPEN]),
                Complaint.due_at < now).options(*COMPLAINT_LOAD)).all()
            for complaint in overdue:
                level = level_due(complaint.status, complaint.due_at, self.categories.get(complaint.category), now)
                if level > complaint.level:
                    complaint.level = level
                    self._event(s, actor, complaint, Step.ESCALATED, level=level,
                                rank=notices.LEVELS[level][complaint.language])
                    escalated.append(complaint.etag_no)
        return escalated

    def fir_draft(self, actor: Actor, complaint_id: int) -> FirDraft:
        """The FIR form's starting point for converting this complaint, or a clear refusal."""
        actor.require(Permission.REGISTER_FIR)
        with self.db.read() as s:
            complaint = self._convertible(s, own_station(actor), complaint_id)
            category = self.categories.get(complaint.category)
            wanted = [(law, section) for law, section in category.sections]
            ids = {(law, sec): sid for sid, law, sec in s.execute(
                select(OffenceSection.id, Law.code, OffenceSection.section).join(Law)
                .where(OffenceSection.section.in_([sec for _, sec in wanted])))}
            occurred = complaint.occurred_on
            return FirDraft(
                occurred_from=datetime.combine(occurred, time(), PKT) if occurred else None,
                reported_at=self.clock(), place=complaint.place,
                complainant=PartyRef(person_id=complaint.complainant_id),
                section_ids=[ids[w] for w in wanted if w in ids], first_information=complaint.description,
                investigating_officer_id=complaint.assigned_to_id)

    def convert(self, actor: Actor, complaint_id: int, draft: FirDraft, is_demo: bool = False) -> Fir:
        """Register an FIR on a cognizable complaint through the FIR service (its permission and checks) and,
        in the same transaction, mark the complaint converted with the FIR's uid in its chained history."""
        station_id = own_station(actor)
        with self.db.read() as s:
            self._convertible(s, station_id, complaint_id)

        def link(s: Session, fir: Fir) -> None:
            complaint = self._convertible(s, station_id, complaint_id)  # again, inside the write lock
            complaint.fir_id = fir.id
            complaint.status = Status.CONVERTED.value
            self._event(s, actor, complaint, Step.CONVERTED, f"FIR {fir_number(fir)}", fir_uid=fir.uid,
                        fir=fir_number(fir))

        return self.firs.register(actor, draft, is_demo, then=link)

    # --- reads ----------------------------------------------------------------------------------

    def listing(self, actor: Actor, text: str = "", overdue_only: bool = False) -> list[ComplaintRow]:
        """The station's complaints, newest first; ``text`` an e-tag or part of a name or description."""
        station_id = own_station(actor)
        now = self.clock()
        query = (select(Complaint.id, Complaint.etag_no, Complaint.received_at, Complaint.category, Person.name_en,
                        Person.name_ur, User.full_name, Complaint.status, Complaint.level, Complaint.due_at)
                 .join(Person, Person.id == Complaint.complainant_id)
                 .outerjoin(User, User.id == Complaint.assigned_to_id)
                 .where(Complaint.station_id == station_id))
        text = text.strip()
        if text and looks_like_etag(text):
            query = query.where(Complaint.etag_no == str(parse_etag(text)))
        elif text:
            like = f"%{escape_like(text)}%"
            query = query.where(or_(Person.name_en.ilike(like, escape="\\"), Person.name_ur.like(like, escape="\\"),
                                    Person.cnic.like(like, escape="\\"),
                                    Complaint.description.like(like, escape="\\")))
        if overdue_only:
            query = query.where(Complaint.status.in_([st.value for st in OPEN]), Complaint.due_at < now)
        with self.db.read() as s:
            rows = s.execute(query.order_by(Complaint.id.desc()).limit(LIST_LIMIT)).all()
        return [ComplaintRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], r[9],
                             is_overdue(r[7], r[9], now)) for r in rows]

    def record(self, actor: Actor, complaint_id: int) -> ComplaintRecord:
        with self.db.read() as s:
            complaint = self._load(s, own_station(actor), complaint_id)
            _ = (complaint.assigned_to, complaint.fir, [(e.by, e.assignee) for e in complaint.events])
            number = fir_number(complaint.fir) if complaint.fir else None
            s.expunge_all()
        return ComplaintRecord(complaint, self.categories.get(complaint.category),
                               is_overdue(complaint.status, complaint.due_at, self.clock()), number)

    def etag_of_fir(self, actor: Actor, fir_root_id: int) -> str | None:
        """The e-tag of the complaint an FIR was registered on (its entries share the first one's id)."""
        with self.db.read() as s:
            return s.scalar(select(Complaint.etag_no).where(Complaint.fir_id == fir_root_id,
                                                            Complaint.station_id == own_station(actor)))

    def draft_from_application(self, actor: Actor, tracking_no: str) -> ComplaintDraft:
        """A complaint draft from a counter application that issues a complaint receipt."""
        station_id = own_station(actor)
        draft = ComplaintDraft()
        with self.db.read() as s:
            application = s.get(CounterApplication, self._application(s, station_id, str(parse_tracking(tracking_no))))
            assert application is not None
            values = application.values
            category = self.categories.for_application(application.service_code, values)
            draft.tracking_no = application.tracking_no
            draft.category = category.code if category else "other"
            draft.complainant = PartyRef(person_id=application.applicant_id)
            draft.description = values.get("description") or values.get("request", "")
            draft.place = values.get("incident_place", "")
            draft.occurred_on = date.fromisoformat(values["incident_date"]) if values.get("incident_date") else None
            draft.mobile, draft.language = application.mobile, application.language
        return draft

    # --- helpers --------------------------------------------------------------------------------

    def _application(self, s: Session, station_id: int, tracking_no: str) -> int | None:
        """The id of the counter application a complaint names, checked: this station's, a service that
        issues a complaint receipt, and not already taken up as a complaint."""
        if not tracking_no:
            return None
        application = s.scalars(select(CounterApplication).where(
            CounterApplication.tracking_no == tracking_no, CounterApplication.station_id == station_id)).first()
        problem = None
        if application is None:
            problem = QT_TRANSLATE_NOOP("core", "No application of this station has this tracking number.")
        elif self.catalogue.get(application.service_code).issues is not DocumentKind.COMPLAINT_RECEIPT:
            problem = QT_TRANSLATE_NOOP("core", "This application is not a complaint (crime report, "
                                        "violence-against-women report or request for protection).")
        elif s.scalar(select(Complaint.etag_no).where(Complaint.application_id == application.id)):
            problem = QT_TRANSLATE_NOOP("core", "A complaint is already registered on this application.")
        if problem is not None:
            raise ValidationError([FieldProblem("tracking_no", problem)])
        assert application is not None
        return application.id

    def _load(self, s: Session, station_id: int, complaint_id: int) -> Complaint:
        complaint = s.scalars(select(Complaint).where(Complaint.id == complaint_id)
                              .options(*COMPLAINT_LOAD, selectinload(Complaint.events))).first()
        if complaint is None or complaint.station_id != station_id:
            raise NotFound()
        return complaint

    def _open(self, s: Session, station_id: int, complaint_id: int) -> Complaint:
        complaint = self._load(s, station_id, complaint_id)
        if complaint.status not in OPEN:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "core", "Complaint {etag} is closed or converted into an FIR; it can no longer be changed."),
                                etag=complaint.etag_no)
        return complaint

    def _convertible(self, s: Session, station_id: int, complaint_id: int) -> Complaint:
        complaint = self._open(s, station_id, complaint_id)
        category = self.categories.get(complaint.category)
        if not category.cognizable:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "core", "A complaint of \"{category}\" is not cognizable: no FIR can be registered on it. "
                "Record the action taken and close it."),
                                category=category.name_en)
        return complaint

    @staticmethod
    def _require_handler(actor: Actor, complaint: Complaint) -> None:
        if complaint.assigned_to_id != actor.user_id:
            actor.require(Permission.ASSIGN_COMPLAINT)

    def _name(self, category: Category, language: str) -> str:
        return category.name_ur if language == "ur" else category.name_en

    def _event(self, s: Session, actor: Actor, complaint: Complaint, step: Step, note: str = "", *,
               assignee_id: int | None = None, level: int | None = None, fir_uid: str | None = None,
               **sms_values: str) -> None:
        """One chained history event, and the SMS telling the complainant (progress notes send none)."""
        event = ComplaintEvent(uid=uuid7(), complaint_id=complaint.id, station_id=complaint.station_id,
                               kind=step.value, at=self.clock(), by_id=actor.user_id, note=note,
                               assignee_id=assignee_id, level=level, fir_uid=fir_uid)
        s.add(event)
        s.flush()
        s.refresh(event, ["complaint", "by", "assignee"])
        record_entry(s, actor, register=EVENT_REGISTER, station_id=complaint.station_id, record_id=event.id,
                     record_uid=event.uid, content=event_content(event), action=f"complaint.{step.value}",
                     target=f"complaint:{complaint.etag_no}")
        notices.queue(s, step, to=complaint.mobile, language=complaint.language, complaint_uid=complaint.uid,
                      etag=complaint.etag_no, note=note, **sms_values)

    @staticmethod
    def _next_seq(s: Session, station_code: str, day: date) -> int:
        """One more than the highest number of the day's e-tags at this station."""
        prefix = f"{station_code}-{day:%y%m%d}-{MARKER}"
        highest = s.scalar(select(func.max(Complaint.day_seq)).where(
            Complaint.etag_no.startswith(prefix, autoescape=True)))
        return (highest or 0) + 1
