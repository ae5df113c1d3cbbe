"""FIR saves timed from submit to committed.

The real ``FirForm`` is filled with ``set_draft`` and submitted; the clock stops
when it emits ``saved`` (after the commit on the DB worker).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.registers.fir_rules import FirDraft
from ui.context import AppContext
from ui.forms.fir_form import FirForm

SAVES = 32
TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class SaveTimes:
    first_ms: float  # the process's first save: statements compiled, caches filled
    ms: list[float]  # the saves after it


class Waiter:
    """A local event loop that ends on ``done`` or a timeout."""

    def __init__(self) -> None:
        self.loop = QEventLoop()
        self.result: list[Any] = []
        self.timer = QTimer(singleShot=True, interval=TIMEOUT_MS)
        self.timer.timeout.connect(self.loop.quit)

    def done(self, value: Any) -> None:
        self.result.append(value)
        self.loop.quit()

    def wait(self) -> bool:
        if not self.result:
            self.timer.start()
            self.loop.exec()
            self.timer.stop()
        return bool(self.result)


def wait_idle(app: QApplication, ctx: AppContext) -> None:
    """Let background work (the form's section and officer lists) finish and deliver."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not ctx.ops.idle and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def form_save_ms(app: QApplication, ctx: AppContext, draft: FirDraft) -> float:
    form = FirForm(ctx)
    try:
        wait_idle(app, ctx)
        form.set_draft(draft)
        waiter = Waiter()
        form.saved.connect(waiter.done)
        started = time.perf_counter()
        form.submit()
        if not waiter.wait():
            raise RuntimeError(f"the form did not save: {form.banner.text() or 'no message'}")
        return 1000 * (time.perf_counter() - started)
    finally:
        form.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # processEvents leaves them


def measure(app: QApplication, ctx: AppContext, drafts: Iterator[FirDraft]) -> SaveTimes:
    """A first save, reported apart, then ``SAVES`` more."""
    ms = [form_save_ms(app, ctx, next(drafts)) for _ in range(SAVES + 1)]
    return SaveTimes(ms[0], ms[1:])
