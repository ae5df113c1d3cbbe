"""The services' own screens through the real window, as counter staff work them: the district's
stolen-vehicle list imported (a bad line refused and named), a vehicle checked (hit and clear) and a
vehicle verification received through the form and verified; tenants found by CNIC, name or address."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.clock import pkt_date
from app.counter.applications import ApplicationDraft
from app.counter.stolen_list import day_text
from app.errors import NotFound, ThanaError
from app.registers.persons import PersonDraft
from app.security.permissions import Role
from app.storage.models import CounterApplication
from tests import factories as F
from tests.test_counter_ui import WAIT_MS, Clock, choose, clock, page_of, shell, window  # noqa: F401
from ui.counter.application_view import ApplicationDialog
from ui.counter.fir_copy_action import open_fir_copy
from ui.counter.stolen_vehicles import CLEAR_STYLE, HIT_STYLE
from ui.main_window import MainWindow
from ui.views.fir_record import FirRecordDialog

HEADER = "registration,chassis,engine,description,reference,reported_on,station\n"


def test_the_stolen_list_imported_and_vehicles_checked_through_the_window(
        qtbot: QtBot, window: MainWindow, clock: Clock, tmp_path: Path) -> None:  # noqa: F811
    page = page_of(window)
    dialog = page.open_stolen_vehicles()
    qtbot.waitUntil(lambda: dialog.state_label.text() != "", timeout=WAIT_MS)
    assert dialog.state_label.text() == "0 entries, all from this station's FIRs; no district list imported yet."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_message.text() == "Choose the file to import."

    today = pkt_date(clock())
    list_date, reported = today - timedelta(days=2), (today - timedelta(days=30)).isoformat()
    dialog.list_date.setDate(QDate(list_date.year, list_date.month, list_date.day))
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + f"LEA-12-1234,,,Honda CD-70,FIR 412/2026,{reported},Gulberg\n"
                            f"99,,,Suzuki,FIR 2/2026,{reported},Gulberg\n", encoding="utf-8")
    qtbot.keyClicks(dialog.path, str(bad))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not imported" in dialog.import_message.text(), timeout=WAIT_MS)
    assert dialog.import_message.text().splitlines() == [
        "The stolen-vehicle list was not imported: 1 problem(s).",
        "Line 3, registration: A registration number is letters then digits, for example LEB-8979 or ICT-AB-123."]

    good = tmp_path / "district.csv"
    good.write_text(HEADER + f"LEA-12-1234,,,Honda CD-70 red,FIR 412/2026,{reported},\"Gulberg, Lahore\"\n"
                             f",NZE141-6012345,,Toyota Corolla,FIR 88/2026,{reported},\"Civil Lines, Faisalabad\"\n",
                    encoding="utf-8")
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(good))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_message.text() == "2 entries imported.", timeout=WAIT_MS)
    listed = f"list of {day_text(list_date)}"
    qtbot.waitUntil(lambda: dialog.state_label.text() == (
        f"2 entries (0 from this station's FIRs); district {listed}."), timeout=WAIT_MS)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 0).text() == "LEA-12-1234"

    # One vehicle typed at the counter: a hit by plate however written, a clear one, a mistyped one.
    qtbot.keyClicks(dialog.registration, "lea 12 ")
    dialog.registration.insert("۱۲۳۴")  # Urdu digits, as an Urdu keyboard types them (QTest cannot key them)
    qtbot.keyClick(dialog.registration, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.check_result.text().startswith("On the stolen-vehicle list"), timeout=WAIT_MS)
    assert "FIR 412/2026" in dialog.check_result.text() and dialog.check_result.styleSheet() == HIT_STYLE
    dialog.registration.clear()
    qtbot.keyClicks(dialog.registration, "LEB-8979")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_result.text().startswith("Not on"), timeout=WAIT_MS)
    assert dialog.check_result.text() == f"Not on the stolen-vehicle list (2 entries checked, {listed})"
    assert dialog.check_result.styleSheet() == CLEAR_STYLE
    qtbot.keyClicks(dialog.chassis, "NZE")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "5 to 25" in dialog.check_result.text(), timeout=WAIT_MS)
    assert dialog.check_result.text() == "A chassis or engine number is 5 to 25 letters and digits."
    dialog.close()

    # A vehicle verification received through the form: its verify hook finds the chassis on the list.
    form = page.open_form()
    choose(form.service, "vehicle_verification")
    fields = form.fields
    assert fields is not None
    qtbot.keyClicks(form.identifier, "35202-1234567-1")
    qtbot.mouseClick(form.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not in the person index" in form.found.text(), timeout=WAIT_MS)
    qtbot.keyClicks(form.name_en, "Bilal Ahmed")
    choose(form.relation, "s/o")
    qtbot.keyClicks(form.relative, "Ahmed Din")
    choose(fields.inputs["vehicle_type"], "car")  # type: ignore[arg-type]
    qtbot.keyClicks(fields.inputs["chassis_number"], "nze 141 6012345")  # type: ignore[arg-type]
    qtbot.keyClicks(fields.inputs["mobile"], "0300 1234567")  # type: ignore[arg-type]
    for i, box in enumerate(fields.documents):
        box.setChecked(i in (0, 1))
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ApplicationDialog) is not None, timeout=WAIT_MS)
    window.findChild(ApplicationDialog).close()
    services = window.ctx.services
    verifier = services.counter.catalogue.get("vehicle_verification").verifier
    assert verifier is not None
    with services.db.read() as s:
        application = s.get(CounterApplication, saved.args[0].id)
        assert application is not None
        findings = verifier(s, application)
    assert [(f.hit, f.en.split(":")[0]) for f in findings] == [(True, "On the stolen-vehicle list by chassis number")]


def test_tenants_are_found_through_the_window(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    ctx = window.ctx
    tenancy = ctx.services.counter.applications.receive(ctx.require_actor(), ApplicationDraft(
        service_code="tenant_registration", applicant=PersonDraft(name_en="Rashid Mehmood", cnic="3520222222222"),
        values={"landlord_name": "Rashid Mehmood", "landlord_cnic": "3520222222222", "tenant_name": "Kashif Iqbal",
                "tenant_cnic": "3520233333333", "property_address": "House 7, Street 3, Faisal Town, Lahore",
                "tenancy_from": "2026-11-01", "mobile": "0300 1234567"},
        documents=[0, 1, 2], language="en"))
    page = page_of(window)
    dialog = page.open_registrations()
    message = dialog.findChild(QLabel, "registrationMessage")

    def search(text: str) -> None:
        dialog.query.clear()
        message.clear()
        qtbot.keyClicks(dialog.query, text)
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: message.text() != "", timeout=WAIT_MS)

    search("ab")
    assert message.text() == "Search by CNIC, or by at least 3 letters of a name or address."
    for query in ("35202 3333333 3", "kashif", "Faisal Town"):
        search(query)
        assert message.text() == "1 found.", query
        assert [dialog.table.item(0, c).text() for c in (1, 2, 3, 5, 7)] == [
            "Kashif Iqbal", "35202-3333333-3", "Rashid Mehmood", "House 7, Street 3, Faisal Town, Lahore",
            tenancy.tracking_no]
    search("35202-9999999-9")
    assert message.text() == "No tenant or employee registered under this." and dialog.table.rowCount() == 0
    search("kashif")
    dialog.table.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(ApplicationDialog) is not None, timeout=WAIT_MS)
    window.findChild(ApplicationDialog).close()
    dialog.close()


def test_an_fir_copy_application_reaches_the_certified_copy(
        qtbot: QtBot, window: MainWindow, clock: Clock, tmp_path: Path) -> None:  # noqa: F811
    ctx, page = window.ctx, page_of(window)
    services, counter = ctx.services, ctx.require_actor()
    moharrar = F.make_actor(services, Role.MOHARRAR, counter.station_id, "moharrar.copy")
    fir = services.firs.register(moharrar, F.fir_draft(services, clock()))
    applicant = PersonDraft(name_en="Muhammad Aslam", cnic="3520212345671")

    def receive(code: str, values: dict[str, str]) -> CounterApplication:
        required = [i for i, d in enumerate(services.counter.catalogue.get(code).documents) if d.required]
        return services.counter.applications.receive(counter, ApplicationDraft(
            service_code=code, applicant=applicant, values=values, documents=required, language="en"))

    application = receive("fir_copy", {"fir_number": str(fir.serial), "fir_year": str(fir.year),
                                       "police_station": page.station.name_en, "relation": "complainant"})
    errors: list[ThanaError] = []
    page.open_application(application.id)  # the application's window leads to the copy
    qtbot.waitUntil(lambda: page.findChild(ApplicationDialog) is not None, timeout=WAIT_MS)
    view = page.findChild(ApplicationDialog)
    assert view.fir_copy.isVisibleTo(view)
    qtbot.mouseClick(view.fir_copy, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(FirRecordDialog) is not None, timeout=WAIT_MS)
    dialog = view.findChild(FirRecordDialog)
    pdf = dialog.write_pdf(tmp_path / "copy.pdf", "en")  # counter staff print it: they may print, not browse
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert f"{fir.serial}/{fir.year}" in text and "Muhammad Aslam" in text
    dialog.close()
    view.close()
    assert errors == []
    missing = receive("fir_copy", {"fir_number": "999", "fir_year": str(fir.year),
                                   "police_station": page.station.name_en, "relation": "lawyer"})
    certificate = receive("character_certificate", {"purpose": "visa", "residence_district": "Lahore",
                                                    "mobile": "0300 1234567"})
    for application_id in (missing.id, certificate.id):  # no FIR behind it; not an FIR-copy application
        open_fir_copy(ctx, application_id, page.station, page, errors.append)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=WAIT_MS)
        assert isinstance(errors.pop(), NotFound)
