"""The sync bench's stations: a station replica with FIRs in its outbox, pulling replicas, devices enrolled
in-process at a server database, and FIR register operations re-chained to fill a scope."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.clock import now_utc
from app.demo.generator import choose_stations
from app.demo.staff import create_station_staff
from app.ids import uuid7
from app.registers.chain import GENESIS, link_hash
from app.security.keystore import SecretStore, secret_store
from app.services import Services, open_services
from app.startup import demo_key_store
from app.storage.models import PoliceStation
from bench.drafts import new_drafts
from server import enrollment
from server.database import Store
from server.schema import Device
from server.stations import district_of, station_districts
from sync.enrollment import SECRET_NAME
from sync.enrollment import enroll as enroll_replica
from sync.transport import Transport

SECONDS_A_DRAFT = 180  # the most the draft maker moves its stamp on each time (bench/synth.py)


@dataclass
class Replica:
    services: Services
    code: str  # the station's national code
    secrets: SecretStore

    def close(self) -> None:
        self.services.close()


def open_replica(data_dir: Path, code: str | None = None) -> Replica:
    """A new station database, not durable (a bench); ``code`` None: the demo's first station."""
    services = open_services(data_dir, demo_key_store(data_dir), durable=False)
    if code is None:
        with services.db.read() as s:
            code = s.scalars(select(PoliceStation.code).where(
                PoliceStation.id == choose_stations(services, 1)[0].id)).one()
    return Replica(services, code, secret_store(services.key_store, data_dir, SECRET_NAME))


def register_firs(replica: Replica, count: int, seed: int) -> None:
    """``count`` FIRs saved through the FIR service, as the desk saves them (each with its persons)."""
    services = replica.services
    with services.db.read() as s:
        station_id = s.scalars(select(PoliceStation.id).where(PoliceStation.code == replica.code)).one()
    staff, _ = create_station_staff(services.users, random.Random(seed), station_id, replica.code)
    drafts = new_drafts(services, station_id, seed, timedelta(seconds=SECONDS_A_DRAFT * count) + timedelta(days=1))
    for _ in range(count):
        services.firs.register(staff.moharrar.actor, next(drafts))


def enroll(replica: Replica, store: Store, url: str) -> None:
    """Enroll the replica at the server at ``url``, with a code issued straight in its database."""
    with store.write() as s:
        code = enrollment.issue_code(s, replica.code, now_utc()).code
    with Transport(url) as transport:
        enroll_replica(replica.services.db, replica.secrets, transport, code, "bench PC")


def server_device(store: Store, station: str) -> Device:
    """A device of ``station`` enrolled in the server database (for in-process pushes)."""
    with store.write() as s:
        code = enrollment.issue_code(s, station, now_utc()).code
        device_id = enrollment.enroll(s, code, "bench", now_utc()).device_id
    with store.read() as s:
        device = s.get(Device, device_id)
        assert device is not None
        s.expunge(device)
        return device


def neighbours(station: str, count: int, *, other_district: bool = False) -> list[str]:
    """``count`` other stations of ``station``'s district, or of the first other district that has them."""
    by_district: dict[str, list[str]] = {}
    for code, district in station_districts().items():
        if code != station and district:
            by_district.setdefault(district, []).append(code)
    own = district_of(station)
    if not other_district:
        return sorted(by_district[own or ""])[:count]
    return next(sorted(codes)[:count] for district, codes in sorted(by_district.items())
                if district != own and len(codes) >= count)


def rechained(fir_ops: list[dict[str, Any]], station: str, count: int, *, position: int = 1,
              prev: str = GENESIS) -> Iterator[dict[str, Any]]:
    """``count`` FIR register operations of ``station`` continuing its chain after ``position - 1``, their
    contents those of ``fir_ops`` in turn, each a record of its own (new uids)."""
    for i in range(count):
        content = {k: v for k, v in fir_ops[i % len(fir_ops)]["payload"].items() if k != "chain"}
        content["uid"] = uuid7()
        entry_hash = link_hash(prev, content)
        chain = {"register": "fir", "station": station, "position": position, "prev_hash": prev,
                 "entry_hash": entry_hash}
        yield {"op_id": uuid7(), "entity": "fir", "entity_uid": content["uid"], "op": "append",
               "created_at": fir_ops[i % len(fir_ops)]["created_at"], "payload": {**content, "chain": chain}}
        prev, position = entry_hash, position + 1
