"""The verification step of an application, and what the SHO sees to decide one (Qt-free).

``verify`` runs the service's record checks (its hook module's ``verify``), adds what a fingerprint search
made at the counter answered (red or yellow: a hit naming each candidate record; green: clear), records
every finding as a chained ``app_finding`` entry, and moves the application on in the same transaction:
to the SHO when anything hit, else ready. The checks look; the SHO decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.clock import iso_utc
from app.counter.applications import APPLICATION_LOAD, ApplicationService
from app.counter.catalogue import Service
from app.counter.findings import Finding
from app.counter.record_checks import CATEGORY_TEXT
from app.counter.timeline import Status
from app.counter.tokens import station_of
from app.errors import ConflictError, FieldProblem, ValidationError
from app.fingerprints.identification import Outcome, Purpose
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.models import (
    ApplicationFinding,
    CounterApplication,
    CroRecord,
    IdentificationCheck,
    WantedPerson,
)

FINDING_REGISTER = "app_finding"
FINGERPRINT_CHECK = "cro_fingerprint"
FINGERPRINT_CLEAR = ("Fingerprint: no record at this station matches the applicant's finger",
                     "انگلی کا نشان: اس تھانے کے کسی ریکارڈ سے نہیں ملا")
VERIFIABLE = (Status.RECEIVED, Status.UNDER_VERIFICATION)


def finding_content(f: ApplicationFinding) -> dict[str, object]:
    return {"uid": f.uid, "application": f.application.uid, "source": f.source, "hit": f.hit, "en": f.text_en,
            "ur": f.text_ur, "record": f.record_uid, "check": f.check_uid, "at": iso_utc(f.at),
            "by": f.by.username}


FINDING_LOAD = (selectinload(ApplicationFinding.application), selectinload(ApplicationFinding.by))


@dataclass(frozen=True)
class RecordShown:
    """The record a hit names, as the SHO compares it with the applicant."""

    uid: str
    name: str
    cnic: str
    category: str
    reason: str
    photo: bytes | None  # a wanted-list entry's photo is a blob fetched apart: None here


@dataclass(frozen=True)
class Case:
    """An application awaiting the SHO: what was applied for, what the checks found, the records named."""

    application: CounterApplication
    service: Service
    findings: list[ApplicationFinding]
    records: dict[str, RecordShown]


def findings_of(s: Session, application_id: int) -> list[ApplicationFinding]:
    return list(s.scalars(select(ApplicationFinding).where(ApplicationFinding.application_id == application_id)
                          .order_by(ApplicationFinding.id)))


class VerificationService:
    def __init__(self, applications: ApplicationService) -> None:
        self.applications = applications

    def verify(self, actor: Actor, application_id: int, fingerprint_check_uid: str | None = None) -> CounterApplication:
        """Record the findings and move the application to the SHO (a hit) or to ready (all clear)."""
        station_id = station_of(actor)
        applications = self.applications
        with applications.db.write() as s:
            application = applications.load(s, station_id, application_id)
            if Status(application.status) not in VERIFIABLE:
                raise ConflictError(QT_TRANSLATE_NOOP("core", "This application has already been verified."))
            service = applications.catalogue.get(application.service_code)
            if service.fingerprint_check and not fingerprint_check_uid:
                raise ValidationError([FieldProblem("fingerprint", QT_TRANSLATE_NOOP(
                    "core", "Take the applicant's fingerprint first: this service needs it searched."))])
            findings = service.verifier(s, application) if service.verifier is not None else []
            if fingerprint_check_uid:
                findings += fingerprint_findings(s, station_id, fingerprint_check_uid)
            for finding in findings:
                self._record(s, actor, application, finding, fingerprint_check_uid or "")
            if application.status == Status.RECEIVED:
                applications.move(s, actor, application, Status.UNDER_VERIFICATION, "", None)
            hit = any(f.hit for f in findings)
            applications.move(s, actor, application, Status.AWAITING_SHO if hit else Status.READY, "", None)
        return application

    def findings(self, actor: Actor, application_id: int) -> list[ApplicationFinding]:
        station_id = station_of(actor, None)
        with self.applications.db.read() as s:
            self.applications.load(s, station_id, application_id)
            found = findings_of(s, application_id)
            s.expunge_all()
        return found

    def awaiting_decision(self, actor: Actor) -> list[Case]:
        """The station's applications awaiting the SHO, oldest first, with their findings and records."""
        actor.require(Permission.DECIDE_APPLICATION)
        station_id = station_of(actor, None)
        with self.applications.db.read() as s:
            waiting = list(s.scalars(select(CounterApplication).where(
                CounterApplication.station_id == station_id, CounterApplication.status == Status.AWAITING_SHO)
                .options(*APPLICATION_LOAD).order_by(CounterApplication.received_at, CounterApplication.id)))
            cases = []
            for application in waiting:
                findings = findings_of(s, application.id)
                records = records_shown(s, {f.record_uid for f in findings if f.record_uid})
                cases.append(Case(application, self.applications.catalogue.get(application.service_code),
                                  findings, records))
            s.expunge_all()
        return cases

    def _record(self, s: Session, actor: Actor, application: CounterApplication, finding: Finding,
                check_uid: str) -> None:
        row = ApplicationFinding(
            uid=uuid7(), application_id=application.id, station_id=application.station_id, source=finding.source,
            hit=finding.hit, text_en=finding.en, text_ur=finding.ur, record_uid=finding.record_uid,
            check_uid=check_uid if finding.source == FINGERPRINT_CHECK else "", at=self.applications.clock(),
            by_id=actor.user_id)
        s.add(row)
        s.flush()
        s.refresh(row, ["application", "by"])
        record_entry(s, actor, register=FINDING_REGISTER, station_id=application.station_id, record_id=row.id,
                     record_uid=row.uid, content=finding_content(row), action="application.finding",
                     target=f"application:{application.tracking_no}")


def fingerprint_findings(s: Session, station_id: int, check_uid: str) -> list[Finding]:
    """What a counter fingerprint search of this station answered: a hit per candidate, or one clear line."""
    check = s.scalars(select(IdentificationCheck).where(IdentificationCheck.uid == check_uid)).first()
    if check is None or check.station_id != station_id or check.purpose != Purpose.COUNTER:
        raise ConflictError(QT_TRANSLATE_NOOP("core", "That fingerprint search was not made at this counter."))
    used = s.scalar(select(ApplicationFinding.id).where(ApplicationFinding.check_uid == check_uid).limit(1))
    if used is not None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "core", "That fingerprint search belongs to another application: take the applicant's finger again."))
    if check.outcome == Outcome.GREEN:
        return [Finding(FINGERPRINT_CHECK, False, *FINGERPRINT_CLEAR)]
    level_en, level_ur = {Outcome.RED: ("probable match", "غالب امکان"),
                          Outcome.YELLOW: ("possible match", "ممکنہ مماثلت")}[Outcome(check.outcome)]
    records = records_shown(s, {str(c["record_uid"]) for c in check.candidates})
    findings = []
    for candidate in check.candidates:
        record = records.get(str(candidate["record_uid"]))
        if record is None:
            continue  # withdrawn since the search
        category_en, category_ur = CATEGORY_TEXT.get(record.category, (record.category, record.category))
        findings.append(Finding(
            FINGERPRINT_CHECK, True, f"Fingerprint, {level_en}: {category_en}: {record.name}: {record.reason}",
            f"انگلی کا نشان، {level_ur}: {category_ur}: {record.name}: {record.reason}", record.uid))
    return findings or [Finding(FINGERPRINT_CHECK, False, *FINGERPRINT_CLEAR)]


def records_shown(s: Session, uids: set[str]) -> dict[str, RecordShown]:
    """The CRO records and wanted-list entries with these uids, as the SHO sees them."""
    shown: dict[str, RecordShown] = {}
    for r in s.scalars(select(CroRecord).where(CroRecord.uid.in_(uids)).options(selectinload(CroRecord.person))):
        shown[r.uid] = RecordShown(r.uid, r.person.name_en or r.person.name_ur, r.person.cnic or "", r.category,
                                   r.reason, r.photo)
    for w in s.scalars(select(WantedPerson).where(WantedPerson.uid.in_(uids))):
        shown[w.uid] = RecordShown(w.uid, w.name_en or w.name_ur, w.cnic, w.category, w.reason, None)
    return shown
