"""One complaint: what was received, its promised time (red when overdue) and escalation, its chained
history, and the next steps: assign to an officer of the station, record progress, close with a reason,
or convert a cognizable complaint into an FIR (the FIR form opens prefilled; saving it links the two)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_pkt
from app.complaints.rules import CHANNELS, LEVEL_NAMES, OPEN, STATUS_NAMES, Status
from app.complaints.service import ComplaintRecord
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.fir import Officer
from app.registers.fir_rules import FirDraft
from app.security.actor import Actor
from app.security.permissions import Permission, allowed
from app.storage.models import Fir
from ui.context import AppContext
from ui.forms.fir_form import FirForm
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay, hbox
from ui.i18n import tr

EVENT_NAMES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("core", "Received"),
    "assigned": QT_TRANSLATE_NOOP("core", "Assigned"),
    "progress": QT_TRANSLATE_NOOP("core", "Progress"),
    "escalated": QT_TRANSLATE_NOOP("core", "Escalated"),
    "converted": QT_TRANSLATE_NOOP("core", "FIR registered"),
    "closed": QT_TRANSLATE_NOOP("core", "Closed"),
}
OVERDUE_STYLE = "background: #f8d7da; color: #721c24; font-weight: bold; padding: 4px"


class ComplaintDialog(QDialog):
    changed = Signal()  # a step was recorded: the list should refresh

    def __init__(self, ctx: AppContext, record: ComplaintRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fir_form: FirForm | None = None
        self.setObjectName("complaintDialog")
        self.resize(860, 720)
        role = ctx.require_actor().role
        self.banner = MessageLabel()
        self.summary = QLabel(objectName="summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due = QLabel(objectName="dueAt")
        self.history = QTableWidget(0, 4, objectName="history")
        self.history.setHorizontalHeaderLabels([self.tr("Step"), self.tr("When"), self.tr("By"), self.tr("Note")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.officer = QComboBox(objectName="officer")
        self.assign_note = QLineEdit(objectName="assignNote")
        self.assign_button = QPushButton(self.tr("&Assign"), objectName="assign")
        self.assign_button.clicked.connect(self.assign)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("What was done, or the reason for closing"))
        self.progress_button = QPushButton(self.tr("Record &progress"), objectName="recordProgress")
        self.progress_button.clicked.connect(self.add_progress)
        self.close_button = QPushButton(self.tr("C&lose complaint"), objectName="closeComplaint")
        self.close_button.clicked.connect(self.close_complaint)
        self.convert_button = QPushButton(self.tr("Convert to &FIR..."), objectName="convertToFir")
        self.convert_button.clicked.connect(self.convert)
        self.convert_button.setEnabled(allowed(role, Permission.REGISTER_FIR))
        grid = FormGrid()
        grid.add_row((self.tr("Assign &to"), hbox(self.officer, self.assign_note, self.assign_button), "officer"))
        grid.add_row((self.tr("&Note"), hbox(self.note, self.progress_button, self.close_button), "note"))
        self.can_assign = allowed(role, Permission.ASSIGN_COMPLAINT)
        for widget in (self.officer, self.assign_note, self.assign_button):
            widget.setEnabled(self.can_assign)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.due)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        layout.addLayout(grid)
        layout.addWidget(self.convert_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.display = ProblemDisplay(self.banner, lambda: grid.slots)
        self.show_record(record)
        if self.can_assign:
            actor = ctx.require_actor()
            ctx.ops.db(lambda: ctx.services.firs.officers(actor), self._officers_loaded, self.display.show)

    def show_record(self, record: ComplaintRecord) -> None:
        self.record = record
        c, urdu = record.complaint, self.ctx.urdu
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", c.etag_no))
        person = c.complainant
        name = (person.name_ur or person.name_en) if urdu else (person.name_en or person.name_ur)
        lines = [self.tr("E-tag: %1").replace("%1", c.etag_no),
                 self.tr("Category: %1").replace("%1", record.category.name_ur if urdu else record.category.name_en),
                 self.tr("Channel: %1").replace("%1", tr(CHANNELS[c.channel])),
                 self.tr("Complainant: %1 %2").replace("%1", name).replace("%2", person.cnic or ""),
                 self.tr("Status: %1").replace("%1", tr(STATUS_NAMES[Status(c.status)])),
                 c.description]
        if c.assigned_to is not None:
            lines.insert(4, self.tr("Assigned to: %1").replace("%1", c.assigned_to.full_name))
        if c.application is not None:
            lines.append(self.tr("Received at the counter: application %1").replace("%1", c.application.tracking_no))
        if record.fir_number:
            lines.append(self.tr("FIR registered: %1").replace("%1", record.fir_number))
        self.summary.setText("\n".join(lines))
        due = self.tr("Action promised by %1").replace("%1", format_pkt(c.due_at))
        if c.level:
            due += " · " + tr(LEVEL_NAMES[c.level])
        self.due.setText(self.tr("OVERDUE: %1").replace("%1", due) if record.overdue else due)
        self.due.setStyleSheet(OVERDUE_STYLE if record.overdue else "")
        self.due.setProperty("overdue", record.overdue)
        self.history.setRowCount(len(c.events))
        for row, event in enumerate(c.events):
            note = event.note
            if event.assignee is not None:
                note = f"{event.assignee.full_name}: {note}" if note else event.assignee.full_name
            if event.level:
                note = tr(LEVEL_NAMES[event.level])
            cells = [tr(EVENT_NAMES[event.kind]), format_pkt(event.at), event.by.username, note]
            for column, value in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(value))
        is_open = c.status in OPEN
        for widget in (self.note, self.progress_button, self.close_button):
            widget.setEnabled(is_open)
        self.assign_button.setEnabled(is_open and self.can_assign)
        self.convert_button.setEnabled(is_open and record.category.cognizable
                                       and allowed(self.ctx.require_actor().role, Permission.REGISTER_FIR))

    def _officers_loaded(self, officers: list[Officer]) -> None:
        self.officer.clear()
        for officer in officers:
            self.officer.addItem(f"{officer.full_name} ({officer.rank})" if officer.rank else officer.full_name,
                                 officer.id)
        current = self.record.complaint.assigned_to_id
        self.officer.setCurrentIndex(max(0, self.officer.findData(current)))

    # --- commands --------------------------------------------------------------------------------

    def assign(self) -> None:
        officer_id, note = self.officer.currentData(), self.assign_note.text()
        self._run(lambda actor, cid: self.ctx.services.complaints.assign(actor, cid, officer_id or 0, note))

    def add_progress(self) -> None:
        note = self.note.text()
        self._run(lambda actor, cid: self.ctx.services.complaints.add_progress(actor, cid, note))

    def close_complaint(self) -> None:
        note = self.note.text()
        self._run(lambda actor, cid: self.ctx.services.complaints.close(actor, cid, note))

    def _run(self, step: Callable[[Actor, int], object]) -> None:
        """The step on the DB worker, then the record as it now stands."""
        self.display.clear()
        actor, cid = self.ctx.require_actor(), self.record.complaint.id
        complaints = self.ctx.services.complaints

        def work() -> ComplaintRecord:
            step(actor, cid)
            return complaints.record(actor, cid)

        self.ctx.ops.db(work, self._stepped, self.display.show)

    def _stepped(self, record: ComplaintRecord) -> None:
        self.note.clear()
        self.assign_note.clear()
        self.show_record(record)
        self.changed.emit()

    def convert(self) -> None:
        """Ask the core for the FIR's starting point (it refuses a non-cognizable complaint), then the form."""
        self.display.clear()
        actor, cid = self.ctx.require_actor(), self.record.complaint.id
        self.ctx.ops.db(lambda: self.ctx.services.complaints.fir_draft(actor, cid), self._open_fir_form,
                        self.display.show)

    def _open_fir_form(self, draft: FirDraft) -> None:
        complaints, cid = self.ctx.services.complaints, self.record.complaint.id

        def register(actor: Actor, fir_draft: FirDraft, is_demo: bool) -> Fir:
            return complaints.convert(actor, cid, fir_draft, is_demo)

        form = FirForm(self.ctx, None, self, register=register)
        form.setWindowTitle(self.tr("New FIR on complaint %1").replace("%1", self.record.complaint.etag_no))
        form.set_draft(draft)
        form.complainant.show_person(self.record.complaint.complainant)
        form.saved.connect(self._converted)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fir_form = form
        form.open()

    def _converted(self, _fir: Fir) -> None:
        self.fir_form = None
        self._run(lambda _actor, _cid: None)  # the record as it now stands
