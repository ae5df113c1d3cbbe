"""Writes tests/data/station-0001: a small station database of schema revision 0001, kept in git so
that every later migration is tested on a real file of this version. Run once per schema version:

    .venv/bin/python -m tests.data.make_station_db
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.security.keystore import FileKeyStore
from app.services import open_services
from app.storage import migrate
from tests import factories as F

TARGET = Path(__file__).resolve().parent / "station-0001"
KEY_FILE = "station.key"  # a test key for synthetic data, nothing else


def main() -> None:
    if TARGET.exists():
        shutil.rmtree(TARGET)
    clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # noqa: E731 - a fixed day
    services = open_services(TARGET, FileKeyStore(TARGET / KEY_FILE, insecure=True), clock)
    assert migrate.current_revision(services.db) == "0001"
    station = F.first_station(services)
    first = services.firs.register(station.moharrar, F.fir_draft(services, clock()))
    services.firs.register(station.moharrar, F.fir_draft(services, clock(), place="Shadman Market"))
    services.firs.correct(station.head_moharrar, first.id, F.fir_draft(services, clock(), place="Kalma Chowk"),
                          "place written wrongly")
    services.close()
    for leftover in TARGET.glob("thana.db-*"):  # the WAL is folded in on close
        leftover.unlink()
    print(f"written {TARGET}")


if __name__ == "__main__":
    main()
