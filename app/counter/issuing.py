"""Issuing the signed document of a ready application, for every service alike (Qt-free).

The catalogue entry names the kind (``Service.issues``); the details are signed with the station's key; the
``issued_document`` row (register ``issued_doc``) keeps the number, the payload and the printed lines, so
printing again gives the same document. The lines are generic: the standard lines, each captured field
with its catalogue labels in English and Urdu (not the SMS number), every recorded finding in both
languages, and the SHO's decision when there was one. Nothing here knows a service's findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.clock import iso_utc, to_pkt
from app.counter.applications import ApplicationService
from app.counter.catalogue import FieldKind, Service
from app.counter.readiness import checks_record
from app.counter.timeline import Status
from app.counter.tokens import station_of
from app.counter.verification import findings_of
from app.documents.details import NAME_LIMIT, SUMMARY_LIMIT, DocumentDetails, IdKind
from app.documents.kinds import DocumentKind
from app.documents.local_trust import station_signing_key
from app.documents.printed import (
    DATE_LABEL,
    ID_LABELS,
    NAME_LABEL,
    NUMBER_LABEL,
    Line,
    PrintedDocument,
    person_lines,
    standard_lines,
)
from app.documents.signing import decode_payload, key_id, sign
from app.errors import ConflictError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.keystore import KeyStore
from app.storage.models import ApplicationEvent, CounterApplication, IssuedDocument, Person, PoliceStation

ISSUED_REGISTER = "issued_doc"
ABBREVIATIONS: dict[DocumentKind, str] = {
    DocumentKind.CHARACTER_CERTIFICATE: "CC", DocumentKind.VERIFICATION_REPORT: "VR",
    DocumentKind.REGISTRATION_RECEIPT: "RR", DocumentKind.VEHICLE_VERIFICATION_REPORT: "VV",
    DocumentKind.MEDICO_LEGAL_CERTIFICATE: "ML", DocumentKind.LOSS_REPORT: "LR",
    DocumentKind.COMPLAINT_RECEIPT: "CR", DocumentKind.FIR_COPY: "FC", DocumentKind.LICENCE_RECEIPT: "LS",
    DocumentKind.FOREIGNER_REGISTRATION: "FR",
}
ISSUABLE = (Status.READY, Status.HANDED_OVER)
FINDING_LABEL = ("Finding", "نتیجہ")
DECISION_LABEL = ("SHO's decision", "ایس ایچ او کا فیصلہ")
HIT_SUMMARY = "Record found: issued on the SHO's decision"
# A field's label must not end like a signed label ("Employee's CNIC:" reads as "CNIC:" to the checker,
# which then demands the subject's CNIC after it): such a label gets this word after it.
_SIGNED_LABELS = (NUMBER_LABEL, NAME_LABEL, DATE_LABEL, *(en for en, _ in ID_LABELS.values()))
_LABEL_SUFFIX = " given"
_SPACES = re.compile(r"\s+")


ISSUED_LOAD = (selectinload(IssuedDocument.application), selectinload(IssuedDocument.by))


def issued_content(d: IssuedDocument) -> dict[str, object]:
    return {"uid": d.uid, "application": d.application.uid, "kind": d.kind, "number": d.number,
            "issued_at": iso_utc(d.issued_at), "payload": d.payload, "lines": d.lines, "by": d.by.username}


class IssuingService:
    def __init__(self, applications: ApplicationService, key_store: KeyStore, data_dir: Path,
                 clock: Callable[[], datetime]) -> None:
        self.applications, self.key_store, self.data_dir, self.clock = applications, key_store, data_dir, clock

    def issue(self, actor: Actor, application_id: int) -> IssuedDocument:
        """The application's signed document: made once when it is ready, the same one every time after."""
        station_id = station_of(actor)
        applications = self.applications
        with applications.db.write() as s:
            application = applications.load(s, station_id, application_id)
            existing = s.scalars(select(IssuedDocument).where(IssuedDocument.application_id == application.id)
                                 .options(selectinload(IssuedDocument.application))).first()
            if existing is not None:
                s.expunge_all()
                return existing
            if Status(application.status) not in ISSUABLE:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "core", "A document is issued only for an application that is ready."))
            station = s.get(PoliceStation, station_id)
            assert station is not None
            service = applications.catalogue.get(application.service_code)
            key = station_signing_key(self.key_store, self.data_dir, station.code)
            issued_at = self.clock().replace(microsecond=0)
            year = to_pkt(issued_at).year
            seq = (s.scalar(select(func.max(IssuedDocument.seq)).where(
                IssuedDocument.station_id == station_id, IssuedDocument.year == year)) or 0) + 1
            number = f"{station.code}/{ABBREVIATIONS[service.issues]}/{year}/{seq:06d}"
            hits = [f for f in findings_of(s, application.id) if f.hit]
            details = DocumentDetails(service.issues, number, station.code, issued_at,
                                      subject_name(application.applicant), *subject_id(application.applicant),
                                      summary(s, application, service, bool(hits)), key_id(key.public_key()))
            lines = printed_lines(s, application, service, details)
            document = IssuedDocument(
                uid=uuid7(), application_id=application.id, station_id=station_id, kind=service.issues.value,
                number=number, year=year, seq=seq, issued_at=issued_at, payload=sign(details, key),
                lines=[[ln.label_en, ln.value_en, ln.label_ur, ln.value_ur] for ln in lines], by_id=actor.user_id)
            s.add(document)
            s.flush()
            s.refresh(document, ["application", "by"])
            record_entry(s, actor, register=ISSUED_REGISTER, station_id=station_id, record_id=document.id,
                         record_uid=document.uid, content=issued_content(document), action="document.issue",
                         target=f"document:{number}")
            s.flush()
            s.expunge_all()
        return document

    def printed(self, actor: Actor, document: IssuedDocument) -> PrintedDocument:
        """What the issued document shows on paper: always the signed payload and lines that were kept."""
        station_id = station_of(actor, None)
        with self.applications.db.read() as s:
            station = s.get(PoliceStation, station_id)
            application = s.get(CounterApplication, document.application_id)
            if station is None or application is None or document.station_id != station_id:
                raise ConflictError(QT_TRANSLATE_NOOP("core", "That document was not issued at this station."))
            return printed_document(document, station, application.is_demo)


def printed_document(document: IssuedDocument, station: PoliceStation, training: bool) -> PrintedDocument:
    details = decode_payload(document.payload).details
    lines = tuple(Line(*line) for line in document.lines)
    return PrintedDocument(details, document.payload, station.name_en, station.name_ur, lines, training)


def subject_name(person: Person) -> str:
    name = _SPACES.sub(" ", person.name_en or person.name_ur).strip()
    return name[:NAME_LIMIT]


def subject_id(person: Person) -> tuple[IdKind, str]:
    if person.cnic:
        return IdKind.CNIC, person.cnic
    if person.nicop:
        return IdKind.NICOP, person.nicop
    if person.passport:
        return IdKind.PASSPORT, person.passport
    raise ConflictError(QT_TRANSLATE_NOOP(
        "core", "The applicant has no CNIC, NICOP or passport number on record: a document cannot name them."))


def summary(s: Session, application: CounterApplication, service: Service, hit: bool) -> str:
    """The signed one-line summary: a hit's decision, the first clear finding, or the service done."""
    if hit:
        return HIT_SUMMARY
    clear = [f for f in findings_of(s, application.id) if not f.hit]
    text = clear[0].text_en if clear and checks_record(service) else service.name_en
    return _SPACES.sub(" ", text).strip()[:SUMMARY_LIMIT]


def printed_lines(s: Session, application: CounterApplication, service: Service,
                  details: DocumentDetails) -> list[Line]:
    person = application.applicant
    lines = standard_lines(details, person.name_ur if person.name_en else "")
    parentage, address = person_lines(person.relation, person.relative_name_en, person.relative_name_ur,
                                      person.address)
    if parentage is not None:
        lines.insert(2, parentage)  # under the name, as on a CNIC
    if address is not None:
        lines.append(address)
    for spec in service.fields:
        value = application.values.get(spec.name, "")
        if not value or spec.kind is FieldKind.PHONE:  # the SMS number is contact data, not what is certified
            continue
        value_en, value_ur = value, ""
        if spec.kind is FieldKind.CHOICE:
            choice = next((c for c in spec.choices if c.code == value), None)
            value_en, value_ur = (choice.en, choice.ur) if choice else (value, "")
        elif spec.kind is FieldKind.DATE:
            value_en = date.fromisoformat(value).strftime("%d-%m-%Y")
        lines.append(Line(safe_label(spec.label_en), value_en, spec.label_ur, value_ur))
    for finding in findings_of(s, application.id):
        lines.append(Line(FINDING_LABEL[0], finding.text_en, FINDING_LABEL[1], finding.text_ur))
    steps = list(s.scalars(select(ApplicationEvent).where(ApplicationEvent.application_id == application.id)
                           .order_by(ApplicationEvent.id)))
    # the step to READY right after AWAITING_SHO is the SHO's; a clerk's note on READY is not printed as one
    for before, after in zip(steps, steps[1:], strict=False):
        if before.status == Status.AWAITING_SHO and after.status == Status.READY and after.note:
            lines.append(Line(DECISION_LABEL[0], after.note, DECISION_LABEL[1]))
    return lines


def safe_label(label: str) -> str:
    flat = _SPACES.sub("", label)
    if any(flat.endswith(_SPACES.sub("", signed)) for signed in _SIGNED_LABELS):
        return label + _LABEL_SUFFIX
    return label
