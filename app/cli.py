"""The ``thana`` command. Qt is imported only by the commands that show windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.errors import ThanaError
from app.paths import default_data_dir, default_demo_dir

if TYPE_CHECKING:
    from app.security.keystore import KeyStore


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thana", description="Thana station client")
    parser.add_argument("--version", action="version", version=f"thana {__version__}")
    parser.add_argument("--selftest", action="store_true", help="check this installation and exit 0 or 1")
    parser.add_argument("--data-dir", type=Path, help="folder of the station database")
    parser.add_argument("--key-file", type=Path, help="keep the database key in this file (no keyring)")
    parser.add_argument("--lang", choices=("en", "ur"), help="language of the window")
    parser.add_argument("--scanner", metavar="PORT", help="the fingerprint scanner's port (device path or socket://)")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="run with a generated training dataset")
    demo.add_argument("--data-dir", type=Path, dest="demo_dir", help="folder of the demo data")
    demo.add_argument("--screenshot", type=Path, help="log in as the demo moharrar, save the window, exit")
    demo.add_argument("--seed", type=int, default=2026, help="seed of the generated dataset")
    demo.add_argument("--days", type=int, help="days of registers to generate (default: three months)")
    demo.add_argument("--lang", choices=("en", "ur"), dest="demo_lang")
    demo.add_argument("--with-server", action="store_true",
                      help="also run the reference national server (SQLite, 127.0.0.1) and sync the demo stations")
    verify = sub.add_parser("verify", help="recompute every hash chain (prints OK or the first broken entry)")
    rekey = sub.add_parser("rekey", help="re-encrypt the database under a new key")
    backup = sub.add_parser("backup", help="write an encrypted, verified copy of the database")
    backup.add_argument("--out", type=Path, required=True, help="the backup file to write")
    restore = sub.add_parser("restore", help="replace the database with a verified backup")
    restore.add_argument("file", type=Path, help="a file written by thana backup")
    scanner = sub.add_parser("scanner", help="find and test fingerprint scanners (for technicians)")
    scanner_sub = scanner.add_subparsers(dest="scanner_command", required=True)
    listing = scanner_sub.add_parser("list", help="serial ports, and which of them answer as a scanner")
    listing.add_argument("--port", action="append", default=[], help="also probe this port (path or socket://)")
    test = scanner_sub.add_parser("test", help="handshake, parameters, one capture")
    test.add_argument("--port", required=True, help="device path (/dev/ttyUSB0, COM3) or socket://host:port")
    test.add_argument("--out", type=Path, help="save the captured image as PNG")
    test.add_argument("--finger-wait", type=float, default=15.0, help="seconds to wait for a finger")
    for command in (listing, test):
        command.add_argument("--baud", type=int, default=57600, choices=[9600 * n for n in range(1, 13)])
    document = sub.add_parser("verify-document", help="check an issued document's PDF: VALID or INVALID and why")
    document.add_argument("file", type=Path, help="the document's PDF")
    document.add_argument("--keys", "--trust-list", type=Path, dest="keys",
                          help="list of trusted station keys (default: the data folder's)")
    document.add_argument("--national-key", help="the national server's list key (thana server trust-key), to "
                                                 "check a signed list (default: the one the data folder pinned)")
    document.add_argument("--data-dir", type=Path, dest="station_dir", help="folder of the station database")
    _server_parser(sub)
    from sync.cli import add_parser as sync_parser

    sync_parser(sub)
    for command in (verify, rekey, backup, restore):
        command.add_argument("--data-dir", type=Path, dest="station_dir", help="folder of the station database")
        command.add_argument("--key-file", type=Path, dest="station_key_file", help="the key file, if not the keyring")
    return parser


def _server_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help="run the reference national server (needs the 'server' extra)")
    server.add_argument("--db", help="postgresql://USER@HOST/DB (production) or sqlite:///FILE (demos)")
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    server.add_argument("--port", type=int, default=8470, help="port to listen on (default 8470)")
    server.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM, issued by the national CA); "
                                           "without it the server listens on loopback only")
    server.add_argument("--tls-key", help="the certificate's private key (PEM)")
    admin = server.add_subparsers(dest="server_command")
    issue = admin.add_parser("issue-code", help="a one-time enrollment code for a station's PC")
    issue.add_argument("--station", required=True, help="the police station's code (reference data)")
    issue.add_argument("--valid-hours", type=float, default=24.0, help="how long the code is valid (default 24)")
    admin.add_parser("devices", help="list the enrolled devices")
    revoke = admin.add_parser("revoke", help="refuse a device from now on (its entries are kept)")
    revoke.add_argument("device", help="the device id (thana server devices)")
    wanted = admin.add_parser("wanted", help="publish or withdraw an entry of the national wanted list")
    wanted.add_argument("--publish", type=Path, metavar="FILE", help="a JSON file of the entry (server/wanted.py)")
    wanted.add_argument("--withdraw", metavar="UID", help="the entry to withdraw")
    wanted.add_argument("--reason", default="", help="why it is withdrawn")
    admin.add_parser("document-keys", help="list the stations' published document-signing keys")
    revoke_key = admin.add_parser("revoke-document-key", help="revoke a station's document-signing key")
    revoke_key.add_argument("kid", help="the key's id (thana server document-keys)")
    revoke_key.add_argument("--reason", required=True, help="why it is revoked")
    admin.add_parser("trust-key", help="print the key that signs the published trust list")
    for command in admin.choices.values():
        # SUPPRESS: given before the command word, --db is not reset by the command's own default
        command.add_argument("--db", default=argparse.SUPPRESS, help="the server database URL")


def _verify(data_dir: Path, key_store: KeyStore) -> int:
    from app.registers.verify import verify_all
    from app.services import open_services

    services = open_services(data_dir, key_store)
    try:
        problems = verify_all(services.db)
    finally:
        services.close()
    for problem in problems:
        print(problem)
    if not problems:
        print("OK")
    return 1 if problems else 0


def _verify_document(file: Path, keys: Path, data_dir: Path, national_text: str | None) -> int:
    """Print VALID and the details, exit 0; or INVALID, the reason and why, exit 1."""
    from app.documents.local_trust import pinned_national_key, read_trust_list
    from app.documents.pdf_check import check_pdf_file, describe
    from app.documents.trust import national_key

    national = national_key(national_text) if national_text else pinned_national_key(data_dir)
    check = check_pdf_file(file, read_trust_list(keys, national))
    for line in describe(check):
        print(line)
    return 0 if check.valid else 1


def _maintain(args: argparse.Namespace, data_dir: Path, key_store: KeyStore) -> int:
    from app.security import maintenance
    from app.storage.station_lock import StationLock

    if not data_dir.is_dir():
        maintenance.existing_key(data_dir, key_store)  # says there is no station database there
    with StationLock(data_dir):  # never under a running window, nor two at once
        if args.command == "rekey":
            maintenance.rekey(data_dir, key_store)
            print(f"OK: new key kept in {key_store.describe()}")
        elif args.command == "backup":
            print(f"OK: {maintenance.backup(data_dir, key_store, args.out)}")
        else:
            aside = maintenance.restore(data_dir, key_store, args.file)
            print(f"OK: restored {args.file}; the replaced database is kept as {aside}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.selftest:
        from ui.selftest import run_selftest

        return run_selftest()
    if args.command == "server":
        try:
            from server.cli import run as run_server  # fastapi stays out of the desktop program
        except ImportError as exc:
            print(f"thana: the server is not part of this installation ({exc.name or exc} missing: "
                  "pip install 'thana[server]')", file=sys.stderr)
            return 2
        return run_server(args)
    if args.command == "scanner":
        from devices import technician

        if args.scanner_command == "list":
            return technician.list_ports(args.port, args.baud)
        return technician.test_port(args.port, args.out, args.baud, args.finger_wait)
    try:
        if args.command == "sync":
            from sync.cli import run as run_sync

            return run_sync(args)
        if args.command == "verify-document":
            from app.documents.local_trust import default_trust_path

            data_dir = args.station_dir or args.data_dir or default_data_dir()
            return _verify_document(args.file, args.keys or default_trust_path(data_dir), data_dir, args.national_key)
        if args.command in ("verify", "rekey", "backup", "restore"):
            from app.startup import choose_key_store

            data_dir = args.station_dir or args.data_dir or default_data_dir()
            key_store = choose_key_store(data_dir, args.station_key_file or args.key_file)
            if args.command == "verify":
                from app.security.maintenance import existing_key

                existing_key(data_dir, key_store)  # verify never creates a station in a mistyped folder
                return _verify(data_dir, key_store)
            return _maintain(args, data_dir, key_store)
        from ui.entry import run_demo, run_station

        if args.command == "demo":
            return run_demo(args.demo_dir or default_demo_dir(), args.seed, args.days, args.screenshot,
                            args.demo_lang or args.lang, args.with_server)
        return run_station(args.data_dir or default_data_dir(), args.key_file, args.lang, args.scanner)
    except ThanaError as exc:
        print(f"thana: {exc.text()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
