"""The counter's list of applications: SQL-paged, filtered by status or overdue, searched by tracking number
or CNIC (the applicant's or the person applying on their behalf). The clock decides what is overdue."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from app.clock import now_utc
from app.counter.timeline import Status
from app.counter.tokens import station_of
from app.counter.tracking import looks_like_tracking, parse_tracking
from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.security.actor import Actor
from app.storage.database import Database
from app.storage.types import UTCDateTime
from app.validation.cnic import check_cnic

_TS = UTCDateTime()
OPEN_SQL = "a.status IN ('received', 'under_verification', 'awaiting_sho')"  # timeline.OPEN (a test holds them)
_OVERDUE = f"{OPEN_SQL} AND a.due_at < :now"
_COLUMNS = ("a.id, a.tracking_no, a.service_code, p.name_en, p.name_ur, coalesce(p.cnic, p.passport, ''), "
            "a.status, a.received_at, a.due_at, " + _OVERDUE)
_SELECT = f"SELECT {_COLUMNS} FROM counter_application a JOIN person p ON p.id = a.applicant_id"  # noqa: S608
# One fixed text, parameters only: no status filter is NULL, overdue_only is 0 or 1.
_WHERE = (" WHERE a.station_id = :s AND (:status IS NULL OR a.status = :status)"
          " AND (:overdue = 0 OR (" + _OVERDUE + "))")
_COUNT = "SELECT count(*) FROM counter_application a" + _WHERE  # noqa: S608 - constant SQL
_PAGE = _SELECT + _WHERE + " ORDER BY a.id DESC LIMIT :l OFFSET :o"
_BY_ID = _SELECT + _WHERE + " AND a.id IN (SELECT value FROM json_each(:ids))"  # noqa: S608 - constant SQL


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    tracking_no: str
    service_code: str
    applicant_en: str
    applicant_ur: str
    identity: str
    status: str
    received_at: datetime
    due_at: datetime
    overdue: bool


@dataclass
class ListFilter:
    """What the list shows: one status (or all) and, optionally, only overdue applications."""

    status: Status | None = None
    overdue_only: bool = False


def _row(r: Sequence[Any]) -> ApplicationRow:
    received, due = _TS.process_result_value(r[7], None), _TS.process_result_value(r[8], None)
    assert received is not None and due is not None
    return ApplicationRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], received, due, bool(r[9]))


class ApplicationQueries:
    def __init__(self, db: Database, clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.clock = db, clock

    def _params(self, actor: Actor, f: ListFilter) -> dict[str, object]:
        return {"s": station_of(actor), "now": _TS.process_bind_param(self.clock(), None),
                "status": f.status.value if f.status is not None else None, "overdue": int(f.overdue_only)}

    def count(self, actor: Actor, f: ListFilter) -> int:
        with self.db.read() as s:
            return int(s.execute(text(_COUNT), self._params(actor, f)).scalar_one())

    def page(self, actor: Actor, f: ListFilter, offset: int, limit: int) -> list[ApplicationRow]:
        with self.db.read() as s:
            return [_row(r) for r in s.execute(text(_PAGE), {**self._params(actor, f), "l": limit, "o": offset})]

    def rows(self, actor: Actor, ids: list[int]) -> list[ApplicationRow]:
        params = {**self._params(actor, ListFilter()), "ids": json.dumps(ids)}
        with self.db.read() as s:
            found = {r[0]: _row(r) for r in s.execute(text(_BY_ID), params)}
        return [found[i] for i in ids if i in found]

    def search(self, actor: Actor, user_text: str) -> list[int]:
        """Ids of the applications with this tracking number, or of this CNIC (newest first)."""
        station_id = station_of(actor)
        if looks_like_tracking(user_text):
            sql, params = ("SELECT id FROM counter_application WHERE station_id = :s AND tracking_no = :t",
                           {"s": station_id, "t": str(parse_tracking(user_text))})
        else:
            cnic = check_cnic(user_text)
            if cnic.error:
                raise ValidationError([FieldProblem("search", QT_TRANSLATE_NOOP(
                    "core", "Search by tracking number (as on the receipt) or by CNIC."))])
            sql = ("SELECT a.id FROM counter_application a JOIN person p ON p.id = a.applicant_id "
                   "WHERE a.station_id = :s AND (p.cnic = :c OR a.agent_cnic = :c) ORDER BY a.id DESC LIMIT 1000")
            params = {"s": station_id, "c": cnic.value}
        with self.db.read() as s:
            return [r[0] for r in s.execute(text(sql), params)]
