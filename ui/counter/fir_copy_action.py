"""From an FIR-copy application to the certified copy: the FIR's record window (the copy on screen, PDF in
English or Urdu, print; each copy audited), opened for the FIR the application names. The application's
window calls ``open_fir_copy`` from its "FIR copy" button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.counter.fir_copies import fir_for_application
from app.errors import ThanaError
from app.registers.fir import FirHistory
from app.storage.models import PoliceStation
from ui.context import AppContext
from ui.views.fir_record import FirRecordDialog


def open_fir_copy(ctx: AppContext, application_id: int, station: PoliceStation, parent: QWidget,
                  failed: Callable[[ThanaError], None]) -> None:
    actor = ctx.require_actor()

    def show(history: FirHistory) -> None:
        dialog = FirRecordDialog(ctx, history, station, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ctx.ops.db(lambda: fir_for_application(ctx.services.db, actor, application_id), show, failed)
