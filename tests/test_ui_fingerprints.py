"""CRO enrolment and the check post in the real window, with the simulated scanner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.fingerprints.fingers import Finger
from app.services import Services
from app.storage.models import CroRecord, FingerImpression, IdentificationCheck, Person
from devices.simulated import SimulatedSensor
from tests.window_helpers import WAIT_MS, make_ctx, open_window, simulated_hub
from ui.main_window import MainWindow
from ui.scanner.capture_widget import CaptureWidget
from ui.scanner.trainer_panel import TrainerPanel
from ui.views.check_view import CheckView

SEARCH_MS = 30_000


def window_for(qapp: QApplication, services: Services, sensor: SimulatedSensor, role: str) -> Iterator[MainWindow]:
    yield from open_window(qapp, make_ctx(qapp, services, simulated_hub(sensor), sensor, role, cro_records=2))


@pytest.fixture
def cro_window(qapp: QApplication, services: Services, sensor: SimulatedSensor) -> Iterator[MainWindow]:
    yield from window_for(qapp, services, sensor, "cro")


@pytest.fixture
def checkpost_window(qapp: QApplication, services: Services, sensor: SimulatedSensor) -> Iterator[MainWindow]:
    yield from window_for(qapp, services, sensor, "checkpost")


def present(qtbot: QtBot, capture: CaptureWidget, trainer: TrainerPanel, identity: str | None) -> None:
    """Press Capture, then the trainer puts the finger on the glass."""
    qtbot.waitUntil(lambda: capture.start_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(capture.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trainer.person.count() > 1, timeout=WAIT_MS)
    trainer.person.setCurrentIndex(trainer.person.findData(identity))
    qtbot.mouseClick(trainer.place, Qt.MouseButton.LeftButton)


def shows(view: CheckView, verdict: str) -> None:
    """For waitUntil: on a timeout the failure says what the page showed instead."""
    shown = view.verdict.text(), [view.candidates.item(i).text() for i in range(view.candidates.count())]
    assert view.verdict.text().startswith(verdict), shown


def test_enrol_a_person_with_one_finger(qtbot: QtBot, cro_window: MainWindow, services: Services) -> None:
    window = cro_window
    view = window.enrolment
    assert view is not None and window.check is not None  # a CRO officer also runs checks
    window.nav.setCurrentRow(window.stack.indexOf(view))
    for row in range(view.fingers.count()):
        item = view.fingers.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == Finger.LEFT_INDEX
                           else Qt.CheckState.Unchecked)
    assert view.step.text() == "Next: Left index finger, impression 1 of 3"
    view.person.name_en.setText("Waqas Ahmed")
    view.person.relative_en.setText("Nazir Ahmed")
    view.reason.setPlainText("Arrested in FIR 77/2026 u/s 380 PPC")
    trainer = view.trainer
    assert trainer is not None and trainer.finger.currentData() == Finger.LEFT_INDEX, "the trainer's hand follows"
    with services.db.read() as s:
        identity = s.scalars(select(Person.uid).where(Person.is_demo.is_(True)).order_by(Person.id.desc())).first()
    for number in (1, 2, 3):
        present(qtbot, view.capture, trainer, identity)
        qtbot.waitUntil(lambda n=number: f"Left index finger: {n} of 3" in view.fingers.item(6).text(),
                        timeout=SEARCH_MS)
    assert view.step.text().startswith("Every chosen finger is taken")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.saved_note.isVisible(), timeout=WAIT_MS)
    assert "Waqas Ahmed" in view.saved_note.text() and "1 fingers" in view.saved_note.text()
    with services.db.read() as s:
        record = s.scalars(select(CroRecord).join(Person).where(Person.name_en == "Waqas Ahmed")).one()
        fingers = set(s.scalars(select(FingerImpression.finger).where(FingerImpression.record_id == record.id)))
        s.expunge_all()
    assert fingers == {Finger.LEFT_INDEX} and record.reason == "Arrested in FIR 77/2026 u/s 380 PPC"
    assert view.person.name_en.text() == "" and view.fingers.item(6).text().endswith("0 of 3")


def test_a_form_without_a_reason_names_the_field(qtbot: QtBot, cro_window: MainWindow) -> None:
    view = cro_window.enrolment
    cro_window.nav.setCurrentRow(cro_window.stack.indexOf(view))
    view.person.name_en.setText("Waqas Ahmed")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.slots["reason"].label.isVisible(), timeout=WAIT_MS)
    assert "why this person is on record" in view.slots["reason"].label.text()


def test_check_post_answers_red_for_a_wanted_person_and_no_red_for_a_stranger(
        qtbot: QtBot, checkpost_window: MainWindow, services: Services) -> None:
    window = checkpost_window
    view = window.check
    assert view is not None and window.enrolment is None and window.firs is None
    assert window.stack.currentWidget() is view, "the check is the officer's first page"
    with services.db.read() as s:
        wanted = s.scalars(select(Person).join(CroRecord, CroRecord.person_id == Person.id)
                           .order_by(CroRecord.id)).first()
        s.expunge_all()
    assert wanted is not None
    view.place.setText("Thokar Niaz Baig picket")
    trainer = view.findChild(TrainerPanel)
    trainer.finger.setCurrentIndex(Finger.RIGHT_INDEX - 1)
    present(qtbot, view.capture, trainer, wanted.uid)
    qtbot.waitUntil(lambda: shows(view, "RED"), timeout=SEARCH_MS)
    assert view.candidates.count() >= 1 and wanted.name_en in view.candidates.item(0).text()
    assert "Right index finger" in view.candidates.item(0).text()
    present(qtbot, view.capture, trainer, None)
    # A stranger's synthetic finger comes back green, or yellow now and then: synthetic prints resemble each
    # other more than real ones (about 5 % of strangers against the demo's 48 prints), and the gallery's prints
    # differ from run to run. Never red; test_identification checks green on fixed prints.
    qtbot.waitUntil(lambda: view.verdict.text().startswith(("GREEN", "YELLOW")), timeout=SEARCH_MS)
    with services.db.read() as s:
        checks = list(s.scalars(select(IdentificationCheck.outcome).order_by(IdentificationCheck.id)))
    assert checks[0] == "red" and checks[1:] == [view.verdict.text().split(":")[0].lower()]
    assert view.candidates.isVisible() == (checks[1] == "yellow")
