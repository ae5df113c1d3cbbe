"""CRO records for the trainer: accused of the demo FIRs enrolled with synthetic prints, and the officers
who enrol and check them.

Each record's fingers are synthetic impressions of the person's demo identity (``finger_seed(uid,
finger)``), the same fingers the simulated scanner presents; the enrolled impressions are numbered from
100, so the trainer's captures are always new impressions of the finger, as at a real check post.
The face photo is a drawn silhouette: no real person's face or prints ship with the product.
"""

from __future__ import annotations

import contextlib
import io
import random

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.biometrics.engine import ENGINE_DPI
from app.biometrics.synthetic import finger_seed, impression
from app.demo.staff import DemoUser, create_officer, slug
from app.fingerprints.enrolment import IMPRESSIONS_PER_FINGER, EnrolmentDraft, EnrolmentService, Impression
from app.fingerprints.errors import ImpressionsDisagree, PoorImpression, TooFewFeatures
from app.fingerprints.fingers import Category, Finger
from app.registers.fir import fir_number
from app.registers.fir_rules import PartyRef
from app.security.permissions import Role
from app.security.users import UserService
from app.storage.database import Database
from app.storage.models import Fir, FirAccused, FirSection, OffenceSection, Person

FINGERS = (Finger.RIGHT_THUMB, Finger.RIGHT_INDEX)
FIRST_IMPRESSION = 100
MAX_ATTEMPTS = 12
CATEGORY_CYCLE = (Category.WANTED, Category.CRIMINAL_RECORD, Category.PROCLAIMED_OFFENDER, Category.CRIMINAL_RECORD)
REASONS = {
    Category.WANTED: "FIR {fir} u/s {sections}, PS {station}: absconding since registration.",
    Category.CRIMINAL_RECORD: "Arrested in FIR {fir} u/s {sections}, PS {station}; previous involvement on file.",
    Category.PROCLAIMED_OFFENDER: "FIR {fir} u/s {sections}, PS {station}: proclaimed u/s 87 CrPC.",
}


def silhouette(rng: random.Random) -> bytes:
    """A drawn head and shoulders on a coloured ground, as a JPEG."""
    image = Image.new("RGB", (120, 150), tuple(rng.randint(150, 220) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    shade = tuple(rng.randint(60, 110) for _ in range(3))
    draw.ellipse((35, 22, 85, 82), fill=shade)
    draw.ellipse((12, 92, 108, 190), fill=shade)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def accused_cases(db: Database, station_id: int, count: int) -> list[tuple[Person, Fir]]:
    """Named accused of the station's FIRs, one case each (with its sections), oldest first."""
    with db.read() as s:
        rows = s.execute(select(Person, Fir).join(FirAccused, FirAccused.person_id == Person.id)
                         .join(Fir, Fir.id == FirAccused.fir_id)
                         .where(Fir.station_id == station_id, Fir.kind == "original", Person.cnic.is_not(None))
                         .order_by(Fir.id)
                         .options(selectinload(Fir.sections).selectinload(FirSection.section)
                                  .selectinload(OffenceSection.law))).all()
        chosen: dict[int, tuple[Person, Fir]] = {}
        for person, fir in rows:
            if person.id not in chosen and len(chosen) < count:
                chosen[person.id] = (person, fir)
        s.expunge_all()
    return list(chosen.values())


def take_finger(enrolment: EnrolmentService, seed: int) -> list[Impression]:
    """Impressions as a CRO officer takes them: one refused (smudged, or too far off) is taken again."""
    taken: list[Impression] = []
    for number in range(FIRST_IMPRESSION, FIRST_IMPRESSION + MAX_ATTEMPTS):
        with contextlib.suppress(PoorImpression, TooFewFeatures, ImpressionsDisagree):
            taken.append(enrolment.assess(impression(seed, number).pixels, ENGINE_DPI, taken))
        if len(taken) == IMPRESSIONS_PER_FINGER:
            return taken
    raise RuntimeError(f"the synthetic finger {seed} gave no {IMPRESSIONS_PER_FINGER} agreeing prints")


def enrol_demo_records(enrolment: EnrolmentService, users: UserService, rng: random.Random, station_id: int,
                       station_name: str, count: int) -> list[DemoUser]:
    """Create the station's CRO and check-post officers, then ``count`` records of its accused."""
    cro, cro_login = create_officer(users, rng, set(), username=f"cro.{slug(station_name)}",
                                    role=Role.CRO_OFFICER, rank="ASI", station_id=station_id,
                                    station_name=station_name)
    _, check_login = create_officer(users, rng, set(), username=f"checkpost.{slug(station_name)}",
                                    role=Role.CHECKPOST_OFFICER, rank="HC", station_id=station_id,
                                    station_name=station_name)
    for k, (person, fir) in enumerate(accused_cases(enrolment.db, station_id, count)):
        category = CATEGORY_CYCLE[k % len(CATEGORY_CYCLE)]
        cited = ", ".join(f"{link.section.section} {link.section.law.short_en}" for link in fir.sections)
        fingers = {finger: take_finger(enrolment, finger_seed(person.uid, finger)) for finger in FINGERS}
        draft = EnrolmentDraft(PartyRef(person_id=person.id), category,
                               REASONS[category].format(fir=fir_number(fir), sections=cited, station=station_name),
                               fingers, silhouette(rng))
        enrolment.enrol(cro.actor, draft, is_demo=True)
    return [cro_login, check_login]
