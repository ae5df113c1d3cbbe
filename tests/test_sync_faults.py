"""Crashes on both ends: the server SIGKILLed in the middle of a client's push and restarted (scenario 12),
and the client SIGKILLed at random moments of a burst of saves (scenario 8)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.registers import fir
from app.registers.verify import verify_all
from app.security.keystore import FileKeyStore
from app.services import Services, open_services
from app.storage.models import AuditRecord, Fir, OutboxOp
from server.local import ServerProcess, fresh_database
from sync.enrollment import enrolled_device
from sync.errors import ServerUnreachable
from sync.pacing import BatchSize
from sync.push import Pusher
from sync.transport import Transport
from tests import factories as F
from tests.server_helpers import ROOT, Server
from tests.sync_helpers import replica_of, take_stations
from tests.sync_invariants import check_invariants, server_ops
from tests.sync_proxy import FaultProxy

SAVES = 1000
SYNCHRONOUS_FULL = 2  # PRAGMA synchronous


@pytest.fixture(params=["postgresql", "sqlite"])
def killable(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProcess]:
    """A server process of the test's own, which it may SIGKILL and start again on the same port."""
    if request.param == "postgresql":
        db = fresh_database(request.getfixturevalue("postgres_url"))
    else:
        db = f"sqlite:///{tmp_path / 'server.db'}"
    with ServerProcess(db, tmp_path / "server.log") as process:
        yield process


@pytest.mark.sync_scenario
def test_scenario_12_a_server_killed_mid_push_comes_back_and_the_retry_is_duplicates_then_accepted(
        killable: ServerProcess, services: Services, data_dir: Path) -> None:
    """The server commits the push's first batch, its answer is lost on the way, and the server is
    SIGKILLed before the client's retry (the rest of the push was never applied). Restarted on its
    database, the retry of the whole outbox gets the first batch back as duplicates and the rest accepted:
    each operation is on the server exactly once."""
    server = Server(killable.url, killable.db)
    replica = replica_of(services, data_dir, take_stations(server)[0])
    replica.add_firs(8)
    replica.add_diary(4)
    replica.enroll(server)
    total, first = len(replica.ops()), 5
    assert total > 2 * first
    proxy = FaultProxy(killable.port)
    proxy.drop_responses = 1  # the answer to the first batch, after the server has committed it
    kills: list[float] = []

    def kill_instead_of_waiting(delay: float) -> None:
        if not kills:
            killable.kill()  # SIGKILL: no clean shutdown
        kills.append(delay)

    try:
        device = enrolled_device(replica.services.db, replica.secrets)
        with Transport(proxy.url) as transport:
            push = Pusher(replica.services.db, transport, device.credential, sleep=kill_instead_of_waiting,
                          batch=BatchSize(size=first, maximum=first))
            with pytest.raises(ServerUnreachable):
                push.push()
        assert killable.process.returncode == -signal.SIGKILL
        committed = [row.op_id for row in server_ops(server, replica.code)[0]]
        assert committed == [op.uid for op in replica.ops()[:first]], "the first batch, and only it"
        assert all(op.state == "pending" and op.sync_result is None for op in replica.ops()), "nothing answered"
        restarted = ServerProcess(killable.db, killable.log_path, port=killable.port)
        with restarted, Transport(proxy.url) as transport:
            tally = Pusher(replica.services.db, transport, device.credential, sleep=lambda _: None,
                           batch=BatchSize(size=total, maximum=total)).push()
            assert (tally.pushed, tally.duplicate, tally.accepted) == (total, first, total - first)
            results = [op.sync_result for op in replica.ops()]
            assert results == ["duplicate"] * first + ["accepted"] * (total - first)
            check_invariants(server, replica)
    finally:
        proxy.close()


@pytest.mark.sync_scenario
@pytest.mark.timeout(1800)  # 1,000 durable saves, a new process after each kill: 15 minutes on a loaded machine
def test_scenario_8_saves_acknowledged_before_a_power_cut_all_survive_whole(tmp_path: Path) -> None:
    """The saving program in a process of its own on its durable database (synchronous=FULL), SIGKILLed
    at random moments of a burst of 1,000 FIR saves and started again until all are saved: after every
    kill each save it acknowledged is there, none is half-written (an FIR without its chain link, audit or
    outbox operation, or the reverse), the database is intact, and the chains verify."""
    folder, key_file = tmp_path / "station", tmp_path / "keys" / "station.key"
    services = open_services(folder, FileKeyStore(key_file))
    try:
        moharrar = F.first_station(services).moharrar
    finally:
        services.close()
    command = [sys.executable, "-m", "tests.power_cut_saver", str(folder), str(key_file), str(moharrar.user_id),
               moharrar.username, str(moharrar.station_id), str(SAVES)]
    rng, acknowledged, kills = random.Random(8), list[str](), 0
    while True:
        with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as process:
            assert process.stdout is not None and process.stderr is not None
            assert process.stdout.readline().split() == ["synchronous", str(SYNCHRONOUS_FULL)]
            wait_for = rng.randint(50, 300)  # acknowledged saves, then a random moment inside the next ones
            for line in process.stdout:
                acknowledged.append(line.split()[1])
                wait_for -= 1
                if wait_for == 0:
                    time.sleep(rng.uniform(0, 0.03))
                    process.send_signal(signal.SIGKILL)
                    break
            acknowledged += [line.split()[1] for line in process.stdout]  # printed before the kill landed
            code = process.wait(timeout=60)
            assert code in (0, -signal.SIGKILL), process.stderr.read()
        _check_saved(folder, key_file, acknowledged)
        if code == 0:
            break
        kills += 1
    assert len(acknowledged) == SAVES and kills >= 3


def _check_saved(folder: Path, key_file: Path, acknowledged: list[str]) -> None:
    services = open_services(folder, FileKeyStore(key_file))
    try:
        with services.db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        with services.db.read() as s:
            firs = set(s.scalars(select(Fir.uid)))
            outbox = [op.entity_uid for op in s.scalars(select(OutboxOp).where(OutboxOp.entity == fir.REGISTER))]
            audited = s.scalar(select(func.count()).where(AuditRecord.action == "fir.register"))
        assert set(acknowledged) <= firs, "an acknowledged save is lost"
        assert sorted(outbox) == sorted(firs) and audited == len(firs), "an FIR without its outbox op or audit entry"
        assert verify_all(services.db) == []
    finally:
        services.close()
