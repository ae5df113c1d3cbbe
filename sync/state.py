"""The outbox's sync state: which operations go next, and the server's answers written back.

States of an operation: ``pending`` (not sent yet, or sent and blocked behind a rejected operation of
its chain), ``done`` (accepted, or a duplicate of an accepted one: the server has it), ``rejected`` and
``conflict`` (problems, with the server's reason). A rejected or conflicting operation stops the later
operations of its chain only: a register entry's chain is its register at its station; an operation
outside any register chain (a person) is its record's own chain. They are not sent again until the
problem is dealt with (the operation is no longer rejected)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import iso_utc
from app.storage.database import Database
from app.storage.models import OutboxOp, Setting
from sync.errors import BadResponse

log = logging.getLogger("thana.sync")
PENDING, DONE, REJECTED, CONFLICT = "pending", "done", "rejected", "conflict"
PROBLEMS = (REJECTED, CONFLICT)
STATUSES = ("accepted", "duplicate", "rejected", "conflict", "blocked")
ChainKey = tuple[str, str, str]


@dataclass(frozen=True)
class Outgoing:
    """An operation as it is sent (the wire form of server/wire.py Operation)."""

    id: int
    chain: ChainKey
    wire: dict[str, Any]


@dataclass
class Tally:
    pushed: int = 0
    accepted: int = 0
    duplicate: int = 0
    rejected: int = 0
    conflict: int = 0
    blocked: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Problem:
    op_id: str
    entity: str
    entity_uid: str
    state: str
    reason: str


@dataclass
class _Stops:
    first: dict[ChainKey, int] = field(default_factory=dict)  # chain -> id of its first problem

    def stops(self, op_id: int, chain: ChainKey) -> bool:
        first = self.first.get(chain)
        return first is not None and op_id > first


def chain_of(op: OutboxOp) -> ChainKey:
    chain = op.payload.get("chain")
    if isinstance(chain, dict):
        return ("register", str(chain.get("station")), str(chain.get("register")))
    return ("record", op.entity, op.entity_uid)


def _outgoing(op: OutboxOp) -> Outgoing:
    wire = {"op_id": op.uid, "entity": op.entity, "entity_uid": op.entity_uid, "op": op.op,
            "created_at": iso_utc(op.created_at), "payload": op.payload}
    return Outgoing(op.id, chain_of(op), wire)


def wire(op: OutboxOp) -> dict[str, Any]:
    """The operation exactly as it is pushed (the server hashes this form of an unchained operation)."""
    return _outgoing(op).wire


def _stops(session: Session) -> _Stops:
    stops = _Stops()
    for op in session.scalars(select(OutboxOp).where(OutboxOp.state.in_(PROBLEMS)).order_by(OutboxOp.id)):
        stops.first.setdefault(chain_of(op), op.id)
    return stops


def next_batch(db: Database, size: int) -> list[Outgoing]:
    """Up to ``size`` pending operations in creation order, leaving out those behind a problem."""
    batch: list[Outgoing] = []
    with db.read() as s:
        stops, after = _stops(s), 0
        while len(batch) < size:
            page = s.scalars(select(OutboxOp).where(OutboxOp.state == PENDING, OutboxOp.id > after)
                             .order_by(OutboxOp.id).limit(size)).all()
            if not page:
                break
            for op in page:
                after = op.id
                if not stops.stops(op.id, chain_of(op)):
                    batch.append(_outgoing(op))
    return batch[:size]


def parse_results(body: Any, sent: list[Outgoing], url: str) -> list[dict[str, Any]]:
    """The server's results, one per sent operation in order, or BadResponse (nothing is written)."""
    results = body.get("results") if isinstance(body, dict) else None
    if not isinstance(results, list) or len(results) != len(sent):
        raise BadResponse(url=url)
    for result, op in zip(results, sent, strict=True):
        if (not isinstance(result, dict) or result.get("op_id") != op.wire["op_id"]
                or result.get("status") not in STATUSES):
            raise BadResponse(url=url)
    return results


def record_results(db: Database, sent: list[Outgoing], results: list[dict[str, Any]]) -> Tally:
    """Write the server's answers back in one local transaction; the counts of this response."""
    tally = Tally(pushed=len(sent))
    with db.write() as s:
        rows = {op.id: op for op in s.scalars(select(OutboxOp).where(OutboxOp.id.in_([o.id for o in sent])))}
        for op, result in zip(sent, results, strict=True):
            row, status = rows[op.id], result["status"]
            setattr(tally, status, getattr(tally, status) + 1)
            row.sync_result = status
            if status in ("accepted", "duplicate"):
                row.state, row.sync_reason = DONE, None
                row.server_position = result.get("position")
                row.server_received_at = result.get("received_at")
                row.server_signature = result.get("signature")
            elif status == "blocked":  # stays pending: sent again once the op that blocks it is dealt with
                by = result.get("blocked_by")  # None: held by the server itself (a file it does not have yet)
                row.sync_reason = f"{result.get('reason') or 'blocked'}" + (f" (blocked by {by})" if by else "")
            else:
                row.state = REJECTED if status == "rejected" else CONFLICT
                row.sync_reason = result.get("reason") or f"{status} without a reason"
                log.warning("sync: operation %s %s by the server: %s", row.uid, status, row.sync_reason)
    return tally


def problems(db: Database) -> list[Problem]:
    """Rejected and conflicting operations with the server's reasons, oldest first."""
    with db.read() as s:
        rows = s.scalars(select(OutboxOp).where(OutboxOp.state.in_(PROBLEMS)).order_by(OutboxOp.id))
        return [Problem(r.uid, r.entity, r.entity_uid, r.state, r.sync_reason or "") for r in rows]


def pending_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).where(OutboxOp.state == PENDING)) or 0)


PUSH_SESSION = "sync_push_session"


def next_push_session(db: Database) -> str:
    """A new push session number of this PC, higher than every earlier one: counted in its database, so
    it orders the PC's cycles whatever its clock says (server/sessions.py)."""
    with db.write() as s:
        row = s.get(Setting, PUSH_SESSION)
        number = int(row.value) + 1 if row is not None else 1
        s.merge(Setting(key=PUSH_SESSION, value=str(number)))
    return str(number)
