"""Applying a pushed batch: one result per operation, idempotent by operation id.

An operation is accepted once; its replay with the same body gets the original result back, with
another body it is a conflict (never applied, and an alarm). A register entry must continue its
station's chain: next position, previous hash equal to the stored head, entry hash equal to its
content's. Anything not accepted blocks the later operations of the same chain in the batch, and
only those. Rejections are not stored as results: the client may send the operation again. An operation
naming files (``..._sha256`` fields) the server does not hold yet is held: answered ``blocked``, not stored,
so it stays pending on the client, which uploads the blobs (server/blobs.py) and sends it again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.clock import iso_utc
from app.registers.blob_refs import blob_refs
from app.registers.chain import GENESIS, canonical_json, link_hash
from server import blob_store, feed, shared
from server.countersign import countersign
from server.database import countersign_key
from server.schema import AcceptedOp, Alarm, ChainHead, Device
from server.stations import district_of

log = logging.getLogger("thana.server")
HASH = re.compile(r"^[0-9a-f]{64}$")
ChainKey = tuple[str, str]


@dataclass
class Result:
    op_id: str
    status: str
    reason: str | None = None
    blocked_by: str | None = None
    position: int | None = None
    entry_hash: str | None = None
    received_at: str | None = None
    signature: str | None = None


@dataclass
class Batch:
    device: Device
    now: datetime
    key: bytes
    blocked: dict[ChainKey, str] = field(default_factory=dict)  # chain -> the op that stopped it
    accepted: list[AcceptedOp] = field(default_factory=list)  # this request's, to get feed positions
    # read ahead for the whole batch (_apply_at_once), or None: each op reads its own (apply_op alone)
    heads: dict[ChainKey, ChainHead | None] | None = None
    earlier: dict[str, AcceptedOp] = field(default_factory=dict)

    def head(self, session: Session, chain: dict[str, Any]) -> ChainHead | None:
        if self.heads is not None:
            return self.heads.get((chain["station"], chain["register"]))
        return _locked_head(session, (chain["station"], chain["register"]))

    def earlier_op(self, session: Session, op_id: str) -> AcceptedOp | None:
        return self.earlier.get(op_id) if self.heads is not None else session.get(AcceptedOp, op_id)


def apply_batch(session: Session, device: Device, ops: list[dict[str, Any]], now: datetime) -> list[Result]:
    key = countersign_key(session)
    batch = Batch(device, now, key)
    results = _apply_at_once(session, batch, ops)
    if results is None:  # another request took one of its op ids or chain positions meanwhile: op by op
        batch = Batch(device, now, key)
        results = [apply_op(session, batch, op) for op in ops]
    feed.assign_positions(session, batch.accepted)  # last: the feed's lock is held only until the commit
    return results


def _apply_at_once(session: Session, batch: Batch, ops: list[dict[str, Any]]) -> list[Result] | None:
    """The usual case, in a few statements rather than several an op: the batch's chain heads locked and
    its op ids looked up in one go, every op decided against them, all rows written in one flush. None
    (and nothing of it kept) when that flush meets a unique violation: a concurrent request committed one
    of these op ids or chain positions, and apply_op decides each op again against it."""
    if any(shared.reads_heads(op) for op in ops):  # they read rows afresh that the batch may have changed
        return None
    keys = sorted({(c["station"], c["register"]) for c in (chain_block(op)[0] for op in ops) if c is not None})
    try:
        with session.begin_nested():
            with session.no_autoflush:
                # heads first, as apply_op does: a concurrent push of the same entries commits before the lookup
                batch.heads = {k: _locked_head(session, k) for k in keys}
                batch.earlier = {row.op_id: row for row in session.scalars(
                    select(AcceptedOp).where(AcceptedOp.op_id.in_([op["op_id"] for op in ops])))}
                results = [apply_op(session, batch, op) for op in ops]
            session.flush()
    except IntegrityError:
        return None
    return results


def apply_op(session: Session, batch: Batch, op: dict[str, Any]) -> Result:
    chain, problem = chain_block(op)
    key = (chain["station"], chain["register"]) if chain else None
    if problem is not None:
        result = Result(op["op_id"], "rejected", problem)
    elif key is not None and key in batch.blocked:
        result = Result(op["op_id"], "blocked", f"an earlier entry of the {key[1]} register was not accepted",
                        blocked_by=batch.blocked[key])
    elif batch.heads is not None:  # read ahead: no savepoint, the batch is flushed at once
        result = _decide(session, batch, op, chain)
    else:
        try:
            with session.begin_nested():
                result = _decide(session, batch, op, chain)
        except IntegrityError:
            # Another request took this op id or chain position meanwhile (PostgreSQL): decide again
            # against what it committed, which gives duplicate, conflict or a chain break.
            with session.begin_nested():
                result = _decide(session, batch, op, chain)
    if key is not None and result.status not in ("accepted", "duplicate"):
        batch.blocked.setdefault(key, op["op_id"])
    return result


def chain_block(op: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    """The op's chain block, or why it is malformed."""
    chain = op["payload"].get("chain")
    if chain is None:
        return None, None
    if not isinstance(chain, dict):
        return None, "malformed chain block: not an object"
    for name, kind, what in (("register", str, "text"), ("station", str, "text"), ("position", int, "a number"),
                             ("prev_hash", str, "text"), ("entry_hash", str, "text")):
        if not isinstance(chain.get(name), kind) or isinstance(chain.get(name), bool):
            return None, f"malformed chain block: {name} missing or not {what}"
    if chain["position"] < 1 or not HASH.match(chain["prev_hash"]) or not HASH.match(chain["entry_hash"]):
        return None, "malformed chain block: position below 1 or a hash that is not SHA-256 hex"
    if chain["register"] != op["entity"]:
        return None, f"the chain block names register {chain['register']!r} but the operation {op['entity']!r}"
    return chain, None


def _decide(session: Session, batch: Batch, op: dict[str, Any], chain: dict[str, Any] | None) -> Result:
    device, op_id = batch.device, op["op_id"]
    station = chain["station"] if chain else device.station
    if station != device.station:
        return Result(op_id, "rejected", f"the registers of station {station} accept entries only from its own "
                                         f"devices; this device belongs to {device.station}")
    body_sha256 = hashlib.sha256(canonical_json(op)).hexdigest()
    # Lock the chain's head first (PostgreSQL): a concurrent push of the same entry then commits before we
    # look the op id up, so it reads as a duplicate rather than as a chain break.
    head = batch.head(session, chain) if chain is not None else None
    earlier = batch.earlier_op(session, op_id)
    if earlier is not None:
        return _replay(session, batch, earlier, op, body_sha256)
    if (refusal := shared.refusal(session, station, op)) is not None:
        return Result(op_id, "rejected", refusal)
    if chain is not None:
        refusal = _chain_refusal(head, chain, op)
        if refusal is not None:
            _alarm(session, batch, "chain_break", op_id, reason=refusal, station=station)
            return Result(op_id, "rejected", refusal)
        entry_hash, position = chain["entry_hash"], chain["position"]
    else:
        entry_hash, position = body_sha256, None
    held = blob_store.missing(session, blob_refs(op["payload"]))
    if held:  # held, not rejected: the client uploads the blobs and sends the operation again
        return Result(op_id, "blocked", f"waits for {len(held)} file(s) not yet on the server: {', '.join(held)}")
    accepted = AcceptedOp(
        op_id=op_id, device_id=device.id, station=station, entity=op["entity"], entity_uid=op["entity_uid"],
        op=op["op"], register=chain["register"] if chain else None, position=position, entry_hash=entry_hash,
        body_sha256=body_sha256, body=op, received_at=batch.now,
        signature=countersign(batch.key, op_id, entry_hash, position), district=district_of(station),
    )
    session.add(accepted)
    if chain is not None:
        if head is None:
            head = ChainHead(station=station, register=chain["register"], position=position, entry_hash=entry_hash)
            session.add(head)
        else:
            head.position, head.entry_hash = chain["position"], entry_hash
    made = shared.accepted(session, batch.key, batch.now, accepted)  # FIR numbers taken, conflict items
    if batch.heads is not None:
        if chain is not None:
            batch.heads[(station, chain["register"])] = head
        batch.earlier[op_id] = accepted  # the same op again later in the batch is its duplicate
    else:
        session.flush()  # a unique violation surfaces here, inside the savepoint
    batch.accepted += [accepted, *made]
    return _result(accepted, "accepted")


def _locked_head(session: Session, key: ChainKey) -> ChainHead | None:
    """The chain's head, locked until commit (PostgreSQL; SQLite's writers queue in Store)."""
    return session.get(ChainHead, key, with_for_update=True, populate_existing=True)


def _chain_refusal(head: ChainHead | None, chain: dict[str, Any], op: dict[str, Any]) -> str | None:
    """Why the entry does not continue its chain after ``head``, or None."""
    position, prev = (head.position, head.entry_hash) if head else (0, GENESIS)
    where = f"chain break in the {chain['register']} register of {chain['station']}"
    if chain["position"] != position + 1:
        return f"{where}: entry at position {chain['position']}, but the next position is {position + 1}"
    if chain["prev_hash"] != prev:
        return f"{where}: the entry's previous hash is not the hash of entry {position}"
    content = {k: v for k, v in op["payload"].items() if k != "chain"}
    if link_hash(chain["prev_hash"], content) != chain["entry_hash"]:
        return f"{where}: the entry's hash does not match its content (position {chain['position']})"
    return None


def _replay(session: Session, batch: Batch, earlier: AcceptedOp, op: dict[str, Any], body_sha256: str) -> Result:
    if earlier.station != batch.device.station:
        return Result(op["op_id"], "rejected", "this operation id belongs to another station")
    if earlier.body_sha256 == body_sha256:
        return _result(earlier, "duplicate")
    _alarm(session, batch, "op_conflict", op["op_id"], accepted_sha256=earlier.body_sha256, sent_sha256=body_sha256)
    result = _result(earlier, "conflict")
    result.reason = "this operation id was accepted with another body: the new body is not applied"
    return result


def _result(row: AcceptedOp, status: str) -> Result:
    return Result(row.op_id, status, position=row.position, entry_hash=row.entry_hash,
                  received_at=iso_utc(row.received_at), signature=row.signature)


def _alarm(session: Session, batch: Batch, kind: str, op_id: str, **details: object) -> None:
    """Kept in the database for the operators, and logged."""
    log.warning("ALARM %s: device %s, station %s, op %s: %s", kind, batch.device.id, batch.device.station,
                op_id, details)
    session.add(Alarm(at=batch.now, kind=kind, device_id=batch.device.id, op_id=op_id, details=details))
