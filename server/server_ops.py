"""The server's own operations (wanted list entries, conflict items): accepted operations of the national
pseudo-device, so every scope, page and digest treats them like a station's."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.clock import iso_utc
from app.ids import uuid7
from app.registers.chain import canonical_json
from server.countersign import countersign
from server.schema import NATIONAL, AcceptedOp, Device
from server.stations import district_of

NATIONAL_DEVICE = "00000000-0000-7000-8000-000000000000"  # never authenticates: see national_device
WANTED, CONFLICT = "wanted", "person_conflict"
SERVER_ENTITIES = (WANTED, CONFLICT)  # made by the server only: a station may not push them


def national_device() -> Device:
    """The author of the server's own operations: revoked from birth, its credential hash matches no
    token, so nobody can send as it."""
    epoch = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
    return Device(id=NATIONAL_DEVICE, station=NATIONAL, name="national server", credential_hash="0" * 64,
                  enrolled_at=epoch, revoked_at=epoch)


def server_op(session: Session, key: bytes, now: datetime, *, entity: str, entity_uid: str, op: str,
              payload: dict[str, Any], station: str = NATIONAL) -> AcceptedOp:
    """An operation of the server's own, in the wire form a station's has (its hash is the SHA-256 of
    that form, as for any operation outside a chain); its feed position comes at commit."""
    op_id = uuid7()
    body = {"op_id": op_id, "entity": entity, "entity_uid": entity_uid, "op": op, "created_at": iso_utc(now),
            "payload": payload}
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    row = AcceptedOp(op_id=op_id, device_id=NATIONAL_DEVICE, station=station, entity=entity,
                     entity_uid=entity_uid, op=op, register=None, position=None, entry_hash=digest,
                     body_sha256=digest, body=body, received_at=now,
                     signature=countersign(key, op_id, digest, None), district=district_of(station))
    session.add(row)
    return row
