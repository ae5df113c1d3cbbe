"""Fixtures of the sync tests: a real station database (the services fixture) whose station no other
test uses on the server, its FIRs and diary entries, and its enrollment at the real server process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.reference.seed import load_json
from app.registers.diary import DiaryDraft
from app.security.keystore import KeyringKeyStore, SecretStore, secret_store
from app.services import Services, open_services
from app.storage.models import ChainLink, OutboxOp, PoliceStation
from server.countersign import verify
from server.database import open_store
from server.schema import AcceptedOp, ChainHead
from sync.enrollment import SECRET_NAME, Device, enroll
from sync.transport import Transport
from tests import factories as F
from tests.server_helpers import Server, stored, thana_server

# The server's chains outlive a test (one server per session): each test appends to another station's.
# A module that needs many stations (or two of one district) starts a server of its own
# (tests/server_helpers.py module_server), whose database has every station free again.
_taken: dict[str, set[str]] = {}
GEOGRAPHY = load_json("geography")["police_stations"]


def take_stations(server: Server, count: int = 1, *, same_district: bool = False, not_in: str = "") -> list[str]:
    """Codes of stations no other test of this server has used. ``same_district``: ``count`` stations of a
    district none of whose stations any test used, and the whole district is taken (its watchlist is the
    test's alone); otherwise from the end of the list, away from the districts with many stations.
    ``not_in``: none of that district."""
    taken = _taken.setdefault(server.db, set())
    free = [ps for ps in GEOGRAPHY if ps["code"] not in taken and ps["district"] != not_in]
    if same_district:
        used = {ps["district"] for ps in GEOGRAPHY if ps["code"] in taken}
        by_district: dict[str, list[str]] = {}
        for ps in free:
            by_district.setdefault(ps["district"], []).append(ps["code"])
        groups = [codes for district, codes in by_district.items() if len(codes) >= count and district not in used]
        codes = groups[0][:count] if groups else []
        taken.update(groups[0] if groups else [])
    else:
        codes = [ps["code"] for ps in reversed(free)][:count]
    assert len(codes) == count, "more sync tests than stations in the reference data: start a server per module"
    taken.update(codes)
    return codes


def district_of(code: str) -> str:
    return next(ps["district"] for ps in GEOGRAPHY if ps["code"] == code)


@dataclass
class Replica:
    services: Services
    data_dir: Path
    station: F.Station
    code: str  # the station's national code, as the server knows it
    secrets: SecretStore

    def add_firs(self, count: int) -> None:
        for _ in range(count):
            self.services.firs.register(self.station.moharrar, F.fir_draft(self.services))

    def add_diary(self, count: int) -> None:
        for i in range(count):
            self.services.diary.write(self.station.moharrar, DiaryDraft(category="other", text=f"Entry {i}"))

    def ops(self) -> list[OutboxOp]:
        with self.services.db.read() as s:
            ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.id)))
            s.expunge_all()  # not expired by the commit: read after the session
            return ops

    def register_ops(self, register: str) -> list[OutboxOp]:
        return [op for op in self.ops() if op.entity == register]

    def outbox_rows(self) -> list[dict[str, Any]]:
        """Every column of every outbox row, to prove a failed request changed nothing."""
        return [{c: getattr(op, c) for c in OutboxOp.__table__.columns.keys()} for op in self.ops()]

    def local_head(self, register: str) -> tuple[int, str]:
        with self.services.db.read() as s:
            link = s.scalars(select(ChainLink).where(ChainLink.register == register,
                                                     ChainLink.station_id == self.station.id)
                             .order_by(ChainLink.seq.desc())).first()
            assert link is not None
            return link.seq, link.entry_hash

    def enroll(self, server: Server) -> Device:
        code = thana_server("issue-code", "--db", server.db, "--station", self.code).split()[0]
        with Transport(server.url, ca_pem=server.ca_pem) as transport:
            return enroll(self.services.db, self.secrets, transport, code, "test PC")


@pytest.fixture
def replica(services: Services, data_dir: Path, server: Server) -> Replica:
    """A station replica with a station of its own on ``server``."""
    return replica_of(services, data_dir, take_stations(server)[0])


@pytest.fixture
def open_replica(tmp_path: Path) -> Iterator[Any]:
    """Another station database (another station PC), closed at the end of the test."""
    opened: list[Services] = []

    def make(code: str, name: str) -> Replica:
        data_dir = tmp_path / name
        services = open_services(data_dir, KeyringKeyStore(data_dir))
        opened.append(services)
        return replica_of(services, data_dir, code)

    yield make
    for services in opened:
        services.close()


def replica_of(services: Services, data_dir: Path, code: str) -> Replica:
    with services.db.read() as s:
        codes = s.scalars(select(PoliceStation.code).order_by(PoliceStation.id)).all()
    return Replica(services, data_dir, F.first_station(services, codes.index(code)), code,
                   secret_store(services.key_store, data_dir, SECRET_NAME))


@dataclass
class ServerChain:
    rows: list[AcceptedOp]
    head: ChainHead | None
    key: bytes

    def countersigned(self, op: OutboxOp) -> bool:
        return op.server_signature is not None and verify(
            self.key, op.uid, str(op.payload["chain"]["entry_hash"]), op.server_position,  # type: ignore[index]
            op.server_signature)


def server_chain(server: Server, station: str, register: str) -> ServerChain:
    return ServerChain(*stored(server, station, register))


def server_rows(server: Server, op_id: str) -> int:
    store = open_store(server.db)
    try:
        with store.read() as s:
            return len(s.scalars(select(AcceptedOp.op_id).where(AcceptedOp.op_id == op_id)).all())
    finally:
        store.close()
