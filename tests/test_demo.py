"""The demo dataset: deterministic, valid by the register rules, with the edge cases trainers need."""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.clock import pkt_date
from app.counter.stolen_list import vehicle_findings
from app.counter.vehicles import VehicleIds
from app.demo.generator import DemoInfo, build_demo
from app.demo.stolen_vehicles import DEFAULT_ENTRIES, SHOWN_HIT
from app.demo.stories import STATEMENT_OPENING, STORIES, TEMPLATE_KEYS
from app.registers.fir_rules import DELAY_NEEDS_EXPLANATION
from app.registers.verify import verify_all
from app.security.keystore import KeyringKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from app.storage.database import Database
from app.storage.models import DiaryDayClose, DiaryEntry, Fir, FirSection, Person
from app.validation.cnic import check_cnic
from app.validation.text import has_arabic

SEED = 2026
DAYS = 3
# Early January, so three days back cross a year end: numbering must restart at 1.
NEW_YEAR_CLOCK = datetime(2026, 1, 2, 6, 0, tzinfo=UTC)
# A minute before midnight in Pakistan: a build that read the wall clock twice would straddle two days.
LAST_MINUTE_CLOCK = datetime(2026, 3, 14, 18, 59, tzinfo=UTC)


def open_at(data_dir: Path, now: datetime) -> Services:
    return open_services(data_dir, KeyringKeyStore(data_dir), clock=lambda: now)


def firs(db: Database) -> list[Fir]:
    with db.read() as s:
        rows = list(s.scalars(select(Fir).options(
            selectinload(Fir.sections).selectinload(FirSection.section), selectinload(Fir.complainant))
            .order_by(Fir.station_id, Fir.year, Fir.serial, Fir.id)))
        s.expunge_all()
        return rows


def diary(db: Database) -> list[DiaryEntry]:
    with db.read() as s:
        rows = list(s.scalars(select(DiaryEntry).order_by(DiaryEntry.station_id, DiaryEntry.diary_date,
                                                          DiaryEntry.entry_no)))
        s.expunge_all()
        return rows


def persons(db: Database) -> list[Person]:
    with db.read() as s:
        rows = list(s.scalars(select(Person).order_by(Person.id)))
        s.expunge_all()
        return rows


def register_snapshot(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What a trainer sees: FIR numbers, complainants, narratives, sections; diary numbers and texts."""
    fir_rows = [(f.station_id, f.year, f.serial, f.kind, f.complainant.name_en, f.complainant.name_ur,
                 f.first_information, [s.section.section for s in f.sections]) for f in firs(db)]
    diary_rows = [(e.station_id, e.diary_date, e.entry_no, e.category, e.text) for e in diary(db)]
    return fir_rows, diary_rows


def assert_numbers_run_without_gaps(db: Database) -> None:
    serials: dict[tuple[int, int], list[int]] = defaultdict(list)
    for f in firs(db):
        if f.kind == "original":
            serials[f.station_id, f.year].append(f.serial)
    assert serials
    for key, numbers in serials.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), key


def test_same_seed_builds_the_same_registers(tmp_path: Path) -> None:
    first, second = open_at(tmp_path / "a", NEW_YEAR_CLOCK), open_at(tmp_path / "b", NEW_YEAR_CLOCK)
    other = open_at(tmp_path / "c", NEW_YEAR_CLOCK)
    try:
        for services, seed in ((first, SEED), (second, SEED), (other, SEED + 1)):
            build_demo(services, seed, days=DAYS, stations_per_district=1, counter_days=0)  # registers only
        same_firs, same_diary = register_snapshot(first.db)
        assert register_snapshot(second.db) == (same_firs, same_diary)
        assert len(same_firs) >= DAYS * 3 and len(same_diary) > len(same_firs)
        other_firs, _ = register_snapshot(other.db)
        assert [r[6] for r in other_firs] != [r[6] for r in same_firs], "the seed must change the narratives"
        assert {f.year for f in firs(first.db)} == {2025, 2026}
        assert_numbers_run_without_gaps(first.db)
    finally:
        for services in (first, second, other):
            services.close()


@pytest.fixture
def last_minute(tmp_path: Path) -> Iterator[Services]:
    opened = open_at(tmp_path / "station", LAST_MINUTE_CLOCK)
    yield opened
    opened.close()


def test_registers_keep_every_rule(last_minute: Services) -> None:
    services = last_minute
    info = build_demo(services, SEED, days=DAYS)
    assert verify_all(services.db) == []
    assert_numbers_run_without_gaps(services.db)
    all_firs = firs(services.db)
    originals = [f for f in all_firs if f.kind == "original"]
    assert len(info.station_ids) == 6 and info.counts["firs"] == len(originals)
    assert len(originals) >= len(info.station_ids) * DAYS
    assert all(f.is_demo for f in all_firs)
    assert all(f.sections for f in all_firs), "every FIR cites at least one section"
    assert info.counts["stolen_vehicles"] == DEFAULT_ENTRIES  # the district list a trainer verifies against
    with services.db.read() as s:
        [shown] = vehicle_findings(s, info.station_ids[0], VehicleIds(registration=SHOWN_HIT))
        assert shown.hit and shown.record_uid.startswith("stolen_vehicle:")
    assert all(f.occurred_from.tzinfo is not None and f.created_at.tzinfo is not None for f in all_firs)

    def delay(f: Fir) -> timedelta:
        return f.reported_at - (f.occurred_to or f.occurred_from)

    late = [f for f in all_firs if delay(f) > DELAY_NEEDS_EXPLANATION]
    assert late, "the dataset has at least one FIR reported late"
    assert all(f.delay_explanation for f in late)
    assert {f.kind for f in all_firs} == {"original", "correction", "cancellation"}

    entries = diary(services.db)
    assert all(e.is_demo for e in entries)
    by_fir = defaultdict(list)
    for e in entries:
        if e.category == "fir":
            by_fir[e.fir_id].append(e)
    for f in originals:
        (entry,) = by_fir[f.id]
        assert f.diary_ref == f"{entry.entry_no} / {entry.diary_date:%d-%m-%Y}"
        assert entry.written_at >= f.reported_at

    days: dict[tuple[int, object], list[DiaryEntry]] = defaultdict(list)
    for e in entries:
        days[e.station_id, e.diary_date].append(e)
    for day_entries in days.values():
        assert day_entries[0].category == "custody", "each day opens with the lock-up entry"
        times = [e.written_at for e in day_entries]
        assert times == sorted(times), "entry numbers follow the time written"
    with services.db.read() as s:
        closes = {(c.station_id, c.diary_date): c.entry_count for c in s.scalars(select(DiaryDayClose))}
    assert closes == {key: len(day_entries) for key, day_entries in days.items()}
    assert max(d for _, d in closes) == pkt_date(LAST_MINUTE_CLOCK) - timedelta(days=1)
    assert len(closes) == len(info.station_ids) * DAYS


def test_persons_are_valid_and_include_the_edge_cases(services: Services) -> None:
    build_demo(services, SEED, days=DAYS, stations_per_district=1)
    people = persons(services.db)
    assert all(p.is_demo for p in people)
    numbers = [n for p in people for n in (p.cnic, p.nicop) if n]
    assert len(numbers) == len(set(numbers)), "no two persons share a CNIC"
    for p in people:
        for number in (p.cnic, p.nicop):
            if number:
                checked = check_cnic(number, p.gender)
                assert checked.value == number and checked.warning is None, number
    no_card = [p for p in people if not p.cnic and not p.nicop]
    assert sorted(bool(p.passport) for p in no_card) == [False, True, True]
    minor = next(p for p in no_card if not p.passport)
    assert minor.age_years is not None and minor.age_years < 18
    assert len([p for p in people if p.nicop]) == 2
    assert any(p.cnic[0] in "146" for p in people if p.cnic), "visitors from other provinces"
    drill = ("Muhammad Boota", "Allah Ditta")
    namesakes = {p.cnic for p in people if (p.name_en, p.relative_name_en) == drill}
    assert len(namesakes) >= 2, "a namesake pair (same name and father, two CNICs) for de-duplication drills"

    originals = [f for f in firs(services.db) if f.kind == "original"]
    urdu = [f for f in originals if has_arabic(f.first_information)]
    assert 0.5 <= len(urdu) / len(originals) < 1, "most narratives are Urdu, some English"
    assert all("کا رہائشی ہوں" in f.first_information or "کی رہائشی ہوں" in f.first_information
               or "تحریر ہذا" in f.first_information for f in urdu)


def test_logins_and_progress(services: Services) -> None:
    calls: list[tuple[int, int]] = []
    info: DemoInfo = build_demo(services, SEED, lambda done, total: calls.append((done, total)), days=1,
                                stations_per_district=1)
    assert calls[-1][0] == calls[-1][1] and [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert info.moharrar_username == "moharrar.modeltown"
    roles = {u.role for u in info.users}
    assert {Role.MOHARRAR, Role.HEAD_MOHARRAR, Role.SHO, Role.INVESTIGATING_OFFICER, Role.TRAINER} <= roles
    assert all(len(u.password) >= 12 for u in info.users)
    login = next(u for u in info.users if u.username == info.moharrar_username)
    actor = services.users.login(login.username, login.password)
    assert actor.role == Role.MOHARRAR and actor.station_id == info.station_ids[0]
    assert info.counts["firs"] >= 9, "all edge cases fit in a one-day dataset"
    assert info.counts["cancellations"] == 1 and info.counts["corrections"] >= 1


def test_story_templates_use_only_known_keys() -> None:
    values = {key: key for key in TEMPLATE_KEYS}
    for story in STORIES:
        assert story.body_ur and story.body_en, story.key
        for template in (*story.body_ur, *story.body_en, *STATEMENT_OPENING):
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            assert fields <= set(values), (story.key, fields - set(values))
        assert all(has_arabic(t) for t in story.body_ur) and not any(has_arabic(t) for t in story.body_en)
    assert abs(sum(s.share for s in STORIES) - 1) < 1e-9
