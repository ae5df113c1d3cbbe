"""A packet-level emulator of the ZFM / R30x / AS608 fingerprint sensor, on a pseudo-terminal or TCP.

The real pyfingerprint driver talks to it as to the module on a USB-to-serial adapter, faults included.
Run `python -m devices.emulator --help`, or in-process:

    with Emulator(FolderSource(folder)) as emulator:
        path = emulator.start_pty()
"""

from devices.emulator.emulator import Emulator, Stats
from devices.emulator.faults import Fault
from devices.emulator.frames import CorruptFrame, Frame, FrameError, FrameParser, decode, encode
from devices.emulator.images import Capture, FolderSource, ImageSource, SyntheticSource, fit_window

__all__ = [
    "Capture",
    "CorruptFrame",
    "Emulator",
    "Fault",
    "FolderSource",
    "Frame",
    "FrameError",
    "FrameParser",
    "ImageSource",
    "Stats",
    "SyntheticSource",
    "decode",
    "encode",
    "fit_window",
]
