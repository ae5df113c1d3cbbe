"""What every fingerprint scanner offers the rest of the program.

Modelled on Electrum's hardware plugins: a *kind* of scanner knows how to
recognise and open a port, a *client* is one open scanner, and a *handler* is
the only way a driver may tell the user something or ask them a question.
A client is not thread-safe: ``devices.scanner.Scanner`` gives each one its
own thread.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, TypeVar

import numpy as np

from devices.errors import CaptureCancelled, NoFinger

T = TypeVar("T")


class Stage(Enum):
    WAITING_FOR_FINGER = "waiting"
    READING = "reading"
    DOWNLOADING = "downloading"
    DONE = "done"


@dataclass(frozen=True)
class Progress:
    stage: Stage
    percent: int = 0  # of the image download
    partial: np.ndarray | None = None  # rows received so far (light where not yet known), for a live view


@dataclass(frozen=True)
class Capture:
    pixels: np.ndarray  # uint8, (height, width), dark ridges on light
    dpi: int
    quality: int  # 0..100, app.biometrics.quality
    seconds: dict[str, float] = field(default_factory=dict)  # wait, read, download


@dataclass(frozen=True)
class ScannerInfo:
    kind: str
    port: str
    details: dict[str, int | str]  # system parameters as the device reports them
    template_count: int


class Handler(Protocol):
    """The driver's only way to reach the user (a window, the command line, a test)."""

    def progress(self, progress: Progress) -> None: ...

    def ask_password(self, port: str) -> int | None:
        """The sensor refused the stored password: ask for another, or None to give up."""
        ...


class SilentHandler:
    """For callers with no one to ask: progress is dropped, passwords are not guessed."""

    def progress(self, progress: Progress) -> None:
        pass

    def ask_password(self, port: str) -> int | None:  # noqa: ARG002 - nobody to ask
        return None


def wait_for_finger(touched: Callable[[], T | None], handler: Handler, cancel: threading.Event, poll_s: float,
                    timeout_s: float) -> tuple[T, float]:
    """Ask ``touched`` until it returns something (a sensor answers "no finger" until one is placed);
    returns that and the seconds waited. Cancel and the timeout end the wait with a typed error."""
    started = time.monotonic()
    handler.progress(Progress(Stage.WAITING_FOR_FINGER))
    while not (result := touched()):
        if cancel.wait(poll_s):
            raise CaptureCancelled()
        if time.monotonic() - started > timeout_s:
            raise NoFinger(seconds=int(timeout_s))
    handler.progress(Progress(Stage.READING))
    return result, time.monotonic() - started


class Client(ABC):
    """One open scanner. Every method blocks; call them from the scanner's own thread."""

    port: str

    @abstractmethod
    def info(self) -> ScannerInfo: ...

    @abstractmethod
    def capture(self, handler: Handler, cancel: threading.Event) -> Capture: ...

    @abstractmethod
    def close(self) -> None: ...


class Kind(ABC):
    """A family of scanners: how to recognise one on a port and open it."""

    name: str

    @abstractmethod
    def probe(self, port: str) -> bool:
        """A quick handshake (well under a second): does a scanner of this kind answer on the port?"""

    @abstractmethod
    def open(self, port: str, handler: Handler) -> Client: ...

    def label(self, port: str) -> str:
        """How the status bar names a scanner of this kind on ``port``."""
        return f"{self.name} · {port}"
