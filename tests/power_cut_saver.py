"""The station program's saving loop for scenario 8, in a process of its own the test SIGKILLs:
``python -m tests.power_cut_saver DATA_DIR KEY_FILE USER_ID USERNAME STATION_ID TARGET`` saves FIRs until
the station has TARGET of them, printing ``saved UID`` after each commit (the moment the desk would tell
the user it is saved)."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select, text

from app.security.actor import Actor
from app.security.keystore import FileKeyStore
from app.security.permissions import Role
from app.services import open_services
from app.storage.models import Fir
from tests import factories as F


def main(argv: list[str]) -> int:
    data_dir, key_file, user_id, username, station_id, target = argv
    services = open_services(Path(data_dir), FileKeyStore(Path(key_file)))  # durable: synchronous=FULL
    try:
        actor = Actor(int(user_id), username, Role.MOHARRAR, int(station_id))
        with services.db.engine.connect() as conn:
            print(f"synchronous {conn.execute(text('PRAGMA synchronous')).scalar_one()}", flush=True)
        with services.db.read() as s:
            saved = int(s.scalar(select(func.count()).select_from(Fir)) or 0)
        for _ in range(saved, int(target)):
            fir = services.firs.register(actor, F.fir_draft(services))
            print(f"saved {fir.uid}", flush=True)
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
