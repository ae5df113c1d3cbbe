"""The columns and data sources of the FIR register and the daily diary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.clock import format_pkt
from app.registers.diary import CATEGORIES
from app.registers.queries import DiaryRow, FirRow, RegisterQueries
from app.security.actor import Actor
from ui.bidi import isolate_ltr
from ui.i18n import tr
from ui.models.paged_table import Column

Row = TypeVar("Row")

STATUS = {
    "under_investigation": QT_TRANSLATE_NOOP("Status", "Under investigation"),
    "challaned": QT_TRANSLATE_NOOP("Status", "Challan submitted"),
    "untraced": QT_TRANSLATE_NOOP("Status", "Untraced"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
}
KIND = {
    "original": "",
    "correction": QT_TRANSLATE_NOOP("Status", "corrected"),
    "cancellation": QT_TRANSLATE_NOOP("Status", "cancelled"),
}


def _status(row: FirRow) -> str:
    status = QCoreApplication.translate("Status", STATUS.get(row.status, row.status))
    kind = KIND.get(row.kind, "")
    return f"{status} ({QCoreApplication.translate('Status', kind)})" if kind and row.kind != "cancellation" else status


def _name(en: str, ur: str, urdu: bool) -> str:
    """The person's name in the window's language when we have it, else the other."""
    return (ur or en) if urdu else (en or ur)


def fir_columns(urdu: bool) -> list[Column[FirRow]]:
    def complainant(r: FirRow) -> str:
        return _name(r.complainant_en, r.complainant_ur, urdu)

    def officer(r: FirRow) -> str:
        return _name(r.investigating_officer, r.investigating_officer_ur, urdu)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "FIR No."), lambda r: isolate_ltr(r.number), chars=10),
        Column(QT_TRANSLATE_NOOP("Columns", "Reported"), lambda r: isolate_ltr(format_pkt(r.reported_at)), chars=16),
        Column(QT_TRANSLATE_NOOP("Columns", "Complainant"), complainant, chars=22),
        Column(QT_TRANSLATE_NOOP("Columns", "Sections"), lambda r: isolate_ltr(r.sections), chars=20),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), _status, chars=17),
        Column(QT_TRANSLATE_NOOP("Columns", "Investigating officer"), officer, chars=22),
    ]


def _diary_number(r: DiaryRow) -> str:
    return isolate_ltr(f"{r.entry_no} / {r.diary_date:%d-%m-%Y}")


DIARY_COLUMNS: list[Column[DiaryRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Entry"), _diary_number, chars=16),
    Column(QT_TRANSLATE_NOOP("Columns", "Written"), lambda r: isolate_ltr(format_pkt(r.written_at)), chars=17),
    Column(QT_TRANSLATE_NOOP("Columns", "Category"), lambda r: tr(CATEGORIES.get(r.category, r.category)), chars=22),
    Column(QT_TRANSLATE_NOOP("Columns", "Text"), lambda r: r.text.replace("\n", " ")[:200], chars=60),
    Column(QT_TRANSLATE_NOOP("Columns", "Officer"), lambda r: r.officer, chars=20),
]


@dataclass(frozen=True)
class RegisterSource(Generic[Row]):
    """Where a register view gets its rows: paging, rows by id, and search."""

    count: Callable[[], int]
    page: Callable[[int, int], list[Row]]
    rows: Callable[[list[int]], list[Row]]
    search: Callable[[str], list[int]]
    key: Callable[[Row], int]  # the id a row opens (FIR root, diary entry)


def fir_source(q: RegisterQueries, actor: Actor) -> RegisterSource[FirRow]:
    return RegisterSource(partial(q.fir_count, actor), partial(q.fir_page, actor), partial(q.fir_rows, actor),
                          partial(q.fir_search, actor), lambda r: r.root_id)


def diary_source(q: RegisterQueries, actor: Actor) -> RegisterSource[DiaryRow]:
    return RegisterSource(partial(q.diary_count, actor), partial(q.diary_page, actor), partial(q.diary_rows, actor),
                          partial(q.diary_search, actor), lambda r: r.id)
