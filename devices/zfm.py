"""ZhianTec ZFM / R30x / AS608 sensors on a serial line, through pyfingerprint.

pyfingerprint stays the one place that frames packets; this module gives it a
guarded line (``GuardedLine``), never lets it open a port itself, turns its
bare exceptions into typed ones, and downloads the image packet by packet so
the user sees progress and a live picture.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from pyfingerprint.pyfingerprint import PyFingerprint

from app.biometrics.quality import quality
from devices.base import Capture, Client, Handler, Kind, Progress, ScannerInfo, SilentHandler, Stage, wait_for_finger
from devices.errors import (
    CaptureCancelled,
    ScannerError,
    ScannerProtocolError,
    ScannerWrongPassword,
)
from devices.zfm_line import REPLY_TIMEOUT_S, GuardedLine

BAUD = 57600  # the modules' factory rate; higher rates drop bytes on cheap adapters
ADDRESS = 0xFFFFFFFF
WIDTH, HEIGHT, DPI = 256, 288, 500
IMAGE_BYTES = WIDTH * HEIGHT // 2  # two 4-bit pixels per byte
POLL_S = 0.1  # readImage answers "no finger" until one is placed, so we ask again
FINGER_TIMEOUT_S = 30.0
PROBE_TIMEOUT_S = 0.5

_DOWNLOAD_IMAGE, _COMMAND, _ACK, _DATA, _END = 0x0A, 0x01, 0x07, 0x02, 0x08


def _open_sensor(line: GuardedLine, password: int) -> PyFingerprint:
    """A PyFingerprint on our line: its constructor would open the port itself (twice), so it is bypassed."""
    sensor: PyFingerprint = PyFingerprint.__new__(PyFingerprint)
    sensor._PyFingerprint__address = ADDRESS
    sensor._PyFingerprint__password = password
    sensor._PyFingerprint__serial = line
    return sensor


def _typed(exc: Exception, port: str) -> ScannerError:
    """pyfingerprint's own failures are all bare Exceptions about a malformed or unexpected reply."""
    return ScannerProtocolError(port=port) if not isinstance(exc, ScannerError) else exc


class ZfmClient(Client):
    def __init__(self, port: str, password: int, handler: Handler, baud: int = BAUD,
                 reply_timeout: float = REPLY_TIMEOUT_S) -> None:
        self.port = port
        self.password = password  # the one the sensor accepted, once open
        self._line = GuardedLine(port, baud, reply_timeout)
        try:
            self._sensor = self._handshake(password, handler)
        except BaseException:
            self._line.close()
            raise

    def _handshake(self, password: int, handler: Handler) -> PyFingerprint:
        # One PyFingerprint per line: its destructor closes the port it was given.
        sensor = _open_sensor(self._line, password)
        while True:
            try:
                if sensor.verifyPassword():
                    return sensor
            except ScannerError:
                raise
            except Exception as exc:
                raise _typed(exc, self.port) from exc
            asked = handler.ask_password(self.port)
            if asked is None:
                raise ScannerWrongPassword(port=self.port)
            sensor._PyFingerprint__password = self.password = asked

    def _call(self, method: str, *args: object) -> Any:  # pyfingerprint is untyped
        try:
            return getattr(self._sensor, method)(*args)
        except ScannerError:
            raise
        except Exception as exc:
            raise _typed(exc, self.port) from exc

    def info(self) -> ScannerInfo:
        self._line.discard_input()
        status, system_id, capacity, security, address, packet, baud = self._call("getSystemParameters")
        details: dict[str, int | str] = {
            "status": status, "system_id": system_id, "capacity": capacity, "security_level": security,
            "address": f"{address:08X}", "packet_bytes": 32 << packet, "baud": baud * 9600,
        }
        count = self._call("getTemplateCount")
        return ScannerInfo("ZFM", self.port, details, int(count))

    def capture(self, handler: Handler, cancel: threading.Event) -> Capture:
        self._line.discard_input()
        _, waited = wait_for_finger(lambda: self._call("readImage"), handler, cancel, POLL_S, FINGER_TIMEOUT_S)
        placed = time.monotonic()
        pixels = self._download_image(handler, cancel)
        result = Capture(pixels, DPI, quality(pixels, DPI), {"wait": waited, "download": time.monotonic() - placed})
        handler.progress(Progress(Stage.DONE, 100, pixels))
        return result

    def _download_image(self, handler: Handler, cancel: threading.Event) -> np.ndarray:
        """downloadImage, but packet by packet into memory: progress, a live view, no image file on disk."""
        write = self._sensor._PyFingerprint__writePacket
        read = self._sensor._PyFingerprint__readPacket
        received = bytearray()
        try:
            write(_COMMAND, (_DOWNLOAD_IMAGE,))
            kind, payload = read()
            if kind != _ACK or not payload or payload[0] != 0:
                raise ScannerProtocolError(port=self.port)
            while kind != _END:
                kind, payload = read()
                if kind not in (_DATA, _END) or len(received) + len(payload) > IMAGE_BYTES:
                    raise ScannerProtocolError(port=self.port)
                received += bytes(payload)
                handler.progress(Progress(Stage.DOWNLOADING, 100 * len(received) // IMAGE_BYTES,
                                          _unpack(received)))
                # a cancel mid-stream leaves the sensor talking: the scanner thread reopens the line
                if cancel.is_set():
                    raise CaptureCancelled()
        except ScannerError:
            raise
        except Exception as exc:
            raise _typed(exc, self.port) from exc
        if len(received) != IMAGE_BYTES:
            raise ScannerProtocolError(port=self.port)
        return _unpack(received)

    def close(self) -> None:
        self._line.close()


def _unpack(data: bytes | bytearray) -> np.ndarray:
    """4-bit pixels, high nibble first, to an 8-bit image; rows not yet received stay white."""
    nibbles = np.full(IMAGE_BYTES * 2, 15, dtype=np.uint8)
    raw = np.frombuffer(bytes(data), dtype=np.uint8)
    nibbles[0:2 * len(raw):2] = raw >> 4
    nibbles[1:2 * len(raw):2] = raw & 0x0F
    return (nibbles * 17).reshape(HEIGHT, WIDTH)


class ZfmKind(Kind):
    name = "ZFM"

    def __init__(self, password: int = 0, baud: int = BAUD, reply_timeout: float = REPLY_TIMEOUT_S,
                 remember: Callable[[int], None] | None = None) -> None:
        """``remember`` keeps a password the user typed in (the keyring), so it is asked once."""
        self.password = password
        self.baud = baud
        self.reply_timeout = reply_timeout
        self.remember = remember

    def probe(self, port: str) -> bool:
        try:
            client = ZfmClient(port, self.password, SilentHandler(), self.baud,
                               min(PROBE_TIMEOUT_S, self.reply_timeout))
        except ScannerWrongPassword:
            return True  # a sensor answered: it is a scanner, only the password is wrong
        except ScannerError:
            return False
        client.close()
        return True

    def open(self, port: str, handler: Handler) -> ZfmClient:
        client = ZfmClient(port, self.password, handler, self.baud, self.reply_timeout)
        if client.password != self.password:
            self.password = client.password
            if self.remember is not None:
                self.remember(client.password)
        return client

