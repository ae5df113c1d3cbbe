"""``thana server``: run the server, and the administrator's commands (codes, devices, revocation)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
from datetime import timedelta
from pathlib import Path

from app.clock import iso_utc, now_utc
from server import document_keys, enrollment, feed, wanted
from server.database import countersign_key, open_store
from server.errors import ServerError
from sync.transport import is_loopback


def run(args: argparse.Namespace) -> int:
    """Exit 0, or print one line and exit 2."""
    try:
        if not getattr(args, "db", None):
            raise ServerError("give the database: --db postgresql://USER@HOST/DB or --db sqlite:///FILE")
        command = args.server_command
        if command == "issue-code":
            return issue_code(args.db, args.station, args.valid_hours)
        if command == "devices":
            return list_devices(args.db)
        if command == "revoke":
            return revoke(args.db, args.device)
        if command == "wanted":
            return wanted_list(args.db, args.publish, args.withdraw, args.reason)
        if command in ("document-keys", "revoke-document-key", "trust-key"):
            return document_key_command(args)
        tls = _tls_files(getattr(args, "tls_cert", None), getattr(args, "tls_key", None), args.host)
        return serve(args.db, args.host, args.port, tls)
    except ServerError as exc:
        print(f"thana server: {exc}", file=sys.stderr)
        return 2


def _tls_files(cert: str | None, key: str | None, host: str) -> tuple[str, str] | None:
    """HTTPS files, checked; plain HTTP only on loopback (a demo, a test, or behind a local TLS proxy):
    the device credential and the registers never cross a network in clear."""
    if bool(cert) != bool(key):
        raise ServerError("give both --tls-cert and --tls-key, or neither")
    if cert and key:
        for path in (cert, key):
            if not os.path.isfile(path):
                raise ServerError(f"no such file: {path}")
        return cert, key
    if not is_loopback(host):
        raise ServerError(f"plain HTTP only on a loopback address, not {host}: give --tls-cert and --tls-key")
    return None


def serve(url: str, host: str, port: int, tls: tuple[str, str] | None = None) -> int:
    import uvicorn

    from server.api import create_app

    _check_port(host, port)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    store = open_store(url)
    try:
        cert, key = tls or (None, None)
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning", ssl_certfile=cert, ssl_keyfile=key)
    finally:
        store.close()
    return 0


def _check_port(host: str, port: int) -> None:
    """Say it in our one line before uvicorn would log a bind error with its own prefix."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise ServerError(f"cannot listen on {host}:{port}: {reason}") from exc


def issue_code(url: str, station: str, valid_hours: float) -> int:
    store = open_store(url)
    try:
        with store.write() as s:
            issued = enrollment.issue_code(s, station, now_utc(), timedelta(hours=valid_hours))
    finally:
        store.close()
    print(f"{issued.code}  station {issued.station}, single use, valid until {iso_utc(issued.expires_at)}")
    return 0


def list_devices(url: str) -> int:
    store = open_store(url)
    try:
        with store.read() as s:
            rows = enrollment.devices(s)
            for d in rows:
                state = f"revoked {iso_utc(d.revoked_at)}" if d.revoked_at else "active"
                print(f"{d.id}  {d.station}  {state}  enrolled {iso_utc(d.enrolled_at)}  {d.name}".rstrip())
    finally:
        store.close()
    if not rows:
        print("no devices enrolled")
    return 0


def revoke(url: str, device_id: str) -> int:
    store = open_store(url)
    try:
        with store.write() as s:
            device = enrollment.revoke(s, device_id, now_utc())
            print(f"revoked {device.id} (station {device.station}) at {iso_utc(device.revoked_at or now_utc())}")
    finally:
        store.close()
    return 0


def wanted_list(url: str, entry_file: Path | None, withdraw_uid: str | None, reason: str) -> int:
    """Publish an entry (from a JSON file) or withdraw one; every station gets it at its next pull."""
    if (entry_file is None) == (withdraw_uid is None):
        raise ServerError("give --publish FILE or --withdraw UID")
    if entry_file is not None:
        try:
            entry = wanted.check_entry(json.loads(entry_file.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise ServerError(f"cannot read the wanted entry {entry_file}: {exc}") from exc
    store = open_store(url)
    try:
        with store.write() as s:
            key, now = countersign_key(s), now_utc()
            if withdraw_uid is not None:
                row = wanted.withdraw(s, key, now, withdraw_uid, reason)
            else:
                row = wanted.publish(s, key, now, entry)
            feed.assign_positions(s, [row])
            print(f"{row.op} {row.entity_uid} at feed position {row.feed_position}")
    finally:
        store.close()
    return 0


def document_key_command(args: argparse.Namespace) -> int:
    """List the stations' document-signing keys, revoke one, or print the key that signs the trust list
    (to publish by another channel: verifiers pin it)."""
    from app.documents.signing import key_id
    from app.documents.trust import key_text

    store = open_store(args.db)
    try:
        with store.write() as s:
            if args.server_command == "trust-key":
                public = document_keys.list_key(s).public_key()
                print(f"{key_text(public)}  (key id {key_id(public)}: give it to verifiers as --national-key)")
                return 0
            if args.server_command == "revoke-document-key":
                row = document_keys.revoke(s, args.kid, args.reason, now_utc())
                when = iso_utc(row.revoked_at or now_utc())
                print(f"revoked document key {row.kid} of station {row.station} at {when}")
                return 0
            rows = document_keys.station_keys(s)
            for row in rows:
                state = f"revoked {iso_utc(row.revoked_at)} ({row.revoke_reason})" if row.revoked_at else "active"
                print(f"{row.kid}  {row.station}  {state}  published {iso_utc(row.published_at)}")
            if not rows:
                print("no document-signing keys published")
    finally:
        store.close()
    return 0
