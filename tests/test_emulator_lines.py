"""The emulator's lines: a raw pty that sends rubbish and leaves mid-reply, TCP, the command line, throttling."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
import serial
from PIL import Image

from devices.emulator import Emulator, Frame, FrameParser, fit_window
from devices.emulator.frames import ACK, DATA, END_OF_DATA
from tests.emulator_helpers import (
    Prints,
    ack_code,
    command,
    driver,
    on_the_wire,
    png_pixels,
    raw_port,
    read_items,
    tcp_driver,
)

pytestmark = pytest.mark.usefixtures("no_leaks")

ROOT = Path(__file__).resolve().parent.parent
VERIFY = bytes([0x13, 0, 0, 0, 0])
READ_IMAGE = b"\x01"
DOWNLOAD_IMAGE = b"\x0a"


def test_rubbish_bad_checksums_unknown_and_malformed_commands(emulator: Emulator) -> None:
    with raw_port(emulator.start_pty()) as port:
        port.write(bytes(range(0xE0, 0xEF)) + b"\xef\xef\x01\x00")  # noise, a false header included
        command(port, VERIFY)
        assert ack_code(port) == 0x00
        damaged = bytearray(b"\xef\x01\xff\xff\xff\xff\x01\x00\x03\x1d\x00\x21")  # getTemplateCount
        damaged[-1] ^= 0x01
        port.write(bytes(damaged))
        assert ack_code(port) == 0x01  # communication error
        command(port, b"\x30")
        assert ack_code(port) == 0x01  # no such instruction
        command(port, b"\x0c\x00")
        assert ack_code(port) == 0x01  # deleteTemplate without its arguments
    assert emulator.stats.corrupt_frames_in == 1


def test_frames_for_another_address_are_ignored(emulator: Emulator) -> None:
    with raw_port(emulator.start_pty()) as port:
        command(port, VERIFY, address=0x12345678)
        assert read_items(port, within=0.3) == []
        command(port, VERIFY)
        assert ack_code(port) == 0x00


def test_a_host_that_leaves_mid_frame_or_mid_reply_does_not_confuse_the_next(emulator: Emulator) -> None:
    path = emulator.start_pty()
    with raw_port(path) as port:
        port.write(bytes.fromhex("EF01FFFFFFFF0100"))  # half a command, then the port is closed
    with raw_port(path) as port:
        command(port, READ_IMAGE)
        assert ack_code(port) == 0x00
        command(port, DOWNLOAD_IMAGE)
        assert len(port.read(500)) == 500  # then leave with most of the image still to come
    with raw_port(path) as port:
        command(port, VERIFY)
        assert read_items(port, count=2, within=0.5) == [Frame(ACK, b"\x00")]


def test_tcp_route_with_the_real_driver_and_unplug(emulator: Emulator, prints: Prints, tmp_path: Path) -> None:
    emulator.replug_delay = 1.0
    url = emulator.start_tcp()
    assert url.startswith("socket://127.0.0.1:")
    with tcp_driver(url) as sensor:
        assert sensor.verifyPassword()
        assert sensor.readImage()
        sensor.downloadImage(str(tmp_path / "print.png"))
        emulator.unplug()
        with pytest.raises(OSError):
            sensor.getTemplateCount()
        # Checked before this port is closed: pyserial's socket close sleeps 0.3 s.
        with pytest.raises(serial.SerialException, match="refused"):
            serial.serial_for_url(url, timeout=1)
    assert emulator.wait_plugged(5)
    with tcp_driver(url) as sensor:
        assert sensor.verifyPassword()
    assert (png_pixels(tmp_path / "print.png") == on_the_wire(prints.served[0].pixels)).all()


def test_tcp_serves_one_client_at_a_time(emulator: Emulator) -> None:
    url = emulator.start_tcp()
    with raw_port(url) as first, raw_port(url) as second:
        command(second, VERIFY)
        assert read_items(second, within=0.3) == []  # waits in the backlog
        command(first, VERIFY)
        assert ack_code(first) == 0x00
        first.close()
        assert ack_code(second) == 0x00  # its command was waiting for it


def fingerprint_folder(folder: Path) -> list[Path]:
    folder.mkdir()
    rng = np.random.default_rng(7)
    paths = [folder / "7_1.png", folder / "7_2.bmp", folder / "8_1.tif"]
    for path, size in zip(paths, [(248, 338), (300, 300), (388, 374)], strict=True):
        Image.fromarray(rng.integers(0, 256, size=size[::-1], dtype=np.uint8)).save(path)
    return paths


def test_command_line_pty_serves_folder_images_and_cleans_up_on_sigterm(tmp_path: Path) -> None:
    images = fingerprint_folder(tmp_path / "prints")
    args = [sys.executable, "-m", "devices.emulator", "--pty", "--images", str(images[0].parent)]
    private = Path(tempfile.gettempdir())  # no_leaks made it private to this test
    env = dict(os.environ, TMPDIR=str(private))
    with subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        path = Path(child.stdout.readline().strip())
        assert path.exists() and path.parent.parent == private
        with driver(str(path)) as sensor:
            assert sensor.verifyPassword() and sensor.readImage()
            sensor.downloadImage(str(tmp_path / "print.png"))
        child.send_signal(signal.SIGTERM)
        _, errors = child.communicate(timeout=10)
    assert child.returncode == 0, errors
    assert not path.parent.exists()
    with Image.open(images[0]) as first:
        assert (png_pixels(tmp_path / "print.png") == on_the_wire(fit_window(first))).all()


def test_command_line_tcp_with_a_fault_and_sigint(tmp_path: Path) -> None:
    folder = fingerprint_folder(tmp_path / "prints")[0].parent
    args = [sys.executable, "-m", "devices.emulator", "--tcp", "0", "--images", str(folder),
            "--fault", "wrong-password", "--fault-times", "0"]
    with subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        assert url.startswith("socket://127.0.0.1:")
        with tcp_driver(url) as sensor:
            assert sensor.verifyPassword() is False and sensor.verifyPassword() is False
        child.send_signal(signal.SIGINT)
        _, errors = child.communicate(timeout=10)
    assert child.returncode == 0, errors


def timed_reply(port: serial.Serial, payload: bytes, size: int) -> tuple[float, list[int]]:
    """Seconds from sending a command to the last byte of its `size`-byte reply, and the reply's packet ids."""
    command(port, payload)
    began = time.monotonic()
    received = b""
    while len(received) < size:
        chunk = port.read(size - len(received))
        assert chunk, f"only {len(received)} of {size} bytes"
        received += chunk
    elapsed = time.monotonic() - began
    assert read_items(port, within=0.1) == []  # nothing beyond the expected size
    parser = FrameParser()
    return elapsed, [item.kind for item in parser.feed(received) if isinstance(item, Frame)]


def test_throttled_characteristics_take_their_wire_time_at_9600_baud(prints: Prints) -> None:
    with Emulator(prints, baud=9600, throttle=True) as emulator, raw_port(emulator.start_pty(), 2) as port:
        elapsed, kinds = timed_reply(port, READ_IMAGE, 12)
        assert kinds == [ACK] and elapsed < 0.1
        command(port, b"\x02\x01")
        assert ack_code(port) == 0x00
        size = 12 + 4 * (128 + 11)  # ack, then four data packets of the 512-byte char buffer
        elapsed, kinds = timed_reply(port, b"\x08\x01", size)
        assert kinds == [ACK, DATA, DATA, DATA, END_OF_DATA]
        assert elapsed == pytest.approx(size * 10 / 9600, rel=0.05)


@pytest.mark.slow
def test_throttled_image_takes_its_wire_time_at_57600_baud(prints: Prints) -> None:
    with Emulator(prints, throttle=True) as emulator, raw_port(emulator.start_pty(), 2) as port:
        command(port, READ_IMAGE)
        assert ack_code(port) == 0x00
        size = 12 + 288 * (128 + 11)
        elapsed, kinds = timed_reply(port, DOWNLOAD_IMAGE, size)
        assert kinds == [ACK] + [DATA] * 287 + [END_OF_DATA]
        assert elapsed == pytest.approx(size * 10 / 57600, rel=0.05)
