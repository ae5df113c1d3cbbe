"""The district watchlist: FIR entries of the other stations of this district, as the national server
sent them. Read-only: they are not this station's register, which only this station writes."""

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

from app.storage.models import WatchlistFir
from sync.status import watchlist
from ui.bidi import isolate_ltr
from ui.sync.controller import SyncController
from ui.sync.status_bar import sync_time


class WatchlistView(QWidget):
    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setObjectName("watchlistView")
        self.table = QTableWidget(0, 7, objectName="watchlistTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Station"), self.tr("FIR No."), self.tr("Entry"), self.tr("Reported"), self.tr("Sections"),
            self.tr("Complainant"), self.tr("Accused")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (5, 6):  # the names share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(objectName="watchlistNote", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("District watchlist"), styleSheet="font-size: 16px; font-weight: bold"))
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        sync.status_changed.connect(self.reload)  # after every cycle (and every local save)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.sync.ops.db(lambda: watchlist(self.sync.db), self._show)

    def _kind(self, kind: str) -> str:
        names = {"original": self.tr("Original"), "correction": self.tr("Correction"),
                 "cancellation": self.tr("Cancellation")}
        return names.get(kind, kind)

    def _show(self, rows: list[WatchlistFir]) -> None:
        self.note.setText(self.tr("FIR entries of the other stations of this district, from the national server. "
                                  "Read-only. %1 shown, newest first.").replace("%1", isolate_ltr(str(len(rows)))))
        self.table.setRowCount(len(rows))
        for r, w in enumerate(rows):
            values = [isolate_ltr(w.station_code), isolate_ltr(w.number), self._kind(w.kind),
                      sync_time(w.reported_at), w.sections, w.complainant, w.accused]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
