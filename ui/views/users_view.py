"""Station accounts for the station admin: new users, role changes, password resets (with a second
admin's confirmation) and the idle-lock time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.clock import format_pkt
from app.errors import ThanaError
from app.security.permissions import ROLE_NAMES, Role
from app.storage.models import User
from ui.context import AppContext
from ui.forms.widgets import MessageLabel, ProblemDisplay, Slot, Submitter, save_buttons
from ui.i18n import error_text, tr


def _password_edit() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


class AccountDialog(QDialog):
    """A new account (``target`` None) or a password reset of ``target`` confirmed by a second admin."""

    def __init__(self, ctx: AppContext, target: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.target = ctx, target
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("New user") if target is None else self.tr("Reset the password of %1")
                            .replace("%1", target))
        self.username, self.full_name = QLineEdit(objectName="newUsername"), QLineEdit(objectName="newFullName")
        self.role = QComboBox(objectName="newRole")
        for role in Role:
            if role is not Role.TRAINER:  # trainers exist in demo data only
                self.role.addItem(tr(ROLE_NAMES[role]), role.value)
        self.password, self.again = _password_edit(), _password_edit()
        self.witness, self.witness_password = QLineEdit(objectName="witness"), _password_edit()
        self.banner, self.password_message = MessageLabel(), MessageLabel()
        form = QFormLayout()
        if target is None:
            form.addRow(self.tr("User name"), self.username)
            form.addRow(self.tr("Full name"), self.full_name)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password (12 characters or more)"), self.password)
        form.addRow("", self.password_message)
        form.addRow(self.tr("Password again"), self.again)
        if target is not None:
            form.addRow(self.tr("Second administrator"), self.witness)
            form.addRow(self.tr("Their password"), self.witness_password)
        buttons, self.save_button = save_buttons(self, self.tr("&Save"), "saveAccount", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.display = ProblemDisplay(self.banner, lambda: {
            "password": Slot(self.password_message, self.password), "username": Slot(self.banner, self.username)})
        self.submitter = Submitter(ctx.ops, self, lambda _r: self.accept(), self.display.show, lambda: None)

    def submit(self) -> None:
        self.display.clear()
        if self.password.text() != self.again.text():
            self.password_message.set_error(self.tr("The two passwords differ."))
            return
        actor, users, password = self.ctx.require_actor(), self.ctx.services.users, self.password.text()
        if self.target is None:
            username, name, role = self.username.text().strip(), self.full_name.text().strip(), \
                Role(self.role.currentData())
            work = lambda: users.create(actor, username=username, full_name=name, role=role,  # noqa: E731
                                        password=password, station_id=actor.station_id)
        else:
            witness, target = (self.witness.text().strip(), self.witness_password.text()), self.target
            work = lambda: users.reset_password(actor, witness, target, password)  # noqa: E731
        self.submitter.submit(work)


class UsersView(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersView")
        self.users: list[User] = []
        self.table = QTableWidget(0, 5, objectName="usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Source"), self.tr("Locked until")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel()
        self.idle = QSpinBox(objectName="idleMinutes")
        self.idle.setRange(1, 30)
        self.idle.setValue(int(ctx.services.settings.get(settings.IDLE_LOCK_MINUTES)))
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&New user..."), self.new_user), (self.tr("Change &role..."), self.change_role),
                           (self.tr("Reset &password..."), self.reset_password)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Lock after idle minutes:")))
        buttons.addWidget(self.idle)
        save_idle = QPushButton(self.tr("Save"))
        save_idle.clicked.connect(self.save_idle)
        buttons.addWidget(save_idle)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Station accounts")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.users.accounts(actor), self._show, self._failed)

    def _show(self, users: list[User]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for i, u in enumerate(users):
            values = (u.username, u.full_name, tr(ROLE_NAMES[Role(u.role)]), u.source, format_pkt(u.locked_until))
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.loaded.emit(len(users))

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()].username if rows else None

    def new_user(self) -> None:
        dialog = AccountDialog(self.ctx, None, self)
        dialog.accepted.connect(self.reload)
        dialog.open()

    def reset_password(self) -> None:
        if (username := self._selected()) is not None:
            dialog = AccountDialog(self.ctx, username, self)
            dialog.accepted.connect(self.reload)
            dialog.open()

    def change_role(self) -> None:
        username = self._selected()
        if username is None:
            return
        roles = [r for r in Role if r is not Role.TRAINER]
        name, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("New role of %1:").replace(
            "%1", username), [tr(ROLE_NAMES[r]) for r in roles], 0, False)
        if ok:
            role, actor = roles[[tr(ROLE_NAMES[r]) for r in roles].index(name)], self.ctx.require_actor()
            self.ctx.ops.db(lambda: self.ctx.services.users.change_role(actor, username, role),
                            lambda _r: self.reload(), self._failed)

    def save_idle(self) -> None:
        actor, minutes = self.ctx.require_actor(), str(self.idle.value())
        self.ctx.ops.db(lambda: self.ctx.services.settings.set(actor, settings.IDLE_LOCK_MINUTES, minutes),
                        lambda _r: self.message.setText(self.tr("Saved. It applies from the next login.")),
                        self._failed)

    def _failed(self, error: ThanaError) -> None:
        self.message.setText(error_text(error))
