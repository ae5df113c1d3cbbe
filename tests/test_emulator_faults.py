"""Every injected fault, as the real pyfingerprint driver meets it, and recovery by reopening the port."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from devices.emulator import Emulator, Fault
from tests.emulator_helpers import Prints, driver, on_the_wire, png_pixels

pytestmark = pytest.mark.usefixtures("no_leaks")

SHORT_TIMEOUT = 0.2  # pyfingerprint gives up after 12 empty reads: 2.4 s instead of 24 s


def test_silent_means_no_reply_and_the_command_is_lost(path: str, emulator: Emulator) -> None:
    with driver(path, timeout=SHORT_TIMEOUT) as sensor:
        assert sensor.readImage() and sensor.convertImage(1)
        emulator.inject(Fault.SILENT)
        began = time.monotonic()
        with pytest.raises(Exception, match="valid header"):
            sensor.storeTemplate(3, 1)
        assert time.monotonic() - began < 5
        assert sensor.getTemplateCount() == 0  # swallowed, not executed; the next command is answered


def test_truncated_reply_fails_the_read(path: str, emulator: Emulator) -> None:
    with driver(path, timeout=SHORT_TIMEOUT) as sensor:
        emulator.inject(Fault.TRUNCATE)
        with pytest.raises(Exception):  # noqa: B017 - pyfingerprint fails on the missing bytes with a TypeError
            sensor.getTemplateCount()
        assert sensor.getTemplateCount() == 0


def test_bad_checksum_is_reported_by_the_driver(path: str, emulator: Emulator) -> None:
    with driver(path) as sensor:
        emulator.inject(Fault.CHECKSUM, times=2)
        for _ in range(2):
            with pytest.raises(Exception, match="checksum is wrong"):
                sensor.verifyPassword()
        assert sensor.verifyPassword()


def test_a_fault_armed_for_every_time_fires_until_disarmed(path: str, emulator: Emulator) -> None:
    with driver(path) as sensor:
        emulator.inject(Fault.CHECKSUM, times=0)
        for _ in range(4):
            with pytest.raises(Exception, match="checksum is wrong"):
                sensor.getTemplateCount()
        emulator.inject(Fault.NONE)
        assert sensor.getTemplateCount() == 0


def test_stray_byte_breaks_the_driver_until_the_port_is_reopened(path: str, emulator: Emulator) -> None:
    emulator.inject(Fault.STRAY_BYTE)
    with driver(path) as sensor, pytest.raises(Exception, match="valid header"):
        sensor.verifyPassword()
    with driver(path) as sensor:
        assert sensor.verifyPassword() and sensor.getTemplateCount() == 0


def test_wrong_password_fault(path: str, emulator: Emulator) -> None:
    emulator.inject(Fault.WRONG_PASSWORD)
    with driver(path) as sensor:
        assert sensor.verifyPassword() is False
        assert sensor.verifyPassword() is True


def test_unplug_mid_image_then_the_same_path_works_again(path: str, emulator: Emulator, prints: Prints,
                                                        tmp_path: Path) -> None:
    emulator.inject(Fault.UNPLUG_MID_IMAGE)
    with driver(path) as sensor:
        assert sensor.readImage()
        with pytest.raises(OSError):  # pyserial's SerialException: the device went away
            sensor.downloadImage(str(tmp_path / "half.png"))
    assert not (tmp_path / "half.png").exists()
    assert emulator.wait_plugged(5)
    with driver(path) as sensor:
        assert sensor.verifyPassword()
        assert sensor.readImage()
        sensor.downloadImage(str(tmp_path / "whole.png"))
    assert (png_pixels(tmp_path / "whole.png") == on_the_wire(prints.served[-1].pixels)).all()
    assert emulator.stats.unplugs == 1


def test_unplug_on_request_forgets_ram_but_keeps_flash(path: str, emulator: Emulator) -> None:
    emulator.replug_delay = 1.0  # time to see the path gone
    with driver(path) as sensor:
        assert sensor.readImage() and sensor.convertImage(1) and sensor.storeTemplate(9, 1) == 9
        emulator.unplug()
        with pytest.raises(OSError):
            sensor.getTemplateCount()
    assert not Path(path).exists()  # gone like /dev/ttyUSB0 until the adapter is back
    assert emulator.wait_plugged(5)
    with driver(path) as sensor:
        assert sensor.getTemplateIndex(0)[9]  # templates are in flash
        assert sensor.downloadCharacteristics(1) == [0] * 512  # the char buffers were RAM
