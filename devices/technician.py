"""``thana scanner list`` and ``thana scanner test``: what a technician runs at a check post.

Every failure ends in one line on stderr and a non-zero exit within seconds,
never a traceback and never the library's 24-second silence.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from devices.base import Progress, Stage
from devices.errors import CaptureCancelled, ScannerError
from devices.manager import identify, serial_ports
from devices.scanner import Scanner
from devices.zfm import BAUD, ZfmKind


class ConsoleHandler:
    """Progress on one rewritten stderr line (a line per stage when stderr is a file); no questions:
    a wrong password is reported, not guessed."""

    def __init__(self) -> None:
        self._shown = ""
        self._live = sys.stderr.isatty()

    def progress(self, progress: Progress) -> None:
        text = {Stage.WAITING_FOR_FINGER: "place a finger on the scanner", Stage.READING: "reading",
                Stage.DOWNLOADING: f"downloading {progress.percent}%" if self._live else "downloading",
                Stage.DONE: "done, lift the finger"}[progress.stage]
        if text == self._shown:
            return
        self._shown = text
        if self._live:
            print(f"\r  {text:<40}", end="\n" if progress.stage is Stage.DONE else "", file=sys.stderr, flush=True)
        else:
            print(f"  {text}", file=sys.stderr, flush=True)

    def ask_password(self, port: str) -> int | None:  # noqa: ARG002 - a test never guesses passwords
        return None


def list_ports(configured: list[str], baud: int = BAUD) -> int:
    kinds = [ZfmKind(baud=baud)]
    ports = serial_ports(configured)
    if not ports:
        print("no serial ports found")
    for port in ports:
        found = identify(port, kinds)
        if found.kind is not None:
            verdict = f"{found.kind.name} fingerprint scanner"
        elif port.worth_probing:
            verdict = "no scanner answered"
        else:
            verdict = "not probed (not a known USB-serial adapter; test it with --port)"
        print(f"{port.device}\t{port.adapter or port.description or '-'}\t{verdict}")
    return 0


def test_port(port: str, out: Path | None, baud: int = BAUD, finger_wait: float = 15.0) -> int:
    handler = ConsoleHandler()
    scanner = Scanner(ZfmKind(baud=baud), port)
    cancel = threading.Event()
    timer = threading.Timer(finger_wait, cancel.set)
    try:
        started = time.monotonic()
        info = scanner.info(handler).result()
        opened = time.monotonic()
        print(f"scanner: {info.kind} on {info.port}, handshake {1000 * (opened - started):.0f} ms")
        for key, value in info.details.items():
            print(f"  {key}: {value}")
        print(f"  templates stored: {info.template_count}")
        timer.start()
        capture = scanner.capture(handler, cancel).result()
        timer.cancel()
        print(f"capture: {capture.pixels.shape[1]} x {capture.pixels.shape[0]} px at {capture.dpi} dpi, "
              f"quality {capture.quality}/100, waited {capture.seconds['wait']:.1f} s, "
              f"download {capture.seconds['download']:.2f} s")
        if out is not None:
            from PIL import Image

            Image.fromarray(capture.pixels, "L").save(out, dpi=(capture.dpi, capture.dpi))
            print(f"image saved: {out}")
        return 0
    except CaptureCancelled:
        print(f"thana scanner: no finger was placed within {finger_wait:.0f} s", file=sys.stderr)
        return 1
    except ScannerError as exc:
        print(f"thana scanner: {exc.text()}", file=sys.stderr)
        return 1
    finally:
        timer.cancel()
        scanner.close()
