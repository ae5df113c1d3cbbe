"""One program at a time on a station folder: the window holds this lock while it runs, and the
maintenance commands (backup, restore, rekey) take it too, so none of them works under the other."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from app.errors import StorageError, ThanaError
from app.i18n import QT_TRANSLATE_NOOP

LOCK_NAME = "thana.lock"


class StationBusy(StorageError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "Thana is already running on this station's data (close it first): {folder}")


class StationLock:
    """An exclusive OS lock on ``DATA_DIR/thana.lock``; the OS drops it if the program dies."""

    lock_name = LOCK_NAME
    busy: type[ThanaError] = StationBusy  # raised with ``folder`` when another process holds the lock

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._fd: int | None = None

    def acquire(self) -> StationLock:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.data_dir / self.lock_name, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise self.busy(folder=str(self.data_dir)) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None

    def __enter__(self) -> StationLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":  # spelled so that type checkers know which branch applies
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
