"""Complaints through the real main window, as the SHO's front desk would work them: register (every bad
field told beside it), the list with overdue complaints highlighted and escalated by the clock (moved, never
waited for), the record with its history, assignment and closing, a non-cognizable complaint refused an FIR,
and a cognizable one converted through the FIR form, prefilled, whose FIR record names the e-tag."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.complaints.rules import ComplaintDraft
from app.registers.fir_rules import PartyRef
from app.security.actor import SYSTEM
from app.security.keystore import KeyringKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from tests import factories as F
from tests.factories import PASSWORD
from tests.test_counter_ui import choose
from ui.complaints.form import ComplaintForm
from ui.complaints.page import ComplaintsPage
from ui.complaints.view import ComplaintDialog
from ui.context import AppContext
from ui.counter.columns import OVERDUE
from ui.fonts import load_fonts
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.shell import Shell
from ui.views.fir_record import FirRecordDialog

WAIT_MS = 15_000
MONDAY_10 = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)  # 10:00 in Pakistan


@pytest.fixture
def clock() -> F.Clock:
    return F.Clock(MONDAY_10)


@pytest.fixture
def shell(qapp: QApplication, data_dir: Path, clock: F.Clock) -> Iterator[Shell]:
    """The SHO logged in at a fresh station with an investigating officer (no demo data: it is slow)."""
    load_fonts()
    services: Services = open_services(data_dir, KeyringKeyStore(data_dir), clock)
    language = Language(qapp)
    language.apply("en")
    station_id = F.first_station(services).id
    for username, full_name, role in (("sho.one", "Sho One", Role.SHO),
                                      ("io.one", "Inspector Io", Role.INVESTIGATING_OFFICER)):
        services.users.create(SYSTEM, username=username, full_name=full_name, role=role, password=PASSWORD,
                              station_id=station_id)
    ctx = AppContext(services=services, ops=Ops(), language=language)
    ctx.actor = services.users.login("sho.one", PASSWORD)
    shell = Shell(qapp, ctx, insecure_key=False)
    shell.set_language("en")
    shell.show_main()
    yield shell
    shell.close()
    ctx.ops.shutdown()
    language.apply("en")
    services.close()


def page_of(qtbot: QtBot, shell: Shell) -> tuple[MainWindow, ComplaintsPage]:
    window = shell.window
    assert window is not None and window.complaints is not None
    window.nav.setCurrentRow(window.stack.indexOf(window.complaints))
    qtbot.waitUntil(lambda: window.complaints is not None and window.complaints.isVisible(), timeout=WAIT_MS)
    return window, window.complaints


def press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A shortcut as the user presses it: in the window once it is the active one."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyPress(QApplication.focusWidget() or window, key, modifier)


def ctrl_s(qtbot: QtBot, form: QWidget) -> None:
    press(qtbot, form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def opened_dialog(qtbot: QtBot, page: ComplaintsPage, etag: str) -> ComplaintDialog:
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.record.complaint.etag_no == etag,
                    timeout=WAIT_MS)
    assert page.dialog is not None
    return page.dialog


def test_register_then_overdue_escalation_assignment_and_closing(qtbot: QtBot, shell: Shell, clock: F.Clock) -> None:
    window, page = page_of(qtbot, shell)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ComplaintForm) is not None, timeout=WAIT_MS)
    form = window.findChild(ComplaintForm)
    # Nothing filled in: each problem beside its field, nothing saved.
    ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: bool(form.banner.error), timeout=WAIT_MS)
    slots = form._slots()
    assert slots["category"].label.error == "Choose the kind of complaint."
    assert slots["description"].label.error == "This field is required."
    assert "Find the complainant" in slots["complainant.name_en"].label.error
    choose(form.category, "theft")
    qtbot.keyClicks(form.complainant.name_en, "Zarbakht Nausherwan")
    choose(form.complainant.relation, "s/o")
    qtbot.keyClicks(form.complainant.relative_en, "Nazir Ahmad")
    qtbot.keyClicks(form.complainant.cnic, "3520276543213")
    qtbot.keyClicks(form.description, "My motorcycle was stolen from outside the bank.")
    qtbot.keyClicks(form.place, "Bund Road")
    qtbot.keyClicks(form.occurred_on, "2026-11-31")
    qtbot.keyClicks(form.mobile, "12345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slots["occurred_on"].label.error != "", timeout=WAIT_MS)
    assert slots["occurred_on"].label.error == "Enter a real date, written YYYY-MM-DD."
    form.occurred_on.clear()
    qtbot.keyClicks(form.occurred_on, "2026-11-30")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slots["mobile"].label.error != "", timeout=WAIT_MS)
    assert slots["mobile"].label.error == "A mobile number is written 03XX-XXXXXXX."
    form.mobile.clear()
    qtbot.keyClicks(form.mobile, "0300 1234567")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        ctrl_s(qtbot, form)
    etag = saved.args[0].etag_no
    assert "-261130-E0001-" in etag

    # The record opens by itself; the list shows the complaint, not overdue.
    dialog = opened_dialog(qtbot, page, etag)
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 0).text() == "Received"
    assert dialog.due.text() == "Action promised by 01-12-2026 10:00" and not dialog.due.property("overdue")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    assert page.table.item(0, 0).background().color() != OVERDUE
    dialog.close()

    # A day and a minute later: overdue, highlighted, escalated to the SHO (the button the timer presses).
    clock.now += timedelta(hours=24, minutes=1)
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # the button the timer presses
    qtbot.waitUntil(lambda: page.escalated.text() == f"Escalated: {etag}", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Escalated to the SHO" in page.table.item(0, 5).text(), timeout=WAIT_MS)
    assert page.table.item(0, 5).text() == "Received (overdue) · Escalated to the SHO"
    assert all(page.table.item(0, c).background().color() == OVERDUE for c in range(page.table.columnCount()))
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)

    # Enter on the row opens it: history, assignment to the IO, closing needs its reason.
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = opened_dialog(qtbot, page, etag)
    assert dialog.due.text().startswith("OVERDUE: ") and dialog.due.property("overdue")
    assert [dialog.history.item(r, 0).text() for r in range(dialog.history.rowCount())] == ["Received", "Escalated"]
    qtbot.waitUntil(lambda: dialog.officer.findText("Inspector Io", Qt.MatchFlag.MatchStartsWith) >= 0,
                    timeout=WAIT_MS)
    dialog.officer.setCurrentIndex(dialog.officer.findText("Inspector Io", Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(dialog.assign_note, "Visit the bank today")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 3, timeout=WAIT_MS)
    assert dialog.history.item(2, 3).text() == "Inspector Io: Visit the bank today"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.banner.error), timeout=WAIT_MS)
    assert dialog.display.slots()["note"].label.error == "Write the reason."
    qtbot.keyClicks(dialog.note, "Motorcycle recovered by the complainant's brother")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 4, timeout=WAIT_MS)
    assert not dialog.close_button.isEnabled() and not dialog.convert_button.isEnabled()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT_MS)  # closed: no longer overdue
    dialog.close()


def test_conversion_is_refused_for_a_non_cognizable_complaint_and_links_an_fir_otherwise(
        qtbot: QtBot, shell: Shell) -> None:
    window, page = page_of(qtbot, shell)
    ctx = shell.ctx
    actor = ctx.require_actor()
    complaints = ctx.services.complaints
    dispute = complaints.register(actor, ComplaintDraft(
        category="property_dispute", complainant=PartyRef(draft=F.complainant()), description="Boundary wall"))
    theft = complaints.register(actor, ComplaintDraft(
        category="theft", complainant=PartyRef(person_id=dispute.complainant_id), place="Anarkali Bazaar",
        occurred_on=date(2026, 11, 30), description="My phone was taken from my pocket in the bazaar."))

    page.open_complaint(dispute.id)
    dialog = opened_dialog(qtbot, page, dispute.etag_no)
    assert not dialog.convert_button.isEnabled()  # the button says it; the core refuses it anyway
    dialog.convert()
    qtbot.waitUntil(lambda: bool(dialog.banner.error), timeout=WAIT_MS)
    assert 'A complaint of "Land or property dispute" is not cognizable' in dialog.banner.error
    dialog.close()

    page.open_complaint(theft.id)
    dialog = opened_dialog(qtbot, page, theft.etag_no)
    qtbot.mouseClick(dialog.convert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.fir_form is not None, timeout=WAIT_MS)
    form = dialog.fir_form
    assert form is not None
    assert form.complainant.person_id == theft.complainant_id
    assert form.first_information.text() == theft.description and form.place.text() == "Anarkali Bazaar"
    qtbot.waitUntil(lambda: len(form.sections.section_ids()) == 1, timeout=WAIT_MS)  # PPC 379, from the category
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        ctrl_s(qtbot, form)
    fir = saved.args[0]
    number = f"{fir.serial}/{fir.year}"
    qtbot.waitUntil(lambda: f"FIR registered: {number}" in dialog.summary.text(), timeout=WAIT_MS)
    assert dialog.history.item(dialog.history.rowCount() - 1, 3).text() == f"FIR {number}"
    assert not dialog.convert_button.isEnabled()
    dialog.close()

    # The FIR register's record says which complaint the FIR came from.
    window.open_fir(fir.id)
    qtbot.waitUntil(lambda: window.findChild(FirRecordDialog) is not None, timeout=WAIT_MS)
    record = window.findChild(FirRecordDialog)
    qtbot.waitUntil(lambda: record.from_complaint.text() == f"Registered on complaint e-tag {theft.etag_no}",
                    timeout=WAIT_MS)
    record.close()
