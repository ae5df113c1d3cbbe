"""The complaints page of the main window: the station's complaints (overdue ones highlighted, search by
e-tag, name, CNIC or words of the complaint), a new complaint, a complaint opened with its history, and
escalation of overdue complaints, which a timer also runs every few minutes (on the injected clock: the
page asks the core, the core reads the clock).

Keys: Alt+N registers a complaint, Enter in the search box searches, Enter on a row opens it, Alt+E
escalates now."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.complaints.rules import LEVEL_NAMES, STATUS_NAMES, Status
from app.complaints.service import ComplaintRecord, ComplaintRow
from app.errors import ThanaError
from app.security.permissions import Permission, allowed
from app.storage.models import Complaint
from ui.bidi import isolate_ltr
from ui.complaints.form import ComplaintForm
from ui.complaints.view import ComplaintDialog
from ui.context import AppContext
from ui.counter.columns import OVERDUE, OVERDUE_MARK
from ui.i18n import error_text, tr

ESCALATION_INTERVAL_MS = 5 * 60 * 1000  # the promised times are hours and days: a few minutes late is fine


class ComplaintsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaintsPage")
        self.rows: list[ComplaintRow] = []
        self.dialog: ComplaintDialog | None = None
        role = ctx.require_actor().role
        self.search = QLineEdit(objectName="complaintSearch")
        self.search.setPlaceholderText(self.tr("Search: e-tag, name, CNIC or words of the complaint"))
        self.search.returnPressed.connect(self.refresh)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), objectName="overdueOnly")
        self.overdue_only.toggled.connect(self.refresh)
        self.new_button = QPushButton(self.tr("&New complaint"), objectName="newComplaint")
        self.new_button.clicked.connect(self.open_form)
        self.new_button.setEnabled(allowed(role, Permission.RECEIVE_COMPLAINT))
        self.escalate_button = QPushButton(self.tr("&Escalate overdue now"), objectName="escalateNow")
        self.escalate_button.clicked.connect(self.escalate_now)
        self.message = QLabel(objectName="complaintMessage")
        self.escalated = QLabel(objectName="escalatedMessage")
        headers = [self.tr("E-tag"), self.tr("Received"), self.tr("Category"), self.tr("Complainant"),
                   self.tr("Assigned to"), self.tr("Status"), self.tr("Action due")]
        self.table = QTableWidget(0, len(headers), objectName="complaintList")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.cellActivated.connect(lambda row, _column: self.open_complaint(self.rows[row].id))
        top = QHBoxLayout()
        for widget in (self.search, self.overdue_only, self.escalate_button, self.new_button):
            top.addWidget(widget, 1 if widget is self.search else 0)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Complaints (front desk)")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.escalated)
        self.timer = QTimer(self, interval=ESCALATION_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.escalate_now()  # what went overdue while the program was closed

    # --- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor, text, overdue = self.ctx.require_actor(), self.search.text(), self.overdue_only.isChecked()
        self.ctx.ops.db(lambda: self.ctx.services.complaints.listing(actor, text, overdue), self._show_rows,
                        self._failed)

    def _show_rows(self, rows: list[ComplaintRow]) -> None:
        self.rows = rows
        categories, urdu = self.ctx.services.complaints.categories, self.ctx.urdu
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            category = categories.get(r.category)
            status = tr(STATUS_NAMES[Status(r.status)])
            if r.overdue:
                status = f"{status} ({tr(OVERDUE_MARK)})"
            if r.level:
                status = f"{status} · {tr(LEVEL_NAMES[r.level])}"
            name = (r.complainant_ur or r.complainant_en) if urdu else (r.complainant_en or r.complainant_ur)
            cells = [isolate_ltr(r.etag_no), isolate_ltr(format_pkt(r.received_at)),
                     category.name_ur if urdu else category.name_en, name, r.assigned_to, status,
                     isolate_ltr(format_pkt(r.due_at))]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if r.overdue:
                    item.setBackground(OVERDUE)
                self.table.setItem(i, column, item)
        self.message.setText(self.tr("%1 complaints shown").replace("%1", str(len(rows))))

    def _failed(self, error: ThanaError) -> None:
        self.message.setText(error_text(error))

    # --- commands --------------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.window().isVisible():  # a closed window's workers may be gone; a locked one waits for unlock
            self.escalate_now()

    def escalate_now(self) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.complaints.escalate_overdue(actor), self._escalated, self._failed)

    def _escalated(self, etags: list[str]) -> None:
        self.refresh()
        if etags:
            self.escalated.setText(self.tr("Escalated: %1").replace("%1", ", ".join(etags)))

    def open_form(self) -> ComplaintForm:
        form = ComplaintForm(self.ctx, self)
        form.saved.connect(self._registered)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def _registered(self, complaint: Complaint) -> None:
        self.refresh()
        self.open_complaint(complaint.id)

    def open_complaint(self, complaint_id: int) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.complaints.record(actor, complaint_id), self._show_complaint,
                        self._failed)

    def _show_complaint(self, record: ComplaintRecord) -> None:
        dialog = ComplaintDialog(self.ctx, record, self)
        dialog.changed.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None
