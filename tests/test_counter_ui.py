"""The counter through the real windows, as counter staff would work it: issue and call tokens (the queue
screen follows), receive an application with its checklist (every bad field told beside it), the fee
receipt as PDF, the status timeline to hand-over with feedback, the list's filters, search and overdue
highlighting. The clock is injected: overdue comes from moving it, never from waiting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app.biometrics.synthetic import finger_seed, impression
from app.fingerprints.identification import Purpose
from app.security.actor import SYSTEM
from app.security.keystore import KeyringKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from tests import factories as F
from tests.factories import PASSWORD
from ui.context import AppContext
from ui.counter.application_form import ApplicationForm
from ui.counter.application_view import ApplicationDialog
from ui.counter.columns import OVERDUE
from ui.counter.page import CounterPage
from ui.fonts import load_fonts
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.shell import Shell

WAIT_MS = 15_000


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shell(qapp: QApplication, data_dir: Path, clock: Clock) -> Iterator[Shell]:
    """Counter staff logged in at a fresh station (no demo data: building it is slow)."""
    load_fonts()
    services: Services = open_services(data_dir, KeyringKeyStore(data_dir), clock)
    language = Language(qapp)
    language.apply("en")
    station_id = F.first_station(services).id
    services.users.create(SYSTEM, username="counter.clerk", full_name="Counter Clerk", role=Role.COUNTER_STAFF,
                          password=PASSWORD, station_id=station_id)
    ctx = AppContext(services=services, ops=Ops(), language=language)
    ctx.actor = services.users.login("counter.clerk", PASSWORD)
    shell = Shell(qapp, ctx, insecure_key=False)
    shell.set_language("en")
    shell.show_main()
    yield shell
    shell.close()
    ctx.ops.shutdown()
    language.apply("en")
    services.close()


@pytest.fixture
def window(shell: Shell) -> MainWindow:
    assert shell.window is not None
    return shell.window


def page_of(window: MainWindow) -> CounterPage:
    assert window.counter is not None
    assert window.stack.currentWidget() is window.counter  # the counter role's only page
    return window.counter


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def message_of(form: ApplicationForm, field: str) -> str:
    return form._slots()[field].label.error


def test_tokens_and_the_queue_screen(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window)
    for code, label in (("character_certificate", "CC-001"), ("fir_copy", "FC-001"),
                        ("character_certificate", "CC-002")):
        choose(page.token_service, code)
        qtbot.mouseClick(page.buttons["issueToken"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda label=label: page.issued.text().endswith(label), timeout=WAIT_MS)
    screen = page.open_queue_screen()
    qtbot.waitExposed(screen)
    window.activateWindow()  # the keys go to the counter's own window, the screen faces the waiting room
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    page.buttons["callNext"].setFocus()
    page.counter_no.setValue(2)
    with qtbot.waitSignal(screen.shown, timeout=WAIT_MS) as shown:
        qtbot.keyClick(page.buttons["callNext"], Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: page.now_serving.text().endswith("CC-001"), timeout=WAIT_MS)
    with qtbot.waitSignal(screen.shown, timeout=WAIT_MS) as shown:
        screen.refresh()
    board = shown.args[0]
    assert [(c.counter_no, c.label) for c in board.called] == [(2, "CC-001")]
    assert board.waiting == ["FC-001", "CC-002"]
    assert screen.findChild(QLabel, "calledAt2").text() == "CC-001"
    assert "FC-001" in screen.upcoming.text()
    qtbot.keyClick(page.buttons["skip"], Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: page.now_serving.text() == "Skipped: CC-001", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.findChild(QLabel, "calledAt2") is None, timeout=WAIT_MS)
    assert screen.problem.text() == ""
    qtbot.keyClick(page.buttons["recall"], Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: page.now_serving.text() == "Now serving: CC-001", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.findChild(QLabel, "calledAt2") is not None, timeout=WAIT_MS)
    page.counter_no.setValue(1)
    qtbot.mouseClick(page.buttons["callNext"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.now_serving.text().endswith("FC-001"), timeout=WAIT_MS)
    qtbot.mouseClick(page.buttons["callNext"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.buttons["callNext"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.token_message.text() == "No one is waiting.", timeout=WAIT_MS)
    screen.close()


def test_an_application_from_token_to_hand_over(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = page_of(window)
    choose(page.token_service, "character_certificate")
    qtbot.mouseClick(page.buttons["issueToken"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.issued.text().endswith("CC-001"), timeout=WAIT_MS)
    qtbot.mouseClick(page.buttons["callNext"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.called is not None, timeout=WAIT_MS)

    form = page.open_form()
    assert form.findChild(QLabel, "formToken").text() == "Token CC-001"
    assert form.service.currentData() == "character_certificate"  # the token's service
    fields = form.fields
    assert fields is not None and len(fields.documents) == 6  # the catalogue's checklist
    # Nothing filled in: every problem beside its field, nothing saved.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.banner.error), timeout=WAIT_MS)
    assert message_of(form, "mobile") == "This field is required."
    assert message_of(form, "purpose") == "This field is required."
    assert "Find the applicant" in message_of(form, "applicant")
    assert "required document" in message_of(form, "documents")
    # The applicant is not in the person index yet: found by nothing, entered new.
    qtbot.keyClicks(form.identifier, "35202-1234567-1")
    qtbot.mouseClick(form.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not in the person index" in form.found.text(), timeout=WAIT_MS)
    qtbot.keyClicks(form.name_en, "Bilal Ahmed")
    choose(form.relation, "s/o")
    qtbot.keyClicks(form.relative, "Ahmed Din")
    choose(fields.inputs["purpose"], "visa")  # type: ignore[arg-type]
    qtbot.keyClicks(fields.inputs["residence_district"], "Lahore")  # type: ignore[arg-type]
    qtbot.keyClicks(fields.inputs["mobile"], "12345")  # type: ignore[arg-type]
    form.on_behalf.setChecked(True)
    qtbot.keyClicks(form.agent_name, "Ahmed Din")
    qtbot.keyClicks(form.agent_cnic, "35202-765")
    for i in (0, 1, 2):
        fields.documents[i].setChecked(True)
    form.banner.set_error("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.banner.error), timeout=WAIT_MS)
    assert message_of(form, "mobile") == "A mobile number is written 03XX-XXXXXXX."
    assert message_of(form, "agent_cnic") != "" and message_of(form, "agent_relation") != ""
    assert message_of(form, "documents") == ""
    fields.inputs["mobile"].clear()  # type: ignore[union-attr]
    qtbot.keyClicks(fields.inputs["mobile"], "0300 1234567")  # type: ignore[arg-type]
    form.agent_cnic.clear()
    qtbot.keyClicks(form.agent_cnic, "3520298765431")
    choose(form.agent_relation, "father")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    application = saved.args[0]

    # The record opens by itself: checklist, timeline, due time, the receipt.
    qtbot.waitUntil(lambda: window.findChild(ApplicationDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(ApplicationDialog)
    ticks = [dialog.checklist.item(i).text()[0] for i in range(dialog.checklist.count())]
    assert ticks == ["✔", "✔", "✔", "–", "–", "–"]
    assert dialog.timeline.rowCount() == 1 and dialog.timeline.item(0, 0).text() == "Received"
    assert dialog.due.text().startswith("Due by") and not dialog.due.property("overdue")
    pdf = dialog.write_receipt(tmp_path / "receipt.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert application.tracking_no in text and "Fee Receipt" in text and "Rs 500" in text
    assert "Bilal Ahmed" in text and "35202-9876543-1" in text

    # A rejection needs its reason; a certificate is ready only through its checks; hand-over needs the rating.
    choose(dialog.next_status, "rejected")
    qtbot.mouseClick(dialog.record_step, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.banner.error), timeout=WAIT_MS)
    assert dialog.display.slots()["note"].label.error == "This field is required."
    assert not dialog.handover_box.isEnabled()
    choose(dialog.next_status, "ready")
    qtbot.mouseClick(dialog.record_step, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "record checks" in dialog.banner.error, timeout=WAIT_MS)
    # The checks with a counter fingerprint search (test_counter_certificate_ui takes it through the window).
    actor, services = window.ctx.require_actor(), window.ctx.services
    check = services.identification.identify(actor, impression(finger_seed("nobody", 2), 0).pixels, 500,
                                             place="Counter 1", purpose=Purpose.COUNTER)
    services.counter.verification.verify(actor, application.id, check.uid)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 3, timeout=WAIT_MS)
    assert dialog.handover_box.isEnabled() and dialog.next_status.count() == 0
    qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.display.slots()["rating"].label.error), timeout=WAIT_MS)
    choose(dialog.rating, 4)
    qtbot.keyClicks(dialog.comment, "Quick and polite")
    qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 4, timeout=WAIT_MS)
    assert dialog.timeline.item(3, 0).text() == "Handed over"
    assert dialog.timeline.item(3, 3).text() == "Feedback 4/5 Quick and polite"
    assert not dialog.handover_box.isEnabled()
    dialog.close()


def _receive(window: MainWindow, service: str, values: dict[str, str], documents: list[int]) -> None:
    from app.counter.applications import ApplicationDraft
    from app.registers.persons import PersonDraft
    ctx = window.ctx
    ctx.services.counter.applications.receive(ctx.require_actor(), ApplicationDraft(
        service_code=service, applicant=PersonDraft(name_en="Saima Bibi", cnic="3520211111112"),
        values=values, documents=documents, language="en"))


def test_the_list_filters_searches_and_marks_overdue(qtbot: QtBot, window: MainWindow, clock: Clock) -> None:
    page = page_of(window)
    _receive(window, "fir_copy", {"fir_number": "3", "fir_year": "2026", "police_station": "Model Town",
                                  "relation": "complainant"}, [0])
    _receive(window, "character_certificate", {"purpose": "study", "residence_district": "Lahore",
                                               "mobile": "03001112223"}, [0, 1, 2])
    page.list.refresh()
    model = page.list.model
    assert model.rowCount() == 2
    clock.now += timedelta(hours=2)  # the FIR copy's hour has passed; the certificate has days
    page.list.refresh()
    overdue_rows = [r for r in range(2) if model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) == OVERDUE]
    assert len(overdue_rows) == 1
    assert "overdue" in model.data(model.index(overdue_rows[0], 4))
    page.overdue_only.setChecked(True)
    assert model.rowCount() == 1
    page.overdue_only.setChecked(False)
    choose(page.status_filter, "ready")
    assert model.rowCount() == 0
    choose(page.status_filter, None)
    tracking = model.row_at(1).tracking_no
    with qtbot.waitSignal(page.list.search_done, timeout=WAIT_MS) as done:
        page.list.search.setText(tracking.lower())
    assert done.args == [1] and model.row_at(0).tracking_no == tracking
    with qtbot.waitSignal(page.list.search_done, timeout=WAIT_MS) as done:
        page.list.search.setText("35202 1111111 2")
    assert done.args == [2]
    page.list.search.setText("hello")
    page.list.run_search()
    qtbot.waitUntil(lambda: page.list.status.text() == "Search by tracking number (as on the receipt) or by CNIC.",
                    timeout=WAIT_MS)
    mistyped = tracking[:-1] + ("A" if tracking[-1] != "A" else "B")
    page.list.search.setText(mistyped)
    page.list.run_search()
    qtbot.waitUntil(lambda: "mistake" in page.list.status.text(), timeout=WAIT_MS)
    page.list.search.clear()
    page.list.run_search()
    page.list.table.selectRow(0)
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(ApplicationDialog) is not None, timeout=WAIT_MS)
    window.findChild(ApplicationDialog).close()

    # A returning applicant is found in the person index; another number typed forgets them.
    form = page.open_form()
    qtbot.keyClicks(form.identifier, "35202-1111111-2")
    qtbot.mouseClick(form.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.found.text().startswith("Applicant: Saima Bibi"), timeout=WAIT_MS)
    assert form.applicant is not None and not form.name_en.isEnabled()
    qtbot.keyClick(form.identifier, Qt.Key.Key_Backspace)
    assert form.applicant is None and form.found.text() == "" and form.name_en.isEnabled()
    form.reject()


def test_in_urdu_the_catalogue_speaks_urdu(qtbot: QtBot, shell: Shell) -> None:
    assert shell.window is not None
    shell.window.language_requested.emit("ur")  # what Ctrl+L does: the shell replaces the window
    assert shell.window is not None and shell.ctx.urdu
    page = page_of(shell.window)
    catalogue = page.ctx.services.counter.catalogue
    assert page.token_service.itemText(0) == catalogue.services[0].name_ur
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    form = page.open_form()
    assert form.fields is not None
    purpose = catalogue.get("character_certificate").field("purpose")
    labels = [w.text() for w in form.fields.findChildren(QLabel)]
    assert purpose.label_ur + " *" in labels
    assert form.language.currentData() == "ur"  # SMS notices in the window's language unless changed
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.banner.error), timeout=WAIT_MS)
    form.reject()
