"""Recompute every hash chain and report the first entry that does not fit.

Finds a changed entry (its hash differs), a deleted or reordered one (a gap or
a link that no longer follows its predecessor), an entry missing from its
chain, and a diary day close whose recorded head is no longer in the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.complaints import service as complaints
from app.counter import applications as counter
from app.counter import issuing, tokens, verification
from app.fingerprints import contents
from app.registers import chain
from app.registers.diary import diary_content
from app.registers.fir import fir_content, fir_number
from app.security.audit import audit_content
from app.storage.database import Database
from app.storage.models import (
    ApplicationEvent,
    ApplicationFinding,
    AuditRecord,
    ChainLink,
    Complaint,
    ComplaintEvent,
    CounterApplication,
    CounterTokenEvent,
    CroRecord,
    CroWithdrawal,
    DiaryDayClose,
    DiaryEntry,
    DiaryPerson,
    Fir,
    FirAccused,
    FirSection,
    IdentificationCheck,
    IssuedDocument,
    OffenceSection,
)

BATCH = 500


@dataclass(frozen=True)
class RegisterKind:
    model: Any
    content: Callable[[Any], dict[str, object]]
    label: Callable[[Any], str]
    options: Sequence[Any]
    batch: int = BATCH  # links checked at once: fewer for entries that carry images


REGISTERS: dict[str, RegisterKind] = {
    "fir": RegisterKind(
        Fir, fir_content, lambda f: f"FIR {fir_number(f)} ({f.kind})",
        (selectinload(Fir.sections).selectinload(FirSection.section).selectinload(OffenceSection.law),
         selectinload(Fir.accused).selectinload(FirAccused.person), selectinload(Fir.complainant),
         selectinload(Fir.recording_officer), selectinload(Fir.investigating_officer)),
    ),
    "diary": RegisterKind(
        DiaryEntry, diary_content, lambda e: f"diary entry {e.entry_no} of {e.diary_date:%d-%m-%Y}",
        (selectinload(DiaryEntry.persons).selectinload(DiaryPerson.person), selectinload(DiaryEntry.officer),
         selectinload(DiaryEntry.fir)),
    ),
    "audit": RegisterKind(AuditRecord, audit_content, lambda a: f"audit record {a.id} ({a.action})", ()),
    # a record holds up to 30 images of about 50 kB, all re-hashed: 10 at a time stay near 15 MB
    contents.RECORD_REGISTER: RegisterKind(CroRecord, contents.record_content, lambda r: f"CRO record {r.uid}",
                                           contents.RECORD_LOAD, batch=10),
    contents.WITHDRAWAL_REGISTER: RegisterKind(
        CroWithdrawal, contents.withdrawal_content, lambda w: f"withdrawal of CRO record {w.record.uid}",
        contents.WITHDRAWAL_LOAD),
    contents.CHECK_REGISTER: RegisterKind(IdentificationCheck, contents.check_content,
                                          lambda c: f"identification check {c.uid}", contents.CHECK_LOAD),
    counter.APPLICATION_REGISTER: RegisterKind(CounterApplication, counter.application_content,
                                               lambda a: f"application {a.tracking_no}", counter.APPLICATION_LOAD),
    counter.EVENT_REGISTER: RegisterKind(ApplicationEvent, counter.event_content,
                                         lambda e: f"status {e.status} of application {e.application.tracking_no}",
                                         counter.EVENT_LOAD),
    tokens.TOKEN_REGISTER: RegisterKind(CounterTokenEvent, tokens.event_content,
                                        lambda e: f"{e.action} of token {e.token.label} of {e.token.day:%d-%m-%Y}",
                                        tokens.EVENT_LOAD),
    complaints.COMPLAINT_REGISTER: RegisterKind(Complaint, complaints.complaint_content,
                                                lambda c: f"complaint {c.etag_no}", complaints.COMPLAINT_LOAD),
    complaints.EVENT_REGISTER: RegisterKind(ComplaintEvent, complaints.event_content,
                                            lambda e: f"{e.kind} of complaint {e.complaint.etag_no}",
                                            complaints.EVENT_LOAD),
    verification.FINDING_REGISTER: RegisterKind(
        ApplicationFinding, verification.finding_content,
        lambda f: f"finding {f.source} of application {f.application.tracking_no}", verification.FINDING_LOAD),
    issuing.ISSUED_REGISTER: RegisterKind(IssuedDocument, issuing.issued_content, lambda d: f"document {d.number}",
                                          issuing.ISSUED_LOAD),
}


@dataclass(frozen=True)
class Problem:
    register: str
    station_id: int
    seq: int | None
    what: str

    def __str__(self) -> str:
        where = f"{self.register} register, station {self.station_id}"
        return f"BROKEN {where}, link {self.seq}: {self.what}" if self.seq else f"BROKEN {where}: {self.what}"


def _links(s: Session, register: str, station_id: int, size: int) -> Iterator[list[ChainLink]]:
    last = 0
    while True:
        batch = list(s.scalars(select(ChainLink).where(
            ChainLink.register == register, ChainLink.station_id == station_id, ChainLink.seq > last)
            .order_by(ChainLink.seq).limit(size)))
        if not batch:
            return
        last = batch[-1].seq
        yield batch


def check_chain(s: Session, register: str, station_id: int) -> Problem | None:
    kind = REGISTERS[register]
    start, prev_hash = chain.anchor(s, register, station_id)  # restored from the server: starts there
    expected_seq, seen = start + 1, 0
    for batch in _links(s, register, station_id, kind.batch):
        ids = [link.record_id for link in batch]
        rows = {r.id: r for r in s.scalars(select(kind.model).where(kind.model.id.in_(ids)).options(*kind.options))}
        for link in batch:
            def broken(what: str, link: ChainLink = link) -> Problem:
                return Problem(register, station_id, link.seq, what)

            if link.seq != expected_seq:
                return broken(f"link {expected_seq} is missing (an entry was removed)")
            if link.prev_hash != prev_hash:
                return broken("does not follow the previous link (an entry was removed or reordered)")
            row = rows.get(link.record_id)
            if row is None:
                return broken(f"record {link.record_id} was deleted")
            if chain.link_hash(prev_hash, kind.content(row)) != link.entry_hash:
                return broken(f"{kind.label(row)} was changed after it was written")
            prev_hash, expected_seq, seen = link.entry_hash, expected_seq + 1, seen + 1
        s.expunge_all()
    station_filter = [] if register == "audit" else [kind.model.station_id == station_id]
    rows_total = s.scalar(select(func.count()).select_from(kind.model).where(*station_filter)) or 0
    if rows_total != seen:
        return Problem(register, station_id, None, f"{rows_total - seen} entries are not in the chain")
    return None


def check_day_closes(s: Session) -> Problem | None:
    for close in s.scalars(select(DiaryDayClose).order_by(DiaryDayClose.diary_date)):
        if close.head_hash == chain.GENESIS:
            continue
        found = s.scalar(select(func.count()).select_from(ChainLink).where(
            ChainLink.register == "diary", ChainLink.station_id == close.station_id,
            ChainLink.entry_hash == close.head_hash))
        if not found:
            return Problem("diary", close.station_id, None,
                           f"the close of {close.diary_date:%d-%m-%Y} names a head that is no longer in the chain")
    return None


def check_token_states(s: Session) -> Problem | None:
    """A token's row caches its latest chained event: a status or counter changed on the row alone is found."""
    latest = select(func.max(CounterTokenEvent.id)).group_by(CounterTokenEvent.token_id)
    for event in s.scalars(select(CounterTokenEvent).where(CounterTokenEvent.id.in_(latest))
                           .options(*tokens.EVENT_LOAD)):
        token = event.token
        if (token.status, token.counter_no) != (event.status, event.counter_no):
            return Problem(tokens.TOKEN_REGISTER, token.station_id, None,
                           f"token {token.label} of {token.day:%d-%m-%Y} was changed after it was written")
    return None


def verify_all(db: Database) -> list[Problem]:
    """The first problem of every broken chain (empty when all is well)."""
    problems: list[Problem] = []
    with db.read() as s:
        groups = s.execute(select(ChainLink.register, ChainLink.station_id).distinct()).all()
        stations = {(r, st) for r, st in groups}
        for register, kind in REGISTERS.items():
            if register != "audit":  # rows of a station with no chain link at all are found too
                stations |= {(register, st) for st in s.scalars(select(kind.model.station_id).distinct())}
        for register, station_id in sorted(stations):
            if (problem := check_chain(s, register, station_id)) is not None:
                problems.append(problem)
        for check in (check_day_closes, check_token_states):
            if (problem := check(s)) is not None:
                problems.append(problem)
    return problems
