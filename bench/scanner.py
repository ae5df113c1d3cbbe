"""``python -m bench scanner``: the ZFM driver against the packet emulator on a pseudo-terminal.

download_s: one full image over a line throttled to 57,600 baud (the sensor's factory rate), from the
downloadImage command to the unpacked image, median of a few runs. wire_s: what the same bytes and
framing need on the wire at that rate (8N1: 10 bits a byte), so download_ratio says how much the driver
adds to the line itself. recover_s: from the typed "unplugged" error of a capture cut off mid-image to
the next good capture, which reopens the same port once the adapter is back (unthrottled line, the
emulator's 0.5 s re-enumeration delay included), worst of several runs.
"""

from __future__ import annotations

import statistics
import threading
import time

from bench.figures import SCANNER_TARGETS, report
from devices.base import SilentHandler
from devices.emulator import Emulator, Fault, SyntheticSource
from devices.errors import ScannerUnplugged
from devices.scanner import Scanner
from devices.zfm import IMAGE_BYTES, ZfmKind

BAUD = 57600
PACKET = 128
FRAME = 11  # header 2, address 4, packet id 1, length 2, checksum 2
DOWNLOAD_RUNS = 3
RECOVERY_RUNS = 5
REPLUG_DELAY_S = 0.5


def wire_seconds(baud: int = BAUD, packet: int = PACKET) -> float:
    """downloadImage command (payload 1), its ack (payload 1), then the image in data packets."""
    packets = -(-IMAGE_BYTES // packet)
    total = (FRAME + 1) + (FRAME + 1) + IMAGE_BYTES + packets * FRAME
    return total * 10 / baud


def downloads() -> list[float]:
    with Emulator(SyntheticSource(7), baud=BAUD, packet_size=PACKET, throttle=True) as emulator:
        scanner = Scanner(ZfmKind(baud=BAUD), emulator.start_pty())
        try:
            return [scanner.capture(SilentHandler(), threading.Event()).result().seconds["download"]
                    for _ in range(DOWNLOAD_RUNS)]
        finally:
            scanner.close()


def recoveries() -> list[float]:
    times = []
    with Emulator(SyntheticSource(8), replug_delay=REPLUG_DELAY_S) as emulator:
        scanner = Scanner(ZfmKind(), emulator.start_pty())
        try:
            scanner.info(SilentHandler()).result()
            for _ in range(RECOVERY_RUNS):
                emulator.inject(Fault.UNPLUG_MID_IMAGE)
                try:
                    scanner.capture(SilentHandler(), threading.Event()).result()
                    raise RuntimeError("the unplug fault did not fire")
                except ScannerUnplugged:
                    failed = time.monotonic()
                scanner.capture(SilentHandler(), threading.Event()).result()
                times.append(time.monotonic() - failed)
        finally:
            scanner.close()
    return times


def run() -> bool:
    download = statistics.median(downloads())
    wire = wire_seconds()
    recover = recoveries()
    print(f"one image at {BAUD} baud: {download:.2f} s; the wire alone: {wire:.2f} s")
    figures = {"download_ratio": download / wire, "recover_s": max(recover)}
    extras = {"download_s": download, "wire_s": wire, "baud": BAUD, "packet_bytes": PACKET,
              "recover_median_s": statistics.median(recover), "replug_delay_s": REPLUG_DELAY_S}
    return report(figures, extras, SCANNER_TARGETS)
