"""The daily counter report through the real window: opened from the counter page, the figures per service and
the overdue cases in red for the chosen day, an earlier day chosen, the PDF in English and Urdu, and the screen
in Urdu. The clock is injected and moved, never waited on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.counter.applications import ApplicationDraft
from app.registers.persons import PersonDraft
from tests import factories as F
from tests import test_counter_ui as counter_ui
from tests.test_counter_ui import WAIT_MS, Clock, page_of
from ui.counter.columns import OVERDUE
from ui.counter.report_screen import DailyReportDialog
from ui.main_window import MainWindow
from ui.shell import Shell

TUESDAY_10 = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)  # 10:00 in Pakistan
# The counter clerk at a fresh station, as the counter window tests have them.
clock, shell, window = counter_ui.clock, counter_ui.shell, counter_ui.window
FIR_COPY = {"fir_number": "3", "fir_year": "2026", "police_station": "Model Town", "relation": "complainant"}


def receive_fir_copies(window: MainWindow, clock: Clock) -> tuple[int, str]:
    """Two FIR copies at 10:00: one ready at 10:30, one left open (due 11:00); the clock then reads 12:00."""
    ctx = window.ctx
    apps, actor = ctx.services.counter.applications, ctx.require_actor()
    clock.now = TUESDAY_10
    ids = [apps.receive(actor, ApplicationDraft(
        service_code="fir_copy", applicant=PersonDraft(name_en="Saima Bibi", cnic=cnic), values=FIR_COPY,
        documents=[0], language="en")) for cnic in ("3520211111112", "3520211111122")]
    clock.now += timedelta(minutes=30)
    F.make_ready(ctx.services, actor, ids[0].id)
    clock.now = TUESDAY_10 + timedelta(hours=2)
    return ids[1].id, ids[1].tracking_no


def opened(qtbot: QtBot, window: MainWindow) -> DailyReportDialog:
    page = page_of(window)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(DailyReportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    return dialog


def cells(dialog: DailyReportDialog, table: str) -> list[list[str]]:
    t = dialog.overdue if table == "overdue" else dialog.figures
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_report_on_screen_and_as_pdf(qtbot: QtBot, window: MainWindow, clock: Clock, tmp_path: Path) -> None:
    late_id, tracking = receive_fir_copies(window, clock)
    dialog = opened(qtbot, window)
    assert dialog.day.date() == QDate(2026, 12, 1) and dialog.day.maximumDate() == QDate(2026, 12, 1)
    assert cells(dialog, "figures") == [["Copy of FIR", "2", "1", "30 min", "30 min", "1"],
                                        ["All services", "2", "1", "30 min", "30 min", "1"]]
    (row,) = cells(dialog, "overdue")
    assert tracking in row[0] and row[1:4] == ["Copy of FIR", "Saima Bibi", "Received"] and row[5] == "1 h 0 min"
    assert dialog.overdue.item(0, 0).background().color() == OVERDUE
    assert "overdue 1" in dialog.summary.text()
    assert dialog.report is not None and dialog.report.overdue[0].application_id == late_id

    pdf = dialog.write_pdf(tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Daily Counter Report" in text and "01-12-2026" in text and "TRAINING" not in text
    assert tracking in text and "Copy of FIR" in text and "30 min" in text and "Median turnaround" in text
    assert "Saima Bibi" in text and "1 h 0 min" in text

    # The day before: nothing received, nothing overdue; the PDF says so.
    with qtbot.waitSignal(dialog.shown, timeout=WAIT_MS) as shown:
        dialog.day.setDate(QDate(2026, 11, 30))
    assert shown.args[0].total.received == 0 and cells(dialog, "figures") == [
        ["All services", "0", "0", "-", "-", "0"]]
    assert dialog.overdue.rowCount() == 0
    empty = " ".join(p.extract_text() for p in PdfReader(dialog.write_pdf(tmp_path / "empty.pdf")).pages)
    assert "No case was overdue." in " ".join(empty.split())
    with qtbot.waitSignal(dialog.shown, timeout=WAIT_MS):
        dialog.day.setDate(QDate(2026, 12, 2))  # past the maximum: the date edit stops at today
    assert dialog.day.date() == QDate(2026, 12, 1)
    dialog.refresh()
    dialog.close()  # before the figures are back: they are dropped, not shown on a deleted dialog


def test_in_urdu_the_report_speaks_urdu(qtbot: QtBot, shell: Shell, clock: Clock) -> None:
    assert shell.window is not None
    receive_fir_copies(shell.window, clock)
    shell.window.language_requested.emit("ur")
    assert shell.window is not None and shell.ctx.urdu
    dialog = opened(qtbot, shell.window)
    name_ur = shell.ctx.services.counter.catalogue.get("fir_copy").name_ur
    first = cells(dialog, "figures")[0]
    assert first[0] == name_ur and first[3] == "30 منٹ"
    assert cells(dialog, "overdue")[0][5] == "1 گھنٹے 0 منٹ"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.close()
