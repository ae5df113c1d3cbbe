"""CRO enrolment: a person's fingers, several impressions each, checked and stored in one transaction.

Each impression must pass a quality gate and agree with an earlier impression of the same finger (at
the red threshold: one stranger's finger in 10,000 would), so a smudge or the wrong finger never enters
the record. The images (lossless, 500 dpi) and ISO templates are kept for re-extraction and exchange; every
impression goes into the 1:N index, so a probe meets the finger as it was placed three times. A
withdrawal is a new entry: the record stays, only its fingers leave the index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.biometrics import iso19794, thresholds
from app.biometrics.engine import ENGINE_DPI, Minutiae
from app.biometrics.index_format import pack
from app.biometrics.quality import quality
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.fingerprints.contents import (
    RECORD_LOAD,
    RECORD_REGISTER,
    WITHDRAWAL_LOAD,
    WITHDRAWAL_REGISTER,
    record_content,
    sha256,
    withdrawal_content,
)
from app.fingerprints.errors import (
    AlreadyWithdrawn,
    EnrolmentIncomplete,
    ImpressionsDisagree,
    PoorImpression,
    TooFewFeatures,
)
from app.fingerprints.fingers import Category, Finger
from app.fingerprints.gallery import Gallery, Owner
from app.fingerprints.images import normalise_photo, print_png, to_engine_dpi
from app.fingerprints.kit import Engine
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.fir_rules import PartyRef
from app.registers.persons import add_person, check_person
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import CroRecord, CroWithdrawal, FingerImpression, FingerTemplate, Person
from app.validation import text as tv

MIN_QUALITY = 30  # of 100 (app.biometrics.quality); FVC2002's optical sets have medians near 50
MIN_MINUTIAE = 12  # fewer cannot be told apart from a stranger's print at the red threshold
IMPRESSIONS_PER_FINGER = 3
REASON_LIMIT = 500
PERSON = "person."  # prefix of the person's fields in errors



@dataclass(frozen=True, eq=False)
class Impression:
    """A capture that passed the quality gate, at 500 dpi, with what enrolment needs from it."""

    pixels: np.ndarray
    quality: int
    minutiae: Minutiae
    prepared: Any


@dataclass
class EnrolmentDraft:
    person: PartyRef  # an existing record, or a new one made in the same transaction
    category: Category | str
    reason: str
    fingers: dict[Finger, list[Impression]] = field(default_factory=dict)
    photo: bytes | None = None  # a JPEG or PNG file as chosen; checked and re-encoded on saving


def station_of(actor: Actor) -> int:
    if actor.station_id is None:
        raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
    return actor.station_id


class EnrolmentService:
    def __init__(self, db: Database, engine: Engine, gallery: Gallery, clock: Callable[[], datetime]) -> None:
        self.db = db
        self.engine = engine
        self.gallery = gallery
        self.clock = clock

    def read_print(self, pixels: np.ndarray, dpi: float) -> Impression:
        """Quality gate and extraction for one capture (enrolment and check post alike)."""
        image = to_engine_dpi(pixels, dpi)
        score = quality(image, ENGINE_DPI)
        if score < MIN_QUALITY:
            raise PoorImpression(quality=score, minimum=MIN_QUALITY)
        minutiae = self.engine.extractor.extract(image, ENGINE_DPI)
        if len(minutiae) < MIN_MINUTIAE:
            raise TooFewFeatures(count=len(minutiae), minimum=MIN_MINUTIAE)
        return Impression(image, score, minutiae, self.engine.matcher.prepare(minutiae))

    def assess(self, pixels: np.ndarray, dpi: float, earlier: Sequence[Impression]) -> Impression:
        """Check one more impression of a finger against the ones already accepted for it."""
        impression = self.read_print(pixels, dpi)
        self._check_agrees(impression, earlier)
        return impression

    def _check_agrees(self, impression: Impression, earlier: Sequence[Impression]) -> None:
        if earlier and max(self.engine.matcher.compare(impression.prepared, e.prepared)
                           for e in earlier) < thresholds.RED:
            raise ImpressionsDisagree()

    def enrol(self, actor: Actor, draft: EnrolmentDraft, *, is_demo: bool = False) -> CroRecord:
        actor.require(Permission.ENROL_FINGERPRINTS)
        station_id = station_of(actor)
        reason, person = self._checked(draft)
        photo = normalise_photo(draft.photo) if draft.photo else None
        now = self.clock()
        indexed: list[tuple[FingerTemplate, Owner]] = []
        with self.db.write() as s:
            person_id = self._person(s, actor, person, is_demo)
            record = CroRecord(uid=uuid7(), station_id=station_id, person_id=person_id,
                               category=str(draft.category), reason=reason, photo=photo,
                               photo_sha256=sha256(photo) if photo else None, enrolled_by_id=actor.user_id,
                               is_demo=is_demo, created_at=now)
            s.add(record)
            s.flush()
            for finger, impressions in sorted(draft.fingers.items()):
                rows = [self._impression_row(record.id, finger, number, impression)
                        for number, impression in enumerate(impressions, start=1)]
                s.add_all(rows)
                s.flush()
                # every impression goes into the index: a probe is compared with each and the best counts
                templates = [FingerTemplate(record_id=record.id, impression_id=row.id, packed=pack(taken.minutiae))
                             for row, taken in zip(rows, impressions, strict=True)]
                s.add_all(templates)
                indexed += [(template, Owner(record.id, int(finger))) for template in templates]
            s.flush()
            stored = s.scalars(select(CroRecord).where(CroRecord.id == record.id).options(*RECORD_LOAD)).one()
            record_entry(s, actor, register=RECORD_REGISTER, station_id=station_id, record_id=record.id,
                         record_uid=record.uid, content=record_content(stored), action="cro.enrol",
                         target=f"cro:{record.uid}")
            s.flush()  # the chain link and outbox operation are still pending: expunging would drop them
            s.expunge_all()
        for template, owner in indexed:
            self.gallery.added(template.id, template.packed, owner)
        return stored

    @staticmethod
    def _person(s: Session, actor: Actor, ref: PartyRef, is_demo: bool) -> int:
        if ref.person_id is not None:
            if s.get(Person, ref.person_id) is None:
                raise NotFound()
            return ref.person_id
        assert ref.draft is not None, "a person reference names a record or carries a checked draft"
        actor.require(Permission.MANAGE_PERSONS)
        return add_person(s, actor, ref.draft, is_demo).id

    def _checked(self, draft: EnrolmentDraft) -> tuple[str, PartyRef]:
        """The cleaned reason and person (a new person's draft checked and cleaned), or every problem at once."""
        problems: list[FieldProblem] = []
        person = draft.person
        if person.person_id is None and person.draft is not None:
            try:
                person = PartyRef(draft=check_person(person.draft, PERSON).draft)
            except ValidationError as invalid:
                problems += invalid.problems
        elif person.person_id is None:
            problems.append(FieldProblem(PERSON + "name_en", QT_TRANSLATE_NOOP(
                "core", "Name the person whose prints are taken.")))
        reason = tv.clean(draft.reason)
        if not reason:
            problems.append(FieldProblem("reason", QT_TRANSLATE_NOOP(
                "core", "Say why this person is on record (case, FIR number, court order).")))
        tv.check_length(problems, "reason", reason, REASON_LIMIT)
        if draft.category not in set(Category):
            problems.append(FieldProblem("category", QT_TRANSLATE_NOOP("core", "Choose a category.")))
        if problems:
            raise ValidationError(problems)
        if not draft.fingers or any(len(taken) != IMPRESSIONS_PER_FINGER for taken in draft.fingers.values()):
            raise EnrolmentIncomplete(count=IMPRESSIONS_PER_FINGER)
        for impressions in draft.fingers.values():
            for number, impression in enumerate(impressions):
                if impression.quality < MIN_QUALITY or len(impression.minutiae) < MIN_MINUTIAE:
                    raise PoorImpression(quality=impression.quality, minimum=MIN_QUALITY)
                self._check_agrees(impression, impressions[:number])
        return reason, person

    @staticmethod
    def _impression_row(record_id: int, finger: Finger, number: int, impression: Impression) -> FingerImpression:
        image = print_png(impression.pixels)
        template = iso19794.write(impression.minutiae.to_iso(position=int(finger), quality=impression.quality))
        return FingerImpression(record_id=record_id, finger=int(finger), impression=number,
                                quality=impression.quality, image=image, image_sha256=sha256(image),
                                template=template, template_sha256=sha256(template))

    def withdraw(self, actor: Actor, record_id: int, reason: str) -> None:
        """Take a record off the watch: it stays in the register, its fingers leave the index."""
        actor.require(Permission.ENROL_FINGERPRINTS)
        station_id = station_of(actor)
        reason = tv.clean(reason)
        if not reason:
            raise ValidationError([FieldProblem("reason", QT_TRANSLATE_NOOP(
                "core", "Say why the record is withdrawn (court order, arrest, acquittal)."))])
        with self.db.write() as s:
            record = s.get(CroRecord, record_id)
            if record is None or record.station_id != station_id:
                raise NotFound()
            if s.scalar(select(CroWithdrawal.id).where(CroWithdrawal.record_id == record_id)) is not None:
                raise AlreadyWithdrawn()
            withdrawal = CroWithdrawal(uid=uuid7(), record_id=record_id, station_id=station_id, reason=reason,
                                       withdrawn_by_id=actor.user_id, withdrawn_at=self.clock())
            s.add(withdrawal)
            keys = list(s.scalars(select(FingerTemplate.id).where(FingerTemplate.record_id == record_id)))
            s.execute(delete(FingerTemplate).where(FingerTemplate.record_id == record_id))
            s.flush()
            stored = s.scalars(select(CroWithdrawal).where(CroWithdrawal.id == withdrawal.id)
                               .options(*WITHDRAWAL_LOAD)).one()
            record_entry(s, actor, register=WITHDRAWAL_REGISTER, station_id=station_id, record_id=withdrawal.id,
                         record_uid=withdrawal.uid, content=withdrawal_content(stored), action="cro.withdraw",
                         target=f"cro:{record.uid}")
        self.gallery.removed(keys)
