"""The station's scanner: found by the port watcher, opened on its own thread, dropped when it goes.

The rest of the program asks the hub for the current scanner (None: not
connected) and is told when that changes. ``on_change`` runs on the watcher's
thread; the window re-emits it as a Qt signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from devices.base import Kind
from devices.manager import Found, PortWatcher
from devices.scanner import Scanner

OnChange = Callable[[Scanner | None], None]


class ScannerHub:
    def __init__(self, kinds: list[Kind], configured: list[str], on_change: OnChange | None = None,
                 interval: float | None = None) -> None:
        self._lock = threading.Lock()
        self._current: Scanner | None = None
        self.on_change = on_change
        extra = {} if interval is None else {"interval": interval}
        self._watcher: PortWatcher | None = PortWatcher(kinds, configured, self._found, **extra)

    @classmethod
    def fixed(cls, scanner: Scanner) -> ScannerHub:
        """A hub with one scanner that never goes away (the simulated one)."""
        hub = cls([], [])
        hub._watcher = None
        hub._current = scanner
        return hub

    @property
    def current(self) -> Scanner | None:
        return self._current

    def start(self) -> None:
        if self._watcher is not None:
            self._watcher.start()

    def close(self) -> None:
        self.on_change = None  # the window that listened is going away
        if self._watcher is not None:
            self._watcher.stop()
        self._replace(None)

    def _found(self, scanners: list[Found]) -> None:
        current = self._current
        if current is not None and any(found.port.device == current.port for found in scanners):
            return
        first = scanners[0] if scanners else None
        self._replace(Scanner(first.kind, first.port.device) if first and first.kind else None)

    def _replace(self, scanner: Scanner | None) -> None:
        with self._lock:
            old, self._current = self._current, scanner
        if old is not None:
            old.close()
        if old is not None or scanner is not None:
            if self.on_change is not None:
                self.on_change(scanner)
