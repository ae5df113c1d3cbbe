"""The SHO's page: the counter applications whose checks found something, each with what was found and the
record it names (name, CNIC, category, reason, photo) beside the applicant, and the decision: issue, with
a note, or refuse, with the reason. Only the SHO's permission decides; the service checks it again."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.counter.verification import Case
from app.errors import ThanaError
from app.fingerprints.fingers import CATEGORY_NAMES, Category
from ui.context import AppContext
from ui.counter.checks_box import CLEAR_COLOUR, HIT_COLOUR
from ui.forms.widgets import FormGrid, MessageLabel, ProblemDisplay, hbox
from ui.i18n import tr
from ui.views.check_view import PHOTO_SIZE, photo_icon

LINE_HEIGHT = 34  # a line of a finding, Urdu included


class DecisionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsPage")
        self.ctx = ctx
        self.cases: list[Case] = []
        heading = QLabel(self.tr("Counter applications awaiting the SHO's decision"), objectName="heading")
        heading.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.refresh_button = QPushButton(self.tr("&Refresh"), objectName="refreshCases")
        self.refresh_button.clicked.connect(self.refresh)
        self.case_list = QListWidget(objectName="cases")
        self.case_list.currentRowChanged.connect(self._show_case)
        self.applicant = QLabel(objectName="caseApplicant", wordWrap=True)
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QListWidget(objectName="caseFindings")
        self.findings.setIconSize(PHOTO_SIZE)
        self.findings.setWordWrap(True)
        self.findings.setSpacing(4)
        self.note = QLineEdit(objectName="decisionNote")
        self.note.setPlaceholderText(self.tr("Why: the note or the reason for refusing, kept on file"))
        self.issue_button = QPushButton(self.tr("&Issue the document"), objectName="decideIssue")
        self.refuse_button = QPushButton(self.tr("Re&fuse"), objectName="decideRefuse")
        self.issue_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.banner = MessageLabel()
        self.outcome = QLabel(objectName="decisionOutcome")
        grid = FormGrid()
        grid.add_row((self.tr("&Note"), hbox(self.note, self.issue_button, self.refuse_button), "note"))
        self.display = ProblemDisplay(self.banner, lambda: grid.slots)
        detail = QVBoxLayout()
        detail.addWidget(self.applicant)
        detail.addWidget(self.findings, 1)
        detail.addLayout(grid)
        body = QHBoxLayout()
        body.addWidget(self.case_list, 1)
        body.addLayout(detail, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hbox(heading, 1, self.refresh_button))
        layout.addWidget(self.banner)
        layout.addWidget(self.outcome)
        layout.addLayout(body, 1)
        self._enable(False)
        self.refresh()

    def refresh(self) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.counter.verification.awaiting_decision(actor), self._listed,
                        self._failed)

    def _listed(self, cases: list[Case]) -> None:
        self.cases = cases
        self.case_list.clear()
        for case in cases:
            a, service = case.application, case.service
            self.case_list.addItem(f"{a.tracking_no} · {service.name_ur if self.ctx.urdu else service.name_en}")
        if cases:
            self.case_list.setCurrentRow(0)
        else:
            self._show_case(-1)

    def _show_case(self, row: int) -> None:
        self.findings.clear()
        self._enable(0 <= row < len(self.cases))
        if not 0 <= row < len(self.cases):
            self.applicant.setText(self.tr("No application is waiting for a decision."))
            return
        case = self.cases[row]
        a, person = case.application, case.application.applicant
        name = (person.name_ur or person.name_en) if self.ctx.urdu else (person.name_en or person.name_ur)
        self.applicant.setText("\n".join((
            self.tr("Tracking No.: %1").replace("%1", a.tracking_no),
            self.tr("Applicant: %1 (%2)").replace("%1", name).replace(
                "%2", person.cnic or person.nicop or person.passport or ""))))
        for finding in case.findings:
            record = case.records.get(finding.record_uid)
            lines = [finding.text_ur if self.ctx.urdu else finding.text_en]
            if record is not None:
                category = tr(CATEGORY_NAMES[Category(record.category)]) if record.category in set(Category) \
                    else record.category
                lines.append(self.tr("Record: %1, CNIC %2").replace("%1", record.name)
                             .replace("%2", record.cnic or "-"))
                lines.append(f"{category}: {record.reason}")
            item = QListWidgetItem("\n".join(lines))
            if record is not None:
                item.setIcon(photo_icon(record.photo))
            item.setBackground(QColor(HIT_COLOUR if finding.hit else CLEAR_COLOUR))
            item.setSizeHint(QSize(0, max(PHOTO_SIZE.height(), LINE_HEIGHT * len(lines)) + 8))
            self.findings.addItem(item)

    def _enable(self, on: bool) -> None:
        for widget in (self.note, self.issue_button, self.refuse_button):
            widget.setEnabled(on)

    def decide(self, issue: bool) -> None:
        row = self.case_list.currentRow()
        if not 0 <= row < len(self.cases):
            return
        self.display.clear()
        actor, app_id, note = self.ctx.require_actor(), self.cases[row].application.id, self.note.text()
        tracking_no = self.cases[row].application.tracking_no
        applications = self.ctx.services.counter.applications

        def decided(_: object) -> None:
            text = self.tr("%1: the document may be issued.") if issue else self.tr("%1: refused.")
            self.outcome.setText(text.replace("%1", tracking_no))
            self.note.clear()
            self.refresh()

        self.ctx.ops.db(lambda: applications.decide(actor, app_id, issue, note), decided, self._failed)

    def _failed(self, error: ThanaError) -> None:
        self.display.show(error)
