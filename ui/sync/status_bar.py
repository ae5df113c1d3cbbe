"""The sync part of the status bar: online or offline, the last successful sync, the pending count, the
problems (a button to the problems panel) and the progress of a running pull."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.clock import format_pkt
from app.errors import ThanaError
from sync.pull import Progress
from sync.status import SyncStatus
from ui.bidi import isolate_ltr
from ui.i18n import error_text
from ui.sync.controller import SyncController


def sync_time(iso: str | None) -> str:
    """A stored UTC time as the station reads it (PKT), kept left-to-right inside Urdu."""
    if not iso:
        return ""
    try:
        return isolate_ltr(format_pkt(datetime.fromisoformat(iso.replace("Z", "+00:00"))))
    except ValueError:  # a pulled record's own text: shown as it came
        return isolate_ltr(iso)


class SyncStatusBar(QWidget):
    problems_requested = Signal()

    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setObjectName("syncStatus")
        self.link = QLabel(objectName="syncLink")
        self.last = QLabel(objectName="syncLast")
        self.pending = QLabel(objectName="syncPending")
        self.problems = QPushButton(objectName="syncProblems", flat=True)
        self.problems.setStyleSheet("color: #a94442; font-weight: bold")
        self.problems.clicked.connect(self.problems_requested)
        self.bar = QProgressBar(objectName="syncProgress", textVisible=False, maximumWidth=80, maximumHeight=10)
        self.bar.setRange(0, 0)  # busy: the size of a first pull is not known before its last page
        self.pulled = QLabel(objectName="syncPulled")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.link, self.bar, self.pulled, self.pending, self.last, self.problems):
            layout.addWidget(widget)
        sync.status_changed.connect(self._show_status)
        sync.online_changed.connect(self._show_link)
        sync.running_changed.connect(self._show_running)
        sync.progress.connect(self._show_progress)
        sync.failed.connect(self._show_failure)
        self._show_running(sync.running)
        self._show_failure(sync.error)
        if sync.status is not None:
            self._show_status(sync.status)
        else:
            self.pending.setText(self.tr("Pending: ..."))
            self.problems.hide()

    @Slot(object)
    def _show_status(self, status: SyncStatus) -> None:
        self._show_link(self.sync.online)
        self.pending.setText(self.tr("Pending: %1").replace("%1", isolate_ltr(str(status.pending))))
        self.last.setText(self.tr("Last sync: %1").replace("%1", sync_time(status.last_success))
                          if status.last_success else self.tr("Never synced"))
        count = len(status.problems) + len(status.drift)
        self.problems.setText(self.tr("Sync problems: %1").replace("%1", isolate_ltr(str(count))))
        self.problems.setVisible(count > 0)

    @Slot(object)
    def _show_link(self, online: bool | None) -> None:
        if self.sync.running:
            self.link.setText(self.tr("Syncing..."))
        elif self.sync.status is not None and not self.sync.status.enrolled:
            self.link.setText(self.tr("Sync: not enrolled"))
        elif online is None:
            self.link.setText(self.tr("Server: not checked yet"))
        else:
            self.link.setText(self.tr("Online") if online else self.tr("Offline"))
        colour = {True: "#2e7d32", False: "#a94442"}.get(online, "#555") if not self.sync.running else "#555"
        self.link.setStyleSheet(f"color: {colour}; font-weight: bold")

    @Slot(bool)
    def _show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.pulled.setVisible(running)
        self.pulled.clear()
        self._show_link(self.sync.online)

    @Slot(object)
    def _show_progress(self, progress: Progress) -> None:
        self.pulled.setText(self.tr("Pulled %1 records, %2 pages")
                            .replace("%1", isolate_ltr(str(progress.records)))
                            .replace("%2", isolate_ltr(str(progress.pages))))

    @Slot(object)
    def _show_failure(self, error: ThanaError | None) -> None:
        self.link.setToolTip(error_text(error) if error is not None else "")
