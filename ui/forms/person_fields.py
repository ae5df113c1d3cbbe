"""A person named in a form: the fields of the person master index, and the records they may already be."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldProblem, ThanaError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.fir_rules import PartyRef
from app.registers.persons import PersonDraft
from app.storage.models import Person
from app.validation.cnic import check_cnic
from ui.context import AppContext
from ui.forms.widgets import FormGrid, Slot, fixed_direction, follow_text_direction, hbox
from ui.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole


def person_label(p: Person, urdu: bool) -> str:
    name = (p.name_ur or p.name_en) if urdu else (p.name_en or p.name_ur)
    relative = (p.relative_name_ur or p.relative_name_en) if urdu else (p.relative_name_en or p.relative_name_ur)
    parts = [name]
    if relative:
        parts.append(f"{p.relation} {relative}".strip())
    if p.cnic:
        parts.append(p.cnic)
    return ", ".join(parts)


class PersonFields(QWidget):
    """Names in both scripts, parentage, CNIC and the rest; ``full=False`` keeps what an accused needs.

    When a name with parentage or a CNIC is entered, the records it may already be are listed;
    choosing one links that record instead of making a new one (one person, one record)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, prefix: str, full: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # ``prefix`` names the fields in core errors ("complainant.", "accused.2."); an accused row's
        # prefix changes when an earlier row is removed, ``slot_prefix`` is the one its slots were made with.
        self.ctx, self.prefix, self.slot_prefix = ctx, prefix, prefix
        self.person_id: int | None = None
        self._found: dict[int, Person] = {}
        self.name_en = fixed_direction(QLineEdit(objectName=prefix + "name_en"), rtl=False)
        self.name_ur = fixed_direction(QLineEdit(objectName=prefix + "name_ur"), rtl=True)
        self.relation = QComboBox(objectName=prefix + "relation")
        for code, text in (("", "-"), ("s/o", self.tr("son of (s/o)")), ("d/o", self.tr("daughter of (d/o)")),
                           ("w/o", self.tr("wife of (w/o)"))):
            self.relation.addItem(text, code)
        self.relative_en = fixed_direction(QLineEdit(objectName=prefix + "relative_name_en"), rtl=False)
        self.relative_ur = fixed_direction(QLineEdit(objectName=prefix + "relative_name_ur"), rtl=True)
        self.cnic = fixed_direction(QLineEdit(objectName=prefix + "cnic"), rtl=False)
        self.cnic.setPlaceholderText("35202-1234567-1")
        self.gender = QComboBox(objectName=prefix + "gender")
        for code, text in (("", "-"), ("M", self.tr("Male")), ("F", self.tr("Female")), ("X", self.tr("Other"))):
            self.gender.addItem(text, code)
        self.age = fixed_direction(QLineEdit(objectName=prefix + "age_years"), rtl=False)
        self.age.setMaximumWidth(80)
        self.nicop = fixed_direction(QLineEdit(objectName=prefix + "nicop"), rtl=False)
        self.passport = fixed_direction(QLineEdit(objectName=prefix + "passport"), rtl=False)
        self.birth = fixed_direction(QLineEdit(objectName=prefix + "date_of_birth"), rtl=False)
        self.birth.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.aliases = QLineEdit(objectName=prefix + "aliases")
        self.aliases.setPlaceholderText(self.tr("other names, separated by commas"))
        follow_text_direction(self.aliases)
        self.caste = QLineEdit(objectName=prefix + "caste")
        self.address = QLineEdit(objectName=prefix + "address")
        self.phone = fixed_direction(QLineEdit(objectName=prefix + "phones"), rtl=False)
        self.phone.setPlaceholderText("0300-1234567")
        follow_text_direction(self.caste)
        follow_text_direction(self.address)

        self.grid = FormGrid(pairs=2)
        self.grid.add_row((self.tr("Name (English)"), self.name_en, prefix + "name_en"),
                          (self.tr("Name (Urdu)"), self.name_ur, prefix + "name_ur"))
        self.grid.add_row((self.tr("Relation"), self.relation, prefix + "relation"),
                          (self.tr("CNIC"), self.cnic, prefix + "cnic"))
        self.grid.add_row((self.tr("Father / husband (English)"), self.relative_en, prefix + "relative_name_en"),
                          (self.tr("Father / husband (Urdu)"), self.relative_ur, prefix + "relative_name_ur"))
        self.inputs: list[QWidget] = [self.name_en, self.name_ur, self.relation, self.cnic, self.relative_en,
                                      self.relative_ur]
        if full:
            self.grid.add_row((self.tr("Gender"), self.gender, prefix + "gender"),
                              (self.tr("Age (years)"), self.age, prefix + "age_years"))
            self.grid.add_row((self.tr("Caste"), self.caste, prefix + "caste"),
                              (self.tr("Mobile"), self.phone, prefix + "phones"))
            self.grid.add_row((self.tr("NICOP"), self.nicop, prefix + "nicop"),
                              (self.tr("Passport"), self.passport, prefix + "passport"))
            self.grid.add_row((self.tr("Date of birth"), self.birth, prefix + "date_of_birth"),
                              (self.tr("Aliases"), self.aliases, prefix + "aliases"))
            self.grid.add_row((self.tr("Address"), self.address, prefix + "address"), full=True)
            self.inputs += [self.gender, self.age, self.caste, self.phone, self.nicop, self.passport, self.birth,
                            self.aliases, self.address]
        self.linked = QLabel(objectName=prefix + "linked")
        self.linked.setStyleSheet("color: #0b5394")
        self.unlink_button = QPushButton(self.tr("Enter a different person"))
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink)
        self.matches = QListWidget(objectName=prefix + "matches")
        self.matches.setMaximumHeight(90)
        self.use_button = QPushButton(self.tr("Use this existing record"))
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self.use_selected)
        self.matches.itemActivated.connect(lambda _item: self.use_selected())
        self.match_box = QWidget()
        match_layout = QVBoxLayout(self.match_box)
        match_layout.setContentsMargins(0, 0, 0, 0)
        match_layout.addWidget(QLabel(self.tr("This person may already be on record:")))
        match_layout.addWidget(self.matches)
        match_layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.match_box.hide()
        self.link_box = hbox(self.linked, 1, self.unlink_button)
        self.link_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.link_box)
        layout.addWidget(self.match_box)
        self.cnic.editingFinished.connect(self._check_cnic)
        self.gender.currentIndexChanged.connect(lambda _i: self._check_cnic())
        for edit in (self.name_en, self.name_ur, self.relative_en, self.relative_ur, self.cnic):
            edit.editingFinished.connect(self._look_up)
            edit.textChanged.connect(lambda _t: self.changed.emit())

    # --- values ----------------------------------------------------------------

    def slots(self) -> dict[str, Slot]:
        return self.grid.slots

    def focus_chain(self) -> list[QWidget]:
        return [*self.inputs, self.unlink_button, self.matches, self.use_button]

    def is_empty(self) -> bool:
        return self.person_id is None and not any(
            e.text().strip() for e in (self.name_en, self.name_ur, self.relative_en, self.relative_ur, self.cnic))

    def draft(self) -> PersonDraft:
        """What is typed; only text that is not a number or a date is refused here, the core checks the rest."""
        problems: list[FieldProblem] = []
        age_text = self.age.text().strip()
        if age_text and not age_text.isdigit():
            problems.append(FieldProblem(self.prefix + "age_years",
                                         QT_TRANSLATE_NOOP("core", "The age must be between 0 and 120.")))
        birth = None
        if birth_text := self.birth.text().strip():
            try:
                birth = datetime.strptime(birth_text, "%d-%m-%Y").date()
            except ValueError:
                problems.append(FieldProblem(self.prefix + "date_of_birth",
                                             QT_TRANSLATE_NOOP("core", "Write the date as dd-mm-yyyy.")))
        if problems:
            raise ValidationError(problems)
        phone = self.phone.text().strip()
        aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        return PersonDraft(
            name_en=self.name_en.text(), name_ur=self.name_ur.text(), relation=self.relation.currentData(),
            relative_name_en=self.relative_en.text(), relative_name_ur=self.relative_ur.text(),
            cnic=self.cnic.text(), caste=self.caste.text(), gender=self.gender.currentData(),
            age_years=int(age_text) if age_text else None, address=self.address.text(),
            phones=[phone] if phone else [], nicop=self.nicop.text(), passport=self.passport.text(),
            date_of_birth=birth, aliases=aliases,
        )

    def ref(self) -> PartyRef | None:
        if self.person_id is not None:
            return PartyRef(person_id=self.person_id)
        return None if self.is_empty() else PartyRef(draft=self.draft())

    def set_draft(self, draft: PersonDraft) -> None:
        self._fill(draft)

    def _fill(self, p: PersonDraft | Person) -> None:
        """A draft and a record share their field names."""
        self.name_en.setText(p.name_en)
        self.name_ur.setText(p.name_ur)
        self.relation.setCurrentIndex(max(0, self.relation.findData(p.relation)))
        self.relative_en.setText(p.relative_name_en)
        self.relative_ur.setText(p.relative_name_ur)
        self.cnic.setText(p.cnic or "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender)))
        self.age.setText("" if p.age_years is None else str(p.age_years))
        self.caste.setText(p.caste)
        self.address.setText(p.address)
        self.phone.setText(p.phones[0] if p.phones else "")
        self.nicop.setText(p.nicop or "")
        self.passport.setText(p.passport or "")
        self.birth.setText(f"{p.date_of_birth:%d-%m-%Y}" if p.date_of_birth else "")
        self.aliases.setText(", ".join(p.aliases))

    def show_person(self, person: Person) -> None:
        """Link an existing record: its fields are shown, not edited here."""
        self.person_id = person.id
        self._fill(person)
        for widget in self.inputs:
            widget.setEnabled(False)
        self.linked.setText(self.tr("Existing record: %1").replace("%1", person_label(person, self.ctx.urdu)))
        self.link_box.show()
        self.match_box.hide()
        self.changed.emit()

    def unlink(self) -> None:
        self.person_id = None
        for widget in self.inputs:
            widget.setEnabled(True)
        self.link_box.hide()
        self.name_en.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    # --- checks and look-ups ----------------------------------------------------

    def _check_cnic(self) -> None:
        slot = self.grid.slots[self.slot_prefix + "cnic"]
        raw = self.cnic.text().strip()
        result = check_cnic(raw, self.gender.currentData()) if raw else None
        slot.label.set_error(tr(result.error) if result and result.error else "")
        slot.label.set_warning(tr(result.warning) if result and result.warning else "")
        if result and result.value:
            self.cnic.setText(result.value)

    def _look_up(self) -> None:
        if self.person_id is not None:
            return
        try:
            draft = self.draft()
        except ValidationError:
            return
        named = (draft.name_en and draft.relative_name_en) or (draft.name_ur and draft.relative_name_ur)
        if not (named or draft.cnic):
            return
        self.ctx.ops.db(lambda: self.ctx.services.persons.matches(draft), self._show_matches, self._no_matches)

    def _no_matches(self, _error: ThanaError) -> None:
        self.match_box.hide()  # an invalid draft: its problems show on save

    def _show_matches(self, people: list[Person]) -> None:
        self.matches.clear()
        self._found = {p.id: p for p in people}
        for p in people:
            item = QListWidgetItem(person_label(p, self.ctx.urdu))
            item.setData(ID_ROLE, p.id)
            self.matches.addItem(item)
        if people:
            self.matches.setCurrentRow(0)
        self.match_box.setVisible(bool(people) and self.person_id is None)

    def use_selected(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self.show_person(self._found[item.data(ID_ROLE)])
