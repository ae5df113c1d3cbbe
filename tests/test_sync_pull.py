"""The pull side of the sync engine against a real server process of this module's own (PostgreSQL and
SQLite) and real, encrypted station databases: two stations of one district, the district watchlist,
a station's own operations coming back, cursors committed with their pages, resuming after a dropped
link, digests that agree and that catch a tampered row."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from app.cli import main
from app.registers import fir
from app.security.keystore import FileKeyStore
from app.services import Services, open_services
from app.storage.models import Fir, StationFeedOp, SyncCursor, WatchlistFir
from sync.enrollment import enrolled_device
from sync.errors import BadResponse, ScopeRefused, SyncError
from sync.feed_records import entry_hash
from sync.pacing import BatchSize
from sync.pull import Puller, drifts, parse_page
from sync.transport import Transport
from tests.server_helpers import ROOT, Server, chain_ops, module_server, statuses
from tests.sync_helpers import Replica, district_of, replica_of, take_stations
from tests.sync_proxy import FaultProxy

server = pytest.fixture(scope="module", params=["postgresql", "sqlite"])(module_server)


def puller(replica: Replica, url: str, **options: Any) -> Puller:
    device = enrolled_device(replica.services.db, replica.secrets)
    return Puller(replica.services.db, Transport(url), device.credential, device.station, sleep=lambda _: None,
                  **options)


def pull(replica: Replica, url: str, **options: Any) -> Puller:
    engine = puller(replica, url, **options)
    try:
        engine.pull()
    finally:
        engine.transport.close()
    return engine


def watchlist(replica: Replica) -> list[WatchlistFir]:
    with replica.services.db.read() as s:
        rows = list(s.scalars(select(WatchlistFir).order_by(WatchlistFir.position)))
        s.expunge_all()
        return rows


def sync(replica: Replica, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 0
    return capsys.readouterr().out


def correct_and_cancel(replica: Replica) -> None:
    """A correction of the first FIR and the cancellation of the second: new entries of the register."""
    services, moharrar = replica.services, replica.station.head_moharrar
    with services.db.read() as s:
        first, second = s.scalars(select(Fir.id).where(Fir.kind == "original").order_by(Fir.id)).all()[:2]
    draft = fir.draft_from(services.firs.history(moharrar, first).current)
    draft.place = "Kalma Chowk, the corrected place"
    services.firs.correct(moharrar, first, draft, "wrong place")
    services.firs.cancel(moharrar, second, "a civil dispute")


@pytest.mark.sync_scenario
def test_scenario_15_station_b_sees_station_a_firs_in_its_district_watchlist_exactly_once(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Also scenario 6's pull side (pulling again gets nothing new) and 15 (the district's positions have
    gaps: other registers and the other station's entries; the client passes them)."""
    code_a, code_b = take_stations(server, 2, same_district=True)
    a, b = open_replica(code_a, "a"), open_replica(code_b, "b")
    a.add_firs(3)
    a.add_diary(2)
    correct_and_cancel(a)
    b.add_firs(1)
    a.enroll(server)
    b.enroll(server)
    a_ops, b_ops = len(a.ops()), len(b.ops())
    # A pushes, and its own operations come back recognised: nothing new, nothing copied
    assert sync(a, capsys).endswith("pulled 0\n")
    assert watchlist(a) == []
    assert all(op.feed_position is not None for op in a.ops())
    with a.services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(StationFeedOp)) == a_ops
        assert s.scalar(select(func.count()).where(StationFeedOp.body.is_not(None))) == 0
    # B pulls its district: A's five FIR register entries, exactly once, in its own table (and the shared
    # person record of A's complainant: the sixth)
    out = sync(b, capsys)
    assert out == (f"pushed {b_ops}, accepted {b_ops}, duplicate 0, rejected 0, conflict 0, blocked 0, pulled 6\n")
    rows = watchlist(b)
    a_firs = [op for op in a.register_ops(fir.REGISTER)]
    assert [r.op_uid for r in rows] == [op.uid for op in a_firs]
    assert {r.station_code for r in rows} == {code_a}
    assert [r.kind for r in rows] == ["original"] * 3 + ["correction", "cancellation"]
    first = rows[0]
    assert first.number == a_firs[0].payload["number"] and first.year == int(first.number.split("/")[1])
    assert first.record_uid == a_firs[0].entity_uid and first.sections == "PPC:379"
    assert first.complainant == "Muhammad Aslam / محمد اسلم"
    assert first.accused == "Two young men on a black motorcycle, about 25 years old"
    assert first.reported_at == a_firs[0].payload["reported_at"]
    assert "Muhammad Aslam" in first.search_text
    with b.services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Fir)) == 1, "B's own register holds only B's FIR"
    # again: nothing new, and the digests agree
    assert sync(b, capsys).endswith("pulled 0\n")
    assert len(watchlist(b)) == 5 and drifts(b.services.db) == []
    assert drifts(a.services.db) == []


def test_sync_pull_a_second_pc_of_the_station_gets_its_operations_back(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code_a, _ = take_stations(server, 2, same_district=True)
    a = open_replica(code_a, "a")
    a.add_firs(2)
    a.enroll(server)
    sync(a, capsys)
    second = open_replica(code_a, "a2")
    second.enroll(server)
    firs = len(a.register_ops(fir.REGISTER))
    shared = len([op for op in a.ops() if op.entity in ("user", "person")])
    # every operation of the station, held to restore from; the FIRs also in its watchlist, the accounts and
    # persons also in the users and persons scopes
    assert sync(second, capsys).endswith(f"pulled {len(a.ops()) + firs + shared}\n")
    with second.services.db.read() as s:
        held = list(s.scalars(select(StationFeedOp).order_by(StationFeedOp.position)))
        assert [h.op_uid for h in held if h.body is not None] == [op.uid for op in a.ops()]
        # the only ones not held whole: this PC's own (the accounts it made), recognised
        assert {h.op_uid for h in held if h.body is None} == {op.uid for op in second.ops()}
    assert drifts(second.services.db) == []


def test_sync_pull_a_device_cannot_pull_another_district(server: Server, open_replica: Any) -> None:
    (code,) = take_stations(server)
    (other,) = take_stations(server, not_in=district_of(code))
    replica = open_replica(code, "b")
    device = replica.enroll(server)
    with Transport(server.url) as transport:
        for scope in (f"district:{district_of(other)}", f"station:{other}"):
            with pytest.raises(ScopeRefused) as refused:
                transport.get("/v1/pull", {"scope": scope}, device.credential)
            assert f"may not pull {scope}" in refused.value.text()
        # its own scopes are fine, the users' one empty for now
        body = transport.get("/v1/pull", {"scope": f"users:{code}"}, device.credential)
        assert body["ops"] == [] and body["more"] is False


def _push_synthetic_firs(server: Server, code: str, count: int, per_push: int) -> list[str]:
    """FIR register entries pushed straight to the server (fast), in push transactions of ``per_push``."""
    _, credential = server.enroll(code)
    ops = chain_ops(code, fir.REGISTER, count)
    for start in range(0, count, per_push):
        assert set(statuses(server.push(credential, ops[start:start + per_push])[1])) == {"accepted"}
    return [op["op_id"] for op in ops]


@pytest.mark.sync_scenario
def test_scenario_16_a_first_pull_over_a_link_that_drops_resumes_from_the_last_committed_page(
        server: Server, open_replica: Any) -> None:
    code_a, code_b = take_stations(server, 2, same_district=True)
    pushed = _push_synthetic_firs(server, code_a, 240, per_push=6)
    b = open_replica(code_b, "b")
    b.enroll(server)
    proxy = FaultProxy(int(server.url.rsplit(":", 1)[1]))
    try:
        proxy.cut_every = 12_000  # bytes of answers (gzip-compressed): a few pages each time
        scope = f"district:{district_of(code_a)}"
        # the link drops and this cycle gives up at once: what was committed stays, cursor and rows together
        first = puller(b, proxy.url, attempts=1, page_size=BatchSize(size=30, maximum=30))
        with pytest.raises(SyncError):
            first.pull()
        first.transport.close()
        with b.services.db.read() as s:
            committed = s.get(SyncCursor, scope).position  # type: ignore[union-attr]
            held = s.scalar(select(func.count()).select_from(WatchlistFir))
            assert s.scalar(select(func.max(WatchlistFir.position))) <= committed
        assert 0 < held < len(pushed), "some pages came before the link dropped"
        # the next cycle starts from the committed cursor, and rides out the later drops
        second = pull(b, proxy.url, attempts=20, page_size=BatchSize(size=30, maximum=30))
    finally:
        proxy.close()
    district_afters = [after for scope_, after in second.afters if scope_ == scope]
    assert district_afters[0] == committed, "resumed, not restarted"
    assert district_afters == sorted(district_afters), "never back to an earlier cursor"
    assert proxy.cuts >= 2
    rows = watchlist(b)
    assert [r.op_uid for r in rows] == pushed, "no record lost or doubled"
    assert drifts(b.services.db) == []


@pytest.mark.sync_scenario
def test_scenario_32_digests_agree_after_quiescence_and_a_tampered_watchlist_row_is_drift(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code_a, code_b = take_stations(server, 2, same_district=True)
    a, b = open_replica(code_a, "a"), open_replica(code_b, "b")
    a.add_firs(3)
    a.enroll(server)
    b.enroll(server)
    sync(a, capsys)
    sync(b, capsys)
    assert drifts(b.services.db) == [] and len(watchlist(b)) == 3
    scope = f"district:{district_of(code_b)}"
    # a hand edits the accused's name in the table, with the sqlite3 tool
    with b.services.db.write() as s:
        s.execute(update(WatchlistFir).where(WatchlistFir.position == watchlist(b)[1].position)
                  .values(complainant="Somebody Else"))
    assert sync(b, capsys).endswith(f"pulled 0; drift in {scope}\n")
    (drift,) = drifts(b.services.db)
    assert drift.scope == scope and "digests differ" in drift.reason
    # the payload edited to match: still caught, its hash is recomputed
    row = watchlist(b)[1]
    payload = {**row.payload, "complainant": {**row.payload["complainant"], "name_en": "Somebody Else",  # type: ignore[dict-item]
                                               "name_ur": ""}}
    with b.services.db.write() as s:
        s.execute(update(WatchlistFir).where(WatchlistFir.position == row.position)
                  .values(payload=payload, complainant="Somebody Else"))
    assert sync(b, capsys).endswith(f"drift in {scope}\n")
    # put back as pulled: the digests agree again and the problem is gone
    with b.services.db.write() as s:
        original = next(op for op in a.register_ops(fir.REGISTER) if op.uid == row.op_uid)
        s.execute(update(WatchlistFir).where(WatchlistFir.position == row.position)
                  .values(payload={k: v for k, v in original.payload.items()},
                          complainant="Muhammad Aslam / محمد اسلم"))
    assert sync(b, capsys).endswith("pulled 0\n")
    assert drifts(b.services.db) == []


def _pulled_state(services: Services, scope: str) -> tuple[int, list[tuple[int, str]]]:
    with services.db.read() as s:
        row = s.get(SyncCursor, scope)
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        return (row.position if row else 0), [(w.position, w.op_uid) for w in s.scalars(
            select(WatchlistFir).order_by(WatchlistFir.position))]


@pytest.mark.sync_scenario
def test_scenario_7_a_pull_killed_mid_page_leaves_no_cursor_ahead_of_its_rows(
        server: Server, tmp_path: Path) -> None:
    """``thana sync`` in a process of its own, SIGKILLed as soon as it has committed a page (so mostly
    while it applies the next one): each time the database is intact, the rows are exactly the feed up
    to the cursor, and the next run goes on from there; in the end every record is there once."""
    code_a, code_b = take_stations(server, 2, same_district=True)
    pushed = _push_synthetic_firs(server, code_a, 1500, per_push=15)
    folder, key_file = tmp_path / "b", tmp_path / "keys" / "b.key"
    services = open_services(folder, FileKeyStore(key_file))
    try:
        replica_of(services, folder, code_b).enroll(server)
        scope = f"district:{district_of(code_b)}"
        command = [sys.executable, "-m", "app.cli", "sync", "--data-dir", str(folder), "--key-file", str(key_file)]
        snapshots = []
        for _ in range(3):
            before = _pulled_state(services, scope)[0]
            process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while process.poll() is None and time.monotonic() < deadline:
                if _pulled_state(services, scope)[0] > before:
                    process.send_signal(signal.SIGKILL)
                    break
                time.sleep(0.01)
            if process.wait(timeout=30) != -signal.SIGKILL:  # a slow poll: it finished first
                break
            snapshots.append(_pulled_state(services, scope))
        assert main(["sync", "--data-dir", str(folder), "--key-file", str(key_file)]) == 0
        final = _pulled_state(services, scope)[1]
    finally:
        services.close()
    assert [uid for _, uid in final] == pushed, "every record once"
    cursors = [cursor for cursor, _ in snapshots]
    assert snapshots and cursors == sorted(cursors) and 0 < len(snapshots[0][1]) < len(pushed)
    for cursor, rows in snapshots:
        assert rows == [(p, uid) for p, uid in final if p <= cursor], "the cursor never ahead of its rows"


def test_sync_pull_a_page_is_checked_before_anything_is_written() -> None:
    """An operation whose body does not give its entry hash, or a position not above the cursor, makes
    the whole answer bad: nothing is applied, the cursor does not move."""
    body = {"payload": {"uid": "u", "text": "an entry"}}
    op = {"position": 3, "op_id": "x", "station": "S", "entity": "person", "entity_uid": "u",
          "entry_hash": entry_hash(body), "received_at": "2026-12-01T00:00:00Z", "body": body}
    page = {"scope": "station:S", "ops": [op], "next_after": 3, "more": False}
    assert parse_page(page, "station:S", 0, "url").next_after == 3
    with pytest.raises(BadResponse):  # a position at or below the cursor
        parse_page(page, "station:S", 3, "url")
    altered = {**op, "body": {"payload": {"uid": "u", "text": "another entry"}}}
    with pytest.raises(BadResponse):
        parse_page({**page, "ops": [altered]}, "station:S", 0, "url")
