"""1:N identification: one finger against the station's records, answered red, yellow or green.

Red is a probable hit (a finger nobody enrolled comes back red in at most one search in 10,000), yellow
a possible one (one search in 100): the thresholds rise with the number of prints searched. The officer
sees the candidates with their record, photo and reason and decides. Every check is logged with the
officer, the time and the place, in the same transaction as its hash-chain link, audit record and outbox
operation. No fingerprint data is kept in the log.
The check post and, later, the Khidmat Markaz counter call the same ``identify``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.biometrics import thresholds
from app.errors import FieldProblem, ValidationError
from app.fingerprints.contents import CHECK_REGISTER, check_content
from app.fingerprints.enrolment import EnrolmentService, station_of
from app.fingerprints.gallery import Gallery, GalleryHit
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import CroRecord, IdentificationCheck, Person, WantedPerson
from app.validation import text as tv

SHORTLIST = 20  # fingers asked of the index: several may belong to one person
CANDIDATES = 5  # people shown to the officer at most
PLACE_LIMIT = 120


class Outcome(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


class Purpose(StrEnum):
    CHECK_POST = "check_post"
    COUNTER = "counter"


@dataclass(frozen=True)
class Levels:
    """The scores a search must reach for red and yellow, raised with the gallery's size (thresholds.py)."""

    red: float
    yellow: float

    @classmethod
    def for_gallery(cls, templates: int) -> Levels:
        return cls(*thresholds.search_thresholds(templates))

    def of(self, score: float) -> Outcome:
        if score >= self.red:
            return Outcome.RED
        return Outcome.YELLOW if score >= self.yellow else Outcome.GREEN


@dataclass(frozen=True)
class Candidate:
    record_id: int
    record_uid: str
    person: Person
    category: str
    reason: str
    photo: bytes | None
    finger: int
    score: float
    level: Outcome


@dataclass(frozen=True)
class CheckResult:
    uid: str
    outcome: Outcome
    candidates: list[Candidate]
    quality: int
    seconds: float


def best_per_record(hits: list[GalleryHit], levels: Levels) -> list[GalleryHit]:
    """One line per record (its best finger), best first, only those at yellow or above."""
    best: dict[tuple[int, str | None], GalleryHit] = {}
    for hit in hits:
        key = (hit.owner.record_id, hit.owner.wanted_uid)  # a CRO record, or a wanted list entry
        if hit.score >= levels.yellow and (key not in best or hit.score > best[key].score):
            best[key] = hit
    return sorted(best.values(), key=lambda h: -h.score)[:CANDIDATES]


def candidate(hit: GalleryHit, record: CroRecord, levels: Levels) -> Candidate:
    return Candidate(record.id, record.uid, record.person, record.category, record.reason, record.photo,
                     hit.owner.finger, hit.score, levels.of(hit.score))


def wanted_candidate(hit: GalleryHit, entry: WantedPerson, levels: Levels) -> Candidate:
    """An entry of the national wanted list as a candidate: the person as the list names them (not a record
    of this station: nothing is added to its person index); the photo is a blob, fetched apart."""
    person = Person(uid=entry.uid, name_en=entry.name_en, name_ur=entry.name_ur,
                    relative_name_en=entry.relative_name_en, cnic=entry.cnic or None)
    return Candidate(0, entry.uid, person, entry.category, entry.reason, None, hit.owner.finger, hit.score,
                     levels.of(hit.score))


class IdentificationService:
    def __init__(self, db: Database, enrolment: EnrolmentService, gallery: Gallery,
                 clock: Callable[[], datetime]) -> None:
        self.db = db
        self.enrolment = enrolment
        self.gallery = gallery
        self.clock = clock

    def identify(self, actor: Actor, pixels: np.ndarray, dpi: float, *, place: str,
                 purpose: Purpose = Purpose.CHECK_POST, is_demo: bool = False) -> CheckResult:
        """Read the print (a poor one raises, asking for another), search, log, answer."""
        actor.require(Permission.RUN_IDENTIFICATION)
        station_id = station_of(actor)
        place = self._checked_place(place)
        started = time.perf_counter()
        probe = self.enrolment.read_print(pixels, dpi)
        found = self.gallery.search(probe.minutiae, SHORTLIST)
        levels = Levels.for_gallery(found.searched)
        hits = best_per_record(found.hits, levels)
        seconds = time.perf_counter() - started
        outcome = levels.of(hits[0].score) if hits else Outcome.GREEN
        with self.db.write() as s:
            records = {r.id: r for r in s.scalars(
                select(CroRecord).where(CroRecord.id.in_([h.owner.record_id for h in hits]))
                .options(selectinload(CroRecord.person)))}
            wanted = {w.uid: w for w in s.scalars(select(WantedPerson).where(
                WantedPerson.uid.in_([h.owner.wanted_uid for h in hits if h.owner.wanted_uid])))}
            candidates = []
            for h in hits:  # one withdrawn or taken out while the search ran is left out
                if (entry := wanted.get(h.owner.wanted_uid or "")) is not None:
                    candidates.append(wanted_candidate(h, entry, levels))
                elif (record := records.get(h.owner.record_id)) is not None:
                    candidates.append(candidate(h, record, levels))
            check = IdentificationCheck(
                uid=uuid7(), station_id=station_id, officer_id=actor.user_id, at=self.clock(), place=place,
                purpose=str(purpose), outcome=str(outcome), probe_quality=probe.quality, is_demo=is_demo,
                candidates=[{"record_uid": c.record_uid, "finger": c.finger, "score": round(c.score, 4)}
                            for c in candidates])
            s.add(check)
            s.flush()
            s.refresh(check, ["officer"])
            record_entry(s, actor, register=CHECK_REGISTER, station_id=station_id, record_id=check.id,
                         record_uid=check.uid, content=check_content(check), action="identification.check",
                         target=f"check:{check.uid}")
            s.flush()  # the chain link and outbox operation are still pending: expunging would drop them
            s.expunge_all()
        return CheckResult(check.uid, outcome, candidates, probe.quality, seconds)

    @staticmethod
    def _checked_place(place: str) -> str:
        problems: list[FieldProblem] = []
        place = " ".join(tv.clean(place).split())
        if not place:
            problems.append(FieldProblem("place", QT_TRANSLATE_NOOP(
                "core", "Enter where the check is made (check post or counter).")))
        tv.check_length(problems, "place", place, PLACE_LIMIT)
        if problems:
            raise ValidationError(problems)
        return place
