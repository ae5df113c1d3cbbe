"""First run of a station install: create the station admin account."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.errors import ThanaError, ValidationError
from app.security.actor import SYSTEM
from app.security.permissions import Role
from app.services import Services
from ui.i18n import error_text, problem_text


class FirstRunDialog(QDialog):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Thana: first start"))
        self.station = QComboBox()
        for station in services.reference.stations():
            self.station.addItem(f"{station.name_en} ({station.district.name_en})", station.id)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Police station"), self.station)
        form.addRow(self.tr("Admin user name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password (12 characters or more)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))  # Qt has no Urdu catalogue
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This station has no accounts yet. Create the station administrator.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            self.services.users.create(SYSTEM, username=self.username.text().strip(),
                                       full_name=self.full_name.text().strip(), role=Role.STATION_ADMIN,
                                       password=self.password.text(), station_id=self.station.currentData())
        except ValidationError as exc:
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except ThanaError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def create_first_admin(services: Services) -> bool:
    return FirstRunDialog(services).exec() == QDialog.DialogCode.Accepted
