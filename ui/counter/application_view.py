"""One application: what was received, its document checklist, its status timeline with the due time
(red when overdue), the next step, hand-over with the applicant's feedback, and the fee receipt as PDF;
beside them the record checks (the applicant's finger, what was found) and the signed document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_pkt
from app.counter.applications import ApplicationRecord
from app.counter.timeline import STATUS_NAMES, Status
from app.documents.kinds import DocumentKind
from app.errors import ThanaError
from app.security.actor import Actor
from app.storage.models import ApplicationFinding, PoliceStation
from ui.context import AppContext
from ui.counter.checks_box import ChecksBox
from ui.counter.document_box import DocumentBox
from ui.counter.fir_copy_action import open_fir_copy
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay, hbox
from ui.i18n import tr
from ui.printing.receipt import write_receipt_pdf


class ApplicationDialog(QDialog):
    changed = Signal()  # a step was recorded: the list should refresh

    def __init__(self, ctx: AppContext, record: ApplicationRecord, station: PoliceStation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.station = ctx, station
        self.setObjectName("applicationDialog")
        self.resize(1280, 760)
        self.banner = MessageLabel()
        self.summary = QLabel(objectName="summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due = QLabel(objectName="dueAt")
        self.checklist = QListWidget(objectName="checklist")
        self.timeline = QTableWidget(0, 4, objectName="timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Status"), self.tr("When"), self.tr("By"), self.tr("Note")])
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.next_status = QComboBox(objectName="nextStatus")
        self.note = QLineEdit(objectName="statusNote")
        self.note.setPlaceholderText(self.tr("Note (the reason, for a rejection)"))
        self.record_step = QPushButton(self.tr("Record &step"), objectName="recordStep")
        self.record_step.clicked.connect(self.advance)
        self.rating = QComboBox(objectName="rating")
        self.rating.addItem("", None)
        for value, text in ((5, self.tr("5: excellent")), (4, self.tr("4: good")), (3, self.tr("3: fair")),
                            (2, self.tr("2: poor")), (1, self.tr("1: very poor"))):
            self.rating.addItem(text, value)
        self.comment = QLineEdit(objectName="feedbackComment")
        self.hand_over_button = QPushButton(self.tr("&Hand over"), objectName="handOver")
        self.hand_over_button.clicked.connect(self.hand_over)
        self.receipt = QPushButton(self.tr("Fee &receipt (PDF)"), objectName="receiptPdf")
        self.receipt.clicked.connect(self.save_receipt)
        # an FIR-copy application leads to the certified copy of the FIR it names (shown for that service only)
        self.fir_copy = QPushButton(self.tr("Certified &FIR copy..."), objectName="firCopy")
        self.fir_copy.clicked.connect(
            lambda: open_fir_copy(self.ctx, self.record.application.id, self.station, self, self._failed))
        steps = FormGrid()
        steps.add_row((self.tr("&Next step"), hbox(self.next_status, self.note, self.record_step), "note"))
        self.handover_box = QGroupBox(self.tr("Hand-over: the applicant's feedback"))
        handover = FormGrid()
        handover.add_row((self.tr("Ra&ting"), self.rating, "rating"))
        handover.add_row((self.tr("Co&mment"), hbox(self.comment, self.hand_over_button), "comment"))
        self.handover_box.setLayout(handover)
        self.checks = ChecksBox(ctx, self)
        self.document = DocumentBox(ctx, self)
        for box in (self.checks, self.document):
            box.failed.connect(self._failed)
        self.checks.verified.connect(self.refresh)
        side = QVBoxLayout()
        side.addWidget(self.checks, 1)
        side.addSpacing(12)  # room for the document box's title
        side.addWidget(self.document)
        columns = QHBoxLayout(self)
        layout = QVBoxLayout()
        columns.addLayout(layout, 3)
        columns.addLayout(side, 2)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.due)
        layout.addWidget(QLabel(self.tr("Document checklist")))
        layout.addWidget(self.checklist)
        layout.addWidget(QLabel(self.tr("Status timeline")))
        layout.addWidget(self.timeline)
        layout.addLayout(steps)
        layout.addWidget(self.handover_box)
        layout.addWidget(hbox(self.receipt, self.fir_copy))
        self.display = ProblemDisplay(self.banner, lambda: {**steps.slots, **handover.slots})
        self.show_record(record)
        self.refresh()  # with the findings

    def show_record(self, record: ApplicationRecord, findings: list[ApplicationFinding] | None = None) -> None:
        """The record, and what its checks found (None: not loaded yet, asked for now)."""
        self.record = record
        a, service, urdu = record.application, record.service, self.ctx.urdu
        self.setWindowTitle(self.tr("Application %1").replace("%1", a.tracking_no))
        person = a.applicant
        name = (person.name_ur or person.name_en) if urdu else (person.name_en or person.name_ur)
        lines = [self.tr("Tracking No.: %1").replace("%1", a.tracking_no),
                 self.tr("Service: %1").replace("%1", service.name_ur if urdu else service.name_en),
                 self.tr("Applicant: %1 (%2)").replace("%1", name).replace(
                     "%2", person.cnic or person.nicop or person.passport or ""),
                 self.tr("Fee: Rs %1").replace("%1", str(a.fee_pkr))]
        if a.agent_name:
            lines.append(self.tr("Applied on behalf by %1, CNIC %2").replace("%1", a.agent_name)
                         .replace("%2", a.agent_cnic))
        self.summary.setText("\n".join(lines))
        self.fir_copy.setVisible(service.issues is DocumentKind.FIR_COPY)
        due = self.tr("Due by %1").replace("%1", format_pkt(a.due_at))
        if record.overdue:
            self.due.setText(self.tr("OVERDUE: %1").replace("%1", due))
            self.due.setStyleSheet("background: #f8d7da; color: #721c24; font-weight: bold; padding: 4px")
        else:
            self.due.setText(due)
            self.due.setStyleSheet("")
        self.due.setProperty("overdue", record.overdue)
        self.checklist.clear()
        for i, doc in enumerate(service.documents):
            mark = "✔" if i in a.documents else ("✘" if doc.required else "–")
            self.checklist.addItem(f"{mark} {doc.ur if urdu else doc.en}")
        self.timeline.setRowCount(len(a.events))
        for row, event in enumerate(a.events):
            note = event.note
            if event.rating is not None:
                note = self.tr("Feedback %1/5 %2").replace("%1", str(event.rating)).replace("%2", note)
            cells = [tr(STATUS_NAMES[Status(event.status)]), format_pkt(event.at), event.by.username, note]
            for column, value in enumerate(cells):
                self.timeline.setItem(row, column, QTableWidgetItem(value))
        self.next_status.clear()
        for status in record.next_steps:
            if status is not Status.HANDED_OVER:
                self.next_status.addItem(tr(STATUS_NAMES[status]), status.value)
        for widget in (self.next_status, self.note, self.record_step):
            widget.setEnabled(self.next_status.count() > 0)
        self.handover_box.setEnabled(Status.HANDED_OVER in record.next_steps)
        self.document.show_record(record)
        self.checks.show_record(record, findings)

    # --- commands --------------------------------------------------------------------------------

    def advance(self) -> None:
        status, note = Status(self.next_status.currentData()), self.note.text()
        self._run(lambda actor, app_id: self.ctx.services.counter.applications.advance(actor, app_id, status, note))

    def hand_over(self) -> None:
        rating, comment = self.rating.currentData(), self.comment.text()
        self._run(lambda actor, app_id: self.ctx.services.counter.applications.hand_over(
            actor, app_id, rating, comment))

    def refresh(self) -> None:
        """The record as it now stands, after a step made elsewhere (the checks, issuing)."""
        self._run(lambda _actor, _app_id: None)

    def done(self, result: int) -> None:
        self.checks.shutdown()  # a capture still running is cancelled with the dialog
        super().done(result)

    def _run(self, step: Callable[[Actor, int], object]) -> None:
        """The step on the DB worker, then the record as it now stands."""
        self.display.clear()
        actor, app_id = self.ctx.require_actor(), self.record.application.id
        applications, verification = self.ctx.services.counter.applications, self.ctx.services.counter.verification

        def work() -> tuple[ApplicationRecord, list[ApplicationFinding]]:
            step(actor, app_id)
            return applications.record(actor, app_id), verification.findings(actor, app_id)

        self.ctx.ops.db(work, self._stepped, self._failed)

    def _stepped(self, result: tuple[ApplicationRecord, list[ApplicationFinding]]) -> None:
        self.note.clear()
        self.show_record(*result)
        self.changed.emit()

    def _failed(self, error: ThanaError) -> None:
        self.display.show(error)

    def save_receipt(self) -> Path | None:
        default = f"receipt-{self.record.application.tracking_no}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save fee receipt"), default, "PDF (*.pdf)")
        return self.write_receipt(Path(name)) if name else None

    def write_receipt(self, path: Path) -> Path:
        return write_receipt_pdf(self.record, self.station, path, training=self.ctx.demo)
