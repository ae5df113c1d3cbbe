"""Deterministic FIR content for the bench station, made from the demo generator's pieces.

The demo's ``StationDesk`` scans every person it ever made on each case (fine
for three months, quadratic for a million FIRs) and writes through the
services, so the bench picks persons from bounded pools itself and leaves the
prose, places, sections and persons to ``CaseComposer`` and ``PeopleFactory``.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.clock import PKT, pkt_date, to_pkt
from app.demo import desk
from app.demo.cases import CaseComposer, SectionRef, StationInfo, pick_story
from app.demo.cnic import CnicRegistry
from app.demo.people import DemoPerson, PeopleFactory
from app.demo.staff import Officer, StationStaff
from app.demo.stories import SectionKey, Story
from app.demo.timeline import pkt_at
from app.registers.fir_rules import STATUSES, FirDraft

POOL = 5000  # recent complainants and offenders that may come back
OPEN_CASES = timedelta(days=365)
STATUS_WEIGHTS = (2, 5, 3)  # of STATUSES[:3] for older cases: investigating, challaned, untraced


@dataclass(eq=False)
class Party:
    """A demo person and, once an FIR has named them, their person record."""

    who: DemoPerson
    record: Any = None  # their person row (bench.rows), made with the first FIR naming them


@dataclass
class SynthCase:
    draft: FirDraft
    urdu: bool
    complainant: Party
    accused: list[Party]  # the named accused, in the draft's order (unknown ones are descriptions)
    recorder: Officer  # the moharrar on duty when it was written
    written_at: datetime
    status: str


def report_times(rng: random.Random, first: date, last: date, count: int) -> Iterator[datetime]:
    """``count`` report instants spread evenly over the days, busiest in the day (the demo's hours)."""
    days = (last - first).days + 1
    for k in range(days):
        n = (k + 1) * count // days - k * count // days
        day = first + timedelta(days=k)
        hours = sorted(rng.choices(desk.REPORT_HOURS, weights=desk.REPORT_WEIGHTS, k=n))
        yield from sorted(pkt_at(day, h, rng.randint(0, 59)) for h in hours)


class SynthStation:
    """Composes one station's FIRs in time order."""

    def __init__(self, rng: random.Random, station: StationInfo, staff: StationStaff,
                 sections: dict[SectionKey, SectionRef], today: date) -> None:
        self.rng, self.station, self.staff, self.today = rng, station, staff, today
        self.people = PeopleFactory(rng, CnicRegistry(rng), station.district)
        self.composer = CaseComposer(rng, station, sections, staff.constables)
        self.complainants: deque[Party] = deque(maxlen=POOL)
        self.offenders: deque[Party] = deque(maxlen=POOL)
        self.police: dict[int, Party] = {}
        self.last_written = datetime.min.replace(tzinfo=PKT)

    def case(self, reported_at: datetime) -> SynthCase:
        rng = self.rng
        story = pick_story(rng)
        urdu = rng.random() < desk.URDU_SHARE
        late = story.accused != "recovery" and rng.random() < desk.LATE_SHARE
        officer = rng.choice([*self.staff.ios, *self.staff.ios, self.staff.sho]) \
            if story.accused == "recovery" else None
        complainant = self._police(officer) if officer else self._complainant(story)
        accused = self._accused(story, complainant)
        io = self.staff.sho if story.family == "murder" else rng.choice(
            [o for o in self.staff.ios if o != officer] or list(self.staff.ios))
        # Like the desk's stamp: written after the report, never before the previous write.
        gap = timedelta(seconds=rng.randint(40, 180))
        written = max(reported_at + timedelta(minutes=rng.randint(15, 40)), self.last_written + gap)
        self.last_written = written
        _, draft = self.composer.compose(story, reported_at, urdu=urdu, complainant=complainant.who,
                                         accused=[p.who for p in accused], io=io, officer=officer, late=late,
                                         written_at=written, diary_ref="")
        return SynthCase(draft, urdu, complainant, accused, self.staff.on_duty(to_pkt(written).hour), written,
                         self._status(reported_at))

    def _status(self, reported_at: datetime) -> str:
        """Most cases older than a year have gone to court or been filed untraced."""
        if self.today - pkt_date(reported_at) < OPEN_CASES:
            return "under_investigation"
        return self.rng.choices(STATUSES[:3], weights=STATUS_WEIGHTS)[0]

    def _complainant(self, story: Story) -> Party:
        rng = self.rng
        gender = story.complainant_gender or ("F" if rng.random() < desk.FEMALE_COMPLAINANT_SHARE else "M")
        if self.complainants and rng.random() < desk.REPEAT_COMPLAINANT_SHARE:
            known = rng.choice(self.complainants)
            if known.who.gender == gender:
                return known
        visitor = gender == "M" and rng.random() < desk.VISITOR_SHARE
        party = Party(self.people.visitor() if visitor else self.people.resident(gender))
        self.complainants.append(party)
        return party

    def _accused(self, story: Story, complainant: Party) -> list[Party]:
        if story.accused == "unknown":
            return []
        chosen: list[Party] = []
        for _ in range(self.rng.randint(*story.accused_count)):
            again = self.offenders and self.rng.random() < desk.REPEAT_OFFENDER_SHARE
            party = self.rng.choice(self.offenders) if again else None
            if party is None or party in chosen or party is complainant:
                party = Party(self.people.accused())
                self.offenders.append(party)
            chosen.append(party)
        return chosen

    def _police(self, officer: Officer) -> Party:
        """The officer who reports a recovery is its complainant: one person record each."""
        uid = officer.actor.user_id
        if uid not in self.police:
            self.police[uid] = Party(desk.officer_as_person(self.people, self.station, officer))
        return self.police[uid]

