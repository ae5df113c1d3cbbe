"""An unexpected error: a dialog the user can read, the details in a log file, the form usable again."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.qt_helpers import when_modal
from ui.crash import setup_logging, show_crash
from ui.ops import Ops


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()


def test_a_bug_in_background_work_opens_the_crash_dialog_and_is_logged(qtbot: QtBot, log_path: Path) -> None:
    ops = Ops()
    seen: list[str] = []

    def close_dialog(box: QMessageBox) -> None:
        seen.append(box.objectName())
        seen.append(box.text())
        box.accept()

    ops.crashed.connect(lambda error: show_crash(error, log_path))
    when_modal(QMessageBox, close_dialog)
    with qtbot.waitSignal(ops.crashed, timeout=5000):
        ops.db(lambda: 1 / 0)
    ops.shutdown()
    assert seen and seen[0] == "crashDialog" and str(log_path) in seen[1]
    log = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "unexpected error" in log
