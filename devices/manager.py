"""Which serial ports exist, which of them hold a scanner, and when that changes.

Only USB-to-serial adapters of the chips these sensors ship with, and ports the
station configured, are probed: a handshake sent to an unknown device (a GSM
modem, a receipt printer) could upset it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from serial.tools import list_ports

from devices.base import Kind

# USB-UART bridges found on ZFM/R30x/AS608 cables and breakout boards.
USB_SERIAL_CHIPS: dict[tuple[int, int], str] = {
    (0x10C4, 0xEA60): "Silicon Labs CP210x",
    (0x1A86, 0x7523): "WCH CH340",
    (0x1A86, 0x55D4): "WCH CH9102",
    (0x0403, 0x6001): "FTDI FT232R",
    (0x0403, 0x6015): "FTDI FT231X",
    (0x067B, 0x2303): "Prolific PL2303",
}
WATCH_INTERVAL_S = 2.0


@dataclass(frozen=True)
class Port:
    device: str
    description: str
    adapter: str = ""  # the USB-serial chip, when it is one of ours
    configured: bool = False  # named by the station or the command line

    @property
    def worth_probing(self) -> bool:
        return bool(self.adapter) or self.configured


@dataclass(frozen=True)
class Found:
    port: Port
    kind: Kind | None  # None: nothing answered the handshake


def serial_ports(configured: Iterable[str] = ()) -> list[Port]:
    """Every serial port of this computer, plus the configured ones (a path or a ``socket://`` URL)."""
    ports: dict[str, Port] = {}
    for info in list_ports.comports():
        chip = USB_SERIAL_CHIPS.get((info.vid, info.pid), "") if info.vid is not None else ""
        ports[info.device] = Port(info.device, info.description or "", chip)
    for device in configured:
        known = ports.get(device)
        if known is None and "://" not in device and not os.path.exists(device):
            continue  # a configured adapter that is not plugged in
        ports[device] = Port(device, known.description if known else "", known.adapter if known else "", True)
    return sorted(ports.values(), key=lambda port: port.device)


def identify(port: Port, kinds: Iterable[Kind]) -> Found:
    """The first kind whose handshake the port answers (probing only the ports worth it)."""
    if port.worth_probing:
        for kind in kinds:
            if kind.probe(port.device):
                return Found(port, kind)
    return Found(port, None)


class PortWatcher:
    """Polls the port list on its own thread and reports scanners appearing and disappearing.

    A port is probed once, when it appears, so a scanner in use is never sent a stray handshake.
    """

    def __init__(self, kinds: list[Kind], configured: list[str], on_change: Callable[[list[Found]], None],
                 interval: float = WATCH_INTERVAL_S) -> None:
        self._kinds = kinds
        self._configured = configured
        self._on_change = on_change
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="scanner watcher")
        self._known: dict[str, Found] = {}

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            present = {port.device: port for port in serial_ports(self._configured)}
            changed = set(present) != set(self._known)
            for device in set(self._known) - set(present):
                del self._known[device]
            for device, port in present.items():
                if device not in self._known:
                    self._known[device] = identify(port, self._kinds)
            if changed:
                self._on_change([found for found in self._known.values() if found.kind is not None])
            self._stop.wait(self._interval)
