"""``thana demo --with-server``: the reference server beside the demo, so a trainer shows an FIR of one
station reaching the district watchlist of another.

The server runs in a process of its own on 127.0.0.1 with a SQLite database in the demo folder (made
again with the demo data). The demo database holds several stations, each of which would be a PC of its
own: the logged-in station is enrolled as this replica (the normal engine syncs it), and every other demo
station gets a device of its own whose credential pushes that station's register entries (the server
takes a station's register entries only from its own devices)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.clock import now_utc
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP
from app.security.keystore import KeyStore, SecretStore, secret_store
from app.storage.database import Database
from app.storage.models import OutboxOp, Setting
from sync import state
from sync.enrollment import SECRET_NAME, SERVER_URL, enroll, enrolled_device, keep, kept, redeem
from sync.errors import NotEnrolled
from sync.pacing import MAX_BATCH
from sync.transport import Transport

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60.0


class DemoServerFailed(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The demo's national server could not be started: {reason}. The log is {log}.")


@dataclass
class DemoServer:
    url: str
    db_url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def issue_codes(self, stations: list[str]) -> list[str]:
        """One-time enrollment codes, as the administrator's ``thana server issue-code`` makes them."""
        from server import enrollment
        from server.database import open_store

        store = open_store(self.db_url)
        try:
            with store.write() as s:
                return [enrollment.issue_code(s, code, now_utc()).code for code in stations]
        finally:
            store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(folder: Path) -> DemoServer:
    """The server on a free loopback port, answering; DemoServerFailed if it does not come up."""
    folder.mkdir(parents=True, exist_ok=True)
    port, log_path = _free_port(), folder / "server.log"
    db_url = f"sqlite:///{folder / 'server.db'}"
    with log_path.open("ab") as log:
        process = subprocess.Popen([sys.executable, "-m", "app.cli", "server", "--db", db_url, "--host", "127.0.0.1",
                                    "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    server = DemoServer(f"http://127.0.0.1:{port}", db_url, process)
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if process.poll() is not None:
            raise DemoServerFailed(reason=f"it exited with {process.returncode}", log=str(log_path))
        try:
            with urllib.request.urlopen(server.url + "/v1/meta", timeout=2) as answer:
                if answer.status == 200:
                    return server
        except OSError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise DemoServerFailed(reason=f"no answer within {START_TIMEOUT_S:.0f} s", log=str(log_path))
        time.sleep(0.2)


def station_secrets(key_store: KeyStore, demo_dir: Path, code: str) -> SecretStore:
    """Where another demo station's device credential is kept."""
    return secret_store(key_store, demo_dir, f"{SECRET_NAME}-{code}")


def enroll_stations(db: Database, key_store: KeyStore, demo_dir: Path, server: DemoServer, own: str,
                    others: list[str]) -> None:
    """Enroll this replica as ``own`` and a device for each of ``others``. Done on an earlier run, the
    devices stand (the server's database is the same one, made again only with the demo data); the server
    only listens on another port now."""
    secrets = secret_store(key_store, demo_dir, SECRET_NAME)
    try:
        enrolled_device(db, secrets)
    except NotEnrolled:
        pass
    else:
        with db.write() as s:
            s.merge(Setting(key=SERVER_URL, value=server.url))
        return
    *codes, own_code = server.issue_codes([*others, own])
    with Transport(server.url) as transport:
        for station, code in zip(others, codes, strict=True):
            keep(station_secrets(key_store, demo_dir, station), redeem(transport, code, f"demo PC of {station}")[2])
        enroll(db, secrets, transport, own_code, "demo PC")


def push_other_stations(db: Database, key_store: KeyStore, demo_dir: Path, others: list[str]) -> int:
    """Push each other station's pending register entries with its own device, in creation order; how many
    were sent. The enrolled station's own entries, and entries outside the registers, the normal cycle
    sends."""
    server_url = enrolled_device(db, secret_store(key_store, demo_dir, SECRET_NAME)).server_url
    sent = 0
    with Transport(server_url) as transport:
        for code in others:
            credential = kept(station_secrets(key_store, demo_dir, code))
            if credential is None:
                continue
            ops = _pending_register_ops(db, code)
            for start in range(0, len(ops), MAX_BATCH):
                batch = ops[start:start + MAX_BATCH]
                body = transport.post("/v1/push", {"ops": [op.wire for op in batch]}, credential)
                state.record_results(db, batch, state.parse_results(body, batch, transport.base_url))
                sent += len(batch)
    return sent


def _pending_register_ops(db: Database, station: str) -> list[state.Outgoing]:
    with db.read() as s:
        rows = s.scalars(select(OutboxOp).where(OutboxOp.state == state.PENDING).order_by(OutboxOp.id))
        return [state.Outgoing(op.id, chain, state.wire(op)) for op in rows
                if (chain := state.chain_of(op))[0] == "register" and chain[1] == station]
