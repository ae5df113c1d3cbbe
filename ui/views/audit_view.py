"""The audit trail for the SHO and the station admin: filters, newest first, CSV export."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import PKT, format_pkt, pkt_date
from app.errors import ThanaError
from app.security.audit_trail import AuditFilter
from app.storage.models import AuditRecord
from ui.bidi import isolate_ltr
from ui.context import AppContext
from ui.i18n import error_text

ACTIONS = ("", "login", "logout", "session.", "account.", "password.", "user.", "fir.", "diary.", "person.",
           "setting.", "key.", "backup", "restore", "audit.")
DEFAULT_DAYS = 30


def _qdate(day: datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditView(QWidget):
    searched = Signal(int)  # records shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditView")
        today = pkt_date(ctx.services.diary.clock())
        self.user = QLineEdit(objectName="auditUser")
        self.user.setPlaceholderText(self.tr("user name"))
        self.action = QComboBox(objectName="auditAction")
        self.action.setEditable(True)
        self.action.addItems(ACTIONS)
        self.since = QDateEdit(_qdate(datetime(today.year, today.month, today.day) - timedelta(days=DEFAULT_DAYS)))
        self.until = QDateEdit(_qdate(datetime(today.year, today.month, today.day)))
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
        self.text = QLineEdit(objectName="auditText")
        self.text.setPlaceholderText(self.tr("words in the target or details"))
        search = QPushButton(self.tr("&Show"), objectName="auditSearch")
        export = QPushButton(self.tr("&Export CSV..."), objectName="auditExport")
        search.clicked.connect(self.run_search)
        export.clicked.connect(self.export)
        self.text.returnPressed.connect(self.run_search)
        self.user.returnPressed.connect(self.run_search)
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("User")), self.user, QLabel(self.tr("Action")), self.action,
                       QLabel(self.tr("From")), self.since, QLabel(self.tr("To")), self.until, self.text, search,
                       export):
            filters.addWidget(widget)
        self.table = QTableWidget(0, 7, objectName="auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("User"), self.tr("Workstation"),
                                              self.tr("Action"), self.tr("Target"), self.tr("Outcome"),
                                              self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Audit trail (append-only, hash-chained; times in Pakistan time)")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def current_filter(self) -> AuditFilter:
        def start_of(q: QDate) -> datetime:
            return datetime(q.year(), q.month(), q.day(), tzinfo=PKT)

        return AuditFilter(username=self.user.text().strip(), action=self.action.currentText().strip(),
                           since=start_of(self.since.date()), until=start_of(self.until.date()) + timedelta(days=1),
                           text=self.text.text().strip())

    def run_search(self) -> None:
        actor, where = self.ctx.require_actor(), self.current_filter()
        self.ctx.ops.db(lambda: self.ctx.services.audit.search(actor, where), self._show, self._failed)

    def _show(self, rows: list[AuditRecord]) -> None:
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            details = "; ".join(f"{k}={v}" for k, v in sorted(r.details.items()))
            for j, value in enumerate((isolate_ltr(format_pkt(r.at)), r.username, r.workstation, r.action,
                                       r.target, r.outcome, details)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n record(s)", "", len(rows)))
        self.searched.emit(len(rows))

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit-trail.csv",
                                              "CSV (*.csv)")
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        actor, where = self.ctx.require_actor(), self.current_filter()
        self.ctx.ops.db(lambda: self.ctx.services.audit.export_csv(actor, path, where),
                        lambda n: self.status.setText(self.tr("%n record(s) exported", "", n)), self._failed)

    def _failed(self, error: ThanaError) -> None:
        self.status.setText(error_text(error))
