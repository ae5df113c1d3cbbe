"""Choosing offence sections: type a number or words, Enter adds, Delete removes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage.models import OffenceSection

ID_ROLE = Qt.ItemDataRole.UserRole
_NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _haystack(s: OffenceSection) -> str:
    return " ".join((s.section, s.law.code, s.law.short_en, s.law.short_ur, s.title_en, s.title_ur)).casefold()


def filter_sections(sections: list[OffenceSection], query: str) -> list[OffenceSection]:
    """Sections holding every typed word; an exact section number first, then numbers starting with it."""
    terms = query.casefold().split()
    found: list[tuple[int, int, OffenceSection]] = []
    for index, s in enumerate(sections):
        haystack = _haystack(s)
        if not all(t in haystack for t in terms):
            continue
        number = s.section.casefold()
        rank = 0 if number in terms else 1 if any(number.startswith(t) for t in terms) else 2
        found.append((rank, index, s))
    return [s for _rank, _index, s in sorted(found, key=lambda f: (f[0], f[1]))]


class SectionPicker(QWidget):
    """Search box, matching sections (with cognizable/bailable), and the chosen list."""

    changed = Signal()

    def __init__(self, urdu: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.urdu = urdu
        self._sections: dict[int, OffenceSection] = {}
        self._order: list[OffenceSection] = []
        self.search = QLineEdit(objectName="sectionSearch")
        self.search.setPlaceholderText(self.tr("Number or words, e.g. 379 or theft; Enter adds"))
        self.search.setClearButtonEnabled(True)
        self.matches = QTreeWidget(objectName="sectionMatches")
        self.matches.setHeaderLabels([self.tr("Section"), self.tr("Offence"), self.tr("Cognizable"),
                                      self.tr("Bailable")])
        self.matches.setRootIsDecorated(False)
        self.matches.setUniformRowHeights(True)
        self.matches.setAlternatingRowColors(True)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.matches.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chosen = QListWidget(objectName="sectionsChosen")
        self.chosen.setAlternatingRowColors(True)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        rows = max(self.fontMetrics().lineSpacing(), 18)
        self.matches.setMinimumHeight(rows * 7)
        self.chosen.setMinimumHeight(rows * 4)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.matches)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Chosen (Delete removes):")))
        right.addWidget(self.chosen)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._refilter)
        self.matches.itemDoubleClicked.connect(lambda _item, _col: self.add_current())
        for widget in (self.search, self.matches, self.chosen):
            widget.installEventFilter(self)

    # --- data ----------------------------------------------------------------

    def set_sections(self, sections: list[OffenceSection]) -> None:
        self._order = list(sections)
        self._sections = {s.id: s for s in sections}
        self._refilter()

    def section_ids(self) -> list[int]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def set_section_ids(self, ids: list[int]) -> None:
        self.chosen.clear()
        for section_id in ids:
            self._add(section_id)

    def focus_chain(self) -> list[QWidget]:
        return [self.search, self.matches, self.chosen, self.remove_button]

    # --- text ------------------------------------------------------------------

    def _title(self, s: OffenceSection) -> tuple[str, str]:
        if self.urdu:
            return f"{s.section} {s.law.short_ur}", s.title_ur or s.title_en
        return f"{s.section} {s.law.short_en}", s.title_en

    def _flags(self, s: OffenceSection) -> tuple[str, str]:
        return (self.tr("cognizable") if s.cognizable else self.tr("non-cognizable"),
                self.tr("bailable") if s.bailable else self.tr("non-bailable"))

    def describe(self, s: OffenceSection) -> str:
        number, title = self._title(s)
        cognizable, bailable = self._flags(s)
        return f"{number}: {title} ({cognizable}, {bailable})"

    # --- behaviour -------------------------------------------------------------

    def _refilter(self) -> None:
        self.matches.clear()
        for s in filter_sections(self._order, self.search.text()):
            item = QTreeWidgetItem([*self._title(s), *self._flags(s)])
            item.setData(0, ID_ROLE, s.id)
            if not s.bailable:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            self.matches.addTopLevelItem(item)
        if self.matches.topLevelItemCount():
            self.matches.setCurrentItem(self.matches.topLevelItem(0))

    def add_current(self) -> None:
        item = self.matches.currentItem() or self.matches.topLevelItem(0)
        if item is None:
            return
        self._add(item.data(0, ID_ROLE))
        self.search.selectAll()
        self.changed.emit()

    def _add(self, section_id: int) -> None:
        for i in range(self.chosen.count()):
            if self.chosen.item(i).data(ID_ROLE) == section_id:
                self.chosen.setCurrentRow(i)
                return
        section = self._sections.get(section_id)
        item = QListWidgetItem(self.describe(section) if section else str(section_id))
        item.setData(ID_ROLE, section_id)
        self.chosen.addItem(item)
        self.chosen.setCurrentItem(item)

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        self.chosen.takeItem(row)
        self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search and key in _NAVIGATION:
            # Arrows in the search box walk the matches; typing goes on in the box.
            QApplication.sendEvent(self.matches, QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers()))
            return True
        if watched in (self.search, self.matches) and key in _ENTER:  # adds; never submits the form
            self.add_current()
            return True
        if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)
