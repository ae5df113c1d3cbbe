"""An FIR with its chain of corrections: every entry stays readable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_pkt
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.fir import FirHistory, fir_number
from app.security.permissions import Permission, allowed
from app.storage.models import PoliceStation
from ui.context import AppContext
from ui.forms.fir_form import FirForm
from ui.i18n import error_text
from ui.printing.fir_copy import print_fir, render_fir_copy, write_fir_pdf

KINDS = {
    "original": QT_TRANSLATE_NOOP("FirRecordDialog", "Original entry"),
    "correction": QT_TRANSLATE_NOOP("FirRecordDialog", "Correction"),
    "cancellation": QT_TRANSLATE_NOOP("FirRecordDialog", "Cancellation"),
}


class FirRecordDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, history: FirHistory, station: PoliceStation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.history, self.station = ctx, history, station
        self.setObjectName("firRecord")
        self.resize(1000, 760)
        self.entries = QListWidget(objectName="firEntries")
        self.document = QTextBrowser(objectName="firDocument")
        self.message = QLabel()
        self.from_complaint = QLabel(objectName="fromComplaint")  # the complaint it was registered on, if any
        splitter = QSplitter()
        splitter.addWidget(self.entries)
        splitter.addWidget(self.document)
        splitter.setSizes([240, 760])
        buttons = QHBoxLayout()
        role = ctx.require_actor().role
        self.pdf_en = self._button(buttons, self.tr("PDF (English)"), lambda: self.save_pdf("en"))
        self.pdf_ur = self._button(buttons, self.tr("PDF (Urdu)"), lambda: self.save_pdf("ur"))
        self.print_button = self._button(buttons, self.tr("&Print..."), self.print_copy)
        for button in (self.pdf_en, self.pdf_ur, self.print_button):
            button.setEnabled(allowed(role, Permission.PRINT_EXPORT))
        cancelled = history.current.kind == "cancellation"
        can_correct = allowed(role, Permission.CORRECT_ENTRY) and not cancelled
        self._button(buttons, self.tr("&Correct..."), self.correct).setEnabled(can_correct)
        self._button(buttons, self.tr("Cancel FIR..."), self.cancel_fir).setEnabled(can_correct)
        buttons.addStretch()
        self._button(buttons, self.tr("Close"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.from_complaint)
        layout.addWidget(splitter)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.entries.currentRowChanged.connect(self._show_entry)
        self._fill()
        actor, root_id = ctx.require_actor(), history.current.root_id or history.current.id
        ctx.ops.db(lambda: ctx.services.complaints.etag_of_fir(actor, root_id), self._show_complaint_link)

    def _show_complaint_link(self, etag: str | None) -> None:
        self.from_complaint.setText(self.tr("Registered on complaint e-tag %1").replace("%1", etag) if etag else "")

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _fill(self) -> None:
        current = self.history.current
        self.setWindowTitle(self.tr("FIR %1").replace("%1", fir_number(current)))
        self.entries.clear()
        for entry in self.history.entries:
            kind = self.tr(KINDS[entry.kind])
            self.entries.addItem(f"{kind}\n{format_pkt(entry.created_at)}")
        self.entries.setCurrentRow(len(self.history.entries) - 1)

    def _show_entry(self, row: int) -> None:
        """Show the register as it stood after entry ``row`` (older entries stay readable)."""
        if row < 0:
            return
        upto = FirHistory(self.history.entries[: row + 1])
        lang = "ur" if self.ctx.urdu else "en"
        self.document.setDocument(render_fir_copy(upto, self.station, lang, training=self.ctx.demo))

    def _copy(self, lang: str) -> object:
        return render_fir_copy(self.history, self.station, lang, training=self.ctx.demo)

    def save_pdf(self, lang: str) -> Path | None:
        default = f"FIR-{fir_number(self.history.current).replace('/', '-')}-{lang}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save FIR copy"), default, "PDF (*.pdf)")
        if not name:
            return None
        return self.write_pdf(Path(name), lang)

    def write_pdf(self, path: Path, lang: str) -> Path:
        write_fir_pdf(render_fir_copy(self.history, self.station, lang, training=self.ctx.demo), path)
        self._audit("pdf")
        self.message.setText(self.tr("Saved %1").replace("%1", str(path)))
        return path

    def print_copy(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            lang = "ur" if self.ctx.urdu else "en"
            print_fir(render_fir_copy(self.history, self.station, lang, training=self.ctx.demo), printer)
            self._audit("printer")

    def _audit(self, channel: str) -> None:
        fir_id, actor = self.history.current.id, self.ctx.require_actor()  # read here, not on the worker
        self.ctx.ops.db(lambda: self.ctx.services.firs.record_print(actor, fir_id, channel), None, self._failed)

    def correct(self) -> None:
        form = FirForm(self.ctx, self.history, self)
        form.saved.connect(lambda _fir: self._reload())
        form.open()

    def cancel_fir(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("Cancel FIR"),
                                                   self.tr("Reason for cancellation (magistrate's order):"))
        if not ok:
            return
        fir_id, actor = self.history.current.id, self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.firs.cancel(actor, fir_id, reason),
                        lambda _fir: self._reload(), self._failed)

    def _failed(self, error: ThanaError) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), error_text(error))

    def _reload(self) -> None:
        root = self.history.entries[0].id
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.firs.history(actor, root), self._reloaded, self._failed)

    def _reloaded(self, history: FirHistory) -> None:
        self.history = history
        self._fill()
        self.changed.emit()
