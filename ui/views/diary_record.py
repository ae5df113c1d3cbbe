"""One daily diary entry as written, with the way to correct it (a new entry naming this one)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.clock import format_pkt
from app.registers.diary import CATEGORIES, diary_number
from app.registers.fir import fir_number
from app.security.permissions import Permission, allowed
from app.storage.models import DiaryEntry
from ui.bidi import isolate_ltr
from ui.context import AppContext
from ui.forms.diary_form import DiaryForm
from ui.i18n import tr


class DiaryRecordDialog(QDialog):
    corrected = Signal(object)  # the new DiaryEntry

    def __init__(self, ctx: AppContext, entry: DiaryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry = ctx, entry
        self.setObjectName("diaryRecord")
        self.setWindowTitle(self.tr("Diary entry %1").replace("%1", diary_number(entry)))
        self.resize(720, 480)
        officer = (entry.officer.full_name_ur or entry.officer.full_name) if ctx.urdu else entry.officer.full_name
        form = QFormLayout()
        form.addRow(self.tr("Entry"), QLabel(isolate_ltr(diary_number(entry))))
        form.addRow(self.tr("Written at"), QLabel(isolate_ltr(format_pkt(entry.written_at))))
        form.addRow(self.tr("Information received"), QLabel(isolate_ltr(format_pkt(entry.info_received_at))))
        form.addRow(self.tr("Category"), QLabel(tr(CATEGORIES.get(entry.category, entry.category))))
        form.addRow(self.tr("Officer"), QLabel(officer))
        if entry.fir is not None:
            form.addRow(self.tr("FIR"), QLabel(isolate_ltr(fir_number(entry.fir))))
        if entry.corrects_id is not None:
            form.addRow(self.tr("Corrects"), QLabel(self.tr("an earlier entry (it stays in the register)")))
        text = QPlainTextEdit(entry.text, objectName="diaryEntryText")
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.correct_button = buttons.addButton(self.tr("&Correct..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.setEnabled(allowed(ctx.require_actor().role, Permission.CORRECT_ENTRY))
        self.correct_button.clicked.connect(self.correct)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def correct(self) -> None:
        form = DiaryForm(self.ctx, self.entry, self)
        form.saved.connect(self._corrected)
        form.open()

    def _corrected(self, entry: DiaryEntry) -> None:
        self.corrected.emit(entry)
        self.accept()
