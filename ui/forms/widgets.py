"""What every register form shares: field rows with a message line, date-time fields with "now",
the display of core errors next to their fields, and a guard that runs one save at a time."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import PKT, now_utc, to_pkt
from app.errors import FieldProblem, ThanaError, ValidationError
from ui.i18n import error_text, problem_text
from ui.ops import Ops

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"  # amber, still readable on white
DATETIME_FORMAT = "dd-MM-yyyy HH:mm"


class MessageLabel(QLabel):
    """A field's problem (red) or warning (amber); takes no space while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._error = ""
        self._warning = ""
        self.hide()

    @property
    def error(self) -> str:
        return self._error

    @property
    def warning(self) -> str:
        return self._warning

    def set_error(self, text: str) -> None:
        self._error = text
        self._show()

    def set_warning(self, text: str) -> None:
        self._warning = text
        self._show()

    def _show(self) -> None:
        text, colour = (self._error, ERROR_COLOUR) if self._error else (self._warning, WARNING_COLOUR)
        self.setText(text)
        self.setStyleSheet(f"color: {colour}")
        self.setVisible(bool(text))


@dataclass
class Slot:
    """Where a field's messages go, and which widget to focus when it is wrong."""

    label: MessageLabel
    focus: QWidget


def rtl_text(text: str) -> bool | None:
    """The direction of the first strong character: True for Urdu, False for English, None if none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def follow_text_direction(edit: QLineEdit) -> None:
    """Right-to-left while the text is Urdu, left-to-right while it is English."""

    def update(text: str) -> None:
        rtl = rtl_text(text)
        if rtl is None:
            edit.unsetLayoutDirection()
        else:
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    edit.textChanged.connect(update)


def fixed_direction(widget: QWidget, rtl: bool) -> QWidget:
    """Urdu-only fields run right to left, numbers and English names left to right, in either UI."""
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return widget


class TextArea(QPlainTextEdit):
    """Multi-line text in Urdu or English: each paragraph takes the direction of its own text;
    Tab moves to the next field."""

    def __init__(self, rows: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * rows + 12)
        self._auto_direction()

    def _auto_direction(self) -> None:
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._auto_direction()  # Qt forces the widget's direction on every paragraph otherwise

    def text(self) -> str:
        return self.toPlainText()


class FormGrid(QGridLayout):
    """Rows of label + field with a message line under each field, in one or more column pairs."""

    def __init__(self, pairs: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs = pairs
        self.row = 0
        self.slots: dict[str, Slot] = {}
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(4)
        for pair in range(pairs):
            self.setColumnStretch(2 * pair + 1, 1)

    def add_row(self, *cells: tuple[str, QWidget, str | None], full: bool = False) -> list[QLabel]:
        """Each cell is (label text with &mnemonic, field, field name or None); ``full`` spans the row."""
        labels = []
        for pair, (text, field, name) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(field)
            tall = isinstance(field, QPlainTextEdit) or field.sizeHint().height() > 2 * label.sizeHint().height()
            align = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | align)
            span = 2 * (self.pairs - pair) - 1 if full and pair == len(cells) - 1 else 1
            self.addWidget(label, self.row, 2 * pair, align)
            self.addWidget(field, self.row, 2 * pair + 1, 1, span)
            if name is not None:
                message = MessageLabel()
                self.addWidget(message, self.row + 1, 2 * pair + 1, 1, span)
                self.slots[name] = Slot(message, field)
            labels.append(label)
        self.row += 2
        return labels

    def add_wide(self, widget: QWidget, name: str | None = None) -> None:
        """A widget across every column (a sub-form, a hint list)."""
        self.addWidget(widget, self.row, 0, 1, 2 * self.pairs)
        if name is not None:
            message = MessageLabel()
            self.addWidget(message, self.row + 1, 0, 1, 2 * self.pairs)
            self.slots[name] = Slot(message, widget)
        self.row += 2


def hbox(*items: QWidget | int, margins: int = 0) -> QWidget:
    """Widgets side by side in one field cell; an int is a stretch factor."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(margins, margins, margins, margins)
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
        else:
            layout.addWidget(item)
    return box


def chain_focus(widgets: Sequence[QWidget]) -> None:
    """Tab visits these widgets in this order (top to bottom of the form)."""
    focusable = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for first, second in zip(focusable, focusable[1:], strict=False):
        QWidget.setTabOrder(first, second)


class ProblemDisplay:
    """Shows a core error: each field problem next to its field, the rest in the top message line."""

    def __init__(self, banner: MessageLabel, slots: Callable[[], dict[str, Slot]],
                 scroll: QScrollArea | None = None) -> None:
        self.banner, self.slots, self.scroll = banner, slots, scroll

    def clear(self) -> None:
        self.banner.set_error("")
        for slot in self.slots().values():
            slot.label.set_error("")

    def show(self, error: ThanaError) -> None:
        self.clear()
        if not isinstance(error, ValidationError):
            self.banner.set_error(error_text(error))
            return
        slots = self.slots()
        texts: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for problem in error.problems:
            (texts.setdefault(problem.field, []) if problem.field in slots else unplaced).append(
                problem_text(problem))
        for name, lines in texts.items():
            slots[name].label.set_error("\n".join(dict.fromkeys(lines)))
        self.banner.set_error("\n".join([error_text(error), *unplaced]))
        first = next((slots[p.field] for p in error.problems if p.field in slots), None)
        if first is not None:
            first.focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.scroll is not None:
                self.scroll.ensureWidgetVisible(first.focus, 40, 80)

    def warn(self, slot: Slot, problems: list[FieldProblem]) -> None:
        slot.label.set_warning("\n".join(problem_text(p) for p in problems))


class DateTimeField(QWidget):
    """A date and time in Pakistan time, read and written as aware UTC datetimes.

    F2 (or the Now button) sets the current time. An optional field has a "known" box; while it
    is unticked the value is None."""

    changed = Signal()

    def __init__(self, optional: bool = False, known_text: str = "", clock: Callable[[], datetime] = now_utc,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(QTimeZone.utc())  # holds Pakistan wall time; converted with zoneinfo below
        # Left to right before the format is set: Qt orders the sections by the direction at that moment,
        # and "dd-MM-yyyy HH:mm" must never mirror.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat(DATETIME_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00-00-0000 00:00") + 48)
        self.now_button = QToolButton()
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the current date and time (F2)"))
        self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_button.clicked.connect(self.set_now)
        self.known: QCheckBox | None = QCheckBox(known_text or self.tr("known")) if optional else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.known is not None:
            layout.addWidget(self.known)
            self.known.toggled.connect(self._known_toggled)
            self.known.installEventFilter(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.setFocusProxy(self.known or self.edit)
        self.edit.installEventFilter(self)
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        self._set_wall(to_pkt(self.clock()))
        self._known_toggled(self.known is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.type() == QEvent.Type.KeyPress:
                    self.set_now()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _known_toggled(self, known: bool) -> None:
        self.edit.setEnabled(known)
        if known and self.known is not None and self.known.hasFocus():
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _set_wall(self, wall: datetime) -> None:
        self.edit.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute),
                                        QTimeZone.utc()))

    def set_now(self) -> None:
        if self.known is not None:
            self.known.setChecked(True)
        self._set_wall(to_pkt(self.clock()))
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def value(self) -> datetime | None:
        if self.known is not None and not self.known.isChecked():
            return None
        qdt = self.edit.dateTime()
        day, time = qdt.date(), qdt.time()
        wall = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=PKT)
        return wall.astimezone(UTC)

    def set_value(self, value: datetime | None) -> None:
        if value is not None:
            self._set_wall(to_pkt(value))
        if self.known is not None:
            self.known.setChecked(value is not None)

    def focus_chain(self) -> list[QWidget]:
        return [w for w in (self.known, self.edit) if w is not None]


class Submitter(QObject):
    """Runs one save at a time on the DB worker with the form disabled; a second press does nothing.

    Typed errors go to ``on_failure``; an unexpected error still reaches the crash dialog (through
    Ops.crashed) and re-enables the form through ``on_crash``."""

    def __init__(self, ops: Ops, form: QWidget, on_success: Callable[[Any], None],
                 on_failure: Callable[[ThanaError], None], on_crash: Callable[[], None]) -> None:
        super().__init__(form)
        self.ops, self.form = ops, form
        self.on_success, self.on_failure, self.on_crash = on_success, on_failure, on_crash
        self._pending: dict[str, BaseException] | None = None
        self._focus: QWidget | None = None
        ops.crashed.connect(self._crashed)

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def submit(self, work: Callable[[], Any]) -> bool:
        if self._pending is not None:
            return False
        pending: dict[str, BaseException] = {}
        self._pending = pending

        def run() -> Any:
            try:
                return work()
            except Exception as exc:
                pending["error"] = exc  # recorded before Ops reports it, so a crash can be told apart
                raise

        self._focus = QApplication.focusWidget()
        self.form.setEnabled(False)
        self.ops.db(run, lambda result: self._done(self.on_success, result),
                    lambda error: self._done(self.on_failure, error))
        return True

    def _release(self) -> None:
        self._pending = None
        self.form.setEnabled(True)
        if self._focus is not None and self._focus.isVisible():
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self, callback: Callable[[Any], None], value: Any) -> None:
        self._release()
        callback(value)

    def _crashed(self, error: BaseException) -> None:
        if self._pending is not None and self._pending.get("error") is error:
            self._release()
            self.on_crash()


def save_buttons(dialog: QDialog, save_text: str, name: str,
                 submit: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel of a register form: Ctrl+S saves, Esc cancels, Enter in a field never saves."""
    buttons = QDialogButtonBox()
    save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setObjectName(name)
    save.setToolTip(QCoreApplication.translate("FormButtons", "Save (Ctrl+S)"))
    # Qt ships no Urdu catalogue, so the standard button gets our own text.
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("FormButtons", "Cancel"))
    for button in buttons.buttons():  # Enter in a half-typed form must not save it
        button.setAutoDefault(False)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence("Ctrl+S"), dialog, submit)
    return buttons, save


def scrolled_form(dialog: QDialog, banner: QWidget, body: QWidget, save_text: str, name: str,
                  submit: Callable[[], None]) -> tuple[QScrollArea, QPushButton]:
    """A register form's frame: the message banner, the fields scrolling under it, then Save and Cancel."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    buttons, save = save_buttons(dialog, save_text, name, submit)
    layout = QVBoxLayout(dialog)
    layout.addWidget(banner)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    return scroll, save
