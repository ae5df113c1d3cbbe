"""The sync problems panel: every record the server did not take, with the server's reason for each,
and every scope whose contents disagree with the server's. Read-only; filled from the database."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.status import SyncStatus
from ui.bidi import isolate_ltr
from ui.sync.controller import SyncController


class SyncProblemsView(QWidget):
    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProblemsView")
        self.summary = QLabel(objectName="syncProblemsSummary", wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="syncProblemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("State"), self.tr("Server's reason"),
                                              self.tr("Operation")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sync problems"), styleSheet="font-size: 16px; font-weight: bold"))
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        sync.status_changed.connect(self.show_status)
        if sync.status is not None:
            self.show_status(sync.status)

    def _entity(self, entity: str) -> str:
        names = {"fir": self.tr("FIR"), "diary": self.tr("Diary entry"), "diary_close": self.tr("Diary day closed"),
                 "person": self.tr("Person"), "cro": self.tr("CRO record")}
        return names.get(entity, entity)

    def _state(self, state: str) -> str:
        names = {"rejected": self.tr("Rejected"), "conflict": self.tr("Conflict"), "blocked": self.tr("Blocked")}
        return names.get(state, state)

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        rows = [(f"{self._entity(p.entity)} {isolate_ltr(p.entity_uid[:13])}", self._state(p.state), p.reason,
                 p.op_id) for p in status.problems]
        rows += [(isolate_ltr(d.scope), self.tr("Differs from the server"), d.reason, "") for d in status.drift]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("The national server did not take these records. Each waits here with the "
                                     "server's reason; the entries after a rejected one in the same register wait "
                                     "too. Nothing is deleted.") if rows else self.tr("No sync problems."))
