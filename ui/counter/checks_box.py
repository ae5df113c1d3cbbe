"""The record checks of one application at the counter: the applicant's finger on the scanner (for a service
that needs it), the service's own checks, and what they found. A hit goes to the SHO; the SHO decides."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.counter.applications import ApplicationRecord
from app.counter.verification import VERIFIABLE
from app.fingerprints.identification import Purpose
from app.storage.models import ApplicationFinding
from devices.base import Capture
from ui.context import AppContext
from ui.scanner.capture_widget import CaptureWidget
from ui.scanner.trainer_panel import TrainerPanel

HIT_COLOUR, CLEAR_COLOUR = "#fde7ea", "#e6f4ea"


class ChecksBox(QGroupBox):
    verified = Signal()  # the checks were recorded: the application moved on
    failed = Signal(object)  # a ThanaError, for the dialog's message line

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Record checks"))
        self.setObjectName("checksBox")
        self.ctx = ctx
        self.application_id = 0
        self.about = QLabel(wordWrap=True, objectName="checksAbout")
        self.findings = QListWidget(objectName="findings")
        self.findings.setWordWrap(True)
        self.run_checks = QPushButton(self.tr("Run the record &checks"), objectName="runChecks")
        self.run_checks.clicked.connect(lambda: self._verify(None))
        self.capture: CaptureWidget | None = None
        self.trainer: TrainerPanel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        if ctx.scanners is not None:
            self.capture = CaptureWidget(ctx.scanners, self)
            self.capture.captured.connect(self.search_finger)
            layout.addWidget(self.capture)
            if ctx.sensor is not None:
                self.trainer = TrainerPanel(ctx, ctx.sensor, self)
                layout.addWidget(self.trainer)
        layout.addWidget(self.run_checks)
        layout.addWidget(self.findings, 1)

    def show_record(self, record: ApplicationRecord, findings: list[ApplicationFinding] | None) -> None:
        self.application_id = record.application.id
        pending = record.next_steps and record.application.status in VERIFIABLE
        needs_finger = record.service.fingerprint_check
        if not pending:
            self.about.setText(self.tr("The checks are recorded below."))
        elif needs_finger:
            self.about.setText(self.tr("Take one of the applicant's fingers: it is searched against this station's "
                                       "records with the CNIC check, and the application moves on."))
        else:
            self.about.setText(self.tr("Run the checks this service makes; a hit goes to the SHO."))
        for widget in (self.capture, self.trainer):
            if widget is not None:
                widget.setVisible(bool(pending and needs_finger))
        self.run_checks.setVisible(bool(pending) and not (needs_finger and self.capture is not None))
        if findings is None:
            return  # still loading: the list keeps what it showed
        self.findings.clear()
        for finding in findings:
            text = finding.text_ur if self.ctx.urdu else finding.text_en
            item = QListWidgetItem(("⚠ " if finding.hit else "✔ ") + text)
            item.setBackground(QColor(HIT_COLOUR if finding.hit else CLEAR_COLOUR))
            self.findings.addItem(item)

    @Slot(object)
    def search_finger(self, capture: Capture) -> None:
        actor, demo, place = self.ctx.require_actor(), self.ctx.demo, self.tr("Khidmat Markaz counter")
        identification, app_id = self.ctx.services.identification, self.application_id
        verification = self.ctx.services.counter.verification

        def work() -> None:  # the search, then the checks that use it: off the GUI thread
            check = identification.identify(actor, capture.pixels, capture.dpi, place=place,
                                            purpose=Purpose.COUNTER, is_demo=demo)
            verification.verify(actor, app_id, check.uid)

        self.ctx.ops.compute(work, lambda _: self.verified.emit(), self.failed.emit)

    def _verify(self, check_uid: str | None) -> None:
        actor, app_id = self.ctx.require_actor(), self.application_id
        verification = self.ctx.services.counter.verification
        self.ctx.ops.db(lambda: verification.verify(actor, app_id, check_uid), lambda _: self.verified.emit(),
                        self.failed.emit)

    def shutdown(self) -> None:
        if self.capture is not None:
            self.capture.shutdown()
