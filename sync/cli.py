"""``thana sync``: one cycle, and ``thana sync enroll``. Each prints one line; a failure is one line
on standard error and exit 2."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = sub.add_parser("sync", help="push this station's queued entries to the national server and pull "
                                       "its scopes (one cycle)")
    commands = sync.add_subparsers(dest="sync_command")
    enrolling = commands.add_parser("enroll", help="enroll this station's database with a one-time code")
    enrolling.add_argument("--server", required=True, help="the national server, e.g. https://sync.example.pk")
    enrolling.add_argument("--code", required=True, help="the one-time code from the administrator")
    enrolling.add_argument("--ca-cert", help="the national CA certificate (PEM) from the administrator: the only "
                                             "CA trusted for the server (not needed for http://127.0.0.1 demos)")
    enrolling.add_argument("--name", default="", help="what the station calls this PC (default: its host name)")
    restoring = commands.add_parser("restore", help="pull this station's operations from the national server and "
                                                    "set this PC's FIR numbers and chains to follow them")
    for command in (sync, enrolling, restoring):
        # SUPPRESS: given before the command word, these are not reset by the command's own default
        command.add_argument("--data-dir", type=Path, dest="sync_dir", default=argparse.SUPPRESS,
                             help="folder of the station database")
        command.add_argument("--key-file", type=Path, dest="sync_key_file", default=argparse.SUPPRESS,
                             help="the key file, if not the keyring")


def run(args: argparse.Namespace) -> int:
    """Raises ThanaError (the caller prints it as one line)."""
    from app.paths import DB_NAME, default_data_dir
    from app.security.keystore import secret_store
    from app.security.maintenance import existing_key
    from app.startup import choose_key_store
    from app.storage import migrate
    from app.storage.database import Database
    from sync.cycle import run_cycle
    from sync.enrollment import SECRET_NAME, enroll, read_ca_certificate
    from sync.pacing import Backoff
    from sync.restore import restore_from_server
    from sync.transport import Transport

    data_dir = getattr(args, "sync_dir", None) or args.data_dir or default_data_dir()
    key_store = choose_key_store(data_dir, getattr(args, "sync_key_file", None) or args.key_file)
    db = Database(data_dir / DB_NAME, existing_key(data_dir, key_store))
    try:
        migrate.upgrade(db)
        secrets = secret_store(key_store, data_dir, SECRET_NAME)
        if args.sync_command == "enroll":
            ca_pem = read_ca_certificate(args.ca_cert) if args.ca_cert else None
            with Transport(args.server, ca_pem=ca_pem) as transport:
                device = enroll(db, secrets, transport, args.code, args.name)
            print(f"OK: enrolled as device {device.device_id} of station {device.station} at {device.server_url}")
            return 0
        if args.sync_command == "restore":
            print(restore_from_server(db, secrets).summary())
            return 0
        # a person waits on this one: short back-off (the background scheduler waits longer)
        result = run_cycle(db, secrets, backoff=Backoff(base=0.5))
        print(result.summary())
        if result.skew is not None and result.skew.significant:
            print(f"thana sync: warning: {result.skew.text()}", file=sys.stderr)
        return 0
    finally:
        db.close()
