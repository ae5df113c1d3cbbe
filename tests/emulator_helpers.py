"""Shared by the emulator tests: a tiny image source, the real driver on a pty or TCP, a raw port, leak checks."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
import serial
from PIL import Image
from pyfingerprint.pyfingerprint import PyFingerprint

from devices.emulator import Capture, CorruptFrame, Emulator, Frame, FrameParser, encode
from devices.emulator.frames import COMMAND, DEFAULT_ADDRESS

BAUD = 57600


class Prints:
    """Reproducible impressions of numbered fingers; set `finger` to present another one."""

    def __init__(self, finger: int = 1) -> None:
        self.finger = finger
        self.served: list[Capture] = []

    def next_image(self) -> Capture:
        rng = np.random.default_rng([self.finger, len(self.served)])
        capture = Capture(rng.integers(0, 256, size=(288, 256), dtype=np.uint8), f"finger-{self.finger}")
        self.served.append(capture)
        return capture


def on_the_wire(pixels: np.ndarray) -> np.ndarray:
    """What a 4-bit image download gives back, as pyfingerprint expands it."""
    return (pixels >> 4) * 17


def png_pixels(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        assert image.size == (256, 288)
        return np.asarray(image.convert("L"))


@pytest.fixture
def no_leaks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Emulators make their temp dirs in a private folder; at the end no fd or temp dir is left (threads are
    checked for every test in conftest)."""
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    fds = set(os.listdir("/proc/self/fd"))
    yield private
    assert set(os.listdir("/proc/self/fd")) <= fds, "a file descriptor outlived the test"
    assert list(private.iterdir()) == [], "a temp dir outlived the test"


@pytest.fixture
def prints() -> Prints:
    return Prints()


@pytest.fixture
def emulator(prints: Prints) -> Iterator[Emulator]:
    with Emulator(prints, replug_delay=0.3) as running:
        yield running


@pytest.fixture
def path(emulator: Emulator) -> str:
    return emulator.start_pty()


@contextmanager
def driver(path: str, password: int = 0, timeout: float | None = None) -> Iterator[PyFingerprint]:
    """The real pyfingerprint driver on a device path; its port is closed at the end, not left to __del__."""
    sensor = PyFingerprint(path, BAUD, 0xFFFFFFFF, password)
    port = sensor._PyFingerprint__serial
    if timeout is not None:
        port.timeout = timeout
    try:
        yield sensor
    finally:
        port.close()


@contextmanager
def tcp_driver(url: str) -> Iterator[PyFingerprint]:
    """pyfingerprint cannot open a URL, so give it the port as the production driver does."""
    port = serial.serial_for_url(url, baudrate=BAUD, timeout=2)
    sensor = PyFingerprint.__new__(PyFingerprint)
    sensor._PyFingerprint__serial = port
    sensor._PyFingerprint__address = 0xFFFFFFFF
    sensor._PyFingerprint__password = 0
    try:
        yield sensor
    finally:
        close(port)


@contextmanager
def raw_port(path: str, timeout: float = 0.1) -> Iterator[serial.Serial]:
    port = serial.serial_for_url(path, baudrate=BAUD, timeout=timeout)
    try:
        yield port
    finally:
        close(port)


def close(port: serial.SerialBase) -> None:
    """pyserial's socket:// port skips closing its socket when shutdown fails because the peer has gone
    (the emulator unplugged): close that socket first, or it leaks with a ResourceWarning."""
    if isinstance(getattr(port, "_socket", None), socket.socket):
        port._socket.close()
    port.close()


def command(port: serial.Serial, payload: bytes, address: int = DEFAULT_ADDRESS) -> None:
    port.write(encode(COMMAND, payload, address))


def read_items(port: serial.Serial, count: int = 1, within: float = 2.0) -> list[Frame | CorruptFrame]:
    """Up to `count` frames that arrive within `within` seconds."""
    parser = FrameParser()
    items: list[Frame | CorruptFrame] = []
    deadline = time.monotonic() + within
    saved = port.timeout
    try:
        while len(items) < count and (left := deadline - time.monotonic()) > 0:
            port.timeout = left
            items += parser.feed(port.read(max(1, port.in_waiting)))
    finally:
        port.timeout = saved
    return items


def ack_code(port: serial.Serial) -> int:
    items = read_items(port)
    assert len(items) == 1 and isinstance(items[0], Frame), items
    return items[0].payload[0]
