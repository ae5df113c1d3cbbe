"""The real pyfingerprint driver against the emulator on a pseudo-terminal, instruction by instruction."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from devices.emulator import Emulator
from tests.emulator_helpers import Prints, driver, on_the_wire, png_pixels

pytestmark = pytest.mark.usefixtures("no_leaks")


def test_handshake_parameters_and_empty_library(path: str) -> None:
    assert Path(path).is_symlink() and Path(path).resolve().is_char_device()
    with driver(path) as sensor:
        assert sensor.verifyPassword()
        status, system_id, capacity, level, address, packet_code, baud = sensor.getSystemParameters()
        assert status & 0x0004  # password verified
        assert (system_id, capacity, level, address, packet_code, baud) == (9, 1000, 3, 0xFFFFFFFF, 2, 6)
        assert sensor.getStorageCapacity() == 1000 and sensor.getMaxPacketSize() == 128
        assert sensor.getTemplateCount() == 0
        assert sensor.getTemplateIndex(0) == [False] * 256


def test_read_image_waits_for_the_finger_then_downloads_it(prints: Prints, tmp_path: Path) -> None:
    with Emulator(prints, finger_after=0.3) as emulator, driver(emulator.start_pty()) as sensor:
        began = time.monotonic()
        assert sensor.readImage() is False
        while not sensor.readImage():
            assert time.monotonic() - began < 5
        assert time.monotonic() - began >= 0.3
        assert sensor.readImage() is False  # the next capture waits for its finger again
        sensor.downloadImage(str(tmp_path / "print.png"))
    assert len(prints.served) == 1
    assert (png_pixels(tmp_path / "print.png") == on_the_wire(prints.served[0].pixels)).all()


def test_no_finger_never_reads_and_convert_needs_an_image(prints: Prints) -> None:
    with Emulator(prints, no_finger=True) as emulator, driver(emulator.start_pty()) as sensor:
        assert not any(sensor.readImage() for _ in range(3))
        with pytest.raises(Exception, match="The image is invalid"):
            sensor.convertImage(1)
    assert prints.served == []


def test_enrol_two_impressions_then_identify(path: str, prints: Prints) -> None:
    with driver(path) as sensor:
        for buffer in (1, 2):
            assert sensor.readImage()
            assert sensor.convertImage(buffer)
        assert sensor.compareCharacteristics() >= 100  # two impressions of one finger
        assert sensor.createTemplate()
        assert sensor.storeTemplate() == 0
        assert sensor.getTemplateCount() == 1 and sensor.getTemplateIndex(0)[:2] == [True, False]

        assert sensor.readImage() and sensor.convertImage(1)  # a third impression of the same finger
        position, score = sensor.searchTemplate()
        assert position == 0 and score >= 100

        prints.finger = 2
        assert sensor.readImage() and sensor.convertImage(1)
        assert sensor.searchTemplate() == (-1, -1)
        assert sensor.loadTemplate(0, 2)
        assert sensor.compareCharacteristics() == 0
        assert sensor.createTemplate() is False  # finger 2 in buffer 1, finger 1's template in buffer 2


def test_characteristics_download_upload_round_trip(path: str) -> None:
    with driver(path) as sensor:
        assert sensor.readImage() and sensor.convertImage(1)
        characteristics = sensor.downloadCharacteristics(1)
        assert len(characteristics) == 512
        assert sensor.downloadCharacteristics(2) == [0] * 512  # nothing converted into buffer 2 yet
        assert sensor.uploadCharacteristics(2, characteristics)  # pyfingerprint downloads it back to check
        assert sensor.compareCharacteristics() == 300  # the very same impression


def test_store_load_delete_and_clear(path: str) -> None:
    with driver(path) as sensor:
        assert sensor.readImage() and sensor.convertImage(1)
        for position in (0, 5, 300, 999):
            assert sensor.storeTemplate(position, 1) == position
        assert sensor.getTemplateCount() == 4
        assert sensor.getTemplateIndex(1)[300 - 256] and sensor.getTemplateIndex(3)[999 - 768]
        assert sensor.deleteTemplate(5)
        assert sensor.getTemplateCount() == 3
        with pytest.raises(Exception, match="The template could not be read"):
            sensor.loadTemplate(5, 1)
        assert sensor.loadTemplate(300, 2) and sensor.compareCharacteristics() == 300
        assert sensor.deleteTemplate(0, 1000)
        assert sensor.getTemplateCount() == 0
        assert sensor.storeTemplate(7, 1) == 7 and sensor.clearDatabase()
        assert sensor.getTemplateCount() == 0 and sensor.searchTemplate() == (-1, -1)


def test_random_numbers(path: str) -> None:
    with driver(path) as sensor:
        numbers = {sensor.generateRandomNumber() for _ in range(4)}
    assert len(numbers) == 4 and all(0 <= n <= 0xFFFFFFFF for n in numbers)


def test_set_password_then_only_the_new_one_opens_the_sensor(path: str) -> None:
    with driver(path) as sensor:
        assert sensor.setPassword(0x1234ABCD)
        assert sensor.verifyPassword()  # pyfingerprint now sends the new password
    with driver(path) as stranger:
        assert stranger.verifyPassword() is False
        with pytest.raises(Exception, match="0x21"):  # password not verified
            stranger.getTemplateCount()
    with driver(path, password=0x1234ABCD) as owner:
        assert owner.verifyPassword() and owner.getTemplateCount() == 0


def test_a_sensor_with_a_password_refuses_commands_until_verified(prints: Prints) -> None:
    with Emulator(prints, password=0xCAFE) as emulator, driver(emulator.start_pty(), password=0xCAFE) as sensor:
        with pytest.raises(Exception, match="0x21"):
            sensor.readImage()
        assert sensor.verifyPassword() and sensor.readImage()


@pytest.mark.parametrize("size", [32, 256])
def test_image_download_with_another_packet_size(path: str, emulator: Emulator, prints: Prints, size: int,
                                                 tmp_path: Path) -> None:
    with driver(path) as sensor:
        sensor.setMaxPacketSize(size)
        assert sensor.getMaxPacketSize() == size
        assert sensor.readImage()
        before = emulator.stats
        sensor.downloadImage(str(tmp_path / "print.png"))
        assert emulator.stats.frames_out - before.frames_out == 1 + 36864 // size
    assert (png_pixels(tmp_path / "print.png") == on_the_wire(prints.served[-1].pixels)).all()


def test_security_level_and_baud_parameters(path: str) -> None:
    with driver(path) as sensor:
        sensor.setSecurityLevel(5)
        sensor.setBaudRate(115200)
        assert sensor.getSecurityLevel() == 5 and sensor.getBaudRate() == 115200


def test_set_address_moves_the_sensor(path: str, emulator: Emulator) -> None:
    with driver(path) as sensor:
        assert sensor.setAddress(0x0A0B0C0D)
        assert sensor.getSystemParameters()[4] == 0x0A0B0C0D  # pyfingerprint now writes the new address
    assert emulator.sensor.address == 0x0A0B0C0D


def test_the_library_file_keeps_templates_across_runs(prints: Prints, tmp_path: Path) -> None:
    library = tmp_path / "templates.json"
    with Emulator(prints, library=library) as emulator, driver(emulator.start_pty()) as sensor:
        assert sensor.readImage() and sensor.convertImage(1) and sensor.storeTemplate(42, 1) == 42
    with Emulator(prints, library=library) as emulator, driver(emulator.start_pty()) as sensor:
        assert sensor.getTemplateCount() == 1 and sensor.getTemplateIndex(0)[42]
        assert sensor.readImage() and sensor.convertImage(1) and sensor.searchTemplate()[0] == 42
