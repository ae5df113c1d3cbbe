"""The trainer dataset (domain brief §9): stations, staff, and up to three months of registers.

Deterministic from the seed: one ``random.Random(seed)`` makes every choice and
the simulated clock ends at the start of "today" of the services' clock, so the
same seed on the same day gives the same registers. Every write goes through
the register services, as a moharrar's would.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import ColumnElement, func, select

from app.clock import pkt_date
from app.demo.cases import CaseComposer, SectionRef, StationInfo
from app.demo.cnic import CnicRegistry
from app.demo.complaints import build_complaints
from app.demo.counter_day import DAYS as COUNTER_DAYS
from app.demo.counter_day import build_counter_days
from app.demo.cro import enrol_demo_records
from app.demo.desk import CaseSpec, StationDesk, World
from app.demo.people import PeopleFactory
from app.demo.staff import DemoUser, create_officer, create_station_staff
from app.demo.stolen_vehicles import demo_stolen_list
from app.demo.stories import STORIES, SectionKey
from app.demo.timeline import Agenda, SimClock, pkt_at
from app.registers.diary import DiaryService
from app.registers.fir import FirService
from app.security.permissions import Role
from app.services import Services
from app.storage.models import (
    Base,
    Complaint,
    CroRecord,
    DiaryDayClose,
    DiaryEntry,
    District,
    Fir,
    Person,
    PoliceStation,
    StolenVehicle,
    User,
)

# Three months at two stations a district (domain brief §9). Every write goes through the services,
# so the set takes about a minute once per seed (demo mode then reuses it); tests build a few days.
DEFAULT_DAYS = 90
DEFAULT_STATIONS_PER_DISTRICT = 2
DEFAULT_CRO_RECORDS = 8  # at the first station, enrolled with synthetic prints
# Districts of the dataset and the stations to prefer in each, in the order used.
STATIONS: dict[str, tuple[str, ...]] = {
    "Lahore": ("Model Town", "Gulberg", "Township", "Raiwind"),
    "Faisalabad": ("Mansoorabad", "Civil Lines", "Sadar Jaranwala"),
    "Rawalpindi": ("New Town", "Waris Khan", "Gujar Khan"),
}
JOINT_SECTIONS: tuple[SectionKey, ...] = (("PPC", "34"), ("PPC", "148"), ("PPC", "149"))

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoInfo:
    station_ids: list[int]
    users: list[DemoUser]  # (username, password, role, station name) for the login screen
    moharrar_username: str  # the moharrar of Lahore's first station: the one the demo logs in as
    counts: dict[str, int]


def build_demo(services: Services, seed: int, progress: Progress | None = None, *, days: int = DEFAULT_DAYS,
               stations_per_district: int = DEFAULT_STATIONS_PER_DISTRICT,
               cro_records: int = DEFAULT_CRO_RECORDS, counter_days: int = COUNTER_DAYS) -> DemoInfo:
    """Fill a fresh database with ``days`` days of demo registers ending yesterday (PKT), and the first station's
    counter over ``counter_days`` days ending now."""
    if days < 1:
        raise ValueError("days must be at least 1")
    report: Progress = progress or (lambda _done, _total: None)
    rng = random.Random(seed)
    today = pkt_date(services.firs.clock())
    first_day = today - timedelta(days=days)
    stations = choose_stations(services, stations_per_district)
    sections = load_sections(services)
    clock = SimClock(pkt_at(first_day, 0))
    world = World(rng, clock, services.db, FirService(services.db, clock), DiaryService(services.db, clock),
                  Agenda(), end=pkt_at(today, 0))
    total = len(stations) * (days + 1)
    done = 0
    cnics = CnicRegistry(rng)
    desks: list[StationDesk] = []
    users: list[DemoUser] = []
    for station in stations:
        staff, logins = create_station_staff(services.users, rng, station.id, station.name[0])
        users += logins
        people = PeopleFactory(rng, cnics, station.district)
        composer = CaseComposer(rng, station, sections, staff.constables)
        desks.append(StationDesk(world, station, staff, people, composer))
        done += 1
        report(done, total)
    _, trainer = create_officer(services.users, rng, set(), username="trainer", role=Role.TRAINER,
                                rank="Inspector", station_id=stations[0].id, station_name=stations[0].name[0])
    users.append(trainer)

    edge = edge_cases(desks[0].people, days)

    def day_closed() -> None:
        nonlocal done
        done += 1
        report(done, total)

    for k in range(days):
        day = first_day + timedelta(days=k)
        for i, desk in enumerate(desks):
            desk.plan_day(day, edge.get(k, []) if i == 0 else [], day_closed)
        world.agenda.run_until(pkt_at(day + timedelta(days=1), 0))
    # after the registers, so the same seed still gives the same registers
    users += enrol_demo_records(services.enrolment, services.users, rng, stations[0].id, stations[0].name[0],
                                cro_records)
    demo_stolen_list(services.db, rng, today, STATIONS)
    users += build_counter_days(services, rng, stations[0], desks[0].people, services.firs.clock(), counter_days)
    if counter_days:  # the front desk's week goes with the counter's days (tests that skip one skip both)
        build_complaints(services, rng, desks[0].staff, desks[0].people, services.firs.clock())
    moharrar = desks[0].staff.moharrar.actor.username
    return DemoInfo([s.id for s in stations], users, moharrar, count_records(services))


def choose_stations(services: Services, per_district: int) -> list[StationInfo]:
    chosen: list[StationInfo] = []
    with services.db.read() as s:
        for district_name, preferred in STATIONS.items():
            district = s.scalars(select(District).where(District.name_en == district_name)).first()
            if district is None:
                raise ValueError(f"The reference data has no district {district_name}.")
            rows = list(s.scalars(select(PoliceStation).where(PoliceStation.district_id == district.id)
                                  .order_by(PoliceStation.id)))

            def rank(ps: PoliceStation, preferred: tuple[str, ...] = preferred) -> int:
                hits = [i for i, name in enumerate(preferred) if name.lower() in ps.name_en.lower()]
                return hits[0] if hits else len(preferred)

            for ps in sorted(rows, key=rank)[:per_district]:
                chosen.append(StationInfo(ps.id, (ps.name_en, ps.name_ur), district_name))
    return chosen


def load_sections(services: Services) -> dict[SectionKey, SectionRef]:
    """Every section the stories cite, from the reference data; fail early if one is missing."""
    sections = {(s.law.code, s.section): SectionRef(s.id, s.law.code, s.section,
                                                     (s.law.short_en, s.law.short_ur), s.bailable)
                for s in services.reference.sections()}
    needed = {key for story in STORIES for key in story.sections} | set(JOINT_SECTIONS)
    missing = sorted(needed - sections.keys())
    if missing:
        raise ValueError(f"The reference data lacks the offence sections {missing}.")
    return sections


def edge_cases(people: PeopleFactory, days: int) -> Mapping[int, list[CaseSpec]]:
    """The cases §9.4 asks for, at the demo moharrar's station in the first days (by day index)."""
    boota = people.accused()
    boota.name, boota.relative = ("Muhammad Boota", "محمد بوٹا"), ("Allah Ditta", "اللہ دتہ")
    plan = {
        0: [CaseSpec("house_theft", late=True, correct_after=timedelta(days=2)),
            CaseSpec("cheating", cancel_after=timedelta(days=20)),
            CaseSpec("hurt", accused=[boota]),
            CaseSpec("trespass", accused=[people.namesake(boota)]),
            CaseSpec("street_robbery", urdu=False, complainant=people.visitor())],
        1: [CaseSpec("mobile_theft", urdu=False, complainant=people.foreigner(0)),
            CaseSpec("street_robbery", urdu=False, complainant=people.foreigner(1)),
            CaseSpec("cheque_dishonour", complainant=people.overseas()),
            CaseSpec("cheque_dishonour", urdu=False, complainant=people.overseas("F"))],
        2: [CaseSpec("hurt", accused=[people.accused(), people.minor()])],
    }
    by_day: dict[int, list[CaseSpec]] = {}
    for k, specs in plan.items():
        by_day.setdefault(min(k, days - 1), []).extend(specs)
    return by_day


def count_records(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        def count(model: type[Base], *where: ColumnElement[bool]) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return {
            "firs": count(Fir, Fir.kind == "original", Fir.is_demo.is_(True)),
            "corrections": count(Fir, Fir.kind == "correction", Fir.is_demo.is_(True)),
            "cancellations": count(Fir, Fir.kind == "cancellation", Fir.is_demo.is_(True)),
            "diary_entries": count(DiaryEntry, DiaryEntry.is_demo.is_(True)),
            "days_closed": count(DiaryDayClose),
            "persons": count(Person, Person.is_demo.is_(True)),
            "users": count(User),
            "cro_records": count(CroRecord, CroRecord.is_demo.is_(True)),
            "stolen_vehicles": count(StolenVehicle, StolenVehicle.is_demo.is_(True)),
            "complaints": count(Complaint, Complaint.is_demo.is_(True)),
        }

