"""A scanner with no hardware, for trainers: synthetic prints of the demo identities.

The trainer places a chosen finger of a chosen demo person (or a finger nobody
enrolled) on a ``SimulatedSensor``; the next capture returns a fresh synthetic
impression of it, with the same stages and timings a real scanner shows.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass

from app.biometrics.quality import quality
from app.biometrics.synthetic import finger_seed, impression
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import Capture, Client, Handler, Kind, Progress, ScannerInfo, Stage, wait_for_finger
from devices.errors import CaptureCancelled

PORT = "simulated"
POLL_S = 0.05
FINGER_TIMEOUT_S = 60.0
DOWNLOAD_STEPS = 8


@dataclass(frozen=True)
class Finger:
    identity: str | None  # a demo person's id; None: a finger no record holds
    position: int  # ISO finger position, 1 right thumb .. 10 left little


class SimulatedSensor:
    """The glass of the simulated scanner; the trainer's panel and the client share it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._placed: Finger | None = None
        self._impressions: dict[Finger, int] = {}
        self._strangers = itertools.count(1)

    def place(self, identity: str | None, position: int) -> None:
        if not 1 <= position <= 10:
            raise ValueError(f"finger position {position} is not 1..10")
        with self._lock:
            self._placed = Finger(identity, position)

    def lift(self) -> None:
        with self._lock:
            self._placed = None

    @property
    def placed(self) -> Finger | None:
        return self._placed

    def take_impression(self) -> tuple[int, int] | None:
        """Seed and impression number of the finger on the glass, which is then lifted; None if the glass is empty."""
        with self._lock:
            finger, self._placed = self._placed, None
            if finger is None:
                return None
            identity = finger.identity if finger.identity is not None else f"stranger-{next(self._strangers)}"
            index = self._impressions.get(finger, 0)
            self._impressions[finger] = index + 1
            return finger_seed(identity, finger.position), index


class SimulatedClient(Client):
    def __init__(self, sensor: SimulatedSensor, download_s: float) -> None:
        self.port = PORT
        self._sensor = sensor
        self._download_s = download_s

    def info(self) -> ScannerInfo:
        return ScannerInfo("Simulated", PORT, {"capacity": 0, "packet_bytes": 128, "baud": 57600}, 0)

    def capture(self, handler: Handler, cancel: threading.Event) -> Capture:
        taken, waited = wait_for_finger(self._sensor.take_impression, handler, cancel, POLL_S, FINGER_TIMEOUT_S)
        placed = time.monotonic()
        pixels = impression(*taken).pixels
        for step in range(1, DOWNLOAD_STEPS + 1):
            if cancel.wait(self._download_s / DOWNLOAD_STEPS):
                raise CaptureCancelled()
            partial = pixels.copy()
            partial[len(pixels) * step // DOWNLOAD_STEPS:] = 255
            handler.progress(Progress(Stage.DOWNLOADING, 100 * step // DOWNLOAD_STEPS, partial))
        result = Capture(pixels, 500, quality(pixels, 500), {"wait": waited, "download": time.monotonic() - placed})
        handler.progress(Progress(Stage.DONE, 100, pixels))
        return result

    def close(self) -> None:
        pass


class SimulatedKind(Kind):
    name = "Simulated"

    def __init__(self, sensor: SimulatedSensor, download_s: float = 0.5) -> None:
        self.sensor = sensor
        self.download_s = download_s

    def probe(self, port: str) -> bool:
        return port == PORT

    def label(self, port: str) -> str:  # noqa: ARG002 - there is only one
        return QT_TRANSLATE_NOOP("core", "simulated (training)")

    def open(self, port: str, handler: Handler) -> SimulatedClient:  # noqa: ARG002 - nothing to ask
        return SimulatedClient(self.sensor, self.download_s)
