"""A user's own password change: the old password, then a new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.forms.widgets import MessageLabel, ProblemDisplay, Slot, Submitter, save_buttons


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.old, self.new, self.again = (QLineEdit(echoMode=QLineEdit.EchoMode.Password) for _ in range(3))
        self.banner = MessageLabel()
        self.new_message = MessageLabel()
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password (12 characters or more)"), self.new)
        form.addRow("", self.new_message)
        form.addRow(self.tr("New password again"), self.again)
        buttons, self.save_button = save_buttons(self, self.tr("&Change password"), "savePassword", self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.display = ProblemDisplay(self.banner, lambda: {"password": Slot(self.new_message, self.new)})
        self.submitter = Submitter(ctx.ops, self, lambda _r: self.accept(), self.display.show, lambda: None)

    def submit(self) -> None:
        self.display.clear()
        if self.new.text() != self.again.text():
            self.new_message.set_error(self.tr("The two new passwords differ."))
            return
        actor, old, new = self.ctx.require_actor(), self.old.text(), self.new.text()
        self.submitter.submit(lambda: self.ctx.services.users.change_password(actor, old, new))
