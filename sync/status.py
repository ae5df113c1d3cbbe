"""What the user is shown of sync, read from the database only: pending count, last successful cycle,
and every record that needs attention with the server's reason. Nothing of it lives only in memory, so
after a restart the status bar shows exactly what the database holds (research §4.13, scenario 40)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.clock import iso_utc
from app.storage.database import Database
from app.storage.models import OutboxOp, Setting, WatchlistFir
from sync.enrollment import DEVICE_ID
from sync.pull import Drift, drifts
from sync.state import PENDING, PROBLEMS, chain_of, pending_count

LAST_SYNC = "sync_last_success"  # settings row: UTC time of the last cycle that went through
BLOCKED = "blocked"


@dataclass(frozen=True)
class RecordProblem:
    """An operation the server did not take: rejected, conflict, or blocked behind one of those."""

    op_id: str
    entity: str
    entity_uid: str
    state: str  # rejected, conflict, blocked
    reason: str


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    pending: int
    last_success: str | None  # ISO UTC
    problems: list[RecordProblem]
    drift: list[Drift]


def mark_synced(db: Database, when: datetime) -> None:
    with db.write() as s:
        s.merge(Setting(key=LAST_SYNC, value=iso_utc(when)))


def last_success(db: Database) -> str | None:
    with db.read() as s:
        row = s.get(Setting, LAST_SYNC)
        return row.value if row is not None else None


def record_problems(db: Database) -> list[RecordProblem]:
    """Rejected and conflicting operations with the server's reason, and the pending ones they hold back
    (the server's "blocked", or never sent because an earlier operation of their chain is a problem)."""
    found: list[RecordProblem] = []
    first: dict[tuple[str, str, str], OutboxOp] = {}
    with db.read() as s:
        rows = s.scalars(select(OutboxOp).where(OutboxOp.state.in_((*PROBLEMS, PENDING))).order_by(OutboxOp.id))
        for op in rows:
            chain = chain_of(op)
            if op.state in PROBLEMS:
                first.setdefault(chain, op)
                found.append(RecordProblem(op.uid, op.entity, op.entity_uid, op.state, op.sync_reason or ""))
            elif op.sync_result == BLOCKED:
                found.append(RecordProblem(op.uid, op.entity, op.entity_uid, BLOCKED, op.sync_reason or ""))
            elif (stop := first.get(chain)) is not None:
                found.append(RecordProblem(op.uid, op.entity, op.entity_uid, BLOCKED,
                                           f"held back behind operation {stop.uid} ({stop.state})"))
    return found


def enrolled(db: Database) -> bool:
    with db.read() as s:
        return s.get(Setting, DEVICE_ID) is not None


def read_status(db: Database) -> SyncStatus:
    return SyncStatus(enrolled(db), pending_count(db), last_success(db), record_problems(db), drifts(db))


def watchlist(db: Database, limit: int = 500) -> list[WatchlistFir]:
    """The district watchlist as pulled, newest first (read-only: other stations' FIR entries)."""
    with db.read() as s:
        rows = list(s.scalars(select(WatchlistFir).order_by(WatchlistFir.position.desc()).limit(limit)))
        s.expunge_all()
        return rows
