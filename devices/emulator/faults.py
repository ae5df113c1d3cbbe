"""Faults the emulator injects on request, each armed for a number of firings.

silent            the next command is swallowed: not executed, no reply at all
truncate          the next reply stops after half its bytes; nothing more follows
checksum          the next reply's first frame has a wrong checksum
stray-byte        one garbage byte goes out before the next reply
unplug-mid-image  the next image download stops after about half its data packets and the adapter is
                  unplugged, then plugged back after the replug delay
wrong-password    the next verifyPassword is answered 0x13 (wrong password) whatever the host sends
"""

from __future__ import annotations

import threading
from enum import Enum

EVERY_TIME = 0
STRAY_BYTE = b"\x55"  # anything but EF: pyfingerprint then sees a frame that does not begin with a header


class Fault(Enum):
    NONE = "none"
    SILENT = "silent"
    TRUNCATE = "truncate"
    CHECKSUM = "checksum"
    STRAY_BYTE = "stray-byte"
    UNPLUG_MID_IMAGE = "unplug-mid-image"
    WRONG_PASSWORD = "wrong-password"


class FaultPlan:
    """Armed faults and how often each still fires; safe to arm from any thread while serving."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._remaining: dict[Fault, int | None] = {}  # None: fires every time

    def inject(self, fault: Fault, times: int = 1) -> None:
        """Arm `fault` for `times` firings (0 = every time); Fault.NONE disarms everything."""
        if times < 0:
            raise ValueError("times must be 0 (every time) or more")
        with self._lock:
            if fault is Fault.NONE:
                self._remaining.clear()
            else:
                self._remaining[fault] = None if times == EVERY_TIME else times

    def take(self, fault: Fault) -> bool:
        """True if `fault` fires now; counts the firing."""
        with self._lock:
            if fault not in self._remaining:
                return False
            left = self._remaining[fault]
            if left is not None:
                if left <= 1:
                    del self._remaining[fault]
                else:
                    self._remaining[fault] = left - 1
            return True

    def armed(self) -> dict[Fault, int | None]:
        with self._lock:
            return dict(self._remaining)


def corrupt_checksum(frame: bytes) -> bytes:
    return frame[:-1] + bytes([frame[-1] ^ 0xFF])


def truncated(data: bytes) -> bytes:
    return data[: max(1, len(data) // 2)]
