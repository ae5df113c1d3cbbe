"""Closing a day of the daily diary: the register's head hash is recorded and the day takes no entries."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.clock import pkt_date
from app.errors import ThanaError
from ui.context import AppContext
from ui.forms.widgets import MessageLabel, Submitter
from ui.i18n import error_text


class CloseDayDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("closeDay")
        self.setWindowTitle(self.tr("Close a day of the daily diary"))
        today = pkt_date(ctx.services.diary.clock())
        yesterday = today - timedelta(days=1)
        self.day = QDateEdit(QDate(yesterday.year, yesterday.month, yesterday.day), objectName="closeDate")
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.message = MessageLabel()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Close the day"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Once closed, a day takes no more entries; corrections go into a later day.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.submitter = Submitter(ctx.ops, self, lambda _r: self.accept(), self._failed, lambda: None)

    def submit(self) -> None:
        q = self.day.date()
        day, actor = date(q.year(), q.month(), q.day()), self.ctx.require_actor()
        self.submitter.submit(lambda: self.ctx.services.diary.close_day(actor, day))

    def _failed(self, error: ThanaError) -> None:
        self.message.set_error(error_text(error))
