"""Ownership and numbering under sync (research §5 F): two stations amending one shared person record
offline (scenario 26), a duplicate FIR number and a new install's restore from the server (scenario 29).
Real station databases, a real server process (PostgreSQL and SQLite), ``thana sync`` as the station runs
it; each scenario ends with the §5 invariant checks."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.errors import ConflictError
from app.registers import fir
from app.registers.numbering import RestoreNeeded
from app.registers.verify import verify_all
from app.storage.models import Person
from server.database import open_store
from server.schema import AcceptedOp
from sync import state
from sync.pull import drifts
from tests import factories as F
from tests.server_helpers import Server, module_server, statuses
from tests.sync_helpers import Replica, server_chain, server_rows, take_stations
from tests.test_sync_pull import sync

server = pytest.fixture(scope="module", params=["postgresql", "sqlite"])(module_server)
FORGED_OP = "0190d5f2-0000-7000-8000-00000000a026"


def invariants(server: Server, *replicas: Replica) -> None:
    """§5 I-checks: every op the replica saved is on the server exactly once or visibly a problem (a); no
    server row of these stations without a client op (b); chains verify (c); digests agree (d); pending only
    behind a problem (f)."""
    client_ops = {op.uid for r in replicas for op in r.ops()}
    for r in replicas:
        stopped = {state.chain_of(op) for op in r.ops() if op.state in state.PROBLEMS}
        for op in r.ops():
            held = op.state in state.PROBLEMS or (op.state == state.PENDING and state.chain_of(op) in stopped)
            assert op.state == state.DONE or held, "pending only behind a problem it shows"
            assert server_rows(server, op.uid) == (0 if held else 1), op.entity
        assert verify_all(r.services.db) == [], "every local chain verifies"
        assert drifts(r.services.db) == [], "every scope's digest agrees with the server's"
    store = open_store(server.db)
    try:
        with store.read() as s:
            stations = {r.code for r in replicas}
            rows = s.scalars(select(AcceptedOp.op_id).where(AcceptedOp.station.in_(stations),
                                                            AcceptedOp.entity != "person_conflict")).all()
    finally:
        store.close()
    assert set(rows) <= client_ops, "no phantom server rows"


def person_on(replica: Replica, uid: str) -> Person:
    with replica.services.db.read() as s:
        person = s.scalars(select(Person).where(Person.uid == uid)).one()
        s.expunge(person)
        return person


@pytest.mark.sync_scenario
def test_scenario_26_two_stations_amend_one_shared_person_offline_and_the_custodian_resolves(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code_a, code_b = take_stations(server, 2, same_district=True)
    a, b = open_replica(code_a, "a"), open_replica(code_b, "b")
    person = a.services.persons.create(a.station.moharrar, F.complainant(name_en="Zahid Iqbal",
                                                                          cnic="35202-5555555-5"))
    a.enroll(server)
    b.enroll(server)
    sync(a, capsys)
    sync(b, capsys)  # the shared record reaches B with its district's persons
    on_b = person_on(b, person.uid)
    assert (on_b.name_en, on_b.cnic) == ("Zahid Iqbal", "35202-5555555-5")
    # both offline: each station amends the record without seeing the other's amendment
    amend_a = a.services.amendments.amend(a.station.moharrar, person.id, {"address": "House 9, Gulberg III"},
                                          "moved house, says his brother")
    amend_b = b.services.amendments.amend(b.station.moharrar, on_b.id, {"phones": ["0321-7654321"]},
                                          "number given at his arrest")
    assert amend_a.base is None and amend_b.base is None
    assert sync(a, capsys).startswith("pushed 1, accepted 1")
    assert sync(b, capsys).startswith("pushed 1, accepted 1"), "the second amendment is accepted too"
    sync(a, capsys)
    # the custodian (A created the person) sees one conflict item naming both amendments; B sees none to settle
    (conflict,) = a.services.amendments.open_conflicts(a.station.moharrar)
    assert conflict.refers == [amend_a.uid, amend_b.uid] and conflict.station_code == code_a
    assert b.services.amendments.open_conflicts(b.station.moharrar) == []
    with pytest.raises(ConflictError):
        b.services.amendments.resolve(b.station.moharrar, conflict.uid, {}, "not B's to settle")
    # the custodian's resolution: a new entry; the server refuses one from any other station
    resolution = a.services.amendments.resolve(a.station.moharrar, conflict.uid,
                                               {"address": "House 9, Gulberg III", "phones": ["0321-7654321"]},
                                               "both are right: he moved and has a new number")
    sync(a, capsys)
    sent = next(op for op in a.ops() if op.payload.get("uid") == resolution.uid)
    forged = {**state.wire(sent), "op_id": FORGED_OP}
    _, credential = server.enroll(code_b)
    status, body = server.push(credential, [forged])
    assert status == 200 and statuses(body) == ["rejected"] and "only the custodian" in body["results"][0]["reason"]
    sync(b, capsys)
    assert a.services.amendments.open_conflicts(a.station.moharrar) == []
    # both stations hold both amendments, the conflict item and the resolution; nothing overwritten
    expected = {(amend_a.uid, "amend"), (amend_b.uid, "amend"), (conflict.uid, "conflict"),
                (resolution.uid, "resolve")}
    for replica in (a, b):
        history = replica.services.amendments.history(person.uid)
        assert {(h.uid, h.kind) for h in history} == expected
        by_uid = {h.uid: h for h in history}
        assert by_uid[amend_a.uid].changes == {"address": "House 9, Gulberg III"}
        assert by_uid[amend_b.uid].changes == {"phones": ["0321-7654321"]}
        assert by_uid[resolution.uid].refers == [conflict.uid]
        now = person_on(replica, person.uid)
        assert (now.address, now.phones, now.cnic) == ("House 9, Gulberg III", ["0321-7654321"], "35202-5555555-5")
    for op in a.ops() + b.ops():  # every amendment on the server exactly as its station sent it
        assert server_rows(server, op.uid) == 1
    invariants(server, a, b)


@pytest.mark.sync_scenario
def test_scenario_29_a_duplicate_fir_number_is_refused_and_a_new_install_restores_its_numbering(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = take_stations(server)
    pc1 = open_replica(code, "pc1")
    pc1.add_firs(3)
    pc1.enroll(server)
    sync(pc1, capsys)
    year = pc1.register_ops(fir.REGISTER)[0].payload["number"].split("/")[1]  # type: ignore[union-attr]
    # a PC installed again and used before anyone restored it: its first FIR takes number 1 once more
    stale = open_replica(code, "stale")
    stale.add_firs(1)
    assert stale.register_ops(fir.REGISTER)[0].payload["number"] == f"1/{year}"
    stale.enroll(server)
    assert "rejected 1" in sync(stale, capsys)
    (problem,) = [p for p in state.problems(stale.services.db) if p.entity == fir.REGISTER]
    assert problem.reason.startswith(f"duplicate FIR number: 1/{year} of station {code} is already taken")
    assert "thana sync restore" in problem.reason
    assert len(server_chain(server, code, fir.REGISTER).rows) == 3, "the first FIR 1 stands alone"
    # a new install: enrollment sees the station's history and no FIR may be registered before the restore
    pc3 = open_replica(code, "pc3")
    pc3.enroll(server)
    with pytest.raises(RestoreNeeded):
        pc3.add_firs(1)
    assert main(["sync", "restore", "--data-dir", str(pc3.data_dir)]) == 0
    assert capsys.readouterr().out == f"restored: last FIR numbers 3/{year}; chains continued: fir after 3\n"
    pc3.add_firs(1)
    assert pc3.register_ops(fir.REGISTER)[-1].payload["number"] == f"4/{year}"
    assert sync(pc3, capsys).startswith("pushed ") and state.problems(pc3.services.db) == []
    # another new install: its first sync restores it, with no command
    pc4 = open_replica(code, "pc4")
    pc4.enroll(server)
    sync(pc4, capsys)
    pc4.add_firs(1)
    assert pc4.register_ops(fir.REGISTER)[-1].payload["number"] == f"5/{year}"
    sync(pc4, capsys)
    chain = server_chain(server, code, fir.REGISTER)
    assert [op.body["payload"]["number"] for op in chain.rows] == [f"{n}/{year}" for n in range(1, 6)]
    assert chain.head is not None and chain.head.position == 5
    invariants(server, pc1, stale, pc3, pc4)


@pytest.mark.sync_scenario
def test_scenario_37_a_business_rule_refuses_one_op_of_fifty_and_holds_back_only_its_chain(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = take_stations(server)
    first = open_replica(code, "first")
    first.add_firs(1)
    first.enroll(server)
    sync(first, capsys)
    # a second PC writing the same FIR register: its FIR 1 breaks the numbering rule; its diary is fine
    second = open_replica(code, "second")
    second.add_firs(3)
    while state.pending_count(second.services.db) < 50:
        second.add_diary(1)
    assert state.pending_count(second.services.db) == 50
    second.enroll(server)
    assert "rejected 1" in sync(second, capsys)
    (problem,) = state.problems(second.services.db)
    firs = second.register_ops(fir.REGISTER)
    assert problem.op_id == firs[0].uid and problem.reason.startswith("duplicate FIR number: 1/")
    assert [op.state for op in firs] == ["rejected", "pending", "pending"], "its chain waits behind it"
    others = [op for op in second.ops() if op.entity != fir.REGISTER]
    assert len(others) == 47 and all(op.state == "done" for op in others), "every other chain went through"
    second.add_diary(1)  # no wedge: the next cycle sends what is new
    assert "accepted 1" in sync(second, capsys)
    assert state.pending_count(second.services.db) == 2
    invariants(server, first, second)
