"""Register No. I: the FIR register (Form 24.5(1)).

Numbers run per police station per calendar year (Pakistan time of the
report), are issued by this replica inside the write lock and never reused.
Corrections and cancellations are new entries that keep the number and name
the entry they supersede; the old entries stay readable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.clock import iso_utc, now_utc, pkt_date
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers import numbering, search_index
from app.registers.fir_rules import AccusedDraft, FirDraft, PartyRef, check_fir, clean_draft
from app.registers.persons import add_person, check_person
from app.registers.queries import own_station
from app.registers.recorder import record_entry
from app.security import audit
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import Fir, FirAccused, FirHead, FirSection, OffenceSection, Person, User
from app.validation.text import clean

REGISTER = "fir"


def fir_number(fir: Fir) -> str:
    return f"{fir.serial}/{fir.year}"


def party(person: Person) -> dict[str, object]:
    """A person as the FIR names them: editing the person later is caught by verify."""
    return {
        "uid": person.uid, "name_en": person.name_en, "name_ur": person.name_ur, "relation": person.relation,
        "relative_en": person.relative_name_en, "relative_ur": person.relative_name_ur, "cnic": person.cnic,
    }


def fir_content(fir: Fir) -> dict[str, object]:
    """What the hash chain and the outbox carry for one entry."""

    def when(value: datetime | None) -> str | None:
        return iso_utc(value) if value else None

    return {
        "uid": fir.uid,
        "number": fir_number(fir),
        "kind": fir.kind,
        "corrects": fir.corrects_id,
        "reason": fir.reason,
        "occurred_from": when(fir.occurred_from),
        "occurred_to": when(fir.occurred_to),
        "reported_at": when(fir.reported_at),
        "place": fir.place,
        "distance_km": fir.distance_km,
        "direction": fir.direction,
        "complainant": party(fir.complainant),
        "accused": [
            {"person": party(a.person) if a.person else None, "description": a.description} for a in fir.accused
        ],
        "sections": [f"{s.section.law.code}:{s.section.section}" for s in fir.sections],
        "property_taken": fir.property_taken,
        "first_information": fir.first_information,
        "delay_explanation": fir.delay_explanation,
        "despatched_at": when(fir.despatched_at),
        "recording_officer": fir.recording_officer.username,
        "investigating_officer": fir.investigating_officer.username if fir.investigating_officer else None,
        "status": fir.status,
        "diary_ref": fir.diary_ref,
        "created_at": when(fir.created_at),
    }


def search_text(fir: Fir) -> str:
    """Everything the search box should find this FIR by, in both scripts."""
    people = [fir.complainant] + [a.person for a in fir.accused if a.person]
    words = [f"FIR {fir_number(fir)}", fir.place, fir.first_information, fir.property_taken]
    for p in people:
        words += [p.name_en, p.name_ur, p.relative_name_en, p.relative_name_ur, p.cnic or "", p.caste]
    words += [a.description for a in fir.accused]
    for s in fir.sections:
        words += [f"{s.section.section} {s.section.law.short_en}", s.section.title_en, s.section.title_ur]
    return "\n".join(w for w in words if w)


def load_fir(session: Session, fir_id: int) -> Fir:
    fir = session.scalars(
        select(Fir)
        .where(Fir.id == fir_id)
        .options(
            selectinload(Fir.sections).selectinload(FirSection.section).selectinload(OffenceSection.law),
            selectinload(Fir.accused).selectinload(FirAccused.person),
        )
    ).first()
    if fir is None:
        raise NotFound()
    return fir


@dataclass(frozen=True)
class FirHistory:
    """An FIR number's entries, oldest first; the last one is current."""

    entries: list[Fir]

    @property
    def current(self) -> Fir:
        return self.entries[-1]


def history_of(s: Session, station_id: int, fir_id: int) -> FirHistory:
    """The history of an FIR of this station, detached from the session (whoever may read it has been
    checked by the caller)."""
    root_id = s.scalar(select(Fir.root_id).where(Fir.id == fir_id, Fir.station_id == station_id))
    if root_id is None:
        raise NotFound()
    ids = s.scalars(select(Fir.id).where(Fir.root_id == root_id).order_by(Fir.id)).all()
    entries = [load_fir(s, i) for i in ids]
    for e in entries:
        _ = (e.complainant, e.recording_officer, e.investigating_officer)
    s.expunge_all()
    return FirHistory(entries)


class FirService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = now_utc) -> None:
        self.db = db
        self.clock = clock

    # --- writes -----------------------------------------------------------

    def register(self, actor: Actor, draft: FirDraft, is_demo: bool = False,
                 then: Callable[[Session, Fir], None] | None = None) -> Fir:
        """Validate, number and record a new FIR; returns the saved entry. ``then`` runs in the same
        transaction (a complaint converted into this FIR records its link there, or neither is saved)."""
        actor.require(Permission.REGISTER_FIR)
        station_id = self._station(actor)
        draft, warnings = self._validate(draft)
        del warnings  # shown by the form before submit; they never block a save
        assert draft.reported_at is not None
        year = pkt_date(draft.reported_at).year
        with self.db.write() as s:
            numbering.require_restored(s)
            serial = max(
                s.scalar(
                    select(func.max(Fir.serial)).where(
                        Fir.station_id == station_id, Fir.year == year, Fir.corrects_id.is_(None)
                    )
                )
                or 0,
                numbering.fir_floor(s, station_id, year),  # numbers given before this install
            ) + 1
            fir = self._insert(s, actor, draft, station_id=station_id, year=year, serial=serial, is_demo=is_demo)
            fir.root_id = fir.id
            s.add(FirHead(root_id=fir.id, head_id=fir.id, station_id=station_id))
            self._record(s, actor, fir, "fir.register")
            if then is not None:
                then(s, fir)
        return fir

    def correct(self, actor: Actor, fir_id: int, draft: FirDraft, reason: str) -> Fir:
        """A new entry with the corrected content, linked to the one it supersedes."""
        actor.require(Permission.CORRECT_ENTRY)
        draft, _ = self._validate(draft)
        return self._supersede(actor, fir_id, draft, "correction", reason, "fir.correct")

    def cancel(self, actor: Actor, fir_id: int, reason: str) -> Fir:
        actor.require(Permission.CORRECT_ENTRY)
        history = self.history(actor, fir_id)
        draft = draft_from(history.current)
        return self._supersede(actor, fir_id, draft, "cancellation", reason, "fir.cancel")

    def record_print(self, actor: Actor, fir_id: int, channel: str) -> None:
        """Audit a copy printed or exported (the copy itself is made by the UI)."""
        actor.require(Permission.PRINT_EXPORT)
        with self.db.write() as s:
            fir = s.get(Fir, fir_id)
            if fir is None or fir.station_id != actor.station_id:  # another station's FIR does not exist here
                raise NotFound()
            audit.record(s, actor, "fir.print", f"fir:{fir_number(fir)}", channel=channel)

    def _supersede(self, actor: Actor, fir_id: int, draft: FirDraft, kind: str, reason: str, action: str) -> Fir:
        reason = clean(reason)
        if not reason:
            raise ValidationError([FieldProblem("reason", QT_TRANSLATE_NOOP(
                "core", "Give the reason for this change."))])
        with self.db.write() as s:
            root_id = s.scalar(select(Fir.root_id).where(Fir.id == fir_id, Fir.station_id == actor.station_id))
            if root_id is None:
                raise NotFound()
            head = s.get(FirHead, root_id)
            assert head is not None
            current = s.get(Fir, head.head_id)
            assert current is not None
            if current.kind == "cancellation":
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "core", "FIR {number} is cancelled; it can no longer be changed."),
                                    number=fir_number(current))
            fir = self._insert(
                s, actor, draft, station_id=current.station_id, year=current.year, serial=current.serial,
                is_demo=current.is_demo, kind=kind, root_id=root_id, corrects_id=current.id, reason=reason,
                status="cancelled" if kind == "cancellation" else current.status,
            )
            head.head_id = fir.id
            self._record(s, actor, fir, action)
        return fir

    def _station(self, actor: Actor) -> int:
        if actor.station_id is None:
            raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
        return actor.station_id

    def _validate(self, draft: FirDraft) -> tuple[FirDraft, list[FieldProblem]]:
        draft = clean_draft(draft)
        problems = check_fir(draft, self.clock())
        warnings: list[FieldProblem] = []
        people: list[tuple[str, PartyRef | None]] = [("complainant.", draft.complainant)]
        people += [(f"accused.{i}.", a.person) for i, a in enumerate(draft.accused)]
        for prefix, ref in people:
            if ref is not None and ref.draft is not None:
                try:
                    checked = check_person(ref.draft, prefix)
                    ref.draft = checked.draft
                    warnings += checked.warnings
                except ValidationError as exc:
                    problems += exc.problems
        if problems:
            raise ValidationError(problems)
        return draft, warnings

    def _insert(self, s: Session, actor: Actor, draft: FirDraft, *, station_id: int, year: int, serial: int,
                is_demo: bool, kind: str = "original", root_id: int | None = None,
                corrects_id: int | None = None, reason: str = "", status: str = "under_investigation") -> Fir:
        assert draft.complainant and draft.occurred_from and draft.reported_at
        sections = list(s.scalars(select(OffenceSection).where(OffenceSection.id.in_(draft.section_ids))))
        if len(sections) != len(set(draft.section_ids)):
            raise ValidationError([FieldProblem("sections", QT_TRANSLATE_NOOP(
                "core", "An offence section is not in the list."))])
        complainant = self._person(s, actor, draft.complainant, is_demo)
        fir = Fir(
            uid=uuid7(), station_id=station_id, year=year, serial=serial, kind=kind, root_id=root_id,
            corrects_id=corrects_id, reason=reason, occurred_from=draft.occurred_from,
            occurred_to=draft.occurred_to, reported_at=draft.reported_at, place=draft.place,
            distance_km=draft.distance_km, direction=draft.direction, complainant_id=complainant.id,
            property_taken=draft.property_taken, first_information=draft.first_information,
            delay_explanation=draft.delay_explanation, despatched_at=draft.despatched_at,
            recording_officer_id=actor.user_id, investigating_officer_id=draft.investigating_officer_id,
            status=status, diary_ref=draft.diary_ref, is_demo=is_demo, created_at=self.clock(),
        )
        s.add(fir)
        s.flush()
        order = {sid: i for i, sid in enumerate(draft.section_ids)}
        for section in sections:
            s.add(FirSection(fir_id=fir.id, section_id=section.id, position=order[section.id]))
        for i, accused in enumerate(draft.accused):
            person = self._person(s, actor, accused.person, is_demo) if accused.person else None
            s.add(FirAccused(fir_id=fir.id, position=i, person_id=person.id if person else None,
                             description=accused.description))
        s.flush()
        s.expire(fir, ["sections", "accused"])
        return fir

    def _person(self, s: Session, actor: Actor, ref: PartyRef, is_demo: bool) -> Person:
        if ref.person_id is not None:
            person = s.get(Person, ref.person_id)
            if person is None:
                raise NotFound()
            return person
        assert ref.draft is not None
        return add_person(s, actor, ref.draft, is_demo)

    def _record(self, s: Session, actor: Actor, fir: Fir, action: str) -> None:
        fir = load_fir(s, fir.id)
        record_entry(s, actor, register=REGISTER, station_id=fir.station_id, record_id=fir.id,
                     record_uid=fir.uid, content=fir_content(fir), action=action, target=f"fir:{fir_number(fir)}")
        assert fir.root_id is not None
        search_index.put(s, "fir_fts", fir.root_id, search_text(fir))

    # --- reads -------------------------------------------------------------

    def history(self, actor: Actor, fir_id: int) -> FirHistory:
        """Every entry of the FIR number that ``fir_id`` belongs to, oldest first (own station only)."""
        station_id = own_station(actor)
        with self.db.read() as s:
            return history_of(s, station_id, fir_id)

    def officers(self, actor: Actor) -> list[Officer]:
        """The officers of the reader's own station, for the investigating-officer list."""
        station_id = own_station(actor)
        with self.db.read() as s:
            rows = s.execute(select(User.id, User.full_name, User.full_name_ur, User.rank)
                             .where(User.station_id == station_id, User.active).order_by(User.full_name)).all()
        return [Officer(*row) for row in rows]


@dataclass(frozen=True)
class Officer:
    id: int
    full_name: str
    full_name_ur: str
    rank: str


def draft_from(fir: Fir) -> FirDraft:
    """A draft holding an entry's content, the starting point of a correction form."""
    return FirDraft(
        occurred_from=fir.occurred_from, occurred_to=fir.occurred_to, reported_at=fir.reported_at,
        place=fir.place, distance_km=fir.distance_km, direction=fir.direction,
        complainant=PartyRef(person_id=fir.complainant_id),
        accused=[AccusedDraft(PartyRef(person_id=a.person_id) if a.person_id else None, a.description)
                 for a in fir.accused],
        section_ids=[s.section_id for s in fir.sections], property_taken=fir.property_taken,
        first_information=fir.first_information, delay_explanation=fir.delay_explanation,
        despatched_at=fir.despatched_at, investigating_officer_id=fir.investigating_officer_id,
        diary_ref=fir.diary_ref,
    )

