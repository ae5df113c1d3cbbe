"""The audit trail: who did what, when, where, with what outcome.

Append-only and hash-chained (register ``audit``, station 0) like the registers.
Details never hold passwords, keys, fingerprint data or record contents.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.clock import iso_utc, now_utc
from app.registers import chain
from app.security.actor import Actor
from app.storage.models import AuditRecord

REGISTER = "audit"


def audit_content(rec: AuditRecord) -> dict[str, object]:
    return {
        "id": rec.id,
        "at": iso_utc(rec.at),
        "username": rec.username,
        "workstation": rec.workstation,
        "action": rec.action,
        "target": rec.target,
        "outcome": rec.outcome,
        "details": rec.details,
    }


def record(
    session: Session,
    actor: Actor,
    action: str,
    target: str = "",
    outcome: str = "ok",
    **details: object,
) -> AuditRecord:
    rec = AuditRecord(
        at=now_utc(),
        username=actor.username,
        workstation=actor.workstation,
        action=action,
        target=target,
        outcome=outcome,
        details=dict(details),
    )
    session.add(rec)
    session.flush()
    chain.append(session, REGISTER, 0, rec.id, audit_content(rec))
    return rec
