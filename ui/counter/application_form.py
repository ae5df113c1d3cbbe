"""Receiving an application: the service, the applicant from the person index (found by CNIC, B-Form or
passport number, or entered new), someone applying on their behalf, the service's own fields and its
document checklist, both from the catalogue, and the language of the SMS notices.

Every field's problem is shown beside it. Ctrl+S receives, Esc closes, Enter in the number (or F3) finds
the applicant."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.counter.applications import AGENT_RELATIONS, ApplicationDraft
from app.counter.catalogue import FieldKind, FieldSpec, Service
from app.registers.persons import RELATIONS, PersonDraft
from app.storage.models import CounterApplication, CounterToken, Person
from ui.context import AppContext
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay, Slot, Submitter, hbox, scrolled_form
from ui.i18n import tr

LTR_KINDS = {FieldKind.CNIC, FieldKind.PASSPORT, FieldKind.DATE, FieldKind.PHONE, FieldKind.VEHICLE_REGISTRATION,
             FieldKind.NUMBER}


class ServiceFields(QWidget):
    """The catalogue's fields and documents of one service, as widgets."""

    def __init__(self, service: Service, urdu: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.grid = FormGrid()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        for spec in service.fields:
            widget = self._input(spec, urdu)
            widget.setObjectName(f"field_{spec.name}")
            label = spec.label_ur if urdu else spec.label_en
            self.grid.add_row((label + ("" if not spec.required else " *"), widget, spec.name))
            self.inputs[spec.name] = widget
        self.documents: list[QCheckBox] = []
        box = QGroupBox(self.tr("Documents seen (tick each one checked)"))
        box_layout = QVBoxLayout(box)
        for i, doc in enumerate(service.documents):
            text = doc.ur if urdu else doc.en
            check = QCheckBox(text if doc.required else text + " " + self.tr("(if it applies)"),
                              objectName=f"document{i}")
            box_layout.addWidget(check)
            self.documents.append(check)
        self.grid.add_wide(box, "documents")
        fee = self.tr("Fee: Rs %1").replace("%1", str(service.fee_pkr)) if service.fee_pkr else self.tr("No fee")
        self.grid.add_wide(QLabel(fee, objectName="fee"))
        self.setLayout(self.grid)

    def _input(self, spec: FieldSpec, urdu: bool) -> QLineEdit | QComboBox:
        if spec.kind is FieldKind.CHOICE:
            combo = QComboBox()
            combo.addItem("", "")
            for choice in spec.choices:
                combo.addItem(choice.ur if urdu else choice.en, choice.code)
            return combo
        edit = QLineEdit()
        edit.setMaxLength(spec.max_length)
        if spec.kind in LTR_KINDS:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if spec.kind is FieldKind.DATE:
            edit.setPlaceholderText("YYYY-MM-DD")
        elif spec.kind is FieldKind.PHONE:
            edit.setPlaceholderText("03XX-XXXXXXX")
        return edit

    def values(self) -> dict[str, str]:
        return {name: (w.currentData() if isinstance(w, QComboBox) else w.text()) for name, w in self.inputs.items()}

    def ticked(self) -> list[int]:
        return [i for i, check in enumerate(self.documents) if check.isChecked()]


class ApplicationForm(QDialog):
    saved = Signal(object)  # the received CounterApplication

    def __init__(self, ctx: AppContext, token: CounterToken | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.token = ctx, token
        self.catalogue = ctx.services.counter.catalogue
        self.applicant: Person | None = None
        self.setObjectName("applicationForm")
        self.setWindowTitle(self.tr("Receive an application"))
        self.resize(820, 760)
        self.banner = MessageLabel()
        self.service = QComboBox(objectName="service")
        for service in self.catalogue.services:
            self.service.addItem(service.name_ur if ctx.urdu else service.name_en, service.code)
        if token is not None:
            self.service.setCurrentIndex(self.service.findData(token.service_code))
        self.identifier = QLineEdit(objectName="applicantId")
        self.identifier.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.identifier.setPlaceholderText(self.tr("CNIC, B-Form or passport number"))
        self.find = QPushButton(self.tr("&Find (F3)"), objectName="findApplicant")
        self.find.clicked.connect(self.find_applicant)
        QShortcut(QKeySequence("F3"), self, self.find_applicant)
        self.identifier.returnPressed.connect(self.find_applicant)  # type the number, press Enter
        self.identifier.textEdited.connect(self._forget_applicant)  # another number: find again
        self.found = QLabel(objectName="applicantFound")
        self.name_en = QLineEdit(objectName="applicantName")
        self.name_ur = QLineEdit(objectName="applicantNameUr")
        self.relation = QComboBox(objectName="applicantRelation")
        for code in ("", *RELATIONS):
            self.relation.addItem(code, code)
        self.relative = QLineEdit(objectName="applicantRelative")
        self.on_behalf = QCheckBox(self.tr("Someone else applies on the applicant's &behalf"), objectName="onBehalf")
        self.agent_name = QLineEdit(objectName="agentName")
        self.agent_cnic = QLineEdit(objectName="agentCnic")
        self.agent_cnic.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.agent_relation = QComboBox(objectName="agentRelation")
        self.agent_relation.addItem("", "")
        for code, label in AGENT_RELATIONS.items():
            self.agent_relation.addItem(tr(label), code)
        self.language = QComboBox(objectName="smsLanguage")
        self.language.addItem("اردو", "ur")
        self.language.addItem("English", "en")
        if not ctx.urdu:
            self.language.setCurrentIndex(1)
        grid = FormGrid()
        grid.add_row((self.tr("&Service"), self.service, "service"))
        if token is not None:
            grid.add_wide(QLabel(self.tr("Token %1").replace("%1", token.label), objectName="formToken"))
        grid.add_row((self.tr("&Applicant's CNIC / passport"), hbox(self.identifier, self.find), "identifier"))
        grid.add_wide(self.found, "applicant")
        grid.add_row((self.tr("Name (English)"), self.name_en, "applicant.name_en"))
        grid.add_row((self.tr("Name (Urdu)"), self.name_ur, "applicant.name_ur"))
        grid.add_row((self.tr("Relation"), self.relation, "applicant.relation"))
        grid.add_row((self.tr("Father's or husband's name"), self.relative, "applicant.relative_name_en"))
        for name in ("applicant.cnic", "applicant.passport"):  # the number typed above
            grid.slots[name] = grid.slots["identifier"]
        grid.add_wide(self.on_behalf)
        grid.add_row((self.tr("Name of the person applying"), self.agent_name, "agent_name"))
        grid.add_row((self.tr("Their CNIC"), self.agent_cnic, "agent_cnic"))
        grid.add_row((self.tr("Relation to the applicant"), self.agent_relation, "agent_relation"))
        grid.add_row((self.tr("SMS &language"), self.language, "language"))
        self.main_grid = grid
        self.fields_holder = QVBoxLayout()
        self.fields: ServiceFields | None = None
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(grid)
        body_layout.addLayout(self.fields_holder)
        body_layout.addStretch(1)
        self.scroll, self.save_button = scrolled_form(self, self.banner, body, self.tr("&Receive application"),
                                                      "receiveApplication", self.submit)
        self.display = ProblemDisplay(self.banner, self._slots, self.scroll)
        self.submitter = Submitter(ctx.ops, self, self._saved, self.display.show, self._crashed)
        self.service.currentIndexChanged.connect(self._service_changed)
        self.on_behalf.toggled.connect(self._behalf_toggled)
        self._behalf_toggled(False)
        self._service_changed()
        self.identifier.setFocus(Qt.FocusReason.OtherFocusReason)

    def _slots(self) -> dict[str, Slot]:
        return {**self.main_grid.slots, **(self.fields.grid.slots if self.fields is not None else {})}

    def _service_changed(self) -> None:
        if self.fields is not None:
            self.fields_holder.removeWidget(self.fields)
            self.fields.deleteLater()
        self.fields = ServiceFields(self.catalogue.get(self.service.currentData()), self.ctx.urdu)
        self.fields_holder.addWidget(self.fields)

    def _behalf_toggled(self, on: bool) -> None:
        for widget in (self.agent_name, self.agent_cnic, self.agent_relation):
            widget.setEnabled(on)

    def find_applicant(self) -> None:
        self.display.clear()
        actor, identifier = self.ctx.require_actor(), self.identifier.text()
        self.ctx.ops.db(lambda: self.ctx.services.counter.applications.find_applicant(actor, identifier),
                        self._found, self.display.show)

    def _forget_applicant(self) -> None:
        if self.applicant is not None:
            self.applicant = None
            self.found.clear()
            for widget in (self.name_en, self.name_ur, self.relation, self.relative):
                widget.setEnabled(True)

    def _found(self, person: Person | None) -> None:
        self.applicant = person
        for widget in (self.name_en, self.name_ur, self.relation, self.relative):
            widget.setEnabled(person is None)
        if person is None:
            self.found.setText(self.tr("Not in the person index: enter the applicant's name to add them."))
            self.name_en.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        name = (person.name_ur or person.name_en) if self.ctx.urdu else (person.name_en or person.name_ur)
        relative = person.relative_name_ur if self.ctx.urdu and person.relative_name_ur else person.relative_name_en
        self.found.setText(self.tr("Applicant: %1 %2 %3").replace("%1", name).replace("%2", person.relation)
                           .replace("%3", relative))
        self.service.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> ApplicationDraft:
        assert self.fields is not None
        draft = ApplicationDraft(service_code=self.service.currentData(), values=self.fields.values(),
                                 documents=self.fields.ticked(), language=self.language.currentData(),
                                 token_id=self.token.id if self.token is not None else None)
        if self.applicant is not None:
            draft.applicant_id = self.applicant.id
        elif self.name_en.text().strip() or self.name_ur.text().strip():
            identifier = self.identifier.text()
            digits = sum(c.isdigit() for c in identifier)
            draft.applicant = PersonDraft(
                name_en=self.name_en.text(), name_ur=self.name_ur.text(), relative_name_en=self.relative.text(),
                relation=self.relation.currentData(),
                cnic=identifier if digits >= 13 else "", passport=identifier if digits < 13 else "")
        if self.on_behalf.isChecked():
            draft.agent_name, draft.agent_cnic = self.agent_name.text(), self.agent_cnic.text()
            draft.agent_relation = self.agent_relation.currentData()
        return draft

    def submit(self) -> None:
        self.display.clear()
        draft, actor, is_demo = self.draft(), self.ctx.require_actor(), self.ctx.demo
        self.submitter.submit(lambda: self.ctx.services.counter.applications.receive(actor, draft, is_demo))

    def _saved(self, application: CounterApplication) -> None:
        self.saved.emit(application)
        self.accept()

    def _crashed(self) -> None:
        self.banner.set_error(self.tr("Nothing was saved: an unexpected error occurred (see the error report)."))
