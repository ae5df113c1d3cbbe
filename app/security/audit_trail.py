"""Reading the audit trail: the SHO's and the admin's viewer, with filters and a CSV export."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import String, cast, or_, select

from app.clock import format_pkt
from app.registers.search_index import MAX_QUERY
from app.security import audit
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import AuditRecord

LIMIT = 2000
COLUMNS = ("when (PKT)", "user", "workstation", "action", "target", "outcome", "details")


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""  # a prefix: "login", "fir.", ...
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""  # anywhere in the target or the details


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _cell(value: str) -> str:
    """A spreadsheet must show what was typed, never run it as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, actor: Actor, where: AuditFilter | None = None, *, text: str = "",
               limit: int | None = LIMIT) -> list[AuditRecord]:
        """Newest first, at most ``limit`` records (None: all)."""
        actor.require(Permission.VIEW_AUDIT)
        f = where or AuditFilter(text=text)
        query = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit)
        if f.username:
            query = query.where(AuditRecord.username == f.username)
        if f.action:
            query = query.where(AuditRecord.action.like(_escape_like(f.action) + "%", escape="\\"))
        if f.since is not None:
            query = query.where(AuditRecord.at >= f.since)
        if f.until is not None:
            query = query.where(AuditRecord.at < f.until)
        if f.text:
            pattern = "%" + _escape_like(f.text[:MAX_QUERY]) + "%"
            query = query.where(or_(AuditRecord.target.like(pattern, escape="\\"),
                                    cast(AuditRecord.details, String).like(pattern, escape="\\")))
        with self.db.read() as s:
            rows = list(s.scalars(query))
            s.expunge_all()
        return rows

    def export_csv(self, actor: Actor, path: Path, where: AuditFilter | None = None) -> int:
        """Write the filtered trail to ``path``; returns the number of records written."""
        rows = self.search(actor, where, limit=None)
        with path.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM lets Excel read Urdu
            out = csv.writer(fh)
            out.writerow(COLUMNS)
            for r in rows:
                details = "; ".join(f"{k}={v}" for k, v in sorted(r.details.items()))
                values = (format_pkt(r.at), r.username, r.workstation, r.action, r.target, r.outcome, details)
                out.writerow([_cell(v) for v in values])
        with self.db.write() as s:
            audit.record(s, actor, "audit.export", path.name[:80], records=len(rows))
        return len(rows)
