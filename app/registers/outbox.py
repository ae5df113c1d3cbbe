"""The transactional outbox: operations the sync engine will send, written in
the same transaction as the change they describe."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.clock import now_utc
from app.ids import uuid7
from app.storage.models import OutboxOp


def enqueue(
    session: Session, entity: str, entity_uid: str, op: str, payload: Mapping[str, object]
) -> OutboxOp:
    item = OutboxOp(
        uid=uuid7(),
        created_at=now_utc(),
        entity=entity,
        entity_uid=entity_uid,
        op=op,
        payload=dict(payload),
    )
    session.add(item)
    return item
