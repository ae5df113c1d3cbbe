"""Scenario 23: station PCs whose clocks are wrong (``faketime``: 2 days behind, then a year ahead) save,
push and pull through ``thana sync`` in processes of their own, against a real server on PostgreSQL whose
clock is right."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.security.keystore import FileKeyStore
from app.services import Services, open_services
from app.storage.models import WatchlistFir
from sync.clock import ClockSkew, ClockWatch, clock_skew
from tests.server_helpers import ROOT, Server, module_server
from tests.sync_helpers import Replica, replica_of, take_stations
from tests.sync_invariants import check_invariants, server_ops

server = pytest.fixture(scope="module", params=["postgresql"])(module_server)
BEHIND, AHEAD = "-2d", "+365d"  # faketime offsets
MINUTES = timedelta(minutes=10)  # a generous bound on the time the test itself takes, on a loaded machine


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Any]:
    """A station PC's database with its key in a file, so its processes can open it; closed at the end."""
    opened: list[Services] = []

    def make(code: str, name: str) -> tuple[Replica, Path]:
        folder, key_file = tmp_path / name, tmp_path / f"keys-{name}" / "station.key"  # its own credential file beside
        services = open_services(folder, FileKeyStore(key_file))
        opened.append(services)
        return replica_of(services, folder, code), key_file

    yield make
    for services in opened:
        services.close()


def faked(offset: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m ARGS`` with this PC's clock moved by ``offset``."""
    done = subprocess.run(["faketime", "-f", offset, sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def save_firs(replica: Replica, key_file: Path, offset: str, total: int) -> None:
    actor = replica.station.moharrar
    faked(offset, "tests.power_cut_saver", str(replica.data_dir), str(key_file), str(actor.user_id),
          actor.username, str(actor.station_id), str(total))


def sync(replica: Replica, key_file: Path, offset: str) -> subprocess.CompletedProcess[str]:
    return faked(offset, "app.cli", "sync", "--data-dir", str(replica.data_dir), "--key-file", str(key_file))


def near(value: datetime | str | None, expected: datetime) -> bool:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else value
    assert moment is not None
    return abs(moment.replace(tzinfo=moment.tzinfo or UTC) - expected) < MINUTES


@pytest.mark.sync_scenario
@pytest.mark.timeout(900)  # eight processes under faketime, each opening an encrypted database
def test_scenario_23_wrong_clocks_change_no_order_skip_no_pull_and_are_told(
        server: Server, station: Any) -> None:
    if shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("faketime is not installed (apt-get install faketime)")
        pytest.skip("faketime is not installed here (apt-get install faketime)")
    code_a, code_b = take_stations(server, 2, same_district=True)
    a, key_a = station(code_a, "a")
    b, key_b = station(code_b, "b")
    a.enroll(server)
    b.enroll(server)
    now = datetime.now(UTC)

    save_firs(a, key_a, BEHIND, 3)
    behind = sync(a, key_a, BEHIND)
    assert "accepted" in behind.stdout and "behind the national server's" in behind.stderr
    skew = clock_skew(a.services.db)
    assert skew is not None and abs(skew.seconds - 2 * 86400) < 600 and near(skew.server_time, now)
    save_firs(a, key_a, AHEAD, 6)
    ahead = sync(a, key_a, AHEAD)
    assert "ahead of the national server's" in ahead.stderr
    assert (skew := clock_skew(a.services.db)) is not None and abs(skew.seconds + 365 * 86400) < 600
    assert "drift" not in sync(b, key_b, AHEAD).stdout  # the watchlist, by a PC a year ahead
    save_firs(a, key_a, BEHIND, 8)
    sync(a, key_a, BEHIND)
    assert "drift" not in sync(b, key_b, BEHIND).stdout  # and again by the same PC, now behind

    # ordering: the server's chain follows the PC's own, whatever its clock said
    fir_ops = a.register_ops("fir")
    device_times = [now - timedelta(days=2)] * 3 + [now + timedelta(days=365)] * 3 + [now - timedelta(days=2)] * 2
    assert len(fir_ops) == 8
    assert [op.server_position for op in fir_ops] == list(range(1, 9))
    for op, device_time in zip(fir_ops, device_times, strict=True):
        assert near(op.created_at, device_time), "the entry keeps its device time"
        assert near(op.server_received_at, now), "and the server's receive time"
    rows = [row for row in server_ops(server, code_a)[0] if row.register == "fir"]
    assert [row.op_id for row in rows] == [op.uid for op in fir_ops]
    # nothing skipped by pulls: B holds every FIR of A, in feed order, with both times
    with b.services.db.read() as s:
        held = [(w.record_uid, w.received_at, w.reported_at)
                for w in s.scalars(select(WatchlistFir).order_by(WatchlistFir.position))]
    assert [uid for uid, _, _ in held] == [op.entity_uid for op in fir_ops]
    for (_, received_at, reported_at), device_time in zip(held, device_times, strict=True):
        assert near(received_at, now) and near(reported_at, device_time - timedelta(hours=2))
    check_invariants(server, a)


def test_sync_clock_the_skew_is_the_servers_date_against_this_pcs_clock() -> None:
    """The skew is the server's Date against this PC's clock at each answer; a captive portal's page (not
    JSON) is no sample; a few seconds off are not worth a warning."""
    import requests

    def answer(date: str, content_type: str = "application/json") -> requests.Response:
        response = requests.Response()
        response.headers["Date"], response.headers["Content-Type"] = date, content_type
        return response

    watch = ClockWatch(now=lambda: datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    assert watch.skew() is None
    watch(answer("Thu, 03 Dec 2026 10:00:00 GMT"))
    watch(answer("Thu, 03 Dec 2026 10:00:02 GMT"))
    watch(answer("Mon, 01 Jan 2024 00:00:00 GMT", "text/html"))  # a portal's page
    watch(answer("not a date"))
    skew = watch.skew()
    assert skew is not None and skew.seconds == 2 * 86400 + 1 and skew.significant
    assert skew.text().startswith("This PC's clock is 2 days 0 hours 0 minutes behind")
    assert ClockSkew(-(365 * 86400), "").text().startswith("This PC's clock is 365 days 0 hours 0 minutes ahead")
    assert not ClockSkew(90, "").significant
