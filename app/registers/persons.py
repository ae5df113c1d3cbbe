"""The person master index: one person, one record.

The same CNIC is always the same person. Without a CNIC match, people with a
similar name and the same parentage are offered before a new record is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from app.clock import iso_utc, now_utc
from app.errors import FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers import outbox
from app.security import audit
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import CroRecord, Person
from app.validation import text as tv
from app.validation.cnic import check_cnic
from app.validation.passport import check_passport

RELATIONS = ("s/o", "d/o", "w/o")
GENDERS = ("M", "F", "X")


@dataclass
class PersonDraft:
    name_en: str = ""
    name_ur: str = ""
    relation: str = ""
    relative_name_en: str = ""
    relative_name_ur: str = ""
    cnic: str = ""
    nicop: str = ""
    passport: str = ""
    caste: str = ""
    gender: str = ""
    date_of_birth: date | None = None
    age_years: int | None = None
    address: str = ""
    phones: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckedPerson:
    draft: PersonDraft
    warnings: list[FieldProblem]


def check_person(draft: PersonDraft, prefix: str = "", today: date | None = None) -> CheckedPerson:
    """Clean and validate; raise ValidationError listing every bad field."""
    d = replace(draft)
    for name, value in list(vars(d).items()):
        if isinstance(value, str):
            setattr(d, name, tv.clean(value))
    problems: list[FieldProblem] = []
    warnings: list[FieldProblem] = []
    f = (lambda name: prefix + name)  # noqa: E731 - field names of nested person forms
    if not d.name_en and not d.name_ur:
        problems.append(FieldProblem(f("name_en"), QT_TRANSLATE_NOOP("core", "Enter the name in English or in Urdu.")))
    tv.check_name(problems, f("name_en"), d.name_en, "en")
    tv.check_name(problems, f("name_ur"), d.name_ur, "ur")
    tv.check_name(problems, f("relative_name_en"), d.relative_name_en, "en")
    tv.check_name(problems, f("relative_name_ur"), d.relative_name_ur, "ur")
    tv.check_name(problems, f("caste"), d.caste, "any", limit=40)
    if d.relation and d.relation not in RELATIONS:
        problems.append(FieldProblem(f("relation"), QT_TRANSLATE_NOOP("core", "Choose s/o, d/o or w/o.")))
    if d.gender and d.gender not in GENDERS:
        problems.append(FieldProblem(f("gender"), QT_TRANSLATE_NOOP("core", "Choose male, female or other.")))
    for name in ("cnic", "nicop"):
        raw = getattr(d, name)
        if raw:
            result = check_cnic(raw, d.gender)
            if result.error:
                problems.append(FieldProblem(f(name), result.error))
            else:
                setattr(d, name, result.value)
            if result.warning:
                warnings.append(FieldProblem(f(name), result.warning))
    if d.passport and (passport_error := check_passport(d.passport).error):
        problems.append(FieldProblem(f("passport"), passport_error))
    today = today or now_utc().date()
    if d.date_of_birth and not (date(1900, 1, 1) <= d.date_of_birth <= today):
        problems.append(FieldProblem(f("date_of_birth"), QT_TRANSLATE_NOOP("core", "The date of birth is impossible.")))
    if d.age_years is not None and not 0 <= d.age_years <= 120:
        problems.append(FieldProblem(f("age_years"), QT_TRANSLATE_NOOP("core", "The age must be between 0 and 120.")))
    tv.check_length(problems, f("address"), d.address, 300)
    for phone in d.phones:
        digits = phone.replace("-", "").replace(" ", "")
        if not (digits.isdigit() and digits.isascii() and 10 <= len(digits) <= 13):
            problems.append(FieldProblem(f("phones"), QT_TRANSLATE_NOOP(
                "core", "A mobile number is written 03XX-XXXXXXX.")))
            break
    if problems:
        raise ValidationError(problems)
    return CheckedPerson(d, warnings)


def person_content(p: Person) -> dict[str, object]:
    return {
        "uid": p.uid,
        "cnic": p.cnic,
        "nicop": p.nicop,
        "passport": p.passport,
        "name_en": p.name_en,
        "name_ur": p.name_ur,
        "relation": p.relation,
        "relative_name_en": p.relative_name_en,
        "relative_name_ur": p.relative_name_ur,
        "caste": p.caste,
        "gender": p.gender,
        "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
        "age_years": p.age_years,
        "address": p.address,
        "phones": p.phones,
        "aliases": p.aliases,
        "created_at": iso_utc(p.created_at),
    }


def find_by_cnic(session: Session, cnic: str) -> Person | None:
    return session.scalars(select(Person).where(Person.cnic == cnic)).first()


def possible_matches(session: Session, draft: PersonDraft, limit: int = 10) -> list[Person]:
    """People with the same or a similar name and the same parentage (either script)."""
    terms = []
    if draft.name_en and draft.relative_name_en:
        terms.append(
            (func.lower(Person.name_en) == draft.name_en.lower())
            & (func.lower(Person.relative_name_en) == draft.relative_name_en.lower())
        )
        first = draft.name_en.split()[-1].lower()
        terms.append(
            func.lower(Person.name_en).like(f"%{_escape_like(first)}%", escape="\\")
            & (func.lower(Person.relative_name_en) == draft.relative_name_en.lower())
        )
    if draft.name_ur and draft.relative_name_ur:
        terms.append((Person.name_ur == draft.name_ur) & (Person.relative_name_ur == draft.relative_name_ur))
    if not terms:
        return []
    return list(session.scalars(select(Person).where(or_(*terms)).limit(limit)))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def add_person(session: Session, actor: Actor, draft: PersonDraft, is_demo: bool = False) -> Person:
    """Insert a checked draft, or return the existing record with the same CNIC."""
    if draft.cnic and (existing := find_by_cnic(session, draft.cnic)):
        return existing
    values = vars(draft) | {name: getattr(draft, name) or None for name in ("cnic", "nicop", "passport")}
    person = Person(uid=uuid7(), created_at=now_utc(), is_demo=is_demo, **values)  # no number: NULL, not ""
    session.add(person)
    session.flush()
    audit.record(session, actor, "person.create", f"person:{person.uid}")
    outbox.enqueue(session, "person", person.uid, "upsert", person_content(person))
    return person


class PersonService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def check(self, draft: PersonDraft) -> CheckedPerson:
        return check_person(draft)

    def matches(self, draft: PersonDraft) -> list[Person]:
        """Who this may already be: the CNIC holder first, then name-and-parentage matches."""
        checked = check_person(draft).draft
        with self.db.read() as s:
            found = [p] if checked.cnic and (p := find_by_cnic(s, checked.cnic)) else []
            found += [p for p in possible_matches(s, checked) if p not in found]
            s.expunge_all()
            return found

    def create(self, actor: Actor, draft: PersonDraft) -> Person:
        actor.require(Permission.MANAGE_PERSONS)
        checked = check_person(draft).draft
        with self.db.write() as s:
            person = add_person(s, actor, checked)
        return person

    def get(self, person_id: int) -> Person:
        with self.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound()
            s.expunge(person)
            return person

    def demo_identities(self, limit: int = 200) -> list[Person]:
        """Synthetic persons whose fingers the simulated scanner can present (demo mode only): those with
        prints on record first, so the trainer finds who a check should catch."""
        on_record = exists().where(CroRecord.person_id == Person.id)
        with self.db.read() as s:
            people = list(s.scalars(select(Person).where(Person.is_demo.is_(True))
                                    .order_by(on_record.desc(), Person.id).limit(limit)))
            s.expunge_all()
            return people
