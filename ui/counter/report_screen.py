"""The daily counter report on screen: a day (today by default, never a future one), the figures per service
(received, completed, median and longest turnaround, overdue), the overdue cases in red, and the same report
as a PDF in English and Urdu. The figures are computed on the DB worker."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_pkt, pkt_date
from app.counter.report import DailyReport, ServiceFigures, duration_text
from app.counter.timeline import STATUS_NAMES
from app.errors import ThanaError, ValidationError
from app.storage.models import PoliceStation
from ui.bidi import isolate_ltr
from ui.context import AppContext
from ui.counter.columns import OVERDUE
from ui.forms.widgets import MessageLabel
from ui.i18n import error_text, problem_text, tr
from ui.printing.counter_report import write_report_pdf


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


class DailyReportDialog(QDialog):
    shown = Signal(object)  # the DailyReport now on screen

    def __init__(self, ctx: AppContext, station: PoliceStation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.station = ctx, station
        self.report: DailyReport | None = None
        self.setObjectName("dailyReport")
        self.setWindowTitle(self.tr("Daily counter report"))
        self.resize(980, 640)
        today = pkt_date(ctx.services.counter.clock())
        self.day = QDateEdit(QDate(today.year, today.month, today.day), objectName="reportDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(self.refresh)
        self.pdf = QPushButton(self.tr("Save as &PDF"), objectName="reportPdf")
        self.pdf.clicked.connect(self.save_pdf)
        self.pdf.setEnabled(False)
        self.summary = QLabel(objectName="reportSummary")
        self.message = MessageLabel()
        self.figures = _table("reportFigures", [
            self.tr("Service"), self.tr("Received"), self.tr("Completed"), self.tr("Median turnaround"),
            self.tr("Longest turnaround"), self.tr("Overdue")])
        self.overdue = _table("reportOverdue", [
            self.tr("Tracking No."), self.tr("Service"), self.tr("Applicant"), self.tr("Status"), self.tr("Due"),
            self.tr("Late by")])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Day"), buddy=self.day))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.figures, 1)
        layout.addWidget(QLabel(self.tr("Overdue cases")))
        layout.addWidget(self.overdue, 1)
        self.refresh()

    def refresh(self) -> None:
        self.message.set_error("")
        actor, day = self.ctx.require_actor(), self.day.date().toPython()
        # the dialog may be closed (and deleted) before the figures come back
        self.ctx.ops.db(lambda: self.ctx.services.counter.reports.daily(actor, day),
                        lambda report: shiboken6.isValid(self) and self.show_report(report),
                        lambda error: shiboken6.isValid(self) and self._failed(error))

    def _failed(self, error: ThanaError) -> None:
        if isinstance(error, ValidationError):
            self.message.set_error("\n".join(problem_text(p) for p in error.problems))
        else:
            self.message.set_error(error_text(error))

    def _duration(self, f: ServiceFigures, longest: bool) -> str:
        en, ur = duration_text(f.longest if longest else f.median)
        return ur if self.ctx.urdu else en

    def show_report(self, report: DailyReport) -> None:
        self.report = report
        urdu, catalogue = self.ctx.urdu, self.ctx.services.counter.catalogue
        self.summary.setText(self.tr("Received %1 · completed %2 · overdue %3 (as at %4)")
                             .replace("%1", str(report.total.received)).replace("%2", str(report.total.completed))
                             .replace("%3", str(report.total.overdue))
                             .replace("%4", isolate_ltr(format_pkt(report.as_at))))
        rows = [((s.name_ur if urdu else s.name_en), f) for f in report.services
                for s in [catalogue.get(f.service_code)]]
        rows.append((self.tr("All services"), report.total))
        self.figures.setRowCount(len(rows))
        for row, (name, f) in enumerate(rows):
            cells = [name, str(f.received), str(f.completed), self._duration(f, False), self._duration(f, True),
                     str(f.overdue)]
            for column, value in enumerate(cells):
                self.figures.setItem(row, column, QTableWidgetItem(value))
        self.overdue.setRowCount(len(report.overdue))
        for row, case in enumerate(report.overdue):
            service = catalogue.get(case.service_code)
            applicant = (case.applicant_ur or case.applicant_en) if urdu else (case.applicant_en or case.applicant_ur)
            late_en, late_ur = duration_text(case.late_by)
            cells = [isolate_ltr(case.tracking_no), service.name_ur if urdu else service.name_en, applicant,
                     tr(STATUS_NAMES[case.status]), isolate_ltr(format_pkt(case.due_at)), late_ur if urdu else late_en]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(OVERDUE))
                self.overdue.setItem(row, column, item)
        self.figures.resizeColumnsToContents()
        self.overdue.resizeColumnsToContents()
        self.pdf.setEnabled(True)
        self.shown.emit(report)

    def save_pdf(self) -> Path | None:
        if self.report is None:
            return None
        default = f"counter-report-{self.station.code}-{self.report.day:%Y-%m-%d}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the daily report"), default, "PDF (*.pdf)")
        return self.write_pdf(Path(name)) if name else None

    def write_pdf(self, path: Path) -> Path:
        assert self.report is not None
        return write_report_pdf(self.report, self.ctx.services.counter.catalogue, self.station, path,
                                training=self.ctx.demo)
