"""A lazy, SQL-paged table model: only the rows on screen are ever fetched.

Filtering happens in SQL (FTS5) and hands the model a list of ids; sorting and
filtering never go through QSortFilterProxyModel, which is far too slow at a
million rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class PagedSource(Protocol[Row]):  # type: ignore[misc]
    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> list[Row]: ...

    def rows(self, ids: list[int]) -> list[Row]: ...


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str  # marked with QT_TRANSLATE_NOOP("Columns", ...)
    value: Callable[[Row], str]
    chars: int = 12  # starting width in average characters; the user may resize


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    PAGE = 40  # a screen shows about 28 rows; a search fetches one page of hits
    PAGES_KEPT = 30

    def __init__(self, columns: Sequence[Column[Row]], source: PagedSource[Row],
                 background: Callable[[Row], QColor | None] | None = None) -> None:
        """``background`` colours whole rows that need attention (an overdue application)."""
        super().__init__()
        self.columns = list(columns)
        self.source = source
        self.background = background
        self._ids: list[int] | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self.refresh()

    # --- what the view shows -----------------------------------------------

    def set_filter(self, ids: list[int] | None) -> None:
        """Show only these ids (search hits, in order), or the whole register."""
        self.beginResetModel()
        self._ids = ids
        self._reset_cache()
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        return self._ids is not None

    def refresh(self) -> None:
        self.beginResetModel()
        self._reset_cache()
        self.endResetModel()

    def _reset_cache(self) -> None:
        self._pages.clear()
        self._count = len(self._ids) if self._ids is not None else self.source.count()

    def row_at(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self.PAGE)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def _page(self, page_no: int) -> list[Row]:
        if page_no in self._pages:
            self._pages.move_to_end(page_no)
            return self._pages[page_no]
        start = page_no * self.PAGE
        if self._ids is None:
            rows = self.source.page(start, self.PAGE)
        else:
            rows = self.source.rows(self._ids[start:start + self.PAGE])
        self._pages[page_no] = rows
        if len(self._pages) > self.PAGES_KEPT:
            self._pages.popitem(last=False)
        return rows

    # --- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            row = self.row_at(index.row())
            return None if row is None else self.background(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row_at(index.row())
        return None if row is None else self.columns[index.column()].value(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None
