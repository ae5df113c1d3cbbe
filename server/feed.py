"""The pull feed: every accepted operation gets a position in commit order, read by scope.

Why positions are given at commit, from one locked row: a PostgreSQL sequence hands out numbers when
``nextval`` runs, not when the transaction commits, so a push that took 7 can commit after the one that
took 8; a reader that already passed 8 never sees 7 (design decision 4). Here a push transaction takes
the ``feed_head`` row ``FOR UPDATE`` as its very last statement and numbers its accepted operations
from it: the next push waits on that row until this one has committed, so positions become visible
strictly in order. The lock is held only between the numbering and the commit, which keeps concurrent
pushes of different stations parallel for all their real work. SQLite's writers are serialised anyway
(server/database.py).

Scopes: ``station:<code>`` (all of that station's accepted operations: a second PC or a rebuilt
replica gets them back), ``district:<code>`` (the FIR register entries of every station of the
district: the watchlist), ``users:<station code>`` (the station's accounts, for offline login on another
PC of the station: password hashes go to the station's own devices only), ``persons:<district code>``
(the shared person records of the district's stations: creations, amendments, resolutions and the
server's conflict items), ``wanted:national`` (the national wanted list, for every station).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from app.clock import iso_utc
from server.schema import AcceptedOp, Device, FeedHead
from server.server_ops import CONFLICT, WANTED
from server.stations import district_of

WATCHLIST_REGISTER = "fir"
KINDS = ("station", "district", "users", "persons", "wanted")
PERSON_ENTITIES = ("person", CONFLICT)


class ScopeError(Exception):
    """A scope that is malformed (400) or not this device's (403)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class Page:
    scope: str
    ops: list[dict[str, Any]]
    next_after: int
    high_water: int
    more: bool


def assign_positions(session: Session, accepted: list[AcceptedOp]) -> None:
    """Number this transaction's accepted operations; call last before the commit (see above)."""
    if not accepted:
        return
    head = session.get(FeedHead, 1, with_for_update=True, populate_existing=True)
    assert head is not None, "open_store creates the feed head"
    first = head.position + 1
    for offset, row in enumerate(accepted):
        row.feed_position, row.feed_txn = first + offset, first
    head.position = first + len(accepted) - 1
    session.flush()


def high_water(session: Session) -> int:
    """The last position given; every position up to it is committed (they are given at commit)."""
    return int(session.scalars(select(FeedHead.position).where(FeedHead.id == 1)).one())


def allowed_filter(device: Device, scope: str) -> ColumnElement[bool]:
    """The rows of ``scope``, or ScopeError when the scope is malformed or not the device's."""
    kind, _, code = scope.partition(":")
    if kind not in KINDS or not code:
        raise ScopeError(400, f"unknown scope {scope!r}: use station:CODE, district:CODE, users:CODE, "
                              "persons:DISTRICT or wanted:national")
    district = district_of(device.station)
    own = {"station": device.station, "users": device.station, "district": district, "persons": district,
           "wanted": "national"}[kind]
    if code != own:
        raise ScopeError(403, f"this device belongs to station {device.station} and may not pull {scope}")
    if kind == "station":
        return AcceptedOp.station == code
    if kind == "district":
        return and_(AcceptedOp.district == code, AcceptedOp.register == WATCHLIST_REGISTER)
    if kind == "users":
        return and_(AcceptedOp.station == code, AcceptedOp.entity == "user")
    if kind == "persons":
        return and_(AcceptedOp.district == code, AcceptedOp.entity.in_(PERSON_ENTITIES))
    return AcceptedOp.entity == WANTED


def page(session: Session, device: Device, scope: str, after: int, limit: int) -> Page:
    """Up to ``limit`` operations after ``after`` in position order, plus the rest of the last one's
    push transaction: a page never ends inside a transaction."""
    where = allowed_filter(device, scope)
    top = high_water(session)  # read first: rows above it may be committing now, and are left out
    visible = and_(where, AcceptedOp.feed_position <= top)
    rows = list(session.scalars(select(AcceptedOp).where(visible, AcceptedOp.feed_position > after)
                                .order_by(AcceptedOp.feed_position).limit(limit)))
    if len(rows) == limit and rows:
        last = rows[-1]
        rows += session.scalars(select(AcceptedOp).where(visible, AcceptedOp.feed_txn == last.feed_txn,
                                                         AcceptedOp.feed_position > last.feed_position)
                                .order_by(AcceptedOp.feed_position))
    more = bool(rows) and session.scalars(select(AcceptedOp.op_id).where(
        visible, AcceptedOp.feed_position > rows[-1].feed_position).limit(1)).first() is not None
    # when nothing more is there, the cursor may move to the top: the gaps below it are other scopes'
    next_after = int(rows[-1].feed_position or 0) if more else max(after, top)
    return Page(scope, [_wire(row) for row in rows], next_after, top, more)


def digest(session: Session, device: Device, scope: str, upto: int) -> tuple[int, int, str]:
    """(upto, count, SHA-256) over the scope's ``position op_id entry_hash`` lines up to ``upto`` (at most
    the high water: above it the digest could still change)."""
    where = allowed_filter(device, scope)
    upto = min(upto, high_water(session))
    rows = session.execute(select(AcceptedOp.feed_position, AcceptedOp.op_id, AcceptedOp.entry_hash)
                           .where(where, AcceptedOp.feed_position <= upto).order_by(AcceptedOp.feed_position))
    count, value = digest_lines((int(p or 0), op_id, h) for p, op_id, h in rows)
    return upto, count, value


def digest_lines(rows: Any) -> tuple[int, str]:
    """The digest both ends compute: the client over what it holds, the server over what it accepted."""
    sha, count = hashlib.sha256(), 0
    for position, op_id, entry_hash in rows:
        sha.update(f"{position} {op_id} {entry_hash}\n".encode())
        count += 1
    return count, sha.hexdigest()


def _wire(row: AcceptedOp) -> dict[str, Any]:
    return {"position": row.feed_position, "txn": row.feed_txn, "op_id": row.op_id, "station": row.station,
            "entity": row.entity, "entity_uid": row.entity_uid, "op": row.op, "entry_hash": row.entry_hash,
            "received_at": iso_utc(row.received_at), "signature": row.signature, "body": row.body}
