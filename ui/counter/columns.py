"""The columns of the counter's application list, and its data source over the current filter."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from app.clock import format_pkt
from app.counter.catalogue import Catalogue
from app.counter.listing import ApplicationQueries, ApplicationRow, ListFilter
from app.counter.timeline import STATUS_NAMES, Status
from app.security.actor import Actor
from ui.bidi import isolate_ltr
from ui.i18n import tr
from ui.models.paged_table import Column
from ui.models.registers import RegisterSource

OVERDUE = QColor("#f8d7da")
OVERDUE_MARK = QT_TRANSLATE_NOOP("core", "overdue")


def status_text(row: ApplicationRow) -> str:
    name = tr(STATUS_NAMES[Status(row.status)])
    return f"{name} ({tr(OVERDUE_MARK)})" if row.overdue else name


def application_columns(catalogue: Catalogue, urdu: bool) -> list[Column[ApplicationRow]]:
    def service(r: ApplicationRow) -> str:
        s = catalogue.get(r.service_code)
        return s.name_ur if urdu else s.name_en

    def applicant(r: ApplicationRow) -> str:
        return (r.applicant_ur or r.applicant_en) if urdu else (r.applicant_en or r.applicant_ur)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Tracking No."), lambda r: isolate_ltr(r.tracking_no), chars=26),
        Column(QT_TRANSLATE_NOOP("Columns", "Service"), service, chars=26),
        Column(QT_TRANSLATE_NOOP("Columns", "Applicant"), applicant, chars=20),
        Column(QT_TRANSLATE_NOOP("Columns", "CNIC / passport"), lambda r: isolate_ltr(r.identity), chars=16),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), status_text, chars=22),
        Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: isolate_ltr(format_pkt(r.due_at)), chars=16),
    ]


def overdue_background(row: ApplicationRow) -> QColor | None:
    return OVERDUE if row.overdue else None


def application_source(q: ApplicationQueries, actor: Actor, f: ListFilter) -> RegisterSource[ApplicationRow]:
    """The filter object is read at each call: change it, then refresh the view."""
    return RegisterSource(lambda: q.count(actor, f), lambda o, n: q.page(actor, f, o, n), partial(q.rows, actor),
                          partial(q.search, actor), lambda r: r.id)
