"""The scanner page: which scanner is connected, a test capture, and in training the simulated finger."""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from devices.base import ScannerInfo
from devices.errors import ScannerError
from devices.scanner import Scanner
from ui.context import AppContext
from ui.i18n import error_text, tr
from ui.scanner.bridge import ScannerStatus
from ui.scanner.capture_widget import CaptureWidget
from ui.scanner.trainer_panel import TrainerPanel


def describe(scanner: Scanner) -> str:
    return tr(scanner.kind.label(scanner.port))  # the simulated scanner's label is translated


class ScannerView(QWidget):
    _info_ready = Signal(object)  # the finished Future of ScannerInfo

    def __init__(self, ctx: AppContext, status: ScannerStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerView")
        self.status = status
        heading = QLabel(self.tr("Fingerprint scanner"), objectName="heading")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.details = QLabel(objectName="scannerDetails", wordWrap=True)
        self.capture = CaptureWidget(status, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details)
        layout.addWidget(self.capture)
        if ctx.sensor is not None:
            layout.addWidget(TrainerPanel(ctx, ctx.sensor, self))
        layout.addStretch()
        self._info_ready.connect(self._show_info)
        status.changed.connect(self._scanner_changed)
        self._scanner_changed(status.current)

    @Slot(object)
    def _scanner_changed(self, scanner: Scanner | None) -> None:
        if scanner is None:
            self.details.setText(self.tr("No fingerprint scanner is connected."))
            return
        self.details.setText(self.tr("Connected: %1").replace("%1", describe(scanner)))
        scanner.info(self.capture.handler).add_done_callback(self._deliver)

    def _deliver(self, future: Future[ScannerInfo]) -> None:
        try:
            self._info_ready.emit(future)
        except RuntimeError:
            pass  # the page closed first

    @Slot(object)
    def _show_info(self, future: Future[ScannerInfo]) -> None:
        error = future.exception()
        if isinstance(error, ScannerError):
            self.details.setText(error_text(error))
            return
        info = future.result()  # raises a bug to the crash dialog
        scanner = self.status.current
        label = describe(scanner) if scanner is not None else info.port
        self.details.setText(self.tr("Connected: %1. Templates stored in the scanner: %2.")
                             .replace("%1", label).replace("%2", str(info.template_count)))
