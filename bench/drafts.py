"""New FIR drafts for the save bench, composed like the bulk ones for the bench station."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

from sqlalchemy import select

from app.clock import now_utc, pkt_date
from app.demo.cases import StationInfo
from app.demo.generator import load_sections
from app.demo.names import MALE_NAMES
from app.demo.staff import RANKS, Officer, StationStaff
from app.registers.fir_rules import FirDraft
from app.security.actor import Actor
from app.security.permissions import Role
from app.services import Services
from app.storage.models import User
from bench.synth import SynthStation

# Reported six hours ago: each draft is written up to three minutes after the previous one and
# none may be stamped in the future.
REPORTED_AGO = timedelta(hours=6)


def station_staff(services: Services, station_id: int, rng: random.Random) -> StationStaff:
    """The officers the loader made for the station, as the demo's staff tuple (posts in id order)."""
    with services.db.read() as s:
        officers = [Officer(Actor(u.id, u.username, Role(u.role), station_id), RANKS[u.rank],
                            (u.full_name, u.full_name_ur))
                    for u in s.scalars(select(User).where(User.station_id == station_id).order_by(User.id))]
    moharrar, head, sho, io1, io2 = officers[:5]
    constables = tuple((rng.choice(MALE_NAMES), rng.randint(1000, 9999)) for _ in range(6))
    return StationStaff(moharrar, head, sho, (io1, io2), constables)


def new_drafts(services: Services, station_id: int, seed: int, reported_ago: timedelta = REPORTED_AGO,
               ) -> Iterator[FirDraft]:
    """Endless drafts naming new persons (as a form does) for the station; ``reported_ago`` leaves room for
    as many drafts as are wanted (about two minutes each)."""
    rng = random.Random(seed)
    ps = services.reference.station(station_id)
    station = StationInfo(ps.id, (ps.name_en, ps.name_ur), ps.district.name_en)
    now = now_utc()
    synth = SynthStation(rng, station, station_staff(services, station_id, rng), load_sections(services),
                         pkt_date(now))
    while True:
        yield synth.case(now - reported_ago).draft
