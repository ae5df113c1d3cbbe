"""Helpers for driving modal dialogs, whose exec() blocks the test's own code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Run ``act`` on the next visible modal widget of this kind, from inside its event loop."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
