"""The counter page of the main window: tokens (issue, call the next, recall, skip, the queue screen) above
the list of applications (status and overdue filters, search by tracking number or CNIC).

Keys: F5 issues a token, F6 calls the next, F7 recalls, F8 skips, Ctrl+Shift+N receives an application
(for the token now called, if any), Enter on a row opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.counter.applications import ApplicationRecord
from app.counter.listing import ListFilter
from app.counter.timeline import STATUS_NAMES, Status
from app.counter.tokens import MAX_COUNTER
from app.errors import ThanaError, ValidationError
from app.storage.models import CounterApplication, CounterToken, PoliceStation
from ui.context import AppContext
from ui.counter.application_form import ApplicationForm
from ui.counter.application_view import ApplicationDialog
from ui.counter.columns import application_columns, application_source, overdue_background
from ui.counter.queue_screen import QueueScreen
from ui.counter.registration_search import RegistrationSearchDialog
from ui.counter.report_screen import DailyReportDialog
from ui.counter.stolen_vehicles import StolenVehiclesDialog
from ui.i18n import error_text, problem_text, tr
from ui.models.paged_table import PagedTableModel
from ui.views.register_view import RegisterView

ROW_HEIGHT = {False: 26, True: 34}


Dialog = TypeVar("Dialog", bound=QDialog)


def opened(dialog: Dialog) -> Dialog:
    """A dialog of the page, shown without blocking it and deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ApplicationList(RegisterView):
    """The register view, with a search's input problem said plainly (not only "correct the fields")."""

    def _failed(self, error: ThanaError) -> None:
        if isinstance(error, ValidationError):
            self.status.setText("\n".join(problem_text(p) for p in error.problems))
        else:
            super()._failed(error)


class CounterPage(QWidget):
    def __init__(self, ctx: AppContext, station: PoliceStation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.station = ctx, station
        self.setObjectName("counterPage")
        actor = ctx.require_actor()
        desk = ctx.services.counter
        self.called: CounterToken | None = None
        self.queue_screen: QueueScreen | None = None
        # --- tokens
        self.token_service = QComboBox(objectName="tokenService")
        self.token_service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.token_service.setMinimumContentsLength(24)  # long service names are elided, not widening the page
        for service in desk.catalogue.services:
            self.token_service.addItem(service.name_ur if ctx.urdu else service.name_en, service.code)
        self.counter_no = QSpinBox(objectName="counterNo", minimum=1, maximum=MAX_COUNTER)
        self.issued = QLabel(objectName="issuedToken")
        self.now_serving = QLabel(objectName="nowServing")
        font = self.now_serving.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.now_serving.setFont(font)
        self.token_message = QLabel(objectName="tokenMessage")
        buttons = [
            ("issueToken", self.tr("&Issue token (F5)"), "F5", self.issue_token),
            ("callNext", self.tr("&Call next (F6)"), "F6", self.call_next),
            ("recall", self.tr("&Recall (F7)"), "F7", self.recall),
            ("skip", self.tr("S&kip (F8)"), "F8", self.skip),
            ("openQueueScreen", self.tr("&Queue screen"), None, self.open_queue_screen),
        ]
        self.buttons: dict[str, QPushButton] = {}
        token_row = QHBoxLayout()
        token_row.addWidget(QLabel(self.tr("Service")))
        token_row.addWidget(self.token_service, 1)
        token_row.addWidget(QLabel(self.tr("Counter No.")))
        token_row.addWidget(self.counter_no)
        for name, text, key, slot in buttons:
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            token_row.addWidget(button)
            self.buttons[name] = button
            if key is not None:
                QShortcut(QKeySequence(key), self, slot)  # anywhere in the window while this page shows
        tokens_box = QGroupBox(self.tr("Tokens"))
        tokens_layout = QVBoxLayout(tokens_box)
        tokens_layout.addLayout(token_row)
        status_row = QHBoxLayout()
        for widget in (self.now_serving, self.issued, self.token_message):
            status_row.addWidget(widget, 1)
        tokens_layout.addLayout(status_row)
        # --- applications
        self.filter = ListFilter()
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(tr(STATUS_NAMES[status]), status.value)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), objectName="overdueOnly")
        self.new_application = QPushButton(self.tr("&New application (Ctrl+Shift+N)"), objectName="newApplication")
        self.new_application.clicked.connect(self.open_form)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.open_form)
        source = application_source(desk.listing, actor, self.filter)
        model = PagedTableModel(application_columns(desk.catalogue, ctx.urdu), source, overdue_background)
        self.list = ApplicationList(self.tr("Khidmat Markaz applications"), model, source, ctx.ops,
                                    ROW_HEIGHT[ctx.urdu])
        self.list.setObjectName("applicationList")
        self.list.search.setPlaceholderText(self.tr("Search: tracking number or CNIC"))
        self.list.opened.connect(self.open_application)
        filter_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Show")), self.status_filter, self.overdue_only):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)
        filter_row.addWidget(self.new_application)
        # the counter's lookups and report on a row of their own, so the page fits a 1366-pixel screen
        tools_row = QHBoxLayout()
        for name, text, slot in (("openStolenVehicles", self.tr("Stolen &vehicles"), self.open_stolen_vehicles),
                                 ("openRegistrations", self.tr("&Tenants and employees"), self.open_registrations)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            tools_row.addWidget(button)
            self.buttons[name] = button
        self.report_button = QPushButton(self.tr("Daily &report"), objectName="dailyReportButton")
        self.report_button.clicked.connect(self.open_report)
        tools_row.addWidget(self.report_button)
        tools_row.addStretch(1)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.overdue_only.toggled.connect(self._filter_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(tokens_box)
        layout.addLayout(filter_row)
        layout.addLayout(tools_row)
        layout.addWidget(self.list, 1)

    # --- tokens ------------------------------------------------------------------------------------

    def _token_work(self, work: Callable[[], CounterToken], shown: Callable[[CounterToken], None]) -> None:
        self.token_message.setText("")
        self.ctx.ops.db(work, shown, self._token_failed)

    def issue_token(self) -> None:
        actor, code = self.ctx.require_actor(), self.token_service.currentData()
        self._token_work(lambda: self.ctx.services.counter.tokens.issue(actor, code), self._issued)

    def _issued(self, token: CounterToken) -> None:
        self.issued.setText(self.tr("Issued: %1").replace("%1", token.label))
        self._refresh_screen()

    def call_next(self) -> None:
        actor, counter_no = self.ctx.require_actor(), self.counter_no.value()
        self._token_work(lambda: self.ctx.services.counter.tokens.call_next(actor, counter_no), self._called)

    def recall(self) -> None:
        if self.called is None:
            return
        actor, token_id, counter_no = self.ctx.require_actor(), self.called.id, self.counter_no.value()
        self._token_work(lambda: self.ctx.services.counter.tokens.recall(actor, token_id, counter_no), self._called)

    def skip(self) -> None:
        if self.called is None:
            return
        actor, token_id = self.ctx.require_actor(), self.called.id
        self._token_work(lambda: self.ctx.services.counter.tokens.skip(actor, token_id), self._skipped)

    def _called(self, token: CounterToken) -> None:
        self.called = token
        self.now_serving.setText(self.tr("Now serving: %1").replace("%1", token.label))
        self._refresh_screen()

    def _skipped(self, token: CounterToken) -> None:
        self.called = token  # a skipped token can still be recalled (F7)
        self.now_serving.setText(self.tr("Skipped: %1").replace("%1", token.label))
        self._refresh_screen()

    def _token_failed(self, error: ThanaError) -> None:
        self.token_message.setText(error_text(error))

    def open_queue_screen(self) -> QueueScreen:
        if self.queue_screen is None:
            self.queue_screen = QueueScreen(self.ctx, self)
            self.queue_screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.queue_screen.destroyed.connect(self._screen_gone)
        self.queue_screen.show()
        return self.queue_screen

    def _screen_gone(self) -> None:
        self.queue_screen = None

    def _refresh_screen(self) -> None:
        if self.queue_screen is not None:
            self.queue_screen.refresh()

    # --- applications ------------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        code = self.status_filter.currentData()
        self.filter.status = Status(code) if code else None
        self.filter.overdue_only = self.overdue_only.isChecked()
        self.list.refresh()

    def open_form(self) -> ApplicationForm:
        token = self.called if self.called is not None and self.called.status == "called" else None
        form = ApplicationForm(self.ctx, token, self)
        form.saved.connect(self._received)
        form.open()
        return form

    def _received(self, application: CounterApplication) -> None:
        self.called = None if self.called is not None and self.called.id == application.token_id else self.called
        self.list.refresh()
        self.open_application(application.id)

    def open_application(self, application_id: int) -> None:
        actor = self.ctx.require_actor()
        self.ctx.ops.db(lambda: self.ctx.services.counter.applications.record(actor, application_id),
                        self._show_application, self._token_failed)

    def open_stolen_vehicles(self) -> StolenVehiclesDialog:
        return opened(StolenVehiclesDialog(self.ctx, self))

    def open_registrations(self) -> RegistrationSearchDialog:
        dialog = RegistrationSearchDialog(self.ctx, self)
        dialog.opened.connect(self.open_application)
        return opened(dialog)

    def open_report(self) -> DailyReportDialog:
        return opened(DailyReportDialog(self.ctx, self.station, self))

    def _show_application(self, record: ApplicationRecord) -> None:
        dialog = ApplicationDialog(self.ctx, record, self.station, self)
        dialog.changed.connect(self.list.refresh)
        opened(dialog)
