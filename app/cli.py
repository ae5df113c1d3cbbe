"""The ``thana`` command. Qt is imported only by the commands that show windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.errors import ThanaError
from app.paths import default_data_dir, default_demo_dir


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thana", description="Thana station client")
    parser.add_argument("--version", action="version", version=f"thana {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder of the station database")
    parser.add_argument("--key-file", type=Path, help="keep the database key in this file (no keyring)")
    parser.add_argument("--lang", choices=("en", "ur"), help="language of the window")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="run with a generated training dataset")
    demo.add_argument("--data-dir", type=Path, dest="demo_dir", help="folder of the demo data")
    demo.add_argument("--screenshot", type=Path, help="log in as the demo moharrar, save the window, exit")
    demo.add_argument("--seed", type=int, default=2026, help="seed of the generated dataset")
    demo.add_argument("--days", type=int, help="days of registers to generate (default: three months)")
    demo.add_argument("--lang", choices=("en", "ur"), dest="demo_lang")
    verify = sub.add_parser("verify", help="recompute every hash chain")
    verify.add_argument("--data-dir", type=Path, dest="verify_dir")
    return parser


def _verify(data_dir: Path, key_file: Path | None) -> int:
    from app.registers.verify import verify_all
    from app.services import open_services
    from app.startup import choose_key_store

    services = open_services(data_dir, choose_key_store(data_dir, key_file))
    try:
        problems = verify_all(services.db)
    finally:
        services.close()
    for problem in problems:
        print(problem)
    if not problems:
        print("OK")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "verify":
            return _verify(args.verify_dir or args.data_dir or default_data_dir(), args.key_file)
        from ui.entry import run_demo, run_station

        if args.command == "demo":
            return run_demo(args.demo_dir or default_demo_dir(), args.seed, args.days, args.screenshot,
                            args.demo_lang or args.lang)
        return run_station(args.data_dir or default_data_dir(), args.key_file, args.lang)
    except ThanaError as exc:
        print(f"thana: {exc.text()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
