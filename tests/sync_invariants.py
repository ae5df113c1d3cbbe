"""The global invariants of research/sync.md §5 ("I-checks"), checked after a scenario for one station
replica against the server database."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select

from app.registers.chain import GENESIS, link_hash
from app.registers.verify import verify_all
from server.countersign import verify
from server.database import countersign_key, open_store
from server.schema import AcceptedOp
from sync import state
from tests.server_helpers import Server
from tests.sync_helpers import Replica


def server_ops(server: Server, station: str) -> tuple[list[AcceptedOp], bytes]:
    """The station's rows on the server, in feed order, and the countersigning key."""
    store = open_store(server.db)
    try:
        with store.read() as s:
            rows = list(s.scalars(select(AcceptedOp).where(AcceptedOp.station == station)
                                  .order_by(AcceptedOp.feed_position)))
            s.expunge_all()
            return rows, countersign_key(s)
    finally:
        store.close()


def check_invariants(server: Server, replica: Replica, *, settled: bool = True) -> None:
    """(a) every outbox op is on the server at most once, and exactly once (countersigned) when the client
    holds it as done; with ``settled``, none is left pending; (b) no server row of the station without its
    client op; (c) the server's chains link and their countersignatures verify, the replica's chains verify;
    (f) the pending count is the outbox's pending rows."""
    ops = replica.ops()
    rows, key = server_ops(server, replica.code)
    copies = Counter(row.op_id for row in rows)
    by_id = {row.op_id: row for row in rows}
    for op in ops:
        assert copies[op.uid] <= 1, f"op {op.uid} is on the server {copies[op.uid]} times"
        if op.state == state.DONE:
            row = by_id.get(op.uid)
            assert row is not None, f"op {op.uid} is done locally but not on the server"
            assert op.server_signature == row.signature and verify(key, row.op_id, row.entry_hash, row.position,
                                                                   row.signature)
        elif settled:
            assert op.state in state.PROBLEMS, f"op {op.uid} is still {op.state}"
    phantoms = set(copies) - {op.uid for op in ops}
    assert not phantoms, f"server rows without a client op: {sorted(phantoms)[:3]}"
    chains: dict[str, list[AcceptedOp]] = defaultdict(list)
    for row in rows:
        if row.register is not None:
            chains[row.register].append(row)
    for register, links in chains.items():
        prev = GENESIS
        for expected, row in enumerate(sorted(links, key=lambda r: r.position or 0), start=1):
            payload: dict[str, Any] = row.body["payload"]  # type: ignore[assignment]
            content = {k: v for k, v in payload.items() if k != "chain"}
            assert row.position == expected and link_hash(prev, content) == row.entry_hash, (
                f"the server's {register} chain breaks at {expected}")
            prev = row.entry_hash
    assert verify_all(replica.services.db) == []
    assert state.pending_count(replica.services.db) == sum(op.state == state.PENDING for op in ops)
