"""Push to a real server process, on PostgreSQL and on SQLite: a result per operation, idempotent by
operation id, only a station's own devices, hash chains verified, and a countersignature on each."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import select

from app.clock import now_utc
from app.registers.chain import link_hash
from server import enrollment
from server.countersign import verify
from server.database import open_store
from server.push import apply_batch
from server.schema import AcceptedOp, Alarm, Device
from tests.server_helpers import STATION_A, STATION_B, Server, chain_ops, new_register, op_for, statuses, stored


def alarms(server: Server, op_id: str) -> list[Alarm]:
    store = open_store(server.db)
    try:
        with store.read() as s:
            return list(s.scalars(select(Alarm).where(Alarm.op_id == op_id)))
    finally:
        store.close()


def test_a_chain_is_accepted_and_each_entry_countersigned(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    register = new_register()
    ops = chain_ops(STATION_A, register, 3)
    status, body = server.push(credential, ops)
    assert status == 200
    assert statuses(body) == ["accepted"] * 3
    assert [r["position"] for r in body["results"]] == [1, 2, 3]
    rows, head, key = stored(server, STATION_A, register)
    assert [r.op_id for r in rows] == [op["op_id"] for op in ops]
    for row, result, op in zip(rows, body["results"], ops, strict=True):
        assert row.entry_hash == op["payload"]["chain"]["entry_hash"] == result["entry_hash"]
        assert row.signature == result["signature"]
        assert verify(key, row.op_id, row.entry_hash, row.position, row.signature)
        assert not verify(key, row.op_id, row.entry_hash, row.position + 1, row.signature)
    assert head is not None and (head.position, head.entry_hash) == (3, rows[-1].entry_hash)


def test_a_replayed_batch_gets_its_original_results(server: Server) -> None:
    """The server committed, the answer was lost, the client sends the batch again."""
    _, credential = server.enroll(STATION_A)
    register = new_register()
    ops = chain_ops(STATION_A, register, 3)
    first = server.push(credential, ops)[1]["results"]
    status, body = server.push(credential, ops)
    assert status == 200 and statuses(body) == ["duplicate"] * 3
    for again, original in zip(body["results"], first, strict=True):
        assert {k: v for k, v in again.items() if k != "status"} == {k: v for k, v in original.items()
                                                                      if k != "status"}
    rows, head, _ = stored(server, STATION_A, register)
    assert len(rows) == 3 and head is not None and head.position == 3
    # ... and a batch that holds accepted operations and new ones applies only the new ones
    more = chain_ops(STATION_A, register, 1, position=4, prev=head.entry_hash)
    assert statuses(server.push(credential, ops + more)[1]) == ["duplicate"] * 3 + ["accepted"]


def test_an_op_id_sent_again_with_another_body_is_a_conflict_and_an_alarm(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    register = new_register()
    ops = chain_ops(STATION_A, register, 2)
    server.push(credential, ops)
    changed = {**ops[1], "payload": {**ops[1]["payload"], "place": "Elsewhere"}}
    later = chain_ops(STATION_A, register, 1, position=3, prev=ops[1]["payload"]["chain"]["entry_hash"])
    status, body = server.push(credential, [changed, *later])
    assert status == 200
    assert statuses(body) == ["conflict", "blocked"]
    assert "another body" in body["results"][0]["reason"]
    assert body["results"][1]["blocked_by"] == changed["op_id"]
    rows, head, _ = stored(server, STATION_A, register)
    assert rows[1].body["payload"]["place"] == "Mozang", "the accepted body stays as it was"
    assert head is not None and head.position == 2
    assert [a.kind for a in alarms(server, changed["op_id"])] == ["op_conflict"]


def test_another_stations_device_may_not_append_to_a_register(server: Server) -> None:
    _, credential_b = server.enroll(STATION_B)
    register = new_register()
    ops = chain_ops(STATION_A, register, 2)
    status, body = server.push(credential_b, ops)
    assert status == 200
    assert statuses(body) == ["rejected", "blocked"]
    assert f"station {STATION_A} accept entries only from its own devices" in body["results"][0]["reason"]
    assert stored(server, STATION_A, register)[:2] == ([], None)
    # the same operations from station A's own device are accepted
    _, credential_a = server.enroll(STATION_A)
    assert statuses(server.push(credential_a, ops)[1]) == ["accepted", "accepted"]
    # and station B cannot replay them to learn their results
    assert statuses(server.push(credential_b, ops[:1])[1]) == ["rejected"]


def test_a_broken_chain_is_rejected_with_its_reason_and_blocks_only_that_chain(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    firs, diary = new_register(), new_register()
    fir_ops = chain_ops(STATION_A, firs, 3)
    # entry 2 claims a previous hash that is not entry 1's; entry 3 follows entry 2 as sent
    bad = fir_ops[1]["payload"]
    content = {k: v for k, v in bad.items() if k != "chain"}
    bad["chain"]["prev_hash"] = "ab" * 32
    bad["chain"]["entry_hash"] = link_hash(bad["chain"]["prev_hash"], content)
    diary_ops = chain_ops(STATION_A, diary, 2)
    batch = [fir_ops[0], diary_ops[0], fir_ops[1], diary_ops[1], fir_ops[2]]
    status, body = server.push(credential, batch)
    assert status == 200
    assert statuses(body) == ["accepted", "accepted", "rejected", "accepted", "blocked"]
    assert body["results"][2]["reason"] == (f"chain break in the {firs} register of {STATION_A}: "
                                            "the entry's previous hash is not the hash of entry 1")
    assert body["results"][4]["blocked_by"] == fir_ops[1]["op_id"]
    assert stored(server, STATION_A, firs)[1].position == 1  # type: ignore[union-attr]
    assert stored(server, STATION_A, diary)[1].position == 2  # type: ignore[union-attr]
    assert [a.kind for a in alarms(server, fir_ops[1]["op_id"])] == ["chain_break"]


def test_a_gap_or_a_changed_entry_breaks_the_chain(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    register = new_register()
    ops = chain_ops(STATION_A, register, 3)
    status, body = server.push(credential, [ops[0], ops[2]])  # entry 2 missing
    assert statuses(body) == ["accepted", "rejected"]
    assert body["results"][1]["reason"].endswith("entry at position 3, but the next position is 2")
    tampered: dict[str, Any] = {**ops[1], "payload": {**ops[1]["payload"], "text": "rewritten"}}
    status, body = server.push(credential, [tampered])
    assert statuses(body) == ["rejected"]
    assert body["results"][0]["reason"].endswith("the entry's hash does not match its content (position 2)")
    # the untouched entries still continue the chain: a rejection is not stored as the op's result
    assert statuses(server.push(credential, ops[1:])[1]) == ["accepted", "accepted"]


def test_an_operation_outside_any_chain_is_kept_under_the_devices_station(server: Server) -> None:
    device_id, credential = server.enroll(STATION_B)
    op = op_for("person", {"uid": "p-1", "name_en": "Someone"}, {})
    del op["payload"]["chain"]
    status, body = server.push(credential, [op, op])
    assert statuses(body) == ["accepted", "duplicate"]
    assert body["results"][0]["position"] is None and body["results"][0]["signature"]
    store = open_store(server.db)
    try:
        with store.read() as s:
            row = s.get(AcceptedOp, op["op_id"])
            assert row is not None and (row.station, row.device_id, row.register) == (STATION_B, device_id, None)
    finally:
        store.close()


def test_a_malformed_chain_block_is_rejected(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    op = chain_ops(STATION_A, new_register(), 1)[0]
    op["payload"]["chain"]["position"] = "1"
    assert server.push(credential, [op])[1]["results"][0]["reason"] == (
        "malformed chain block: position missing or not a number")


def test_the_same_batch_pushed_twice_at_once_is_applied_once(server: Server) -> None:
    """A double click on "Sync", or two copies of the program: each entry is accepted by one push and a
    duplicate for the other, never a chain break, whichever commits first."""
    _, credential = server.enroll(STATION_A)
    register = new_register()
    ops = chain_ops(STATION_A, register, 31)
    # a new chain first (both pushes insert its first link: one fails on the unique key and decides
    # again), then a chain whose head exists (the second push waits on its lock)
    for start in (0, 1, 11, 21):
        batch = ops[start:start + (1 if start == 0 else 10)]
        answers: list[Any] = [None, None]

        def push(i: int, batch: list[dict[str, Any]] = batch, answers: list[Any] = answers) -> None:
            answers[i] = server.push(credential, batch)

        workers = [threading.Thread(target=push, args=(i,)) for i in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [a[0] for a in answers] == [200, 200], answers
        for first, second in zip(statuses(answers[0][1]), statuses(answers[1][1]), strict=True):
            assert sorted((first, second)) == ["accepted", "duplicate"], answers
    rows, head, _ = stored(server, STATION_A, register)
    assert [r.position for r in rows] == list(range(1, 32))
    assert head is not None and head.entry_hash == ops[-1]["payload"]["chain"]["entry_hash"]


def test_a_first_link_committed_meanwhile_reads_as_a_duplicate(postgres_url: str) -> None:
    """Deterministic form of the race above on PostgreSQL: the second writer of a new chain's first link
    waits on the unique key, fails when the first commits, and decides again: duplicate."""
    store = open_store(postgres_url)
    try:
        with store.write() as s:
            code = enrollment.issue_code(s, STATION_A, now_utc()).code
        with store.write() as s:
            device_id = enrollment.enroll(s, code, "", now_utc(), "").device_id
        with store.read() as s:
            device = s.get(Device, device_id)
        assert device is not None
        ops = chain_ops(STATION_A, new_register(), 1)
        results: list[Any] = []
        first = store.sessions()
        first.begin()
        assert [r.status for r in apply_batch(first, device, ops, now_utc())] == ["accepted"]  # not committed

        def second() -> None:
            with store.write() as s:
                results.extend(apply_batch(s, device, ops, now_utc()))

        worker = threading.Thread(target=second)
        worker.start()
        try:
            worker.join(timeout=1)
            assert worker.is_alive(), "the second writer waits for the first"
            first.commit()
        finally:
            first.close()  # on a failure above: rolls back, so the second writer never waits forever
            worker.join(timeout=30)
        assert [r.status for r in results] == ["duplicate"]
    finally:
        store.close()
