"""The bench's bulk loader makes a database that is valid by the app's own rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import select

from app.registers.persons import PersonDraft, check_person
from app.registers.verify import verify_all
from app.services import Services
from app.storage.models import Fir, Person
from bench.loader import Manifest, build, open_bench, reusable
from tests.factories import fir_draft

FIRS = 2000
SEED = 7


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    data_dir = tmp_path_factory.mktemp("bench") / "station"
    return data_dir, build(data_dir, FIRS, SEED)


@pytest.fixture
def bench(built: tuple[Path, Manifest]) -> Iterator[Services]:
    services = open_bench(built[0])
    yield services
    services.close()


def test_every_hash_chain_verifies(bench: Services) -> None:
    assert verify_all(bench.db) == []


def test_numbers_restart_each_year_without_gaps(bench: Services, built: tuple[Path, Manifest]) -> None:
    serials: dict[int, list[int]] = defaultdict(list)
    with bench.db.read() as s:
        for year, serial in s.execute(select(Fir.year, Fir.serial).where(Fir.station_id == built[1].station_id)
                                      .order_by(Fir.id)):
            serials[year].append(serial)
    assert sum(len(v) for v in serials.values()) == FIRS
    assert min(serials) == 2016 and len(serials) >= 10
    for numbers in serials.values():
        assert numbers == list(range(1, len(numbers) + 1))


def test_persons_are_as_the_person_form_would_store_them(bench: Services) -> None:
    names = [f.name for f in fields(PersonDraft)]
    with bench.db.read() as s:
        drafts = [PersonDraft(**{name: getattr(p, name) for name in names}) for p in s.scalars(select(Person))]
    assert len(drafts) > FIRS
    for draft in drafts:
        checked = check_person(draft)
        assert checked.draft == draft and checked.warnings == []


def test_search_finds_both_scripts_and_exact_numbers(bench: Services, built: tuple[Path, Manifest]) -> None:
    moharrar = bench.users.login(built[1].username, built[1].password)
    q = bench.queries
    assert q.fir_search(moharrar, "محمد اسلم") and q.fir_search(moharrar, "Muhammad Aslam")
    assert q.fir_search(moharrar, "چوری") and q.fir_search(moharrar, "motorcycle")
    [hit] = q.fir_search(moharrar, "1/2026")
    assert q.fir_rows(moharrar, [hit])[0].number == "1/2026"


def test_reused_until_the_bulk_rows_change(bench: Services, built: tuple[Path, Manifest]) -> None:
    data_dir, manifest = built
    assert reusable(data_dir, FIRS, SEED) == manifest
    assert reusable(data_dir, FIRS + 1, SEED) is None and reusable(data_dir, FIRS, SEED + 1) is None
    actor = bench.users.login(manifest.username, manifest.password)
    bench.firs.register(actor, fir_draft(bench))  # as the save bench does: later FIRs do not count
    assert reusable(data_dir, FIRS, SEED) == manifest
    assert verify_all(bench.db) == []


def test_never_wipes_a_directory_it_did_not_make(tmp_path: Path) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / "thana.db").write_bytes(b"a real station")
    with pytest.raises(SystemExit):
        build(station, 10)
    assert (station / "thana.db").read_bytes() == b"a real station"
