"""The stolen-vehicle list at the counter: what it holds (the district's import and this station's theft
FIRs), importing the district's next list (a CSV or JSON file; a bad line refuses the file and is named),
and checking one vehicle by registration, chassis or engine number, as a vehicle verification does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import pkt_date
from app.counter.findings import Finding
from app.counter.stolen_list import MAX_SHOWN_PROBLEMS, ListImportError, ListState, StolenEntry, day_text
from app.errors import ThanaError, ValidationError
from ui.context import AppContext
from ui.i18n import error_text, problem_text, tr

HIT_STYLE = "background: #f8d7da; color: #58151c; padding: 4px;"
CLEAR_STYLE = "background: #d1e7dd; color: #0a3622; padding: 4px;"


class StolenVehiclesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stolenVehicles")
        self.setWindowTitle(self.tr("Stolen-vehicle list"))
        self.resize(1000, 700)
        self.state_label = QLabel(objectName="listState")
        # --- import
        self.path = QLineEdit(objectName="importPath")
        self.path.setPlaceholderText(self.tr("CSV or JSON file sent by the district"))
        browse = QPushButton(self.tr("&Browse..."), objectName="browseList")
        browse.clicked.connect(self.browse)
        today = pkt_date(ctx.services.counter.clock())
        self.list_date = QDateEdit(QDate(today.year, today.month, today.day), objectName="listDate")
        self.list_date.setDisplayFormat("dd-MM-yyyy")
        self.list_date.setCalendarPopup(True)
        self.import_button = QPushButton(self.tr("&Import"), objectName="importList")
        self.import_button.clicked.connect(self.import_list)
        self.import_message = QLabel(objectName="importMessage")
        self.import_message.setWordWrap(True)
        import_box = QGroupBox(self.tr("Import the district's list (replaces the previous one)"))
        row = QHBoxLayout()
        for widget in (self.path, browse, QLabel(self.tr("Date of the list")), self.list_date, self.import_button):
            row.addWidget(widget)
        box_layout = QVBoxLayout(import_box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.import_message)
        # --- check one vehicle
        self.registration = QLineEdit(objectName="checkRegistration")
        self.chassis = QLineEdit(objectName="checkChassis")
        self.engine = QLineEdit(objectName="checkEngine")
        self.check_button = QPushButton(self.tr("&Check"), objectName="checkVehicle")
        self.check_button.clicked.connect(self.check_vehicle)
        self.check_result = QLabel(objectName="checkResult")
        self.check_result.setWordWrap(True)
        check_box = QGroupBox(self.tr("Check a vehicle"))
        grid = QGridLayout(check_box)
        for column, (label, edit) in enumerate(((self.tr("Registration number"), self.registration),
                                                (self.tr("Chassis number"), self.chassis),
                                                (self.tr("Engine number"), self.engine))):
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(edit, 1, column)
            edit.returnPressed.connect(self.check_vehicle)
        grid.addWidget(self.check_button, 1, 3)
        grid.addWidget(self.check_result, 2, 0, 1, 4)
        # --- the list
        self.table = QTableWidget(0, 8, objectName="stolenTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Registration"), self.tr("Chassis"), self.tr("Engine"), self.tr("Description"),
            self.tr("FIR or report"), self.tr("Reported on"), self.tr("Police station"), self.tr("Source")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for button in (browse, self.import_button, self.check_button):
            button.setAutoDefault(False)  # Enter in a number field checks it, never opens the file dialog
        layout = QVBoxLayout(self)
        for widget in (self.state_label, import_box, check_box):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        actor, stolen = self.ctx.require_actor(), self.ctx.services.counter.stolen_vehicles
        self.ctx.ops.db(lambda: (stolen.state(actor), stolen.entries(actor)), self._show, self._failed)

    def _show(self, result: tuple[ListState, list[StolenEntry]]) -> None:
        state, entries = result
        if state.list_date is None:
            text = self.tr("%1 entries, all from this station's FIRs; no district list imported yet.")
        else:
            text = self.tr("%1 entries (%2 from this station's FIRs); district list of %3.").replace(
                "%3", day_text(state.list_date))
        self.state_label.setText(text.replace("%1", str(state.entries)).replace("%2", str(state.from_firs)))
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            source = self.tr("This station's FIR") if e.from_fir else self.tr("District list")
            cells = (e.ids.registration, e.ids.chassis, e.ids.engine, e.description, e.reference,
                     day_text(e.reported_on), e.station, source)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The district's stolen-vehicle list"), "",
                                              self.tr("Lists (*.csv *.json)"))
        if name:
            self.path.setText(name)

    def import_list(self) -> None:
        if not self.path.text().strip():
            self.import_message.setText(self.tr("Choose the file to import."))
            return
        actor, path = self.ctx.require_actor(), Path(self.path.text().strip())
        qdate = self.list_date.date()
        list_date = date(qdate.year(), qdate.month(), qdate.day())
        self.import_message.setText(self.tr("Importing..."))
        self.import_button.setEnabled(False)
        self.ctx.ops.db(lambda: self.ctx.services.counter.stolen_vehicles.import_file(actor, path, list_date),
                        self._imported, self._import_failed)

    def _imported(self, count: int) -> None:
        self.import_button.setEnabled(True)
        self.import_message.setText(self.tr("%1 entries imported.").replace("%1", str(count)))
        self.refresh()

    def _import_failed(self, error: ThanaError) -> None:
        self.import_button.setEnabled(True)
        lines = [error_text(error)]
        if isinstance(error, ListImportError):
            for p in error.problems[:MAX_SHOWN_PROBLEMS]:
                message = tr(p.message).format(**p.params)
                if p.line == 0:
                    lines.append(message)
                else:
                    where = self.tr("Line %1").replace("%1", str(p.line))
                    lines.append(f"{where}{', ' + p.column if p.column else ''}: {message}")
            if len(error.problems) > MAX_SHOWN_PROBLEMS:
                lines.append(self.tr("...and %1 more.").replace("%1", str(len(error.problems) - MAX_SHOWN_PROBLEMS)))
        elif isinstance(error, ValidationError):
            lines += [problem_text(p) for p in error.problems]
        self.import_message.setText("\n".join(lines))

    def check_vehicle(self) -> None:
        actor = self.ctx.require_actor()
        values = (self.registration.text(), self.chassis.text(), self.engine.text())
        self.ctx.ops.db(lambda: self.ctx.services.counter.stolen_vehicles.check(actor, *values),
                        self._checked, self._check_failed)

    def _checked(self, findings: list[Finding]) -> None:
        hit = any(f.hit for f in findings)
        self.check_result.setStyleSheet(HIT_STYLE if hit else CLEAR_STYLE)
        self.check_result.setText("\n".join(f.ur if self.ctx.urdu else f.en for f in findings))

    def _check_failed(self, error: ThanaError) -> None:
        self.check_result.setStyleSheet("")
        problems = [problem_text(p) for p in error.problems] if isinstance(error, ValidationError) else []
        self.check_result.setText("\n".join(problems or [error_text(error)]))

    def _failed(self, error: ThanaError) -> None:
        self.state_label.setText(error_text(error))
