"""The sync bench's stations: a station replica with FIRs in its outbox, pulling replicas, devices enrolled
in-process at a server database, and FIR register operations re-chained to fill a scope."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.clock import now_utc
from app.demo.staff import create_station_staff
from app.ids import uuid7
from app.registers.chain import GENESIS, link_hash
from app.security.keystore import SecretStore, secret_store
from app.services import Services, open_services
from app.startup import demo_key_store
from app.storage.models import Fir, PoliceStation, User
from bench.drafts import new_drafts, station_staff
from server import enrollment
from server.database import Store
from server.schema import Device
from server.stations import district_of, station_districts
from sync import signing
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


def open_replica(data_dir: Path, code: str) -> Replica:
    """A station database (new or kept), not durable: a bench's."""
    services = open_services(data_dir, demo_key_store(data_dir), durable=False)
    return Replica(services, code, secret_store(services.key_store, data_dir, SECRET_NAME))


def register_firs(replica: Replica, count: int, seed: int) -> int:
    """FIRs saved through the FIR service, as the desk saves them (each with its persons), until the
    station has ``count``; the number saved now. A build cut short is topped up the next time."""
    services = replica.services
    with services.db.read() as s:
        station_id = s.scalars(select(PoliceStation.id).where(PoliceStation.code == replica.code)).one()
        have = int(s.scalar(select(func.count()).select_from(Fir)) or 0)
        staffed = s.scalar(select(User.id).where(User.station_id == station_id)) is not None
    if have >= count:
        return 0
    if not staffed:
        create_station_staff(services.users, random.Random(seed), station_id, replica.code)
    rng = random.Random(seed + have)
    moharrar = station_staff(services, station_id, rng).moharrar.actor
    drafts = new_drafts(services, station_id, seed + have,
                        timedelta(seconds=SECONDS_A_DRAFT * (count - have)) + timedelta(days=1))
    for _ in range(count - have):
        services.firs.register(moharrar, next(drafts))
    return count - have


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
        device_id = enrollment.enroll(s, code, "bench", now_utc(), signing.public_text(signing.new_key())).device_id
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
    contents those of ``fir_ops`` in turn, each a record of its own (new uids, and numbers by position:
    the server refuses a second FIR with a number already taken)."""
    for i in range(count):
        content = {k: v for k, v in fir_ops[i % len(fir_ops)]["payload"].items() if k != "chain"}
        content["uid"] = uuid7()
        if "number" in content:
            content["number"] = f"{position}/{str(content['number']).rpartition('/')[2]}"
        entry_hash = link_hash(prev, content)
        chain = {"register": "fir", "station": station, "position": position, "prev_hash": prev,
                 "entry_hash": entry_hash}
        yield {"op_id": uuid7(), "entity": "fir", "entity_uid": content["uid"], "op": "append",
               "created_at": fir_ops[i % len(fir_ops)]["created_at"], "payload": {**content, "chain": chain}}
        prev, position = entry_hash, position + 1
