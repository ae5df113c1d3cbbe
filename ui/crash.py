"""Unexpected errors: a dialog the user can read and a log file for the technician."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from app.logs import MaskingFormatter, mask_cnics

log = logging.getLogger("thana")


def setup_logging(log_dir: Path) -> Path:
    """Log to a file in the data directory; records never hold record contents or secrets."""
    path = log_dir / "thana.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(MaskingFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def show_crash(error: BaseException, log_path: Path | None) -> None:
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Crash", "Unexpected error"),
                      QApplication.translate(
                          "Crash", "Something went wrong inside Thana. Nothing was half-saved: "
                          "the last save either finished or did not happen.\n\nThe details are in the log file:\n{path}"
                      ).format(path=log_path or "-"))
    box.setObjectName("crashDialog")
    box.setDetailedText(mask_cnics("".join(traceback.format_exception(type(error), error, error.__traceback__))))
    box.exec()


def install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_crash(error.with_traceback(tb), log_path)

    sys.excepthook = hook
