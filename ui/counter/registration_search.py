"""Who is registered here as a tenant, private employee or domestic servant: one search box (a CNIC, or
part of a name or address) over what the counter received; Enter on a row opens the application."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_pkt
from app.counter.registrations import Registration
from app.counter.timeline import STATUS_NAMES, Status
from app.errors import ThanaError, ValidationError
from ui.context import AppContext
from ui.i18n import error_text, problem_text, tr


class RegistrationSearchDialog(QDialog):
    opened = Signal(int)  # an application id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Registration] = []
        self.setObjectName("registrationSearch")
        self.setWindowTitle(self.tr("Tenants and employees registered"))
        self.resize(1100, 600)
        self.query = QLineEdit(objectName="registrationQuery")
        self.query.setPlaceholderText(self.tr("CNIC, or part of a name or address"))
        self.query.returnPressed.connect(self.search)
        button = QPushButton(self.tr("&Search"), objectName="registrationSearchButton")
        button.clicked.connect(self.search)
        button.setAutoDefault(False)  # Enter in the box searches once (returnPressed), not twice
        self.message = QLabel(objectName="registrationMessage")
        self.table = QTableWidget(0, 9, objectName="registrationTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Service"), self.tr("Tenant or employee"), self.tr("CNIC"), self.tr("Landlord or employer"),
            self.tr("CNIC"), self.tr("Address"), self.tr("Since"), self.tr("Tracking No."), self.tr("Status")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellActivated.connect(lambda row, _column: self.opened.emit(self.rows[row].application_id))
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def search(self) -> None:
        actor, text = self.ctx.require_actor(), self.query.text()
        self.ctx.ops.db(lambda: self.ctx.services.counter.registrations.search(actor, text), self._show,
                        self._failed)

    def _show(self, rows: list[Registration]) -> None:
        self.rows = rows
        catalogue = self.ctx.services.counter.catalogue
        self.message.setText(self.tr("%1 found.").replace("%1", str(len(rows))) if rows else
                             self.tr("No tenant or employee registered under this."))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            service = catalogue.get(r.service_code)
            cells = (service.name_ur if self.ctx.urdu else service.name_en, r.name, r.cnic, r.other_name,
                     r.other_cnic, r.address, r.since or format_pkt(r.received_at), r.tracking_no,
                     tr(STATUS_NAMES[Status(r.status)]))
            for column, value in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _failed(self, error: ThanaError) -> None:
        self.rows = []
        self.table.setRowCount(0)
        problems = [problem_text(p) for p in error.problems] if isinstance(error, ValidationError) else []
        self.message.setText("\n".join(problems or [error_text(error)]))
