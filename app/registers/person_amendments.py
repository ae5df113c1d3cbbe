"""Amendments of shared person records (design 4.1): append-only entries, never an overwrite.

Any station may amend a person it holds: the amendment is an entry of the person's history (who, what,
why) and the person's current details follow it. Each names the last amendment or resolution this
replica had seen (``base``): when the server finds two made without seeing each other, it accepts both
and adds a conflict item for the custodian (the station that created the person), who settles it with a
resolution entry. The identity numbers (CNIC, NICOP) are not amended here: a wrong one is a merge of two
records, not an amendment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import iso_utc, now_utc
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers import outbox
from app.registers.persons import PersonDraft, check_person
from app.security import audit
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import Person, PersonAmendment, PoliceStation
from app.validation import text as tv

AMENDABLE = ("name_en", "name_ur", "relation", "relative_name_en", "relative_name_ur", "passport", "caste",
             "gender", "date_of_birth", "age_years", "address", "phones", "aliases")
AMEND, CONFLICT, RESOLVE = "amend", "conflict", "resolve"


def draft_of(person: Person) -> PersonDraft:
    values = {name: getattr(person, name) for name in PersonDraft.__dataclass_fields__}
    return PersonDraft(**values | {name: values[name] or "" for name in ("cnic", "nicop", "passport")})


def checked_changes(person: Person, changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as they will be stored (JSON values), checked with the whole record they make."""
    unknown = set(changes) - set(AMENDABLE)
    if unknown:
        raise ValidationError([FieldProblem(sorted(unknown)[0], QT_TRANSLATE_NOOP(
            "core", "This detail of a person cannot be amended."))])
    checked = check_person(replace(draft_of(person), **changes)).draft
    return {name: (value.isoformat() if isinstance(value := getattr(checked, name), date) else value)
            for name in changes}


def apply_changes(person: Person, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if name not in AMENDABLE:
            continue  # a newer client's field: kept in the entry, not in this replica's columns
        if name == "date_of_birth" and isinstance(value, str):
            value = date.fromisoformat(value)
        setattr(person, name, (value or None) if name == "passport" else value)  # no passport: NULL, not ""


def latest_base(session: Session, person_uid: str) -> str | None:
    """The last amendment or resolution this replica holds: a new amendment's base."""
    return session.scalars(select(PersonAmendment.uid).where(
        PersonAmendment.person_uid == person_uid, PersonAmendment.kind.in_((AMEND, RESOLVE)))
        .order_by(PersonAmendment.id.desc())).first()


def store(session: Session, *, uid: str, kind: str, person_uid: str, station_code: str, base: str | None,
          changes: dict[str, Any], reason: str, refers: list[str], created_at: str) -> bool:
    """Add the entry (once) and bring the person's details up to it; False if it was already here."""
    if session.scalars(select(PersonAmendment.id).where(PersonAmendment.uid == uid)).first() is not None:
        return False
    session.add(PersonAmendment(uid=uid, kind=kind, person_uid=person_uid, station_code=station_code, base=base,
                                changes=changes, reason=reason, refers=refers, created_at=created_at))
    person = session.scalars(select(Person).where(Person.uid == person_uid)).first()
    if person is not None and kind != CONFLICT:
        apply_changes(person, changes)
    session.flush()
    return True


class PersonAmendmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def amend(self, actor: Actor, person_id: int, changes: dict[str, Any], reason: str) -> PersonAmendment:
        actor.require(Permission.MANAGE_PERSONS)
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound()
            return self._write(s, actor, person, AMEND, checked_changes(person, changes), reason, [])

    def resolve(self, actor: Actor, conflict_uid: str, changes: dict[str, Any], reason: str) -> PersonAmendment:
        """The custodian's decision on a conflict item: the details as they are to be (may be none)."""
        actor.require(Permission.MANAGE_PERSONS)
        with self.db.write() as s:
            conflict = s.scalars(select(PersonAmendment).where(PersonAmendment.uid == conflict_uid,
                                                               PersonAmendment.kind == CONFLICT)).first()
            if conflict is None:
                raise NotFound()
            person = s.scalars(select(Person).where(Person.uid == conflict.person_uid)).first()
            if person is None:
                raise NotFound()
            if conflict.station_code != _station_code(s, actor):
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "core", "Only the station that created this person can settle the conflict."))
            return self._write(s, actor, person, RESOLVE, checked_changes(person, changes), reason, [conflict.uid])

    def history(self, person_uid: str) -> list[PersonAmendment]:
        """Every amendment, conflict item and resolution of the person, in the order this replica got them."""
        with self.db.read() as s:
            rows = list(s.scalars(select(PersonAmendment).where(PersonAmendment.person_uid == person_uid)
                                  .order_by(PersonAmendment.id)))
            s.expunge_all()
            return rows

    def open_conflicts(self, actor: Actor) -> list[PersonAmendment]:
        """Conflict items this station is the custodian of, not yet resolved."""
        actor.require(Permission.MANAGE_PERSONS)
        with self.db.read() as s:
            code = _station_code(s, actor)
            settled = {uid for refers in s.scalars(select(PersonAmendment.refers).where(
                PersonAmendment.kind == RESOLVE)) for uid in refers}
            rows = [c for c in s.scalars(select(PersonAmendment).where(
                PersonAmendment.kind == CONFLICT, PersonAmendment.station_code == code)
                .order_by(PersonAmendment.id)) if c.uid not in settled]
            s.expunge_all()
            return rows

    def _write(self, s: Session, actor: Actor, person: Person, kind: str, changes: dict[str, Any], reason: str,
               refers: list[str]) -> PersonAmendment:
        reason = tv.clean(reason)
        if not reason:
            raise ValidationError([FieldProblem("reason", QT_TRANSLATE_NOOP(
                "core", "Say why the record is amended."))])
        uid, code, now = uuid7(), _station_code(s, actor), iso_utc(now_utc())
        base = latest_base(s, person.uid)
        store(s, uid=uid, kind=kind, person_uid=person.uid, station_code=code, base=base, changes=changes,
              reason=reason, refers=refers, created_at=now)
        audit.record(s, actor, f"person.{kind}", f"person:{person.uid}")
        payload = {"uid": uid, "person": person.uid, "station": code, "base": base, "changes": changes,
                   "reason": reason, "created_at": now}
        outbox.enqueue(s, "person", person.uid, kind, payload | ({"resolves": refers[0]} if refers else {}))
        return s.scalars(select(PersonAmendment).where(PersonAmendment.uid == uid)).one()


def _station_code(s: Session, actor: Actor) -> str:
    code = s.scalar(select(PoliceStation.code).where(PoliceStation.id == actor.station_id))
    if code is None:
        raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
    return code
