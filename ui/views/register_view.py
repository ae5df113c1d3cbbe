"""One register on screen: a search box over a lazily paged table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.errors import ThanaError
from ui.i18n import error_text
from ui.models.paged_table import PagedTableModel
from ui.models.registers import RegisterSource
from ui.ops import Ops

SEARCH_DELAY_MS = 250


class RegisterView(QWidget):
    """Typing searches in SQL after a short pause; Enter on a row opens it."""

    opened = Signal(int)  # the id of the row's record (FIR root / diary entry)
    search_done = Signal(int)  # number of hits, for tests and the status line

    def __init__(self, title: str, model: PagedTableModel[Any], source: RegisterSource[Any], ops: Ops,
                 row_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.source, self.ops = model, source, ops
        self.title = QLabel(title)
        self.title.setObjectName("registerTitle")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, CNIC, FIR No. such as 123/2026, section, words"))
        self.status = QLabel()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        average = self.table.fontMetrics().averageCharWidth()
        for i, column in enumerate(model.columns):
            self.table.setColumnWidth(i, column.chars * average + 16)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.search, self.table, self.status):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self._show_count()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self.model.set_filter(None)
            self._show_count()
            self.search_done.emit(self.model.rowCount())
            return
        self.ops.db(lambda: self.source.search(text), lambda ids: self._show_hits(text, ids), self._failed)

    def _show_hits(self, text: str, ids: list[int]) -> None:
        if text != self.search.text().strip():
            return  # the user kept typing; a newer search is on its way
        self.model.set_filter(ids)
        self.status.setText(self.tr("%n record(s) found", "", len(ids)))
        if ids:
            self.table.selectRow(0)
        self.search_done.emit(len(ids))

    def _failed(self, error: ThanaError) -> None:
        self.status.setText(error_text(error))

    def _show_count(self) -> None:
        self.status.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    def refresh(self) -> None:
        if self.model.filtered:
            self.run_search()
        else:
            self.model.refresh()
            self._show_count()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._record_id(rows[0].row()) if rows else None

    def _record_id(self, row: int) -> int | None:
        item = self.model.row_at(row)
        return None if item is None else self.source.key(item)

    def _activated(self, index: Any) -> None:
        record_id = self._record_id(index.row())
        if record_id is not None:
            self.opened.emit(record_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
