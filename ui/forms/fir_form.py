"""The FIR form (Form 24.5(1)): a new FIR, or a correction of one with its reason.

Keyboard first: Tab walks the form top to bottom, F2 in a time field means "now",
Ctrl+S saves, Esc closes. Every problem the core finds is shown next to its field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.fir import FirHistory, Officer, draft_from, fir_number
from app.registers.fir_rules import DIRECTIONS, AccusedDraft, FirDraft, PartyRef
from app.security.actor import Actor
from app.storage.models import Fir, OffenceSection, Person
from ui.context import AppContext
from ui.forms.person_fields import PersonFields
from ui.forms.section_picker import SectionPicker
from ui.forms.widgets import (
    DateTimeField,
    FormGrid,
    MessageLabel,
    ProblemDisplay,
    Slot,
    Submitter,
    TextArea,
    chain_focus,
    fixed_direction,
    follow_text_direction,
    scrolled_form,
)


class AccusedRow(QWidget):
    """One accused: a named person, or an unknown one described in words."""

    def __init__(self, ctx: AppContext, prefix: str, on_remove: object) -> None:
        super().__init__()
        self.person = PersonFields(ctx, prefix, full=False)
        self.description = TextArea(rows=2)
        self.description.setObjectName(prefix + "description")
        self.remove_button = QPushButton(self.tr("Remove this accused"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(on_remove)
        grid = FormGrid()
        grid.add_row((self.tr("Description (if not known by name)"), self.description, prefix + "description"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.person)
        layout.addLayout(grid)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self._slots = {**self.person.slots(), **grid.slots}

    def slots(self) -> dict[str, Slot]:
        """Keyed by the row's current position, which changes when an earlier row is removed."""
        old = self.person.slot_prefix
        return {self.person.prefix + key[len(old):]: slot for key, slot in self._slots.items()}

    def draft(self) -> AccusedDraft:
        return AccusedDraft(self.person.ref(), self.description.text())

    def focus_chain(self) -> list[QWidget]:
        return [*self.person.focus_chain(), self.description, self.remove_button]


class FirForm(QDialog):
    saved = Signal(object)  # the committed Fir entry

    def __init__(self, ctx: AppContext, history: FirHistory | None = None, parent: QWidget | None = None,
                 register: Callable[[Actor, FirDraft, bool], Fir] | None = None) -> None:
        """``register`` saves a new FIR another way than the FIR service's own (a complaint converted)."""
        super().__init__(parent)
        self.ctx, self.history = ctx, history
        self.register = register or ctx.services.firs.register
        self.setObjectName("firForm")
        self.setWindowTitle(self.tr("Correct FIR %1").replace("%1", fir_number(history.current))
                            if history else self.tr("New FIR"))
        self.resize(1040, 820)
        self.banner = MessageLabel()
        self.banner.setObjectName("formMessage")
        self.grid = FormGrid(pairs=2)
        self._build_fields()
        self.accused_rows: list[AccusedRow] = []
        self.accused_box = QVBoxLayout()
        self.add_accused_button = QPushButton(self.tr("&Add accused"), objectName="addAccused")
        self.add_accused_button.setAutoDefault(False)
        self.add_accused_button.clicked.connect(lambda: self.add_accused(focus=True))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self.grid)
        complainant_box = QGroupBox(self.tr("Complainant"))
        QVBoxLayout(complainant_box).addWidget(self.complainant)
        layout.addWidget(complainant_box)
        accused_group = QGroupBox(self.tr("Accused"))
        accused_layout = QVBoxLayout(accused_group)
        accused_layout.addLayout(self.accused_box)
        accused_layout.addWidget(self.accused_message)
        accused_layout.addWidget(self.add_accused_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(accused_group)
        layout.addLayout(self.lower)
        save_text = self.tr("&Save FIR") if history is None else self.tr("&Save correction")
        self.scroll, self.save_button = scrolled_form(self, self.banner, body, save_text, "saveFir", self.submit)

        self.display = ProblemDisplay(self.banner, self.all_slots, self.scroll)
        self.submitter = Submitter(ctx.ops, self, self._saved, self.display.show, self._crashed)
        self._load_lists()
        if history is not None:
            self.set_draft(draft_from(history.current), history.current)
        self._chain()
        self.occurred_from.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- layout --------------------------------------------------------------------

    def _build_fields(self) -> None:
        clock = self.ctx.services.firs.clock
        self.occurred_from = DateTimeField(clock=clock)
        self.occurred_to = DateTimeField(optional=True, known_text=self.tr("until"), clock=clock)
        self.reported_at = DateTimeField(clock=clock)
        self.despatched_at = DateTimeField(optional=True, known_text=self.tr("despatched"), clock=clock)
        for name, field in (("occurredFrom", self.occurred_from), ("occurredTo", self.occurred_to),
                            ("reportedAt", self.reported_at), ("despatchedAt", self.despatched_at)):
            field.setObjectName(name)
        self.place = QLineEdit(objectName="place")
        follow_text_direction(self.place)
        self.distance = fixed_direction(QLineEdit(objectName="distanceKm"), rtl=False)
        self.distance.setMaximumWidth(90)
        self.direction = QComboBox(objectName="direction")
        self.direction.addItem("-", "")
        for code in DIRECTIONS:
            self.direction.addItem(code, code)
        self.grid.add_row((self.tr("Occurred &from"), self.occurred_from, "occurred_from"),
                          (self.tr("Occurred &to"), self.occurred_to, "occurred_to"))
        self.grid.add_row((self.tr("&Reported at"), self.reported_at, "reported_at"),
                          (self.tr("Despatched at"), self.despatched_at, "despatched_at"))
        self.grid.add_row((self.tr("&Place of occurrence"), self.place, "place"), full=True)
        self.grid.add_row((self.tr("Distance from station (km)"), self.distance, "distance_km"),
                          (self.tr("Direction from station"), self.direction, "direction"))
        self.complainant = PersonFields(self.ctx, "complainant.")
        self.complainant.setObjectName("complainant")
        self.accused_message = MessageLabel()

        self.sections = SectionPicker(self.ctx.urdu)
        self.sections.setObjectName("sections")
        self.property_taken = TextArea(rows=2)
        self.property_taken.setObjectName("propertyTaken")
        self.first_information = TextArea(rows=8)
        self.first_information.setObjectName("firstInformation")
        self.delay_explanation = TextArea(rows=2)
        self.delay_explanation.setObjectName("delayExplanation")
        self.investigating_officer = QComboBox(objectName="investigatingOfficer")
        self.diary_ref = fixed_direction(QLineEdit(objectName="diaryRef"), rtl=False)
        self.reason = TextArea(rows=2)
        self.reason.setObjectName("reason")
        self.lower = FormGrid()
        self.lower.add_row((self.tr("&Offence sections"), self.sections, "sections"))
        self.lower.add_row((self.tr("Property taken"), self.property_taken, "property_taken"))
        self.lower.add_row((self.tr("First &information"), self.first_information, "first_information"))
        self.lower.add_row((self.tr("Reason for any delay in reporting"), self.delay_explanation,
                            "delay_explanation"))
        self.lower.add_row((self.tr("Investigating officer"), self.investigating_officer, None))
        self.lower.add_row((self.tr("Daily diary reference"), self.diary_ref, "diary_ref"))
        if self.history is not None:
            self.lower.add_row((self.tr("Reason for the &correction"), self.reason, "reason"))

    def _chain(self) -> None:
        widgets: list[QWidget] = [*self.occurred_from.focus_chain(), *self.occurred_to.focus_chain(),
                                  *self.reported_at.focus_chain(), *self.despatched_at.focus_chain(), self.place,
                                  self.distance, self.direction, *self.complainant.focus_chain()]
        for row in self.accused_rows:
            widgets += row.focus_chain()
        widgets += [self.add_accused_button, *self.sections.focus_chain(), self.property_taken,
                    self.first_information, self.delay_explanation, self.investigating_officer, self.diary_ref]
        if self.history is not None:
            widgets.append(self.reason)
        chain_focus([*widgets, self.save_button])

    def all_slots(self) -> dict[str, Slot]:
        slots = {**self.grid.slots, **self.complainant.slots(), **self.lower.slots,
                 "complainant": self.complainant.slots()["complainant.name_en"],
                 "accused": Slot(self.accused_message, self.add_accused_button)}
        for row in self.accused_rows:
            slots.update(row.slots())
        return slots

    def _load_lists(self) -> None:
        """Sections and officers come from the database; the form stays usable while they load."""
        actor = self.ctx.require_actor()

        def load() -> tuple[list[OffenceSection], list[Officer]]:
            return self.ctx.services.reference.sections(), self.ctx.services.firs.officers(actor)

        self.ctx.ops.db(load, self._lists_loaded, self.display.show)

    def _lists_loaded(self, lists: tuple[list[OffenceSection], list[Officer]]) -> None:
        sections, officers = lists
        chosen = self.sections.section_ids()
        self.sections.set_sections(sections)
        self.sections.set_section_ids(chosen)
        current = self.investigating_officer.currentData()
        self.investigating_officer.clear()
        self.investigating_officer.addItem(self.tr("(not yet assigned)"), None)
        for user in officers:
            self.investigating_officer.addItem(f"{user.full_name} ({user.rank})" if user.rank else user.full_name,
                                               user.id)
        self.investigating_officer.setCurrentIndex(max(0, self.investigating_officer.findData(current)))

    # --- accused -----------------------------------------------------------------

    def add_accused(self, focus: bool = False) -> AccusedRow:
        prefix = f"accused.{len(self.accused_rows)}."
        row = AccusedRow(self.ctx, prefix, lambda: self.remove_accused(row))
        self.accused_rows.append(row)
        self.accused_box.addWidget(row)
        self._chain()
        if focus:
            row.person.name_en.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(row)
        return row

    def remove_accused(self, row: AccusedRow) -> None:
        """The rows after it move up, so their fields are named accused.0., accused.1., ... in order."""
        self.accused_rows.remove(row)
        row.deleteLater()
        for i, other in enumerate(self.accused_rows):
            other.person.prefix = f"accused.{i}."
        self._chain()
        self.add_accused_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- values ------------------------------------------------------------------

    def draft(self) -> FirDraft:
        """The typed values as a draft; only a malformed number is caught here, the core checks the rest."""
        problems: list[FieldProblem] = []
        distance: float | None = None
        text = self.distance.text().strip().replace(",", ".")
        if text:
            try:
                distance = float(text)
            except ValueError:
                problems.append(FieldProblem("distance_km", QT_TRANSLATE_NOOP(
                    "core", "The distance must be between 0 and 500 km.")))
        accused: list[AccusedDraft] = []
        complainant: PartyRef | None = None
        try:
            complainant = self.complainant.ref()
            accused = [row.draft() for row in self.accused_rows
                       if not (row.person.is_empty() and not row.description.text().strip())]
        except ValidationError as exc:
            problems += exc.problems
        if problems:
            raise ValidationError(problems)
        return FirDraft(
            occurred_from=self.occurred_from.value(), occurred_to=self.occurred_to.value(),
            reported_at=self.reported_at.value(), place=self.place.text(), distance_km=distance,
            direction=self.direction.currentData(), complainant=complainant, accused=accused,
            section_ids=self.sections.section_ids(), property_taken=self.property_taken.text(),
            first_information=self.first_information.text(), delay_explanation=self.delay_explanation.text(),
            despatched_at=self.despatched_at.value(), investigating_officer_id=self.investigating_officer.currentData(),
            diary_ref=self.diary_ref.text(),
        )

    def set_draft(self, draft: FirDraft, entry: Fir | None = None) -> None:
        """Fill the form; ``entry`` supplies the people a draft names only by id (a correction)."""
        self.occurred_from.set_value(draft.occurred_from)
        self.occurred_to.set_value(draft.occurred_to)
        self.reported_at.set_value(draft.reported_at)
        self.despatched_at.set_value(draft.despatched_at)
        self.place.setText(draft.place)
        self.distance.setText("" if draft.distance_km is None else f"{draft.distance_km:g}")
        self.direction.setCurrentIndex(max(0, self.direction.findData(draft.direction)))
        people: dict[int, Person] = {}
        if entry is not None:
            people[entry.complainant.id] = entry.complainant
            people.update({a.person.id: a.person for a in entry.accused if a.person is not None})
        self._set_party(self.complainant, draft.complainant, people)
        for row in list(self.accused_rows):
            self.remove_accused(row)
        for accused in draft.accused:
            row = self.add_accused()
            self._set_party(row.person, accused.person, people)
            row.description.setPlainText(accused.description)
        self.sections.set_section_ids(draft.section_ids)
        self.property_taken.setPlainText(draft.property_taken)
        self.first_information.setPlainText(draft.first_information)
        self.delay_explanation.setPlainText(draft.delay_explanation)
        index = self.investigating_officer.findData(draft.investigating_officer_id)
        if index < 0 and draft.investigating_officer_id is not None:
            self.investigating_officer.addItem(str(draft.investigating_officer_id), draft.investigating_officer_id)
            index = self.investigating_officer.count() - 1
        self.investigating_officer.setCurrentIndex(max(0, index))
        self.diary_ref.setText(draft.diary_ref)

    @staticmethod
    def _set_party(fields: PersonFields, ref: PartyRef | None, people: dict[int, Person]) -> None:
        if ref is None:
            return
        if ref.person_id is not None and ref.person_id in people:
            fields.show_person(people[ref.person_id])
        elif ref.draft is not None:
            fields.set_draft(ref.draft)

    # --- saving ------------------------------------------------------------------

    def submit(self) -> None:
        self.display.clear()
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.display.show(exc)
            return
        actor = self.ctx.require_actor()
        firs = self.ctx.services.firs
        if self.history is None:
            register, is_demo = self.register, self.ctx.demo
            self.submitter.submit(lambda: register(actor, draft, is_demo))
        else:
            current_id, reason = self.history.current.id, self.reason.text()
            self.submitter.submit(lambda: firs.correct(actor, current_id, draft, reason))

    def _saved(self, fir: Fir) -> None:
        self.saved.emit(fir)
        self.accept()

    def _crashed(self) -> None:
        self.banner.set_error(self.tr("Nothing was saved: an unexpected error occurred (see the error report)."))
