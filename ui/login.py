"""The login dialog. In demo mode it lists the demo accounts and their passwords."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ThanaError
from app.security.permissions import ROLE_NAMES, Role
from ui.context import AppContext
from ui.i18n import error_text, tr


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Thana: log in"))
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="loginMessage")
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))  # Qt has no Urdu catalogue
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if ctx.demo:
            layout.addWidget(self._demo_accounts())
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _demo_accounts(self) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(self.tr("Training data. Demo accounts (double-click to fill in):")))
        table = QTableWidget(len(self.ctx.demo_users), 4, objectName="demoAccounts")
        table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Password"), self.tr("Role"),
                                         self.tr("Police station")])
        for row, user in enumerate(self.ctx.demo_users):
            role = tr(ROLE_NAMES[Role(user.role)])
            for col, value in enumerate((user.username, user.password, role, user.station)):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.setMinimumWidth(620)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for signal in (table.cellDoubleClicked, table.cellActivated):  # mouse, or Enter on a row
            signal.connect(lambda row, _col: self.fill(self.ctx.demo_users[row].username,
                                                       self.ctx.demo_users[row].password))
        inner.addWidget(table)
        return box

    def fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)

    def try_login(self) -> None:
        """Check the password on the DB worker (argon2 is deliberately slow)."""
        username, password = self.username.text().strip(), self.password.text()
        self.setEnabled(False)
        self.ctx.ops.db(lambda: self.ctx.services.users.login(username, password), self._ok, self._failed)

    def _ok(self, actor: object) -> None:
        self.setEnabled(True)
        self.ctx.actor = actor  # type: ignore[assignment]
        self.accept()

    def _failed(self, error: ThanaError) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(error))
        self.password.selectAll()
        self.password.setFocus()
