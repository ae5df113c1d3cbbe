"""The server's pull feed against a real server process of this module's own (PostgreSQL and SQLite):
positions in commit order, scopes and who may read them, pages that end between push transactions,
digests."""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import now_utc
from server import push
from server.database import open_store
from server.schema import Device
from sync.signing import Credential
from tests.server_helpers import Server, chain_ops, module_server, statuses
from tests.sync_helpers import district_of, take_stations

server = pytest.fixture(scope="module", params=["postgresql", "sqlite"])(module_server)


def pull(server: Server, credential: str, scope: str, after: int = 0, limit: int = 200) -> dict[str, Any]:
    status, body = server.call("GET", f"/v1/pull?scope={scope}&after={after}&limit={limit}", credential=credential)
    assert status == 200, body
    return body


def pull_all(server: Server, credential: str, scope: str, after: int = 0, limit: int = 200
             ) -> tuple[list[dict[str, Any]], int]:
    ops: list[dict[str, Any]] = []
    while True:
        page = pull(server, credential, scope, after, limit)
        ops += page["ops"]
        after = page["next_after"]
        if not page["more"]:
            return ops, after


def lines_digest(ops: list[dict[str, Any]]) -> str:
    sha = hashlib.sha256()
    for op in ops:
        sha.update(f"{op['position']} {op['op_id']} {op['entry_hash']}\n".encode())
    return sha.hexdigest()


def test_server_feed_pages_follow_position_order_and_end_only_between_push_transactions(server: Server) -> None:
    (code,) = take_stations(server)
    _, credential = server.enroll(code)
    ops = chain_ops(code, "fir", 9)
    for part in (ops[:3], ops[3:7], ops[7:]):  # three push transactions: 3, 4 and 2 operations
        assert set(statuses(server.push(credential, part)[1])) == {"accepted"}
    pages, after = [], 0
    while True:
        page = pull(server, credential, f"station:{code}", after, limit=2)
        pages.append([op["op_id"] for op in page["ops"]])
        after = page["next_after"]
        if not page["more"]:
            break
    ids = [op["op_id"] for op in ops]
    # a page of 2 is stretched to the end of its transaction, never cut inside one
    assert pages == [ids[:3], ids[3:7], ids[7:]]
    got, _ = pull_all(server, credential, f"station:{code}")
    positions = [op["position"] for op in got]
    assert positions == sorted(positions) and len(set(positions)) == 9
    assert [op["txn"] for op in got] == [positions[0]] * 3 + [positions[3]] * 4 + [positions[7]] * 2
    assert got[0]["body"] == ops[0] and got[0]["entry_hash"] == ops[0]["payload"]["chain"]["entry_hash"]
    # nothing new: an empty page, and the cursor stays where it is
    again = pull(server, credential, f"station:{code}", after)
    assert (again["ops"], again["more"], again["next_after"]) == ([], False, after)


def test_server_feed_district_scope_holds_the_fir_registers_of_its_stations_only(server: Server) -> None:
    a, b = take_stations(server, 2, same_district=True)
    (other,) = take_stations(server, not_in=district_of(a))
    _, cred_a = server.enroll(a)
    _, cred_b = server.enroll(b)
    _, cred_other = server.enroll(other)
    firs = chain_ops(a, "fir", 3)
    server.push(cred_a, firs + chain_ops(a, "diary", 2))
    server.push(cred_other, chain_ops(other, "fir", 2))
    district = f"district:{district_of(a)}"
    got, _ = pull_all(server, cred_b, district)
    assert [op["op_id"] for op in got] == [op["op_id"] for op in firs]  # no diary, no other district
    assert {op["station"] for op in got} == {a}
    # another district, another station's own scope: 403, marked as a refused scope
    for scope in (f"district:{district_of(other)}", f"station:{a}", f"users:{a}"):
        status, body = server.call("GET", f"/v1/pull?scope={scope}", credential=cred_b)
        assert status == 403 and "may not pull" in body["detail"], (scope, body)
    status, _ = server.call("GET", f"/v1/scopes/district:{district_of(other)}/digest?upto=99", credential=cred_b)
    assert status == 403
    assert server.call("GET", "/v1/pull?scope=national:wanted", credential=cred_b)[0] == 400
    assert server.call("GET", f"/v1/pull?scope={district}")[0] == 401  # no credential
    users = pull(server, cred_b, f"users:{b}")
    assert users["ops"] == [] and users["more"] is False


def test_server_feed_digest_covers_the_scope_up_to_a_position(server: Server) -> None:
    (code,) = take_stations(server)
    _, credential = server.enroll(code)
    server.push(credential, chain_ops(code, "fir", 4))
    got, after = pull_all(server, credential, f"station:{code}")
    status, body = server.call("GET", f"/v1/scopes/station:{code}/digest?upto={after}", credential=credential)
    assert status == 200 and (body["count"], body["digest"], body["upto"]) == (4, lines_digest(got), after)
    upto = got[1]["position"]
    _, half = server.call("GET", f"/v1/scopes/station:{code}/digest?upto={upto}", credential=credential)
    assert (half["count"], half["digest"]) == (2, lines_digest(got[:2]))
    _, beyond = server.call("GET", f"/v1/scopes/station:{code}/digest?upto=999999999", credential=credential)
    assert beyond["upto"] <= after + 1000 and beyond["digest"] == body["digest"]  # capped at the high water


def test_server_feed_answers_gzip_compressed_when_asked(server: Server) -> None:
    import urllib.request

    (code,) = take_stations(server)
    _, credential = server.enroll(code)
    server.push(credential, chain_ops(code, "fir", 20))
    path = f"/v1/pull?scope=station:{code}"
    signed = Credential(credential, server.keys[credential]).headers("GET", path, b"", int(time.time()))
    request = urllib.request.Request(server.url + path, headers={**signed, "Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Content-Encoding"] == "gzip"


@pytest.mark.sync_scenario
def test_scenario_14_a_late_committing_push_is_not_skipped_by_a_reader(server: Server) -> None:
    """A push holds its transaction open after its operations were numbered (the injected delay between
    numbering and commit); a second push meanwhile must not become visible with a later position
    first: it waits, and the reader gets both, in order."""
    if "sqlite" in server.db:
        pytest.skip("SQLite has one writer: a second push cannot even start its transaction")
    a, b = take_stations(server, 2, same_district=True)
    _, cred_a = server.enroll(a)
    device_b, cred_b = server.enroll(b)
    district = f"district:{district_of(a)}"
    _, cursor = pull_all(server, cred_a, district)
    store = open_store(server.db)
    try:
        with store.write() as s:
            device = s.scalars(select(Device).where(Device.id == device_b)).one()
            late = chain_ops(b, "fir", 1)
            assert statuses({"results": [r.__dict__ for r in push.apply_batch(s, device, late, now_utc())]}) == [
                "accepted"]
            # numbered, not committed; now another station pushes
            early = chain_ops(a, "fir", 1)
            answer: list[Any] = []
            pushing = threading.Thread(target=lambda: answer.append(server.push(cred_a, early)))
            pushing.start()
            time.sleep(1.5)
            assert pushing.is_alive(), "the second push waits for the first one's commit"
            assert pull(server, cred_a, district, cursor)["ops"] == []  # neither is visible yet
        pushing.join(timeout=30)
    finally:
        store.close()
    assert statuses(answer[0][1]) == ["accepted"]
    got, _ = pull_all(server, cred_a, district, cursor)
    assert [op["op_id"] for op in got] == [late[0]["op_id"], early[0]["op_id"]]
    assert got[0]["position"] + 1 == got[1]["position"]


@pytest.mark.sync_scenario
def test_scenario_14_concurrent_pushes_never_let_a_polling_reader_skip_a_row(server: Server) -> None:
    """Three stations push at once while a reader polls the district from its cursor: every position it
    was handed is above its cursor, and at the end it has every operation exactly once."""
    stations = take_stations(server, 3, same_district=True)
    creds = [server.enroll(code)[1] for code in stations]
    district = f"district:{district_of(stations[0])}"
    _, cursor = pull_all(server, creds[0], district)
    pushed: list[str] = []
    lock, done = threading.Lock(), threading.Event()

    def pusher(code: str, credential: str) -> None:
        position, prev = 1, "0" * 64
        for _ in range(8):
            ops = chain_ops(code, "fir", 4, position=position, prev=prev)
            assert set(statuses(server.push(credential, ops)[1])) == {"accepted"}
            with lock:
                pushed.extend(op["op_id"] for op in ops)
            position, prev = position + 4, ops[-1]["payload"]["chain"]["entry_hash"]

    threads = [threading.Thread(target=pusher, args=pair) for pair in zip(stations, creds, strict=True)]
    for thread in threads:
        thread.start()
    seen: list[dict[str, Any]] = []
    while not done.is_set():
        done.set() if not any(t.is_alive() for t in threads) else None
        page = pull(server, creds[0], district, cursor, limit=5)
        assert all(op["position"] > cursor for op in page["ops"])
        seen += page["ops"]
        cursor = page["next_after"]
    for thread in threads:
        thread.join()
    rest, _ = pull_all(server, creds[0], district, cursor)
    seen += rest
    assert len(pushed) == 96
    assert sorted(op["op_id"] for op in seen) == sorted(pushed), "no row skipped, none twice"
