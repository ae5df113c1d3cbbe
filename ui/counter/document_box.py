"""The signed document of a ready application: issue it (written under DATA_DIR/documents/), save a copy,
print it. Issuing again gives the same signed document, never a new number."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.counter.applications import ApplicationRecord
from app.counter.issuing import ISSUABLE
from app.documents.printed import PrintedDocument
from ui.context import AppContext
from ui.forms.widgets import hbox
from ui.printing.documents import print_document, write_document_pdf, write_issued_pdf


class DocumentBox(QGroupBox):
    issued = Signal(object)  # the Path written under DATA_DIR/documents/
    failed = Signal(object)  # a ThanaError, for the dialog's message line

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signed document"))
        self.setObjectName("documentBox")
        self.ctx = ctx
        self.application_id = 0
        self.printed: PrintedDocument | None = None
        self.path: Path | None = None
        self.issue_button = QPushButton(self.tr("&Issue the document"), objectName="issueDocument")
        self.save_button = QPushButton(self.tr("Sa&ve a copy..."), objectName="saveDocument")
        self.print_button = QPushButton(self.tr("&Print..."), objectName="printDocument")
        self.issue_button.clicked.connect(self.issue)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print)
        self.written = QLabel(objectName="issuedPath", wordWrap=True)
        self.written.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(hbox(self.issue_button, self.save_button, self.print_button, 1))
        layout.addWidget(self.written)
        self._enable(False)

    def show_record(self, record: ApplicationRecord) -> None:
        if record.application.id != self.application_id:
            self.printed, self.path = None, None
            self.written.clear()
        self.application_id = record.application.id
        self._enable(record.application.status in ISSUABLE)

    def _enable(self, issuable: bool) -> None:
        self.issue_button.setEnabled(issuable)
        self.save_button.setEnabled(self.printed is not None)
        self.print_button.setEnabled(self.printed is not None)

    def issue(self) -> None:
        actor, app_id, issuing = self.ctx.require_actor(), self.application_id, self.ctx.services.counter.issuing

        def work() -> PrintedDocument:
            return issuing.printed(actor, issuing.issue(actor, app_id))

        self.ctx.ops.db(work, self._write, self.failed.emit)

    def _write(self, printed: PrintedDocument) -> None:
        self.printed = printed
        self.path = write_issued_pdf(printed, self.ctx.services.counter.issuing.data_dir)
        self.written.setText(self.tr("Document %1 written to %2").replace("%1", printed.details.number)
                             .replace("%2", str(self.path)))
        self._enable(True)
        self.issued.emit(self.path)

    def save(self) -> Path | None:
        if self.printed is None or self.path is None:
            return None
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), self.path.name, "PDF (*.pdf)")
        if not name:
            return None
        write_document_pdf(self.printed, Path(name))
        return Path(name)

    def print(self) -> None:
        if self.printed is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            print_document(self.printed, printer)
