"""The simulated scanner a trainer uses, through the same Scanner thread a real one gets."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest

from devices.base import Progress, Stage
from devices.errors import CaptureCancelled
from devices.scanner import Scanner
from devices.simulated import PORT, SimulatedKind, SimulatedSensor


class Recorder:
    def __init__(self) -> None:
        self.seen: list[Progress] = []

    def progress(self, progress: Progress) -> None:
        self.seen.append(progress)

    def ask_password(self, port: str) -> int | None:
        raise AssertionError(f"the simulated scanner asked for a password on {port}")


@pytest.fixture
def sensor() -> SimulatedSensor:
    return SimulatedSensor()


@pytest.fixture
def scanner(sensor: SimulatedSensor) -> Iterator[Scanner]:
    opened = Scanner(SimulatedKind(sensor, download_s=0.02), PORT)
    yield opened
    opened.close()


def test_a_placed_finger_is_captured_with_every_stage_in_order(sensor: SimulatedSensor, scanner: Scanner) -> None:
    sensor.place("person-1", 2)
    recorder = Recorder()
    capture = scanner.capture(recorder, threading.Event()).result(timeout=10)
    assert capture.pixels.shape == (288, 256) and capture.pixels.dtype == np.uint8 and capture.dpi == 500
    assert 0 <= capture.quality <= 100
    stages = [p.stage for p in recorder.seen]
    assert stages[0] is Stage.WAITING_FOR_FINGER and stages[1] is Stage.READING and stages[-1] is Stage.DONE
    percents = [p.percent for p in recorder.seen if p.stage is Stage.DOWNLOADING]
    assert percents == sorted(percents) and percents[-1] == 100
    assert np.array_equal(recorder.seen[-1].partial, capture.pixels)
    assert sensor.placed is None  # the finger was lifted with the capture


def test_the_same_finger_gives_a_new_impression_each_time_and_other_fingers_differ(
        sensor: SimulatedSensor, scanner: Scanner) -> None:
    def take(identity: str | None, finger: int) -> np.ndarray:
        sensor.place(identity, finger)
        return scanner.capture(Recorder(), threading.Event()).result(timeout=10).pixels

    first, second, other = take("person-1", 2), take("person-1", 2), take("person-1", 3)
    stranger_a, stranger_b = take(None, 2), take(None, 2)
    assert not np.array_equal(first, second)
    assert not np.array_equal(first, other)
    assert not np.array_equal(stranger_a, stranger_b)


def test_waiting_for_a_finger_can_be_cancelled_and_the_scanner_keeps_working(
        sensor: SimulatedSensor, scanner: Scanner) -> None:
    cancel = threading.Event()
    recorder = Recorder()
    waiting = scanner.capture(recorder, cancel)
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(CaptureCancelled):
        waiting.result(timeout=10)
    assert [p.stage for p in recorder.seen] == [Stage.WAITING_FOR_FINGER]
    sensor.place("person-2", 7)
    assert scanner.capture(Recorder(), threading.Event()).result(timeout=10).pixels.shape == (288, 256)


def test_closing_the_scanner_cancels_a_capture_nobody_will_finish(scanner: Scanner) -> None:
    waiting = scanner.capture(Recorder(), threading.Event())
    scanner.close()
    with pytest.raises(CaptureCancelled):
        waiting.result(timeout=10)


def test_finger_positions_are_iso_1_to_10(sensor: SimulatedSensor) -> None:
    with pytest.raises(ValueError, match="not 1..10"):
        sensor.place("person-1", 11)
