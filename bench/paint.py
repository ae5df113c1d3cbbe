"""Waiting for a widget's first paint, and timing the FIR register's first page.

The viewport's paint asks the model for the visible rows, which fetches the
first page from SQL, so "painted" means fetched and drawn.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import AppContext
from ui.main_window import ROW_HEIGHT
from ui.models.paged_table import PagedTableModel
from ui.models.registers import fir_columns, fir_source
from ui.views.register_view import RegisterView

TIMEOUT_S = 30.0


class PaintWatch(QObject):
    """Notes the first paint event a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return super().eventFilter(watched, event)


def wait_painted(app: QApplication, watch: PaintWatch) -> None:
    """Process events until the watched widget has been painted (the paint handler has returned)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not watch.painted:
        if time.monotonic() > deadline:
            raise TimeoutError("the widget was never painted")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def first_paint_ms(app: QApplication, ctx: AppContext) -> float:
    """Build the FIR register view as the main window does, show it, and wait for its first page."""
    actor = ctx.require_actor()
    assert actor.station_id is not None
    started = time.perf_counter()
    source = fir_source(ctx.services.queries, actor)
    view = RegisterView("Register No. I", PagedTableModel(fir_columns(ctx.urdu), source), source, ctx.ops,
                        ROW_HEIGHT[ctx.urdu])
    watch = PaintWatch(view.table.viewport())
    view.resize(1100, 760)
    view.show()
    wait_painted(app, watch)
    elapsed = 1000 * (time.perf_counter() - started)
    view.close()
    view.deleteLater()
    return elapsed
