"""Read-side queries for the register views: counts, SQL-paged rows, search.

Plain SQL over indexes, so a page of a million-row register costs the same as
the first page of an empty one (apart from OFFSET's walk of a narrow index).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import text

from app.errors import ConflictError
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.search_index import match_expression
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.types import UTCDateTime

SEARCH_LIMIT = 1000
R = TypeVar("R")
_TS = UTCDateTime()


def _when(value: str | None) -> datetime | None:
    return _TS.process_result_value(value, None)


@dataclass(frozen=True)
class FirRow:
    root_id: int
    head_id: int
    number: str
    reported_at: datetime
    complainant_en: str
    complainant_ur: str
    sections: str
    status: str
    kind: str
    investigating_officer: str
    investigating_officer_ur: str


@dataclass(frozen=True)
class DiaryRow:
    id: int
    diary_date: date
    entry_no: int
    written_at: datetime
    category: str
    text: str
    officer: str
    corrects_id: int | None


_FIR_SELECT = """
SELECT h.root_id, f.id, f.serial, f.year, f.reported_at, p.name_en, p.name_ur,
       (SELECT group_concat(os.section || ' ' || l.short_en, ', ')
          FROM fir_section fs JOIN offence_section os ON os.id = fs.section_id JOIN law l ON l.id = os.law_id
         WHERE fs.fir_id = f.id),
       f.status, f.kind, coalesce(u.full_name, ''), coalesce(u.full_name_ur, '')
  FROM fir_head h
  JOIN fir f ON f.id = h.head_id
  JOIN person p ON p.id = f.complainant_id
  LEFT JOIN app_user u ON u.id = f.investigating_officer_id
"""

_DIARY_SELECT = """
SELECT d.id, d.diary_date, d.entry_no, d.written_at, d.category, d.text, u.full_name, d.corrects_id
  FROM diary_entry d JOIN app_user u ON u.id = d.officer_id
"""


def _fir_row(r: Sequence[Any]) -> FirRow:
    reported = _when(r[4])
    assert reported is not None
    return FirRow(r[0], r[1], f"{r[2]}/{r[3]}", reported, r[5], r[6], r[7] or "", r[8], r[9], r[10], r[11])


def _diary_row(r: Sequence[Any]) -> DiaryRow:
    written = _when(r[3])
    assert written is not None
    return DiaryRow(r[0], date.fromisoformat(r[1]), r[2], written, r[4], r[5], r[6], r[7])


def own_station(actor: Actor) -> int:
    """The station whose registers the actor may read; the permission is checked here."""
    actor.require(Permission.VIEW_REGISTERS)
    if actor.station_id is None:
        raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
    return actor.station_id


class RegisterQueries:
    """Every read checks the reader may view the registers, and reads only their own station's."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def fir_count(self, actor: Actor) -> int:
        with self.db.engine.connect() as c:
            return int(c.execute(text("SELECT count(*) FROM fir_head WHERE station_id = :s"),
                                 {"s": own_station(actor)}).scalar_one())

    def fir_page(self, actor: Actor, offset: int, limit: int) -> list[FirRow]:
        """Rows ``offset`` to ``offset + limit`` of the register, newest FIR first."""
        sql = _FIR_SELECT + " WHERE h.station_id = :s ORDER BY h.root_id DESC LIMIT :l OFFSET :o"
        with self.db.engine.connect() as c:
            return [_fir_row(r) for r in c.execute(text(sql), {"s": own_station(actor), "l": limit, "o": offset})]

    def fir_rows(self, actor: Actor, root_ids: list[int]) -> list[FirRow]:
        """The rows of these FIR numbers, in the order given."""
        sql = _FIR_SELECT + " WHERE h.station_id = :s AND h.root_id IN (SELECT value FROM json_each(:ids))"  # noqa: S608 - constant SQL
        return self._rows_by_id(sql, own_station(actor), root_ids, _fir_row)

    def fir_id(self, actor: Actor, serial: int, year: int) -> int | None:
        """The current entry of FIR ``serial/year`` of the station, if there is one."""
        sql = ("SELECT h.head_id FROM fir f JOIN fir_head h ON h.root_id = f.id "
               "WHERE f.station_id = :s AND f.serial = :n AND f.year = :y AND f.corrects_id IS NULL")
        with self.db.engine.connect() as c:
            return c.execute(text(sql), {"s": own_station(actor), "n": serial, "y": year}).scalar()

    def fir_search(self, actor: Actor, user_text: str, limit: int = SEARCH_LIMIT) -> list[int]:
        """Root ids of the FIRs that match every word typed, newest first."""
        station_id = own_station(actor)
        expr = match_expression(user_text)
        if expr is None:
            return []
        sql = ("SELECT h.root_id FROM fir_fts JOIN fir_head h ON h.root_id = fir_fts.rowid "
               "WHERE fir_fts MATCH :q AND h.station_id = :s ORDER BY fir_fts.rowid DESC LIMIT :l")
        with self.db.engine.connect() as c:
            return [r[0] for r in c.execute(text(sql), {"q": expr, "s": station_id, "l": limit})]

    def diary_count(self, actor: Actor) -> int:
        with self.db.engine.connect() as c:
            return int(c.execute(text("SELECT count(*) FROM diary_entry WHERE station_id = :s"),
                                 {"s": own_station(actor)}).scalar_one())

    def diary_page(self, actor: Actor, offset: int, limit: int) -> list[DiaryRow]:
        sql = _DIARY_SELECT + " WHERE d.station_id = :s ORDER BY d.id DESC LIMIT :l OFFSET :o"
        with self.db.engine.connect() as c:
            return [_diary_row(r) for r in c.execute(text(sql), {"s": own_station(actor), "l": limit, "o": offset})]

    def diary_rows(self, actor: Actor, ids: list[int]) -> list[DiaryRow]:
        sql = _DIARY_SELECT + " WHERE d.station_id = :s AND d.id IN (SELECT value FROM json_each(:ids))"  # noqa: S608 - constant SQL
        return self._rows_by_id(sql, own_station(actor), ids, _diary_row)

    def diary_search(self, actor: Actor, user_text: str, limit: int = SEARCH_LIMIT) -> list[int]:
        station_id = own_station(actor)
        expr = match_expression(user_text)
        if expr is None:
            return []
        sql = ("SELECT d.id FROM diary_fts JOIN diary_entry d ON d.id = diary_fts.rowid "
               "WHERE diary_fts MATCH :q AND d.station_id = :s ORDER BY diary_fts.rowid DESC LIMIT :l")
        with self.db.engine.connect() as c:
            return [r[0] for r in c.execute(text(sql), {"q": expr, "s": station_id, "l": limit})]

    def _rows_by_id(self, sql: str, station_id: int, ids: list[int], make: Callable[[Sequence[Any]], R]) -> list[R]:
        """Rows whose first column is one of ``ids``, in the order of ``ids`` (one JSON parameter)."""
        if not ids:
            return []
        with self.db.engine.connect() as c:
            found = {r[0]: make(r) for r in c.execute(text(sql), {"s": station_id, "ids": json.dumps(ids)})}
        return [found[i] for i in ids if i in found]
