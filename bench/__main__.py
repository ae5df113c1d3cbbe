"""``python -m bench registers [--data-dir DIR] [--firs N]`` | ``python -m bench build`` |
``python -m bench synthetic`` | ``python -m bench scanner`` | ``python -m bench extraction`` |
``python -m bench fingerprints [DIR[@DPI] ...] [--calibrate | --speed]`` | ``python -m bench sync``:
performance figures.

The last line printed is one JSON object with every figure; the lines before it
give each figure with its target and PASS or MISS. The exit status is 0 when
every target is met, 1 when one is missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench import build, registers
from bench.loader import DEFAULT_SEED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    regs = commands.add_parser("registers", help="the FIR register on a generated million-FIR station")
    regs.add_argument("--data-dir", type=Path, help="where the generated database is kept and reused "
                                                    "(default ~/.cache/thana-bench/registers-1m)")
    regs.add_argument("--firs", type=int, default=1_000_000, help="FIRs in the generated station")
    regs.add_argument("--seed", type=int, default=DEFAULT_SEED)
    commands.add_parser("build", help="the frozen program: folder size and start-up against source")
    commands.add_parser("synthetic", help="synthetic fingerprints judged by NIST NBIS against FVC2002")
    commands.add_parser("scanner", help="the ZFM driver against the emulator: image download and recovery")
    commands.add_parser("extraction", help="our minutiae extractor against NIST mindtct, both judged by bozorth3")
    prints = commands.add_parser("fingerprints", help="the engine against NIST NBIS under the FVC protocol")
    prints.add_argument("sets", nargs="*", metavar="DIR[@DPI]",
                        help="folders of finger_impression images (default: the four FVC2002 B sets)")
    prints.add_argument("--calibrate", action="store_true", help="re-derive the RED and YELLOW score thresholds")
    prints.add_argument("--speed", action="store_true", help="1:N identification speed instead of accuracy")
    sync = commands.add_parser("sync", help="push, pull and a broken 32 KB/s link against the reference server "
                                            "on a throwaway PostgreSQL")
    sync.add_argument("--firs", type=int, default=10_000, help="FIRs pushed")
    sync.add_argument("--pull-records", type=int, default=100_000, help="records of the first pull's scope")
    sync.add_argument("--flaky-records", type=int, default=100_000, help="records pulled over the broken link")
    args = parser.parse_args(argv)
    if args.command == "sync":
        from bench import sync as sync_bench  # imports the test suite's relay (tests/sync_proxy.py)

        return 0 if sync_bench.run(args.firs, args.pull_records, args.flaky_records) else 1
    if args.command == "build":
        return 0 if build.run() else 1
    if args.command == "synthetic":
        from bench import synthetic  # needs nbis-py, a development-only dependency

        return 0 if synthetic.run() else 1
    if args.command == "scanner":
        from bench import scanner

        return 0 if scanner.run() else 1
    if args.command == "extraction":
        from bench import extraction  # needs nbis-py, a development-only dependency

        return 0 if extraction.run() else 1
    if args.command == "fingerprints":
        return 0 if _fingerprints(args) else 1
    data_dir = args.data_dir or registers.default_dir(args.firs)
    return 0 if registers.run(data_dir, args.firs, args.seed) else 1


def _fingerprints(args: argparse.Namespace) -> bool:
    if args.speed:
        from bench import fingerprint_speed

        return fingerprint_speed.run()
    if args.calibrate:
        from bench import calibration  # needs nbis-py, a development-only dependency

        return calibration.run()
    from bench import fingerprints  # needs nbis-py too

    return fingerprints.run([fingerprints.parse_set(s) for s in args.sets] or fingerprints.default_sets())


if __name__ == "__main__":
    sys.exit(main())
