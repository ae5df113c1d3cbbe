"""What the serving thread needs from a line (pty or TCP), its wake-up call, and pacing to the real baud rate."""

from __future__ import annotations

import select
import socket
import time
from typing import Protocol

BITS_PER_BYTE = 10  # 8N1: start bit, 8 data bits, stop bit
PACING_STEPS_PER_SECOND = 200  # a throttled reply leaves in 5 ms steps


class HostGone(Exception):
    """The host closed the port or the connection while a reply was going out."""


class Interrupted(Exception):
    """stop() or unplug() asked for the serving thread's attention while it was sending."""


class Waker:
    """A socket pair that other threads write a byte to, ending the serving thread's wait in poll or select.
    Sockets rather than a pipe: Windows can select on sockets only, and TCP serves there too."""

    def __init__(self) -> None:
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)

    def fileno(self) -> int:
        return self._read.fileno()

    def wake(self) -> None:
        try:
            self._write.send(b"!")
        except BlockingIOError:
            pass  # the buffer is full, so the serving thread is already being woken

    def drain(self) -> None:
        try:
            while self._read.recv(512):
                pass
        except BlockingIOError:
            pass

    def wait(self, timeout: float) -> bool:
        """True if woken within `timeout` seconds; the byte stays until drain()."""
        ready, _, _ = select.select([self._read], [], [], max(0.0, timeout))
        return bool(ready)

    def close(self) -> None:
        self._read.close()
        self._write.close()


class Endpoint(Protocol):
    """One emulated serial line. Only the serving thread calls these, except close() after it has ended."""

    @property
    def address(self) -> str:
        """What the host opens: a device path or a pyserial URL."""
        ...

    def plug(self) -> None:
        """Make the line available (again)."""

    def unplug(self) -> None:
        """Take the line away as a pulled USB adapter would: the host's next read or write fails."""

    def receive(self, timeout: float) -> bytes | None:
        """Bytes from the host (b"" if none came in time or the waker fired), None when a host session ended
        or began, so a half-received frame must be forgotten."""

    def send(self, data: bytes) -> None:
        """All of `data` or HostGone or Interrupted."""

    def close(self) -> None:
        """Release every fd and socket, and any files made for the line."""


def send_paced(endpoint: Endpoint, data: bytes, baud: int, started: float, waker: Waker) -> None:
    """Each step leaves when its last byte would have arrived over a real line, counted from `started`,
    so sleeping late never adds up: a long reply takes its wire time, not wire time plus drift."""
    step = max(1, baud // BITS_PER_BYTE // PACING_STEPS_PER_SECOND)
    for offset in range(0, len(data), step):
        chunk = data[offset : offset + step]
        due = started + (offset + len(chunk)) * BITS_PER_BYTE / baud
        delay = due - time.monotonic()
        if delay > 0 and waker.wait(delay):
            raise Interrupted
        endpoint.send(chunk)
