"""Writing a pulled page into the replica, and the replica's side of a scope's digest.

A page and its cursor go in one local transaction: after a crash or a dropped link the cursor is never
ahead of the rows it covers, and a page applied twice (an answer lost after the commit) changes nothing,
since every row is keyed by the operation's id and position."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now_utc
from app.storage.database import Database
from app.storage.models import Fir, OutboxOp, SharedOp, StationFeedOp, SyncCursor, WatchlistFir
from sync import feed_records, shared_records
from sync.feed_records import TAMPERED, entry_hash, watchlist_fields
from sync.state import wire


@dataclass(frozen=True)
class PulledPage:
    scope: str
    ops: list[dict[str, Any]]
    next_after: int
    more: bool


def cursor(db: Database, scope: str) -> int:
    with db.read() as s:
        row = s.get(SyncCursor, scope)
        return row.position if row else 0


def apply_page(db: Database, page: PulledPage, station: str | None = None) -> int:
    """Store the page and advance the cursor in one transaction; the number of records new here.
    ``station``: this replica's; an operation of another station is never its own, even when its outbox
    holds it (the demo's database holds several stations)."""
    kind = page.scope.partition(":")[0]
    new = 0
    with db.write() as s:
        for op in page.ops:
            own = s.scalars(select(OutboxOp).where(OutboxOp.uid == op["op_id"])).first()
            if own is not None and station is not None and op["station"] != station:
                own = None
            if own is not None:
                own.feed_position = op["position"]  # this replica's own entry: recognised, not copied
            if kind == "district" and own is None:
                new += _watchlist(s, op)
            elif kind == "station":
                new += _station_op(s, op, own is not None)
            elif kind in shared_records.OWN_ENTITIES and own is None:
                new += shared_records.apply(s, page.scope, op)
        row = s.get(SyncCursor, page.scope) or SyncCursor(scope=page.scope, position=0)
        row.position, row.pulled_at = max(row.position, page.next_after), now_utc()
        s.add(row)
    return new


def _watchlist(s: Session, op: dict[str, Any]) -> int:
    if s.scalars(select(WatchlistFir.position).where(WatchlistFir.op_uid == op["op_id"])).first() is not None:
        return 0
    payload = op["body"]["payload"]
    s.add(WatchlistFir(position=op["position"], op_uid=op["op_id"], station_code=op["station"],
                       entry_hash=op["entry_hash"], received_at=op["received_at"], payload=payload,
                       **watchlist_fields(payload)))
    return 1


def _station_op(s: Session, op: dict[str, Any], in_outbox: bool) -> int:
    if s.scalars(select(StationFeedOp.position).where(StationFeedOp.op_uid == op["op_id"])).first() is not None:
        return 0
    local = in_outbox or s.scalars(select(Fir.id).where(Fir.uid == op["entity_uid"])).first() is not None
    s.add(StationFeedOp(position=op["position"], op_uid=op["op_id"], entity=op["entity"],
                        entity_uid=op["entity_uid"], entry_hash=op["entry_hash"], received_at=op["received_at"],
                        body=None if local else op["body"]))
    return 0 if local else 1


def local_digest(db: Database, scope: str, upto: int) -> tuple[int, str]:
    """The scope's digest over what this replica holds up to ``upto``, hashes recomputed from the rows
    themselves: an altered row gives another digest than the server's."""
    kind = scope.partition(":")[0]
    lines: list[tuple[int, str, str]] = []
    with db.read() as s:
        if kind == "district":
            for w in s.scalars(select(WatchlistFir).where(WatchlistFir.position <= upto)):
                intact = watchlist_fields(w.payload) == {k: getattr(w, k) for k in watchlist_fields(w.payload)}
                lines.append((w.position, w.op_uid, (entry_hash({"payload": w.payload}) if intact else None)
                              or TAMPERED))
            own = s.scalars(select(OutboxOp).where(OutboxOp.feed_position <= upto, OutboxOp.entity == "fir"))
            lines += [(int(op.feed_position or 0), op.uid, _own_hash(op)) for op in own]
        elif kind == "station":
            outbox = {op.uid: op for op in s.scalars(select(OutboxOp).where(OutboxOp.feed_position <= upto))}
            for row in s.scalars(select(StationFeedOp).where(StationFeedOp.position <= upto)):
                if row.body is not None:
                    hash_ = entry_hash(row.body) or TAMPERED
                elif row.op_uid in outbox:
                    hash_ = _own_hash(outbox[row.op_uid])
                else:  # in the registers under another operation: the hash the server gave
                    hash_ = row.entry_hash
                lines.append((row.position, row.op_uid, hash_))
        elif kind in shared_records.OWN_ENTITIES:
            for held in s.scalars(select(SharedOp).where(SharedOp.scope == scope, SharedOp.position <= upto)):
                lines.append((held.position, held.op_uid, entry_hash(held.body) or TAMPERED))
            own = s.scalars(select(OutboxOp).where(OutboxOp.feed_position <= upto,
                                                   OutboxOp.entity.in_(shared_records.OWN_ENTITIES[kind])))
            lines += [(int(op.feed_position or 0), op.uid, _own_hash(op)) for op in own]
    return feed_records.digest(lines)


def _own_hash(op: OutboxOp) -> str:
    return entry_hash(wire(op)) or TAMPERED
