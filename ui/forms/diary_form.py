"""A daily diary entry: category, when the information came, the text, and the FIR it concerns.

The time written is the clock's, never typed. Ctrl+S saves, F2 sets "now", Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.diary import CATEGORIES, DiaryDraft
from app.storage.models import DiaryEntry
from ui.context import AppContext
from ui.forms.widgets import (
    DateTimeField,
    FormGrid,
    MessageLabel,
    ProblemDisplay,
    Submitter,
    TextArea,
    chain_focus,
    fixed_direction,
    save_buttons,
)
from ui.i18n import tr


class DiaryForm(QDialog):
    saved = Signal(object)  # the committed DiaryEntry

    def __init__(self, ctx: AppContext, corrects: DiaryEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.corrects = ctx, corrects
        self.setObjectName("diaryForm")
        self.setWindowTitle(self.tr("New diary entry") if corrects is None else
                            self.tr("Correct diary entry %1").replace("%1", str(corrects.entry_no)))
        self.resize(760, 520)
        self.banner = MessageLabel()
        self.banner.setObjectName("formMessage")
        self.category = QComboBox(objectName="category")
        for code, label in CATEGORIES.items():
            self.category.addItem(tr(label), code)
        self.received = DateTimeField(optional=True, known_text=self.tr("received at"),
                                      clock=ctx.services.diary.clock)
        self.received.setObjectName("infoReceivedAt")
        self.fir = fixed_direction(QLineEdit(objectName="firNumber"), rtl=False)
        self.fir.setPlaceholderText(self.tr("e.g. 123/2026"))
        self.text = TextArea(rows=10)
        self.text.setObjectName("diaryText")
        grid = FormGrid()
        grid.add_row((self.tr("&Category"), self.category, "category"))
        grid.add_row((self.tr("Information &received"), self.received, "info_received_at"))
        grid.add_row((self.tr("&FIR number"), self.fir, "fir"))
        grid.add_row((self.tr("&Text"), self.text, "text"))
        buttons, self.save_button = save_buttons(self, self.tr("&Save entry"), "saveDiary", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.display = ProblemDisplay(self.banner, lambda: grid.slots)
        self.submitter = Submitter(ctx.ops, self, self._saved, self.display.show, self._crashed)
        chain_focus([self.category, *self.received.focus_chain(), self.fir, self.text, self.save_button])
        if corrects is not None:
            self.category.setCurrentIndex(self.category.findData("correction"))
            self.text.setPlainText(corrects.text)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fir_number(self) -> tuple[int, int] | None:
        text = self.fir.text().strip()
        if not text:
            return None
        serial, _, year = text.partition("/")
        if not (serial.strip().isdigit() and year.strip().isdigit()):
            raise ValidationError([FieldProblem("fir", QT_TRANSLATE_NOOP("core", "Write the FIR number as 123/2026."))])
        return int(serial), int(year)

    def submit(self) -> None:
        self.display.clear()
        try:
            number = self._fir_number()
        except ValidationError as exc:
            self.display.show(exc)
            return
        draft = DiaryDraft(category=self.category.currentData(), text=self.text.text(),
                           info_received_at=self.received.value())
        actor = self.ctx.require_actor()
        services = self.ctx.services
        corrects_id = self.corrects.id if self.corrects else None

        def save() -> DiaryEntry:
            if number is not None:
                draft.fir_id = services.queries.fir_id(actor, *number)
                if draft.fir_id is None:
                    raise ValidationError([FieldProblem("fir", QT_TRANSLATE_NOOP("core", "That FIR does not exist."))])
            return services.diary.write(actor, draft, corrects_id, is_demo=self.ctx.demo)

        self.submitter.submit(save)

    def _saved(self, entry: DiaryEntry) -> None:
        self.saved.emit(entry)
        self.accept()

    def _crashed(self) -> None:
        self.banner.set_error(self.tr("Nothing was saved: an unexpected error occurred (see the error report)."))
