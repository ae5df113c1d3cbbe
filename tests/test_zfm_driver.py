"""The ZFM client (pyfingerprint underneath) against the packet-level emulator: the real driver, real
frames on a pseudo-terminal or TCP, and every fault a cheap sensor on a USB adapter shows."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import numpy as np
import pytest

from devices.base import Progress, ScannerInfo, Stage
from devices.credentials import load_password, save_password
from devices.emulator import Capture as SourceImage
from devices.emulator import Emulator, Fault
from devices.errors import (
    CaptureCancelled,
    ScannerNotConnected,
    ScannerProtocolError,
    ScannerTimeout,
    ScannerUnplugged,
    ScannerWrongPassword,
)
from devices.scanner import Scanner
from devices.zfm import ZfmKind

FAST = 0.3  # reply timeout in tests: the emulator answers in microseconds


class Stripes:
    """A source whose image is known exactly, so the download can be checked pixel for pixel."""

    def __init__(self) -> None:
        rows = np.arange(288, dtype=np.uint16)[:, None] * 7 + np.arange(256, dtype=np.uint16)[None, :] * 3
        self.pixels = (rows % 256).astype(np.uint8)

    def next_image(self) -> SourceImage:
        return SourceImage(self.pixels, "stripes")


class Recorder:
    def __init__(self, password: int | None = None) -> None:
        self.seen: list[Progress] = []
        self.password = password
        self.asked: list[str] = []

    def progress(self, progress: Progress) -> None:
        self.seen.append(progress)

    def ask_password(self, port: str) -> int | None:
        self.asked.append(port)
        return self.password


@pytest.fixture
def prints() -> Stripes:
    """The shared emulator and path fixtures serve this known image instead of random ones."""
    return Stripes()


def open_scanner(port: str, password: int = 0) -> Scanner:
    return Scanner(ZfmKind(password=password, reply_timeout=FAST), port)


@pytest.fixture
def scanner(path: str) -> Iterator[Scanner]:
    opened = open_scanner(path)
    yield opened
    opened.close()


def capture(scanner: Scanner, handler: Recorder | None = None) -> np.ndarray:
    return scanner.capture(handler or Recorder(), threading.Event()).result(timeout=20).pixels


def test_info_reports_the_sensors_parameters(scanner: Scanner, path: str) -> None:
    info: ScannerInfo = scanner.info(Recorder()).result(timeout=10)
    assert (info.kind, info.port, info.template_count) == ("ZFM", path, 0)
    assert info.details["packet_bytes"] == 128 and info.details["baud"] == 57600
    assert info.details["address"] == "FFFFFFFF" and int(info.details["capacity"]) > 0


def test_a_capture_downloads_the_sensors_image_exactly_with_progress(scanner: Scanner, prints: Stripes) -> None:
    recorder = Recorder()
    pixels = capture(scanner, recorder)
    assert np.array_equal(pixels, (prints.pixels >> 4) * 17)  # 4 bits a pixel on the wire
    stages = [p.stage for p in recorder.seen]
    assert stages[:2] == [Stage.WAITING_FOR_FINGER, Stage.READING] and stages[-1] is Stage.DONE
    percents = [p.percent for p in recorder.seen if p.stage is Stage.DOWNLOADING]
    assert len(percents) == 36864 // 128 and percents == sorted(percents) and percents[-1] == 100
    half = next(p.partial for p in recorder.seen if p.stage is Stage.DOWNLOADING and p.percent >= 50)
    assert half is not None and (half[-1] == 255).all() and np.array_equal(half[0], pixels[0])


def test_a_capture_waits_for_the_finger_and_can_be_cancelled(prints: Stripes) -> None:
    with Emulator(prints, no_finger=True) as waiting:
        scanner = open_scanner(waiting.start_pty())
        cancel = threading.Event()
        started = time.monotonic()
        pending = scanner.capture(Recorder(), cancel)
        threading.Timer(0.4, cancel.set).start()
        with pytest.raises(CaptureCancelled):
            pending.result(timeout=10)
        assert time.monotonic() - started < 2
        scanner.close()


@pytest.mark.parametrize(("fault", "error"), [
    (Fault.SILENT, ScannerTimeout),
    (Fault.TRUNCATE, ScannerTimeout),
    (Fault.CHECKSUM, ScannerProtocolError),
    (Fault.STRAY_BYTE, ScannerProtocolError),
    (Fault.UNPLUG_MID_IMAGE, ScannerUnplugged),
])
def test_each_fault_is_a_typed_error_and_the_next_capture_works(
        emulator: Emulator, scanner: Scanner, prints: Stripes, fault: Fault, error: type[Exception]) -> None:
    scanner.info(Recorder()).result(timeout=10)  # opened and verified before the fault is armed
    emulator.inject(fault)
    started = time.monotonic()
    with pytest.raises(error):
        capture(scanner)
    assert time.monotonic() - started < 5  # seconds, not pyfingerprint's 24 (a silent line retries for 2.5 s)
    assert np.array_equal(capture(scanner), (prints.pixels >> 4) * 17)


def test_unplugged_mid_image_then_recovered_within_seconds(emulator: Emulator, scanner: Scanner) -> None:
    scanner.info(Recorder()).result(timeout=10)
    emulator.inject(Fault.UNPLUG_MID_IMAGE)
    recorder = Recorder()
    with pytest.raises(ScannerUnplugged):
        capture(scanner, recorder)
    assert 0 < max(p.percent for p in recorder.seen) < 100  # it really was cut off mid-image
    failed = time.monotonic()
    capture(scanner)  # reopens the same path once the adapter is back
    assert time.monotonic() - failed < 3
    assert emulator.stats.unplugs == 1


def test_a_wrong_password_asks_the_handler_and_gives_up_with_a_typed_error(prints: Stripes) -> None:
    with Emulator(prints, password=0x1234ABCD) as locked:
        path = locked.start_pty()
        refused = open_scanner(path)
        recorder = Recorder()
        with pytest.raises(ScannerWrongPassword):
            refused.info(recorder).result(timeout=10)
        assert recorder.asked == [path]
        refused.close()
        answered = open_scanner(path)
        assert answered.info(Recorder(password=0x1234ABCD)).result(timeout=10).kind == "ZFM"
        assert capture(answered).shape == (288, 256)
        answered.close()


def test_the_wrong_password_fault(emulator: Emulator, path: str) -> None:
    emulator.inject(Fault.WRONG_PASSWORD)
    scanner = open_scanner(path)
    with pytest.raises(ScannerWrongPassword):
        scanner.info(Recorder()).result(timeout=10)
    assert scanner.info(Recorder()).result(timeout=10).kind == "ZFM"  # the fault fired once
    scanner.close()


def test_a_missing_port_is_not_connected(tmp_path: object) -> None:
    scanner = open_scanner(f"{tmp_path}/ttyUSB9")
    with pytest.raises(ScannerNotConnected):
        scanner.info(Recorder()).result(timeout=10)
    scanner.close()
    with pytest.raises(ScannerNotConnected):  # a closed scanner refuses new work plainly
        scanner.capture(Recorder(), threading.Event()).result(timeout=1)


def test_over_tcp_as_on_windows_with_reconnect(emulator: Emulator, prints: Stripes) -> None:
    url = emulator.start_tcp()
    assert url.startswith("socket://127.0.0.1:")
    scanner = open_scanner(url)
    assert np.array_equal(capture(scanner), (prints.pixels >> 4) * 17)
    emulator.unplug()
    with pytest.raises((ScannerUnplugged, ScannerTimeout)):
        scanner.info(Recorder()).result(timeout=10)
    assert emulator.wait_plugged()
    assert capture(scanner).shape == (288, 256)
    scanner.close()


def test_probe_recognises_the_sensor_and_nothing_else(path: str, tmp_path: object) -> None:
    kind = ZfmKind(reply_timeout=FAST)
    assert kind.probe(path)
    assert not kind.probe(f"{tmp_path}/nothing")


def test_a_password_typed_once_is_kept_in_the_keyring_and_not_asked_again(prints: Stripes) -> None:
    assert load_password() == 0  # the factory password until a station sets its own
    with Emulator(prints, password=0x1234ABCD) as locked:
        path = locked.start_pty()
        kind = ZfmKind(load_password(), reply_timeout=FAST, remember=save_password)
        first = Scanner(kind, path)
        asker = Recorder(password=0x1234ABCD)
        assert first.info(asker).result(timeout=10).kind == "ZFM"
        first.close()
        assert asker.asked == [path] and load_password() == 0x1234ABCD
        # The next start of the program: the kept password opens the sensor without a question.
        again = Scanner(ZfmKind(load_password(), reply_timeout=FAST), path)
        quiet = Recorder(password=None)
        assert again.info(quiet).result(timeout=10).kind == "ZFM"
        again.close()
        assert quiet.asked == []


def test_a_damaged_keyring_entry_falls_back_to_the_factory_password() -> None:
    keyring.set_password("thana", "scanner-password", "not hex")
    assert load_password() == 0
