"""Bulk loader of the bench station database: one station with a million FIRs.

Reference data, the station's staff (a moharrar among them) and the key are
made the normal way (``open_services``, ``UserService.create``); the FIRs are
then written straight into the tables with executemany in large transactions,
some fifty times faster than ``FirService.register``, and are valid by the
app's own rules (``verify_all`` finds nothing). ``bench.json`` is written
last, so a build cut short is simply made again.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.clock import now_utc, pkt_date
from app.demo.generator import choose_stations, load_sections
from app.demo.staff import create_station_staff, password_for
from app.registers import chain
from app.security.keystore import load_or_create_key
from app.security.permissions import Role
from app.services import Services, open_services
from app.startup import demo_key_store
from app.storage.models import User
from bench.bulk import BulkWriter
from bench.rows import Cursor, RowMaker
from bench.synth import SynthStation, report_times

MANIFEST = "bench.json"
MARK = ".thana-bench"  # a directory a build may wipe: never a real station's
FIRST_DAY = date(2016, 1, 1)
CHUNK = 20_000  # FIRs a transaction: large enough to amortise commits, small enough for a short WAL
DEFAULT_SEED = 2026

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Manifest:
    """What a built bench database holds and how to log in to it."""

    firs: int
    seed: int
    station_id: int
    username: str
    password: str
    build_s: float


def read_manifest(data_dir: Path) -> Manifest | None:
    try:
        return Manifest(**json.loads((data_dir / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def open_bench(data_dir: Path) -> Services:
    return open_services(data_dir, demo_key_store(data_dir))


def bulk_firs(services: Services, station_id: int, firs: int) -> int:
    """How many of the bulk FIRs (ids 1 to ``firs``) the station holds; FIRs the save bench
    adds after them do not count."""
    with services.db.engine.connect() as c:
        return int(c.exec_driver_sql("SELECT count(*) FROM fir_head WHERE station_id = ? AND root_id <= ?",
                                     (station_id, firs)).scalar_one())


def reusable(data_dir: Path, firs: int, seed: int) -> Manifest | None:
    """The manifest of a finished build of ``firs`` FIRs from ``seed`` whose database still holds them."""
    manifest = read_manifest(data_dir)
    if manifest is None or (manifest.firs, manifest.seed) != (firs, seed):
        return None
    services = open_bench(data_dir)
    try:
        return manifest if bulk_firs(services, manifest.station_id, firs) == firs else None
    finally:
        services.close()


def build(data_dir: Path, firs: int, seed: int = DEFAULT_SEED, progress: Progress | None = None) -> Manifest:
    """Make a new bench database in ``data_dir`` (anything there is removed first)."""
    report = progress or (lambda _line: None)
    started = time.monotonic()
    if data_dir.exists() and any(data_dir.iterdir()):
        if not (data_dir / MARK).exists():
            raise SystemExit(f"{data_dir} is not empty and was not made by the bench: choose another --data-dir")
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARK).touch()
    rng = random.Random(seed)
    services = open_services(data_dir, demo_key_store(data_dir), durable=False)
    try:
        station = choose_stations(services, 1)[0]
        staff, _ = create_station_staff(services.users, rng, station.id, station.name[0])
        today = pkt_date(now_utc())
        synth = SynthStation(rng, station, staff, load_sections(services), today)
        maker = RowMaker(station.id, staff_users(services, station.id),
                         {s.id: s for s in services.reference.sections()},
                         Cursor(fir_id=0, person_id=0, seq=0, head_hash=chain.GENESIS), now_utc())  # a new database
        # Two days back: no write of the last day can fall after "now", which the FIR rules forbid.
        times = report_times(rng, FIRST_DAY, today - timedelta(days=2), firs)
        writer = BulkWriter(services.db.path, load_or_create_key(services.key_store))
        done = 0
        try:
            while done < firs:
                for _ in range(min(CHUNK, firs - done)):
                    maker.add(synth.case(next(times)))
                writer.put(maker.take())
                done = min(done + CHUNK, firs)
                report(f"bench: {done:,} / {firs:,} FIRs composed ({time.monotonic() - started:.0f} s)")
        finally:
            writer.close()
        if (stored := bulk_firs(services, station.id, firs)) != firs:
            raise RuntimeError(f"the bench database holds {stored:,} FIRs, not {firs:,}")
        manifest = Manifest(firs, seed, station.id, staff.moharrar.actor.username, password_for(Role.MOHARRAR),
                            round(time.monotonic() - started, 1))
    finally:
        services.close()
    (data_dir / MANIFEST).write_text(json.dumps(asdict(manifest), indent=1), encoding="utf-8")
    return manifest


def staff_users(services: Services, station_id: int) -> dict[int, User]:
    with services.db.read() as s:
        users = {u.id: u for u in s.scalars(select(User).where(User.station_id == station_id))}
        s.expunge_all()
    return users


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loader", description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--firs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    manifest = build(args.data_dir, args.firs, args.seed, lambda line: print(line, file=sys.stderr, flush=True))
    print(json.dumps(asdict(manifest)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
