"""The one write path for register entries: row, hash-chain link, audit record
and outbox operation, all in the caller's single transaction."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.registers import chain, outbox
from app.security import audit
from app.security.actor import Actor


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
    """Chain, audit and queue an entry already added and flushed to ``session``."""
    chain.append(session, register, station_id, record_id, content)
    audit.record(session, actor, action, target)
    outbox.enqueue(session, register, record_uid, "append", {"station_id": station_id, **content})
