"""The scanner in the window: status bar, live capture with the simulated scanner, the trainer's finger,
cancel, and a station with no scanner at all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.services import Services
from devices.hub import ScannerHub
from devices.simulated import SimulatedSensor
from tests.window_helpers import WAIT_MS, make_ctx, open_window, simulated_hub
from ui.main_window import MainWindow
from ui.scanner.trainer_panel import TrainerPanel


@pytest.fixture
def trainer_window(qapp: QApplication, services: Services, sensor: SimulatedSensor) -> Iterator[MainWindow]:
    yield from open_window(qapp, make_ctx(qapp, services, simulated_hub(sensor), sensor, "trainer"))


@pytest.fixture
def unplugged_window(qapp: QApplication, services: Services) -> Iterator[MainWindow]:
    hub = ScannerHub([], [])  # never started: no scanner is ever found
    yield from open_window(qapp, make_ctx(qapp, services, hub, None, "trainer"))


def test_status_bar_and_a_live_capture_of_a_demo_persons_finger(qtbot: QtBot, trainer_window: MainWindow) -> None:
    window = trainer_window
    assert window.findChild(QLabel, "scannerState").text() == "Scanner: simulated (training)"
    view = window.scanner
    assert view is not None
    window.nav.setCurrentRow(window.stack.indexOf(view))
    capture = view.capture
    qtbot.mouseClick(capture.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Place a finger" in capture.prompt.text(), timeout=WAIT_MS)
    assert capture.cancel_button.isEnabled() and not capture.start_button.isEnabled()

    trainer = view.findChild(TrainerPanel)
    qtbot.waitUntil(lambda: trainer.person.count() > 1, timeout=WAIT_MS)  # the demo persons are listed
    trainer.person.setCurrentIndex(1)
    with qtbot.waitSignal(capture.captured, timeout=WAIT_MS) as done:
        qtbot.mouseClick(trainer.place, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.pixels.shape == (288, 256)
    assert not capture.image.pixmap().isNull()
    assert capture.quality.text().startswith(f"Quality: {result.quality} / 100")
    assert capture.progress.value() == 100 and capture.prompt.text() == "Lift your finger."
    assert capture.start_button.isEnabled() and not capture.cancel_button.isEnabled()


def test_cancel_while_waiting_for_a_finger(qtbot: QtBot, trainer_window: MainWindow) -> None:
    view = trainer_window.scanner
    trainer_window.nav.setCurrentRow(trainer_window.stack.indexOf(view))
    trainer_window.activateWindow()
    capture = view.capture
    qtbot.mouseClick(capture.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Place a finger" in capture.prompt.text(), timeout=WAIT_MS)
    qtbot.keyClick(capture.start_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: capture.prompt.text() == "Capture cancelled.", timeout=WAIT_MS)
    assert capture.start_button.isEnabled() and not capture.busy


def test_without_a_scanner_the_window_says_so_and_the_registers_still_work(
        qtbot: QtBot, unplugged_window: MainWindow) -> None:
    window = unplugged_window
    assert window.findChild(QLabel, "scannerState").text() == "Scanner: none connected"
    capture = window.scanner.capture
    assert not capture.start_button.isEnabled()
    assert "No fingerprint scanner is connected" in capture.prompt.text()
    qtbot.mouseClick(capture.start_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert not capture.busy
    assert window.firs is not None and window.firs.model.rowCount() > 0
