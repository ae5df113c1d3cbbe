"""One station's moharrar desk in the simulation: FIRs, diary entries, lock-up, day close.

Every write goes through the register services with the simulated clock set
to the moment the entry is written; a station's entries are written in time
order so that diary numbers follow the time written.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

from sqlalchemy import select

from app.clock import PKT, pkt_date, to_pkt
from app.demo import diary_text as dt
from app.demo.cases import Case, CaseComposer, StationInfo, pick_story
from app.demo.names import CITY
from app.demo.people import DemoPerson, PeopleFactory
from app.demo.staff import Officer, StationStaff, constables_phrase
from app.demo.stories import STORIES, Story
from app.demo.timeline import Agenda, SimClock, fit_in_day, pkt_at
from app.registers.diary import DiaryDraft, DiaryService
from app.registers.fir import FirService, draft_from, fir_number
from app.storage.database import Database
from app.storage.models import DiaryEntry, Fir, FirAccused

STORY_BY_KEY = {s.key: s for s in STORIES}
# Hours in which complaints reach the station: quiet at night, busiest in the day.
REPORT_HOURS = list(range(0, 23))
REPORT_WEIGHTS = [1, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7, 6, 5, 3]
URDU_SHARE = 0.75
LATE_SHARE = 0.05
# Shares that keep the diary near six entries a station-day (each one is a write with an fsync).
PATROL_SHARE = 0.3
SPOT_VISIT_SHARE = 0.1
ARREST_SHARE = 0.15  # of named accused, some days after the FIR
PHYSICAL_REMAND_SHARE = 0.3
RECOVERY_AFTER_ARREST_SHARE = 0.15
CORRECTION_SHARE = 0.012
CANCELLATION_SHARE = 0.004
FEMALE_COMPLAINANT_SHARE = 0.22
REPEAT_COMPLAINANT_SHARE = 0.06  # shopkeepers and neighbours who come back
REPEAT_OFFENDER_SHARE = 0.12
VISITOR_SHARE = 0.03  # complainants from other provinces


@dataclass
class World:
    """What all desks share: the one random generator, the simulated clock, the services."""

    rng: random.Random
    clock: SimClock
    db: Database
    firs: FirService
    diary: DiaryService
    agenda: Agenda
    end: datetime  # nothing is written at or after this instant


@dataclass
class CaseSpec:
    """A case the dataset must contain (the edge cases of the domain brief §9.4)."""

    story: str
    urdu: bool = True
    late: bool = False
    complainant: DemoPerson | None = None
    accused: list[DemoPerson] | None = None
    correct_after: timedelta | None = None
    cancel_after: timedelta | None = None


@dataclass
class Custody:
    person: DemoPerson
    case: Case
    arrested_at: datetime
    remanded: bool = False


def officer_as_person(people: PeopleFactory, station: StationInfo, officer: Officer) -> DemoPerson:
    """An officer named as a complainant: a person record addressed at the station."""
    person = people.resident("M", (30, 55))
    person.name = officer.name
    city = CITY[station.district]
    person.address = (f"Police Station {station.name[0]}, {city[0]}", f"تھانہ {station.name[1]}، {city[1]}")
    return person


def day_text(instant: datetime) -> str:
    return f"{to_pkt(instant):%d-%m-%Y}"


def clock_text(instant: datetime) -> str:
    return f"{to_pkt(instant):%H:%M}"


class StationDesk:
    def __init__(self, world: World, station: StationInfo, staff: StationStaff, people: PeopleFactory,
                 composer: CaseComposer) -> None:
        self.world = world
        self.rng = world.rng
        self.station = station
        self.staff = staff
        self.people = people
        self.composer = composer
        self.last_written = datetime.min.replace(tzinfo=PKT)
        self.last_entry: dict[date, int] = {}
        self.custody: dict[int, Custody] = {}
        self.complainants: list[DemoPerson] = []
        self.offenders: list[DemoPerson] = []
        self.police_persons: dict[int, DemoPerson] = {}
        self.cancelled: set[int] = set()

    # --- a day ------------------------------------------------------------------

    def plan_day(self, day: date, specs: list[CaseSpec], on_closed: Callable[[], None]) -> None:
        """Put the day's events on the agenda: opening, patrol, complaints and the close."""
        rng, agenda = self.rng, self.world.agenda
        agenda.at(pkt_at(day, 0, 1, rng.randint(0, 59)), self.open_day)
        if rng.random() < PATROL_SHARE:
            agenda.at(pkt_at(day, rng.choice((9, 10, 20, 21)), rng.randint(0, 59)), self.patrol)
        count = max(len(specs), rng.choices(range(1, 7), weights=[10, 22, 30, 20, 12, 6])[0])
        hours = sorted(rng.choices(REPORT_HOURS, weights=REPORT_WEIGHTS, k=count))
        for i, hour in enumerate(hours):
            spec = specs[i] if i < len(specs) else None
            reported = pkt_at(day, hour, rng.randint(0, 59))

            def register(when: datetime, spec: CaseSpec | None = spec) -> None:
                self.register_case(when, spec)

            agenda.at(reported, register)

        def close(when: datetime) -> None:
            self.close_day(day, when)
            on_closed()

        agenda.at(pkt_at(day, 23, 59), close)

    def open_day(self, when: datetime) -> None:
        """The day's first entry lists everyone in the lock-up; it is kept in Urdu like the register."""
        held = list(self.custody.values())
        if not held:
            self._write("custody", dt.CUSTODY_EMPTY[1], when)
            return
        items = [dt.CUSTODY_ITEM[1].format(accused=c.person.title(True), fir=c.case.number,
                                           sections=c.case.sections_text(True), date=day_text(c.arrested_at),
                                           time=clock_text(c.arrested_at)) for c in held]
        self._write("custody", dt.CUSTODY_LIST[1].format(list="؛ ".join(items)), when,
                    persons=[c.person.person_id for c in held if c.person.person_id])

    def close_day(self, day: date, when: datetime) -> None:
        self._stamp(when)
        self.world.diary.close_day(self.staff.head_moharrar.actor, day)

    def patrol(self, when: datetime) -> None:
        urdu = self._urdu()
        officer = self.rng.choice(self.staff.ios)
        beat = self.composer.locality()[urdu]
        values = {"officer": officer.title(urdu), "constables": self._constables(urdu), "beat": beat}
        self._write("departure", dt.PATROL_OUT[urdu].format(**values), when)
        back = fit_in_day(when + timedelta(minutes=self.rng.randint(120, 200)))
        self._later(back, lambda t: self._write("return", dt.PATROL_BACK[urdu].format(**values), t))

    # --- an FIR -------------------------------------------------------------------

    def register_case(self, reported_at: datetime, spec: CaseSpec | None) -> None:
        rng, world = self.rng, self.world
        story = STORY_BY_KEY[spec.story] if spec else pick_story(rng)
        urdu = spec.urdu if spec else self._urdu()
        late = spec.late if spec else story.accused != "recovery" and rng.random() < LATE_SHARE
        officer = self._police_complainant() if story.accused == "recovery" else None
        complainant = (spec.complainant if spec and spec.complainant else
                       self._police_person(officer) if officer else self._complainant(story))
        accused = spec.accused if spec and spec.accused is not None else self._accused(story, complainant)
        io = self.staff.sho if story.family == "murder" else rng.choice(
            [o for o in self.staff.ios if o != officer] or list(self.staff.ios))
        written = self._stamp(reported_at + timedelta(minutes=rng.randint(15, 40)))
        # The FIR names the diary entry that records it, written next; its number is known now.
        diary_day = pkt_date(written)
        diary_ref = f"{self.last_entry.get(diary_day, 0) + 1} / {diary_day:%d-%m-%Y}"
        case, draft = self.composer.compose(story, reported_at, urdu=urdu, complainant=complainant,
                                            accused=accused, io=io, officer=officer, late=late,
                                            written_at=written, diary_ref=diary_ref)
        fir = world.firs.register(self.staff.on_duty(to_pkt(written).hour).actor, draft, is_demo=True)
        case.fir_id, case.number = fir.id, fir_number(fir)
        self._learn_person_ids(case, fir)
        entry = self._write("fir", self._fir_entry_text(case, officer), written, fir_id=fir.id,
                            persons=[complainant.person_id], received=reported_at)
        assert diary_ref == f"{entry.entry_no} / {entry.diary_date:%d-%m-%Y}", (diary_ref, entry.entry_no)
        self._follow_up(case, entry.written_at, spec)

    def _fir_entry_text(self, case: Case, officer: Officer | None) -> str:
        urdu = case.urdu
        values = {"complainant": case.complainant.title(urdu), "fir": case.number,
                  "sections": case.sections_text(urdu), "io": case.io.title(urdu),
                  "officer": officer.title(urdu) if officer else "", "constable": self._constables(urdu, 1)}
        return (dt.FIR_FROM_REPORT if officer else dt.FIR_FROM_APPLICATION)[urdu].format(**values)

    def _follow_up(self, case: Case, written: datetime, spec: CaseSpec | None) -> None:
        rng = self.rng
        if case.story.accused == "recovery":
            for person in case.accused:
                self._later(written + timedelta(minutes=rng.randint(3, 10)),
                            partial(self.arrest, person=person, case=case, at_spot=True))
        else:
            if rng.random() < SPOT_VISIT_SHARE:
                self._later(written + timedelta(minutes=rng.randint(10, 40)),
                            lambda t: self.visit_spot(t, case))
            for person in case.accused:
                if rng.random() < ARREST_SHARE:
                    day = pkt_date(written) + timedelta(days=rng.randint(1, 12))
                    self._later(pkt_at(day, rng.randint(10, 19), rng.randint(0, 59)),
                                partial(self.arrest, person=person, case=case, at_spot=False))
        if spec and spec.correct_after:
            self._later(self._before_end(written, spec.correct_after), lambda t: self.correct(t, case))
        elif rng.random() < CORRECTION_SHARE:
            self._later(pkt_at(pkt_date(written) + timedelta(days=rng.randint(1, 6)), rng.randint(11, 17)),
                        lambda t: self.correct(t, case))
        if spec and spec.cancel_after:
            self._later(self._before_end(written, spec.cancel_after), lambda t: self.cancel(t, case))
        elif rng.random() < CANCELLATION_SHARE:
            self._later(pkt_at(pkt_date(written) + timedelta(days=rng.randint(15, 45)), rng.randint(11, 17)),
                        lambda t: self.cancel(t, case))

    def visit_spot(self, when: datetime, case: Case) -> None:
        urdu = case.urdu
        values = {"io": case.io.title(urdu), "constables": self._constables(urdu), "fir": case.number}
        self._write("departure", dt.SPOT_OUT[urdu].format(**values), when, fir_id=case.fir_id)
        back = fit_in_day(when + timedelta(minutes=self.rng.randint(90, 240)))
        self._later(back, lambda t: self._write("return", dt.SPOT_BACK[urdu].format(**values), t,
                                                fir_id=case.fir_id))

    # --- lock-up ------------------------------------------------------------------

    def arrest(self, when: datetime, person: DemoPerson, case: Case, at_spot: bool) -> None:
        if person.person_id is None or person.person_id in self.custody or case.fir_id in self.cancelled:
            return
        rng, urdu = self.rng, case.urdu
        arrested_at = case.occurred_at if at_spot else when - timedelta(minutes=rng.randint(20, 60))
        where = case.place if at_spot else self.composer.locality()[urdu]
        self._write("arrest", dt.ARREST[urdu].format(
            io=case.io.title(urdu), accused=person.title(urdu), fir=case.number,
            sections=case.sections_text(urdu), date=day_text(arrested_at), time=clock_text(arrested_at),
            place=where,
        ), when, fir_id=case.fir_id, persons=[person.person_id], received=arrested_at)
        self.custody[person.person_id] = Custody(person, case, arrested_at)
        if case.recovered or (case.loot and rng.random() < RECOVERY_AFTER_ARREST_SHARE):
            items = case.recovered[urdu] if case.recovered else case.loot
            self._later(when + timedelta(minutes=rng.randint(10, 40)), lambda t: self._write(
                "malkhana", dt.MALKHANA[urdu].format(fir=case.number, items=items, parcels=rng.randint(1, 3),
                                                     io=case.io.title(urdu)), t, fir_id=case.fir_id))
        person_id: int = person.person_id
        if case.bailable:
            self._later(when + timedelta(hours=rng.randint(2, 6)), lambda t: self.release(t, person_id))
        else:
            self._later(self._court_time(when, days=1), lambda t: self.produce(t, person_id))

    def produce(self, when: datetime, person_id: int) -> None:
        held = self.custody.get(person_id)
        if held is None:
            return
        urdu, case = held.case.urdu, held.case
        values = {"accused": held.person.title(urdu), "fir": case.number,
                  "constables": self._constables(urdu), "court": CITY[self.station.district][urdu], "days": 0}
        if not held.remanded and self.rng.random() < PHYSICAL_REMAND_SHARE:
            values["days"] = days = self.rng.randint(2, 5)
            held.remanded = True
            self._write("court", dt.COURT_PHYSICAL[urdu].format(**values), when, fir_id=case.fir_id,
                        persons=[person_id])
            self._later(self._court_time(when, days), lambda t: self.produce(t, person_id))
            return
        self._write("court", dt.COURT_JUDICIAL[urdu].format(**values), when, fir_id=case.fir_id,
                    persons=[person_id])
        del self.custody[person_id]

    def release(self, when: datetime, person_id: int) -> None:
        held = self.custody.pop(person_id, None)
        if held is None:
            return
        urdu = held.case.urdu
        text = dt.RELEASE_ON_BAIL[urdu].format(accused=held.person.title(urdu), fir=held.case.number)
        self._write("release", text, when, fir_id=held.case.fir_id, persons=[person_id])

    # --- corrections and cancellations ----------------------------------------------

    def correct(self, when: datetime, case: Case) -> None:
        if case.fir_id in self.cancelled:
            return
        self._stamp(when)
        draft = draft_from(self.world.firs.history(self.staff.head_moharrar.actor, case.fir_id).current)
        which = self.rng.randrange(len(dt.CORRECTION_REASONS))
        if which == 0:
            draft.distance_km = round(self.rng.uniform(0.4, 14.0), 1)
        else:
            draft.place += " (بمطابق نقشہ موقع)" if case.urdu else " (as per the site plan)"
        self.world.firs.correct(self.staff.head_moharrar.actor, case.fir_id, draft,
                                dt.CORRECTION_REASONS[which][case.urdu])

    def cancel(self, when: datetime, case: Case) -> None:
        if case.fir_id in self.cancelled:
            return
        self._stamp(when)
        reason = self.rng.choice(dt.CANCELLATION_REASONS)[case.urdu]
        self.world.firs.cancel(self.staff.head_moharrar.actor, case.fir_id, reason)
        self.cancelled.add(case.fir_id)

    # --- persons ---------------------------------------------------------------------

    def _complainant(self, story: Story) -> DemoPerson:
        rng = self.rng
        gender = story.complainant_gender or ("F" if rng.random() < FEMALE_COMPLAINANT_SHARE else "M")
        known = [p for p in self.complainants if p.gender == gender]
        if known and rng.random() < REPEAT_COMPLAINANT_SHARE:
            return rng.choice(known)
        visitor = gender == "M" and rng.random() < VISITOR_SHARE
        person = self.people.visitor() if visitor else self.people.resident(gender)
        self.complainants.append(person)
        return person

    def _accused(self, story: Story, complainant: DemoPerson) -> list[DemoPerson]:
        if story.accused == "unknown":
            return []
        chosen: list[DemoPerson] = []
        for _ in range(self.rng.randint(*story.accused_count)):
            repeat = [p for p in self.offenders if p not in chosen and p != complainant]
            again = repeat and self.rng.random() < REPEAT_OFFENDER_SHARE
            person = self.rng.choice(repeat) if again else self.people.accused()
            chosen.append(person)
        self.offenders += [p for p in chosen if p not in self.offenders]
        return chosen

    def _police_complainant(self) -> Officer:
        return self.rng.choice([*self.staff.ios, *self.staff.ios, self.staff.sho])

    def _police_person(self, officer: Officer) -> DemoPerson:
        """The officer who reports a recovery is the complainant: one person record each."""
        uid = officer.actor.user_id
        if uid not in self.police_persons:
            self.police_persons[uid] = officer_as_person(self.people, self.station, officer)
        return self.police_persons[uid]

    def _learn_person_ids(self, case: Case, fir: Fir) -> None:
        """New persons got records with the FIR: remember their ids so they are reused, not re-created."""
        case.complainant.person_id = fir.complainant_id
        if all(p.person_id is not None for p in case.accused):
            return
        with self.world.db.read() as s:
            rows = s.execute(select(FirAccused.position, FirAccused.person_id)
                             .where(FirAccused.fir_id == fir.id).order_by(FirAccused.position)).all()
        for person, (_, person_id) in zip(case.accused, rows, strict=False):
            person.person_id = person_id

    # --- writing ------------------------------------------------------------------------

    def _stamp(self, when: datetime) -> datetime:
        """The moment of the next write: never before the station's previous write."""
        gap = timedelta(seconds=self.rng.randint(40, 180))
        at = max(when, self.last_written + gap).replace(microsecond=0)
        self.last_written = at
        self.world.clock.now = at
        return at

    def _write(self, category: str, text: str, when: datetime, *, fir_id: int | None = None,
               persons: list[int | None] | None = None, received: datetime | None = None) -> DiaryEntry:
        at = self._stamp(when)
        writer = self.staff.on_duty(to_pkt(at).hour)
        draft = DiaryDraft(category=category, text=text, info_received_at=received, fir_id=fir_id,
                           person_ids=[p for p in persons or [] if p is not None])
        entry = self.world.diary.write(writer.actor, draft, is_demo=True)
        self.last_entry[entry.diary_date] = entry.entry_no
        return entry

    def _later(self, when: datetime, action: Callable[[datetime], object]) -> None:
        self.world.agenda.at(fit_in_day(when), action)

    def _court_time(self, when: datetime, days: int) -> datetime:
        """Courts sit in the late morning."""
        day = pkt_date(when) + timedelta(days=days)
        return pkt_at(day, self.rng.randint(10, 12), self.rng.randint(0, 59))

    def _before_end(self, written: datetime, after: timedelta) -> datetime:
        """A forced follow-up that must fall inside the data window, even for a short one."""
        latest = self.world.end - timedelta(hours=1, minutes=30)
        return max(written + timedelta(minutes=30), min(written + after, latest))

    def _urdu(self) -> bool:
        return self.rng.random() < URDU_SHARE

    def _constables(self, urdu: bool, count: int = 2) -> str:
        return constables_phrase(self.rng, self.staff.constables, urdu, count)
