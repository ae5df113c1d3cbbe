"""Registering a complaint: the category, how it came, the complainant from the person index (or new),
what happened, where and when, the mobile number and language of the SMS notices, and, for a complaint
received at the Khidmat Markaz counter, the application's tracking number (F4 fills the form from it).

Every field's problem is shown beside it. Ctrl+S registers, Esc closes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.complaints.rules import CHANNELS, ComplaintDraft
from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import Complaint, Person
from ui.context import AppContext
from ui.forms.person_fields import PersonFields
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay, Slot, Submitter, TextArea, hbox, scrolled_form
from ui.i18n import tr

BAD_DATE = QT_TRANSLATE_NOOP("core", "Enter a real date, written YYYY-MM-DD.")


class ComplaintForm(QDialog):
    saved = Signal(object)  # the registered Complaint

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaintForm")
        self.setWindowTitle(self.tr("Register a complaint"))
        self.resize(860, 780)
        self.banner = MessageLabel()
        self.tracking = QLineEdit(objectName="trackingNo")
        self.tracking.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.tracking.setPlaceholderText(self.tr("Counter tracking number, if the complaint came through the counter"))
        self.fill = QPushButton(self.tr("&Fill from application (F4)"), objectName="fillFromApplication")
        self.fill.clicked.connect(self.fill_from_application)
        QShortcut(QKeySequence("F4"), self, self.fill_from_application)
        self.category = QComboBox(objectName="category")
        self.category.addItem("", "")
        for category in ctx.services.complaints.categories.categories:
            self.category.addItem(category.name_ur if ctx.urdu else category.name_en, category.code)
        self.channel = QComboBox(objectName="channel")
        for code, label in CHANNELS.items():
            self.channel.addItem(tr(label), code)
        self.complainant = PersonFields(ctx, "complainant.", full=False)
        self.description = TextArea(rows=5)
        self.description.setObjectName("description")
        self.place = QLineEdit(objectName="place")
        self.occurred_on = QLineEdit(objectName="occurredOn")
        self.occurred_on.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.occurred_on.setPlaceholderText("YYYY-MM-DD")
        self.mobile = QLineEdit(objectName="mobile")
        self.mobile.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.mobile.setPlaceholderText("03XX-XXXXXXX")
        self.language = QComboBox(objectName="smsLanguage")
        self.language.addItem("اردو", "ur")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.urdu else 1)
        grid = FormGrid()
        grid.add_row((self.tr("Counter &tracking No."), hbox(self.tracking, self.fill), "tracking_no"))
        grid.add_row((self.tr("&Category"), self.category, "category"))
        grid.add_row((self.tr("C&hannel"), self.channel, "channel"))
        grid.add_wide(self.complainant)
        grid.add_row((self.tr("&What happened"), self.description, "description"))
        grid.add_row((self.tr("&Place"), self.place, "place"))
        grid.add_row((self.tr("&Date of the incident"), self.occurred_on, "occurred_on"))
        grid.add_row((self.tr("&Mobile for SMS notices"), self.mobile, "mobile"))
        grid.add_row((self.tr("SMS &language"), self.language, "language"))
        self.grid = grid
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        self.scroll, self.save_button = scrolled_form(self, self.banner, body, self.tr("&Register complaint"),
                                                      "registerComplaint", self.submit)
        self.display = ProblemDisplay(self.banner, self._slots, self.scroll)
        self.submitter = Submitter(ctx.ops, self, self._saved, self.display.show, self._crashed)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _slots(self) -> dict[str, Slot]:
        return {**self.grid.slots, **self.complainant.slots()}

    def fill_from_application(self) -> None:
        self.display.clear()
        actor, tracking = self.ctx.require_actor(), self.tracking.text()
        complaints, persons = self.ctx.services.complaints, self.ctx.services.persons

        def load() -> tuple[ComplaintDraft, Person]:
            draft = complaints.draft_from_application(actor, tracking)
            assert draft.complainant is not None and draft.complainant.person_id is not None
            return draft, persons.get(draft.complainant.person_id)

        self.ctx.ops.db(load, self._filled, self.display.show)

    def _filled(self, loaded: tuple[ComplaintDraft, Person]) -> None:
        draft, person = loaded
        self.tracking.setText(draft.tracking_no)
        self.category.setCurrentIndex(max(0, self.category.findData(draft.category)))
        self.complainant.show_person(person)
        self.description.setPlainText(draft.description)
        self.place.setText(draft.place)
        self.occurred_on.setText(draft.occurred_on.isoformat() if draft.occurred_on else "")
        self.mobile.setText(draft.mobile)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> ComplaintDraft:
        """The typed values; only a malformed date is caught here, the core checks the rest."""
        occurred = self.occurred_on.text().strip()
        try:
            occurred_on = date.fromisoformat(occurred) if occurred else None
        except ValueError:
            raise ValidationError([FieldProblem("occurred_on", BAD_DATE)]) from None
        return ComplaintDraft(
            category=self.category.currentData(), channel=self.channel.currentData(),
            complainant=self.complainant.ref(), description=self.description.text(), place=self.place.text(),
            occurred_on=occurred_on, mobile=self.mobile.text(), language=self.language.currentData(),
            tracking_no=self.tracking.text())

    def submit(self) -> None:
        self.display.clear()
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.display.show(exc)
            return
        actor, is_demo = self.ctx.require_actor(), self.ctx.demo
        self.submitter.submit(lambda: self.ctx.services.complaints.register(actor, draft, is_demo))

    def _saved(self, complaint: Complaint) -> None:
        self.saved.emit(complaint)
        self.accept()

    def _crashed(self) -> None:
        self.banner.set_error(self.tr("Nothing was saved: an unexpected error occurred (see the error report)."))
