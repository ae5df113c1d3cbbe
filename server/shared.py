"""Shared records and numbering at the server: what push checks beyond the hash chains.

* FIR numbers: an original FIR entry takes its number (serial/year) at its station; a second entry with
  the same number is refused with a reason that says what happened and what to do (scenario 29). The
  check comes before the chain's, so two PCs writing one register, or a reinstall that did not restore
  its counter, read as what they are rather than as a bare chain break.
* Shared person records (design 4.1): the station that pushed a person first is its custodian. Any
  station may amend it; each amendment names the last amendment or resolution its station had seen
  (``base``). One that names an older base was made concurrently with another: both are accepted as
  separate entries, nothing is overwritten, and the server adds a conflict item for the custodian, who
  settles it with a resolution entry (scenario 26). Only the custodian may resolve.
* A CRO record a station enrols as wanted or proclaimed offender joins the national wanted list
  (server/wanted.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.ids import uuid7
from server import wanted
from server.schema import AcceptedOp, FirNumber, PersonHead
from server.server_ops import CONFLICT, SERVER_ENTITIES, server_op

FIR_REGISTER = "fir"


def reads_heads(op: dict[str, Any]) -> bool:
    """Whether deciding ``op`` reads a shared record afresh from the database (a person's head for an
    amendment or resolution, the wanted list for a CRO record): push's batch-at-once path, which flushes
    only at the end, would read what an earlier op of its batch changed as it was before, so a batch
    holding one is applied op by op (server/push.py)."""
    return ((op.get("entity") == "person" and op.get("op") in ("amend", "resolve"))
            or op.get("entity") in (wanted.RECORD_REGISTER, wanted.WITHDRAWAL_REGISTER))


def refusal(session: Session, station: str, op: dict[str, Any]) -> str | None:
    """Why this station's operation may not be accepted (beyond its chain), or None."""
    entity, payload = op["entity"], op["payload"]
    if entity in SERVER_ENTITIES:
        return f"{entity} operations are made by the national server only"
    if entity == FIR_REGISTER and payload.get("kind") == "original":
        number = str(payload.get("number") or "")
        taken = session.get(FirNumber, (station, number))
        if taken is not None and taken.entity_uid != op["entity_uid"]:
            return (f"duplicate FIR number: {number} of station {station} is already taken by another FIR "
                    f"(record {taken.entity_uid}); two PCs are writing one register, or this PC was reinstalled "
                    f"without restoring its numbering: run 'thana sync restore' and register the FIR again")
    if entity == "person" and op["op"] in ("amend", "resolve"):
        head = session.get(PersonHead, op["entity_uid"], with_for_update=True, populate_existing=True)
        if head is None:
            return f"person {op['entity_uid']} is not known to the server: its record must be pushed first"
        if op["op"] == "resolve" and head.custodian != station:
            return f"only the custodian of person {op['entity_uid']}, station {head.custodian}, may resolve"
    return None


def accepted(session: Session, key: bytes, now: datetime, row: AcceptedOp) -> list[AcceptedOp]:
    """Bookkeeping of an accepted operation; the operations the server adds because of it."""
    payload = row.body["payload"]
    if not isinstance(payload, dict):
        return []
    if row.entity == FIR_REGISTER and payload.get("kind") == "original":
        number = str(payload.get("number") or "")
        if session.get(FirNumber, (row.station, number)) is None:
            session.add(FirNumber(station=row.station, number=number, op_id=row.op_id, entity_uid=row.entity_uid))
    if row.entity in (wanted.RECORD_REGISTER, wanted.WITHDRAWAL_REGISTER):
        return wanted.from_station(session, key, now, row)
    if row.entity != "person":
        return []
    head = session.get(PersonHead, row.entity_uid, with_for_update=True, populate_existing=True)
    if row.op == "upsert":
        if head is None:
            session.add(PersonHead(person_uid=row.entity_uid, custodian=row.station, last_uid=None))
        return []
    if head is None or row.op not in ("amend", "resolve"):
        return []
    made = []
    if row.op == "amend" and payload.get("base") != head.last_uid:
        made.append(server_op(session, key, now, entity=CONFLICT, entity_uid=row.entity_uid, op="open",
                              station=head.custodian,
                              payload={"uid": uuid7(), "person": row.entity_uid, "custodian": head.custodian,
                                       "amendments": [head.last_uid, payload.get("uid")],
                                       "base": payload.get("base")}))
    head.last_uid = str(payload.get("uid") or "") or None
    return made
