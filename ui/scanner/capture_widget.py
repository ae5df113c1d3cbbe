"""Live capture: the image as it arrives, progress, prompts to place and lift, a quality score, cancel."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from devices.base import Capture, Progress, Stage
from devices.errors import CaptureCancelled, ScannerError
from ui.i18n import error_text
from ui.scanner.bridge import QtHandler, ScannerStatus

GOOD_QUALITY, FAIR_QUALITY = 60, 40


def to_pixmap(pixels: np.ndarray) -> QPixmap:
    height, width = pixels.shape
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    # QImage borrows the buffer; copy() gives it its own before ``data`` goes away
    return QPixmap.fromImage(QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8).copy())


class CaptureWidget(QWidget):
    captured = Signal(object)  # devices.base.Capture
    _done = Signal(object)  # the finished Future, from the scanner thread

    def __init__(self, status: ScannerStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureWidget")
        self.status = status
        self.handler = QtHandler(self)
        self.handler.progressed.connect(self._show_progress)
        self._done.connect(self._finished)
        self._cancel: threading.Event | None = None
        self.image = QLabel(objectName="captureImage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(256, 288)
        self.image.setStyleSheet("background: #f4f4f4; border: 1px solid #bbb")
        self.prompt = QLabel(objectName="capturePrompt", wordWrap=True)
        self.progress = QProgressBar(objectName="captureProgress", maximum=100, textVisible=True)
        self.quality = QLabel(objectName="captureQuality")
        self.start_button = QPushButton(self.tr("&Capture"), objectName="captureButton", shortcut=QKeySequence("F5"))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelCapture",
                                         shortcut=QKeySequence("Escape"), enabled=False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        side = QVBoxLayout()
        for widget in (self.prompt, self.progress, self.quality):
            side.addWidget(widget)
        side.addLayout(buttons)
        side.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.image)
        layout.addLayout(side, 1)
        status.changed.connect(self._scanner_changed)
        self._scanner_changed(status.current)

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    @Slot(object)
    def _scanner_changed(self, scanner: object) -> None:
        if self.busy:
            return  # the running capture reports its own end
        self.start_button.setEnabled(scanner is not None)
        self._say(self.tr("Press Capture (F5), then place a finger on the scanner.") if scanner is not None else
                  self.tr("No fingerprint scanner is connected. Plug one in; the rest of Thana works without it."))

    def start(self) -> None:
        scanner = self.status.current
        if scanner is None or self.busy:
            return
        self._cancel = threading.Event()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.quality.clear()
        future = scanner.capture(self.handler, self._cancel)
        future.add_done_callback(self._deliver)

    def _deliver(self, future: Future[Capture]) -> None:
        try:
            self._done.emit(future)
        except RuntimeError:
            pass  # the widget was closed while the scanner finished: nobody is left to tell

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    @Slot(object)
    def _show_progress(self, progress: Progress) -> None:
        if not self.busy:
            return
        prompts = {
            Stage.WAITING_FOR_FINGER: self.tr("Place a finger flat on the scanner."),
            Stage.READING: self.tr("Hold still..."),
            Stage.DOWNLOADING: self.tr("Reading the image: %1%").replace("%1", str(progress.percent)),
            Stage.DONE: self.tr("Lift your finger."),
        }
        self._say(prompts[progress.stage])
        self.progress.setValue(progress.percent)
        if progress.partial is not None:
            self.image.setPixmap(to_pixmap(progress.partial))

    @Slot(object)
    def _finished(self, future: Future[Capture]) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(False)
        self.start_button.setEnabled(self.status.current is not None)
        error = future.exception()
        if error is None:
            self._show_capture(future.result())
        elif isinstance(error, CaptureCancelled):
            self.progress.setValue(0)
            self._say(self.tr("Capture cancelled."))
        elif isinstance(error, ScannerError):
            self.progress.setValue(0)
            self._say(error_text(error), error=True)
        else:
            raise error  # a bug: to the crash dialog

    def _show_capture(self, capture: Capture) -> None:
        self.image.setPixmap(to_pixmap(capture.pixels))
        self.progress.setValue(100)
        if capture.quality >= GOOD_QUALITY:
            verdict, colour = self.tr("good"), "#1e7e34"
        elif capture.quality >= FAIR_QUALITY:
            verdict, colour = self.tr("fair"), "#9a6700"
        else:
            verdict, colour = self.tr("poor: clean the glass and place the finger again"), "#b00020"
        self.quality.setText(self.tr("Quality: %1 / 100 (%2)").replace("%1", str(capture.quality))
                             .replace("%2", verdict))
        self.quality.setStyleSheet(f"color: {colour}; font-weight: bold")
        self._say(self.tr("Lift your finger."))
        self.captured.emit(capture)

    def _say(self, text: str, error: bool = False) -> None:
        self.prompt.setText(text)
        self.prompt.setStyleSheet("color: #b00020" if error else "")

    def shutdown(self) -> None:
        """Cancel a running capture (the window is closing)."""
        self.cancel()
