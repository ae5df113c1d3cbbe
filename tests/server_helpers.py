"""Fixtures of the server tests: a throwaway PostgreSQL cluster, a real server process on 127.0.0.1
(on PostgreSQL and on SQLite), an HTTP client, and builders of hash-chained operations."""

from __future__ import annotations

import glob
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.ids import uuid7
from app.registers.chain import GENESIS, link_hash
from server.database import countersign_key, open_store
from server.schema import AcceptedOp, ChainHead

ROOT = Path(__file__).resolve().parent.parent
STATION_A, STATION_B = "PB-LHR-MTN", "PB-LHR-GBG"
_registers = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A cluster of our own (initdb, pg_ctl) on a unix socket in a temp dir, removed at the end.

    PostgreSQL refuses to run as root, so as root its commands run as the ``postgres`` user, who is
    given the temp dir."""
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed here (apt-get install postgresql)")
    as_user: list[str] = []
    home = Path(tempfile.mkdtemp(prefix="thana-pg-"))  # short: a socket path has at most 107 bytes
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(home, "postgres", "postgres")
    data, port = home / "data", free_port()

    def pg(tool: str, *args: str) -> None:
        # cwd: the postgres user may not be allowed into the folder of the clone
        done = subprocess.run([*as_user, str(bindir / tool), *args], cwd=home, capture_output=True, text=True,
                              timeout=120)
        if done.returncode != 0:
            log = (home / "log").read_text() if (home / "log").exists() else ""
            pytest.fail(f"{tool} failed: {done.stdout}{done.stderr}{log}")

    try:
        pg("initdb", "-D", str(data), "-U", "thana", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync")
        # fsync off: a throwaway cluster; listen on the socket only, nothing on the network
        pg("pg_ctl", "-D", str(data), "-l", str(home / "log"), "-w", "-t", "60", "-o",
           f"-p {port} -k {home} -c listen_addresses='' -c fsync=off -c full_page_writes=off", "start")
        try:
            yield f"postgresql://thana@/postgres?host={home}&port={port}"
        finally:
            pg("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(home, ignore_errors=True)


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT
    db: str  # its database URL
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def stop(self) -> None:
        """The server goes away (its port refuses connections); the fixture's end is then a no-op."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def call(self, method: str, path: str, body: object = None, credential: str | None = None, *,
             data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        """A request with ``body`` as JSON, or with ``data`` as it is (and extra ``headers``)."""
        headers = {"Content-Type": "application/json", **(headers or {})}
        if credential:
            headers["Authorization"] = f"Bearer {credential}"
        if data is None and body is not None:
            data = json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, json.loads(exc.read())

    def enroll(self, station: str) -> tuple[str, str]:
        """A new device of the station: (device id, credential)."""
        code = thana_server("issue-code", "--db", self.db, "--station", station).split()[0]
        status, body = self.call("POST", "/v1/devices/enroll", {"code": code, "name": "test PC"})
        assert status == 200, body
        return body["device_id"], body["credential"]

    def push(self, credential: str, ops: list[dict[str, Any]]) -> tuple[int, Any]:
        return self.call("POST", "/v1/push", {"ops": ops}, credential)


def thana_server(*args: str, expect: int = 0) -> str:
    """Run ``thana server ...`` as the administrator would; its standard output (or error)."""
    done = subprocess.run([sys.executable, "-m", "app.cli", "server", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == expect, done.stdout + done.stderr
    return done.stdout if expect == 0 else done.stderr


def _start(db: str, log_path: Path) -> Iterator[Server]:
    port = free_port()
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "app.cli", "server", "--db", db, "--port", str(port)],
                                   cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", db, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited with {process.returncode}: {log_path.read_text()}")
            try:
                if server.call("GET", "/v1/meta")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server did not answer within 60 s: {log_path.read_text()}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real server in its own process: on PostgreSQL (production), then on SQLite (demos)."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    if request.param == "postgresql":
        db = request.getfixturevalue("postgres_url")
    else:
        db = f"sqlite:///{folder / 'server.db'}"
    yield from _start(db, folder / "server.log")


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Server]:
    """A server process of the test's own on SQLite (as the demo runs it): every station free, and the
    test may stop it."""
    yield from _start(f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log")


_databases = itertools.count(1)


def fresh_database(postgres_url: str) -> str:
    """A new, empty database in the session's cluster: a server of its own for one test module."""
    import psycopg

    name = f"thana_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return postgres_url.replace("/postgres?", f"/{name}?", 1)


def module_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server on an empty database for one test module (``request.param``: postgresql or sqlite), so
    its tests have all the stations of the reference data to themselves. Use it in a module as
    ``server = pytest.fixture(scope="module", params=["postgresql", "sqlite"])(module_server)``."""
    folder = tmp_path_factory.mktemp(f"module-server-{request.param}")
    if request.param == "postgresql":
        db = fresh_database(request.getfixturevalue("postgres_url"))
    else:
        db = f"sqlite:///{folder / 'server.db'}"
    yield from _start(db, folder / "server.log")


def new_register() -> str:
    """A register name no other test uses, so each test's chains start empty."""
    return f"t{next(_registers)}"


def chain_ops(station: str, register: str, count: int, *, position: int = 1, prev: str = GENESIS,
              ) -> list[dict[str, Any]]:
    """``count`` operations that continue a station's register chain, as the client's outbox holds them."""
    ops = []
    for _ in range(count):
        content = {"uid": uuid7(), "text": f"entry {position} of {register}", "place": "Mozang"}
        entry_hash = link_hash(prev, content)
        ops.append(op_for(register, content, {"register": register, "station": station, "position": position,
                                              "prev_hash": prev, "entry_hash": entry_hash}))
        prev, position = entry_hash, position + 1
    return ops


def op_for(register: str, content: dict[str, Any], chain: dict[str, Any]) -> dict[str, Any]:
    return {"op_id": uuid7(), "entity": register, "entity_uid": str(content["uid"]), "op": "append",
            "created_at": "2026-11-30T10:00:00Z", "payload": {**content, "chain": chain}}


def statuses(body: dict[str, Any]) -> list[str]:
    return [r["status"] for r in body["results"]]


def stored(server: Server, station: str, register: str) -> tuple[list[AcceptedOp], ChainHead | None, bytes]:
    """What the server holds of one register chain: its accepted ops in order, its head, the countersigning key."""
    store = open_store(server.db)
    try:
        with store.read() as s:
            rows = list(s.scalars(select(AcceptedOp).where(AcceptedOp.station == station,
                                                           AcceptedOp.register == register)
                                  .order_by(AcceptedOp.position)))
            head = s.get(ChainHead, (station, register))
            key = countersign_key(s)
            s.expunge_all()
            return rows, head, key
    finally:
        store.close()
