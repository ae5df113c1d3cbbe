"""Character certificates through the real windows with the simulated scanner: the clerk takes the finger,
the checks decide the way (ready, or the SHO), the SHO logged in decides, the clerk issues the signed PDF,
and ``thana verify-document`` answers VALID for it and INVALID for its altered copies.

Tampering itself (text, QR, keys) is proved on a fixed certificate in test_documents_pdf.py; here the same
forger's tools are turned on the document the counter really issued."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cli import main
from app.counter.applications import ApplicationDraft
from app.counter.timeline import Status
from app.documents.signing import key_id, sign
from app.fingerprints.fingers import Finger
from app.registers.persons import PersonDraft
from app.security.actor import SYSTEM
from app.security.permissions import Role
from app.services import Services
from devices.simulated import SimulatedSensor
from tests import factories as F
from tests.factories import PASSWORD
from tests.test_cro_enrolment import draft_for
from tests.test_documents_pdf import alter_text, swap_qr
from tests.window_helpers import WAIT_MS, sensor, simulated_hub  # noqa: F401 - the fixture
from ui.context import AppContext
from ui.counter.application_view import ApplicationDialog
from ui.fonts import load_fonts
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.printing.documents import write_document_pdf
from ui.scanner.bridge import ScannerStatus
from ui.shell import Shell

SEARCH_MS = 30_000
CNIC = "35202-1234567-1"
Login = Callable[[str], AbstractContextManager[MainWindow]]


@pytest.fixture
def login(qapp: QApplication, services: Services, sensor: SimulatedSensor) -> Login:  # noqa: F811
    """Log a user of the station in at a window with the simulated scanner; closed at the end of the block."""
    load_fonts()
    station_id = F.first_station(services).id
    for username, role in (("counter.clerk", Role.COUNTER_STAFF), ("sho.station", Role.SHO)):
        services.users.create(SYSTEM, username=username, full_name=username.title(), role=role, password=PASSWORD,
                              station_id=station_id)

    @contextmanager
    def window(username: str) -> Iterator[MainWindow]:
        language = Language(qapp)
        language.apply("en")
        ctx = AppContext(services=services, ops=Ops(), language=language,
                         scanners=ScannerStatus(simulated_hub(sensor)), sensor=sensor)
        ctx.actor = services.users.login(username, PASSWORD)
        shell = Shell(qapp, ctx, insecure_key=False)
        shell.set_language("en")
        try:
            yield shell.show_main()
        finally:
            shell.close()
            assert ctx.scanners is not None
            ctx.scanners.hub.close()
            ctx.ops.shutdown()

    return window


def receive(services: Services, name: str, cnic: str) -> int:
    clerk = services.users.login("counter.clerk", PASSWORD)
    draft = ApplicationDraft(
        service_code="character_certificate",
        applicant=PersonDraft(name_en=name, relation="s/o", relative_name_en="Ahmed Din", cnic=cnic),
        values={"purpose": "employment", "residence_district": "Lahore", "mobile": "0300 1234567"},
        documents=[0, 1, 2], language="en")
    return services.counter.applications.receive(clerk, draft).id


def open_application(qtbot: QtBot, window: MainWindow, application_id: int) -> ApplicationDialog:
    page = window.counter
    assert page is not None
    page.open_application(application_id)

    def shown() -> ApplicationDialog | None:  # a closed one may linger until its deferred deletion
        return next((d for d in page.findChildren(ApplicationDialog)
                     if d.isVisible() and d.record.application.id == application_id), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=WAIT_MS)
    dialog = shown()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.checks.findings.count() > 0 or dialog.checks.capture.isVisible(),  # type: ignore[union-attr]
                    timeout=WAIT_MS)  # the findings loaded
    return dialog


def status(dialog: ApplicationDialog) -> Status:
    return Status(dialog.record.application.status)


def take_finger(qtbot: QtBot, dialog: ApplicationDialog, sensor: SimulatedSensor, identity: str | None) -> None:  # noqa: F811
    """Press Capture in the application's checks, then the trainer's hand puts the finger on the glass."""
    capture = dialog.checks.capture
    assert capture is not None and capture.isVisible()
    qtbot.waitUntil(capture.start_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(capture.start_button, Qt.MouseButton.LeftButton)
    sensor.place(identity, Finger.RIGHT_INDEX)


def issue(qtbot: QtBot, dialog: ApplicationDialog) -> Path:
    qtbot.waitUntil(dialog.document.issue_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.document.issued, timeout=WAIT_MS) as written:
        qtbot.mouseClick(dialog.document.issue_button, Qt.MouseButton.LeftButton)
    path: Path = written.args[0]
    return path


def verify_document(pdf: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["verify-document", str(pdf), *extra])
    return code, capsys.readouterr().out.splitlines()


def test_a_clean_applicant_gets_a_certificate_that_verifies(
        qtbot: QtBot, login: Login, services: Services, sensor: SimulatedSensor, data_dir: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    application_id = receive(services, "Bilal Ahmed", CNIC)
    with login("counter.clerk") as window:
        assert window.decisions is None  # a clerk has no decisions to make
        dialog = open_application(qtbot, window, application_id)
        assert not dialog.document.issue_button.isEnabled()  # nothing to issue before the checks
        take_finger(qtbot, dialog, sensor, None)  # a finger nobody enrolled
        qtbot.waitUntil(lambda: status(dialog) is Status.READY, timeout=SEARCH_MS)
        qtbot.waitUntil(lambda: dialog.checks.findings.count() == 2, timeout=WAIT_MS)
        assert dialog.checks.findings.item(0).text() == "✔ No criminal record found"
        assert not dialog.checks.capture.isVisible()  # type: ignore[union-attr]  # checked once
        pdf = issue(qtbot, dialog)
        assert pdf.parent == data_dir / "documents" and dialog.document.print_button.isEnabled()
        assert pdf.name in dialog.document.written.text()
        again = issue(qtbot, dialog)  # printing again: the same document, never a new number
        assert again == pdf and pdf.with_name(pdf.name + ".part").exists() is False
        printed = dialog.document.printed
        dialog.close()
    assert printed is not None
    code, out = verify_document(pdf, capsys, "--data-dir", str(data_dir))
    assert code == 0, out
    assert out[:2] == ["VALID", "Document: character_certificate"]
    assert f"Number: {printed.details.number}" in out and f"CNIC: {CNIC}" in out and "Name: Bilal Ahmed" in out
    assert "Summary: No criminal record found" in out

    altered = alter_text(pdf, CNIC, "35202-1234557-1")
    assert verify_document(altered, capsys, "--data-dir", str(data_dir))[0:2] == (
        1, ["INVALID: altered",
            "The document has been altered: the printed text differs from the signed details."])
    # Its QR code swapped for one with the same details signed by a key the station never published.
    stranger = Ed25519PrivateKey.generate()
    forged = replace(printed.details, key_id=key_id(stranger.public_key()))
    donor = pdf.with_name("donor.pdf")
    write_document_pdf(replace(printed, details=forged, payload=sign(forged, stranger)), donor)
    code, out = verify_document(swap_qr(pdf, donor), capsys, "--data-dir", str(data_dir))
    assert (code, out[0]) == (1, "INVALID: unknown key")


def test_a_print_that_hits_a_cro_record_waits_for_the_sho(
        qtbot: QtBot, login: Login, services: Services, sensor: SimulatedSensor,  # noqa: F811
        capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    cro = F.make_actor(services, Role.CRO_OFFICER, services.users.login("counter.clerk", PASSWORD).station_id, "cro1")
    draft = draft_for(services, "Akram Khan", fingers=(Finger.RIGHT_INDEX,), reason="Dacoity, FIR 77/2024")
    services.enrolment.enrol(cro, draft)  # his CNIC is not the applicant's: only the finger can tell
    issued_id = receive(services, "Akram Ali", CNIC)
    refused_id = receive(services, "Akram Shah", "35202-7777777-7")

    with login("counter.clerk") as window:
        for application_id in (issued_id, refused_id):
            dialog = open_application(qtbot, window, application_id)
            take_finger(qtbot, dialog, sensor, "Akram Khan")
            qtbot.waitUntil(lambda dialog=dialog: status(dialog) is Status.AWAITING_SHO, timeout=SEARCH_MS)
            qtbot.waitUntil(lambda dialog=dialog: dialog.checks.findings.count() == 2, timeout=WAIT_MS)
            assert "Fingerprint, probable match: Wanted: Akram Khan: Dacoity, FIR 77/2024" in [
                dialog.checks.findings.item(i).text()[2:] for i in range(2)]
            # the clerk cannot move it on: the next step is the SHO's
            dialog.next_status.setCurrentIndex(dialog.next_status.findData(Status.READY.value))
            qtbot.mouseClick(dialog.record_step, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda dialog=dialog: "permission" in dialog.banner.error, timeout=WAIT_MS)
            assert status(dialog) is Status.AWAITING_SHO and not dialog.document.issue_button.isEnabled()
            dialog.close()

    with login("sho.station") as window:
        page = window.decisions
        assert page is not None and window.counter is None
        window.nav.setCurrentRow(window.stack.indexOf(page))
        qtbot.waitUntil(lambda: page.case_list.count() == 2, timeout=WAIT_MS)
        assert "Akram Ali" in page.applicant.text() and CNIC in page.applicant.text()
        hit = next(page.findings.item(i) for i in range(page.findings.count())
                   if "probable match" in page.findings.item(i).text())
        assert "Record: Akram Khan, CNIC" in hit.text() and "Wanted: Dacoity, FIR 77/2024" in hit.text()
        assert not hit.icon().isNull()  # the record's photo (or the grey card) beside it
        qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)  # no note: refused with the reason
        qtbot.waitUntil(lambda: page.banner.error != "", timeout=WAIT_MS)
        assert page.case_list.count() == 2
        page.note.setText("Not the same man: his father and address differ; thumb seen by me")
        qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.case_list.count() == 1, timeout=WAIT_MS)
        page.note.setText("The same man: proclaimed in FIR 77/2024")
        qtbot.mouseClick(page.refuse_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.case_list.count() == 0, timeout=WAIT_MS)
        assert page.outcome.text().endswith("refused.")

    with login("counter.clerk") as window:
        dialog = open_application(qtbot, window, refused_id)
        assert status(dialog) is Status.REJECTED and not dialog.document.issue_button.isEnabled()
        dialog.close()
        dialog = open_application(qtbot, window, issued_id)
        assert status(dialog) is Status.READY
        pdf = issue(qtbot, dialog)
        dialog.close()
    code, out = verify_document(pdf, capsys, "--data-dir", str(data_dir))
    assert code == 0 and "Summary: Record found: issued on the SHO's decision" in out
