"""Register No. II: the daily diary (roznamcha).

Entries are numbered per station per day (Pakistan date of writing), carry the
time written (the clock, never typed) and the time the information reached the
station. A correction is a new numbered entry naming the one it corrects. A
day close records the register's head hash; a closed day takes no entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.clock import iso_utc, now_utc, pkt_date
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers import chain, outbox, search_index
from app.registers.queries import own_station
from app.registers.recorder import record_entry
from app.security import audit
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import DiaryDayClose, DiaryEntry, DiaryPerson, Fir, Person
from app.validation import text as tv

REGISTER = "diary"

CATEGORIES: dict[str, str] = {
    "information": QT_TRANSLATE_NOOP("core", "Information / complaint"),
    "fir": QT_TRANSLATE_NOOP("core", "FIR registered"),
    "arrest": QT_TRANSLATE_NOOP("core", "Arrest"),
    "release": QT_TRANSLATE_NOOP("core", "Release"),
    "departure": QT_TRANSLATE_NOOP("core", "Departure on duty"),
    "return": QT_TRANSLATE_NOOP("core", "Return from duty"),
    "malkhana": QT_TRANSLATE_NOOP("core", "Property deposited (malkhana)"),
    "court": QT_TRANSLATE_NOOP("core", "Court production"),
    "visit": QT_TRANSLATE_NOOP("core", "Visit of a senior officer"),
    "process": QT_TRANSLATE_NOOP("core", "Summons or warrant received"),
    "custody": QT_TRANSLATE_NOOP("core", "Persons in custody (opening)"),
    "correction": QT_TRANSLATE_NOOP("core", "Correction of an entry"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}


@dataclass
class DiaryDraft:
    category: str = ""
    text: str = ""
    info_received_at: datetime | None = None
    fir_id: int | None = None
    person_ids: list[int] = field(default_factory=list)


def diary_number(entry: DiaryEntry) -> str:
    return f"{entry.entry_no} / {entry.diary_date:%d-%m-%Y}"


def diary_content(e: DiaryEntry) -> dict[str, object]:
    return {
        "uid": e.uid,
        "diary_date": e.diary_date.isoformat(),
        "entry_no": e.entry_no,
        "written_at": iso_utc(e.written_at),
        "info_received_at": iso_utc(e.info_received_at) if e.info_received_at else None,
        "category": e.category,
        "text": e.text,
        "officer": e.officer.username,
        "fir": e.fir.uid if e.fir else None,
        "persons": sorted(p.person.uid for p in e.persons),
        "corrects": e.corrects_id,
        "created_at": iso_utc(e.created_at),
    }


def check_diary(draft: DiaryDraft, written_at: datetime) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if draft.category not in CATEGORIES:
        problems.append(FieldProblem("category", QT_TRANSLATE_NOOP("core", "Choose a category.")))
    tv.check_required(problems, "text", draft.text)
    tv.check_length(problems, "text", draft.text, 10000)
    if draft.info_received_at is not None and draft.info_received_at > written_at:
        problems.append(
            FieldProblem("info_received_at", QT_TRANSLATE_NOOP(
                "core", "Information cannot be received after the entry is written."))
        )
    return problems


def load_entry(session: Session, entry_id: int) -> DiaryEntry:
    entry = session.scalars(
        select(DiaryEntry)
        .where(DiaryEntry.id == entry_id)
        .options(selectinload(DiaryEntry.persons).selectinload(DiaryPerson.person))
    ).first()
    if entry is None:
        raise NotFound()
    _ = (entry.officer, entry.fir)
    return entry


class DiaryService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = now_utc) -> None:
        self.db = db
        self.clock = clock

    def write(self, actor: Actor, draft: DiaryDraft, corrects_id: int | None = None,
              is_demo: bool = False) -> DiaryEntry:
        actor.require(Permission.CORRECT_ENTRY if corrects_id else Permission.WRITE_DIARY)
        if actor.station_id is None:
            raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
        draft.text = tv.clean(draft.text)
        written_at = self.clock()
        problems = check_diary(draft, written_at)
        if problems:
            raise ValidationError(problems)
        day = pkt_date(written_at)
        with self.db.write() as s:
            if s.get(DiaryDayClose, (actor.station_id, day)):
                raise ConflictError(QT_TRANSLATE_NOOP("core", "The diary of {day} is closed."), day=f"{day:%d-%m-%Y}")
            self._check_links(s, actor.station_id, draft, corrects_id, written_at)
            entry_no = (
                s.scalar(select(func.max(DiaryEntry.entry_no)).where(
                    DiaryEntry.station_id == actor.station_id, DiaryEntry.diary_date == day)) or 0
            ) + 1
            entry = DiaryEntry(
                uid=uuid7(), station_id=actor.station_id, diary_date=day, entry_no=entry_no,
                written_at=written_at, info_received_at=draft.info_received_at, category=draft.category,
                text=draft.text, officer_id=actor.user_id, fir_id=draft.fir_id, corrects_id=corrects_id,
                is_demo=is_demo, created_at=written_at,
            )
            s.add(entry)
            s.flush()
            for person_id in dict.fromkeys(draft.person_ids):
                s.add(DiaryPerson(entry_id=entry.id, person_id=person_id))
            s.flush()
            s.expire(entry, ["persons"])
            entry = load_entry(s, entry.id)
            record_entry(s, actor, register=REGISTER, station_id=entry.station_id, record_id=entry.id,
                         record_uid=entry.uid, content=diary_content(entry),
                         action="diary.correct" if corrects_id else "diary.write",
                         target=f"diary:{diary_number(entry)}")
            search_index.put(s, "diary_fts", entry.id, f"{entry.entry_no} {entry.text}")
        return entry

    def _check_links(self, s: Session, station_id: int, draft: DiaryDraft, corrects_id: int | None,
                     written_at: datetime) -> None:
        """Links stay within the station (persons are the shared index, so any person may be named)."""
        if draft.fir_id is not None:
            fir = s.get(Fir, draft.fir_id)
            if fir is None or fir.station_id != station_id:
                raise ValidationError([FieldProblem("fir", QT_TRANSLATE_NOOP("core", "That FIR does not exist."))])
            if fir.reported_at > written_at:
                raise ValidationError([FieldProblem("fir", QT_TRANSLATE_NOOP(
                    "core", "The FIR is dated after this entry."))])
        for person_id in draft.person_ids:
            if s.get(Person, person_id) is None:
                raise NotFound()
        corrected = s.get(DiaryEntry, corrects_id) if corrects_id is not None else None
        if corrects_id is not None and (corrected is None or corrected.station_id != station_id):
            raise NotFound()

    def close_day(self, actor: Actor, day: date) -> DiaryDayClose:
        """Close a past or the current day: records the diary chain's head hash."""
        actor.require(Permission.CLOSE_DIARY_DAY)
        if actor.station_id is None:
            raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
        if day > pkt_date(self.clock()):
            raise ConflictError(QT_TRANSLATE_NOOP("core", "A day can be closed only once it has begun."))
        with self.db.write() as s:
            if s.get(DiaryDayClose, (actor.station_id, day)):
                raise ConflictError(QT_TRANSLATE_NOOP("core", "The diary of {day} is closed."), day=f"{day:%d-%m-%Y}")
            last = chain.head(s, REGISTER, actor.station_id)
            count = s.scalar(select(func.count()).select_from(DiaryEntry).where(
                DiaryEntry.station_id == actor.station_id, DiaryEntry.diary_date == day)) or 0
            close = DiaryDayClose(station_id=actor.station_id, diary_date=day, entry_count=count,
                                  head_hash=last.entry_hash if last else chain.GENESIS,
                                  closed_by_id=actor.user_id, closed_at=self.clock())
            s.add(close)
            audit.record(s, actor, "diary.close_day", f"diary:{day.isoformat()}", head_hash=close.head_hash)
            outbox.enqueue(s, "diary_close", f"{actor.station_id}:{day.isoformat()}", "append",
                           {"station_id": actor.station_id, "diary_date": day.isoformat(),
                            "entry_count": count, "head_hash": close.head_hash})
        return close

    def entry(self, actor: Actor, entry_id: int) -> DiaryEntry:
        station_id = own_station(actor)
        with self.db.read() as s:
            entry = load_entry(s, entry_id)
            if entry.station_id != station_id:
                raise NotFound()
            s.expunge_all()
            return entry
