"""The one write path for register entries: row, hash-chain link, audit record
and outbox operation, all in the caller's single transaction."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.registers import chain, outbox
from app.security import audit
from app.security.actor import Actor
from app.storage.models import ChainLink, PoliceStation


def chain_block(session: Session, link: ChainLink) -> dict[str, object]:
    """What the server needs to verify the link: the station by its national code (local ids
    differ between replicas), the position, and both hashes."""
    station = session.get(PoliceStation, link.station_id)
    return {
        "register": link.register,
        "station": station.code if station else None,
        "position": link.seq,
        "prev_hash": link.prev_hash,
        "entry_hash": link.entry_hash,
    }


def record_entry(
    session: Session,
    actor: Actor,
    *,
    register: str,
    station_id: int,
    record_id: int,
    record_uid: str,
    content: Mapping[str, object],
    action: str,
    target: str,
) -> None:
    """Chain, audit and queue an entry already added and flushed to ``session``.

    The operation's payload is the hashed content plus a ``chain`` block, so the payload
    without ``chain`` is exactly what ``entry_hash`` covers and the server can recompute it."""
    if "chain" in content:
        raise ValueError("an entry's content may not have a 'chain' field: the outbox payload uses it")
    link = chain.append(session, register, station_id, record_id, content)
    audit.record(session, actor, action, target)
    outbox.enqueue(session, register, record_uid, "append", {**content, "chain": chain_block(session, link)})
