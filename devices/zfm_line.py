"""The serial line under pyfingerprint, with the guard rails the library lacks.

pyfingerprint reads one byte at a time and waits 2 s per byte before giving up
after a dozen empty reads (about 24 s). Handing it this object instead of its
own ``serial.Serial`` bounds every wait, turns a pulled adapter into a typed
error, and lets it speak to pyserial URLs such as ``socket://`` (the emulator's
route on Windows).
"""

from __future__ import annotations

import serial

from devices.errors import ScannerNotConnected, ScannerTimeout, ScannerUnplugged

REPLY_TIMEOUT_S = 1.5  # a ZFM answers a command in tens of milliseconds; image bytes stream without pause


class GuardedLine:
    """The subset of ``serial.Serial`` that pyfingerprint calls: ``read``, ``write``, ``isOpen``, ``close``."""

    def __init__(self, url: str, baud: int, reply_timeout: float = REPLY_TIMEOUT_S) -> None:
        self.url = url
        is_url = "://" in url
        try:
            # exclusive: a second program opening the same scanner gets a clear error, not garbled frames
            self._serial = serial.serial_for_url(url, baudrate=baud, timeout=reply_timeout, write_timeout=reply_timeout,
                                                 do_not_open=True, **({} if is_url else {"exclusive": True}))
            self._serial.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise ScannerNotConnected(port=url) from exc

    def read(self, size: int = 1) -> bytes:
        try:
            data: bytes = self._serial.read(size)
        except (serial.SerialException, OSError) as exc:
            raise ScannerUnplugged(port=self.url) from exc
        if not data:
            raise ScannerTimeout(port=self.url)
        return data

    def write(self, data: bytes) -> int | None:
        try:
            written: int | None = self._serial.write(data)
        except serial.SerialTimeoutException as exc:
            raise ScannerTimeout(port=self.url) from exc
        except (serial.SerialException, OSError) as exc:
            raise ScannerUnplugged(port=self.url) from exc
        return written

    def discard_input(self) -> None:
        """Drop stale bytes (a late reply, line noise) before a new command."""
        try:
            self._serial.reset_input_buffer()
        except (serial.SerialException, OSError) as exc:
            raise ScannerUnplugged(port=self.url) from exc

    def isOpen(self) -> bool:  # the name pyfingerprint calls
        return bool(self._serial.is_open)

    def open(self) -> None:
        self._serial.open()

    def close(self) -> None:
        # pyserial's socket:// close skips closing a socket whose peer has gone (its shutdown() fails first)
        sock = getattr(self._serial, "_socket", None)
        try:
            self._serial.close()
        except (serial.SerialException, OSError):
            pass  # the adapter is already gone; nothing left to release
        if sock is not None:
            sock.close()
