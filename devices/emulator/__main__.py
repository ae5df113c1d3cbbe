"""python -m devices.emulator --pty | --tcp PORT [options]: a ZFM fingerprint sensor for the real driver.

The first line on stdout is what to open: the stable pty path, or socket://127.0.0.1:PORT. The emulator
serves until SIGTERM or Ctrl+C, then removes its temporary directory.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from devices.emulator.emulator import Emulator
from devices.emulator.faults import Fault
from devices.emulator.images import FolderSource, ImageSource, SyntheticSource
from devices.emulator.library import DEFAULT_CAPACITY
from devices.emulator.protocol import PACKET_SIZES

SYNTHETIC = "synthetic"


def _hex(text: str) -> int:
    value = int(text, 16)
    if not 0 <= value <= 0xFFFFFFFF:
        raise argparse.ArgumentTypeError("must be 0..FFFFFFFF")
    return value


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m devices.emulator", description=__doc__.splitlines()[0])
    line = parser.add_mutually_exclusive_group(required=True)
    line.add_argument("--pty", action="store_true", help="serve on a pseudo-terminal; prints its stable path")
    line.add_argument("--tcp", type=int, metavar="PORT", help="serve on 127.0.0.1:PORT (0: any free port)")
    parser.add_argument("--images", default=SYNTHETIC, metavar="DIR",
                        help="folder of png/tif/bmp prints served in sorted order, or 'synthetic' (default)")
    parser.add_argument("--finger-seed", type=int, default=1, metavar="N", help="which synthetic finger is presented")
    parser.add_argument("--finger-after", type=float, default=0.0, metavar="SECONDS",
                        help="readImage finds no finger until this long after a capture's first readImage")
    parser.add_argument("--no-finger", action="store_true", help="readImage never finds a finger")
    parser.add_argument("--baud", type=int, default=57600, help="reported, and the pace of --throttle")
    parser.add_argument("--throttle", action="store_true", help="send no faster than the real line (8N1)")
    parser.add_argument("--packet-size", type=int, default=128, choices=PACKET_SIZES)
    parser.add_argument("--capacity", type=int, default=DEFAULT_CAPACITY, help="template positions")
    parser.add_argument("--password", type=_hex, default=0, metavar="HEX", help="the sensor's password")
    parser.add_argument("--address", type=_hex, default=0xFFFFFFFF, metavar="HEX", help="the sensor's address")
    parser.add_argument("--fault", type=Fault, default=Fault.NONE, choices=list(Fault),
                        metavar="{" + ",".join(f.value for f in Fault) + "}")
    parser.add_argument("--fault-times", type=int, default=1, metavar="N", help="firings of --fault; 0: always")
    parser.add_argument("--replug-delay", type=float, default=0.5, metavar="SECONDS")
    parser.add_argument("--library", type=Path, metavar="FILE", help="keep the templates in this JSON file")
    parser.add_argument("-v", "--verbose", action="store_true", help="log frame types and instructions")
    args = parser.parse_args(argv)
    if args.images == SYNTHETIC and not _synthetic_available():
        parser.error("the synthetic prints (app.biometrics.synthetic) are not installed: use --images DIR")
    return args


def _synthetic_available() -> bool:
    try:
        return importlib.util.find_spec("app.biometrics.synthetic") is not None
    except ModuleNotFoundError:
        return False


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(name)s %(message)s")
    try:
        source: ImageSource = (SyntheticSource(args.finger_seed) if args.images == SYNTHETIC
                               else FolderSource(Path(args.images)))
        emulator = Emulator(source, password=args.password, address=args.address, packet_size=args.packet_size,
                            baud=args.baud, throttle=args.throttle, capacity=args.capacity,
                            finger_after=args.finger_after, no_finger=args.no_finger,
                            replug_delay=args.replug_delay, library=args.library)
        emulator.inject(args.fault, args.fault_times)
    except (ValueError, OSError) as error:  # a bad folder, baud rate, fault count or library file
        return _refuse(error)
    done = threading.Event()

    def finish(_signum: int, _frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    with emulator:
        try:
            address = emulator.start_tcp(args.tcp) if args.tcp is not None else emulator.start_pty()
        except OSError as error:  # e.g. the TCP port is taken
            return _refuse(error)
        print(address, flush=True)
        done.wait()
    return 0


def _refuse(error: Exception) -> int:
    print(f"python -m devices.emulator: {error}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
