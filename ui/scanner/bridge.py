"""Scanner events from device threads, delivered on the GUI thread.

``QtHandler`` is the Qt face of ``devices.base.Handler``: progress arrives by
queued signal, at most one pending at a time (a download sends hundreds of
updates; the window only needs the latest), and a password question blocks the
scanner thread until the officer answers on the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from devices.base import Progress
from devices.hub import ScannerHub
from devices.scanner import Scanner

ASK_TIMEOUT_S = 300


class QtHandler(QObject):
    progressed = Signal(object)  # the latest devices.base.Progress
    _wake = Signal()
    _ask = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._answer: int | None = None
        self._answered = threading.Event()
        self._wake.connect(self._deliver)
        self._ask.connect(self._ask_on_gui)

    def progress(self, progress: Progress) -> None:
        with self._lock:
            pending, self._latest = self._latest is not None, progress
        if not pending:
            self._wake.emit()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self.progressed.emit(latest)

    def ask_password(self, port: str) -> int | None:
        self._answered.clear()
        self._ask.emit(port)
        # bounded: a window closed while the question is open must not leave the scanner thread hanging
        return self._answer if self._answered.wait(ASK_TIMEOUT_S) else None

    @Slot(str)
    def _ask_on_gui(self, port: str) -> None:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        text, ok = QInputDialog.getText(
            parent, self.tr("Scanner password"),
            self.tr("The scanner on %1 refused its password. Enter the scanner's password (8 hex digits):")
            .replace("%1", port), QLineEdit.EchoMode.Password)
        try:
            self._answer = int(text, 16) if ok and text.strip() else None
        except ValueError:
            self._answer = None
        if self._answer is not None and not 0 <= self._answer <= 0xFFFFFFFF:
            self._answer = None
        self._answered.set()


class ScannerStatus(QObject):
    """The hub's current scanner, announced on the GUI thread."""

    changed = Signal(object)  # Scanner | None

    def __init__(self, hub: ScannerHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        hub.on_change = self.changed.emit  # from the watcher thread: a queued signal to the GUI

    @property
    def current(self) -> Scanner | None:
        return self.hub.current
