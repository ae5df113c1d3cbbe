"""Fixtures of the server tests: a throwaway PostgreSQL cluster, a real server process on 127.0.0.1
(on PostgreSQL and on SQLite), an HTTP client, and builders of hash-chained operations."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.ids import uuid7
from app.registers.chain import GENESIS, link_hash
from server.database import countersign_key, open_store
from server.local import (  # noqa: F401 (free_port, fresh_database: this module's API for the tests)
    LocalServerError,
    NoPostgres,
    ServerProcess,
    free_port,
    fresh_database,
    postgres_cluster,
)
from server.schema import AcceptedOp, ChainHead
from sync import signing
from sync.signing import Credential
from tests.tls_certs import TlsFiles, make_ca, server_files

ROOT = Path(__file__).resolve().parent.parent
STATION_A, STATION_B = "PB-LHR-MTN", "PB-LHR-GBG"
_registers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway cluster of our own for the session (server/local.py)."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(postgres_cluster())
        except NoPostgres as exc:
            if os.environ.get("CI"):
                pytest.fail(str(exc))
            pytest.skip(str(exc))
        except LocalServerError as exc:
            pytest.fail(str(exc))
        yield url


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT, or https:// with ``ca_pem``
    db: str  # its database URL
    ca_pem: str | None = None  # the CA of its certificate, when it serves HTTPS
    keys: dict[str, signing.Ed25519PrivateKey] = field(default_factory=dict)  # device keys by credential
    process: ServerProcess | None = field(default=None, repr=False)

    def stop(self) -> None:
        """The server goes away (its port refuses connections); the fixture's end is then a no-op."""
        if self.process is not None:
            self.process.stop()

    def call(self, method: str, path: str, body: object = None, credential: str | Credential | None = None, *,
             data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        """A request with ``body`` as JSON, or with ``data`` as it is (and extra ``headers``). A credential
        of a device ``enroll`` made (or a sync Credential) is sent signed with its key, as the client does;
        another is sent bare."""
        headers = {"Content-Type": "application/json", **(headers or {})}
        if data is None and body is not None:
            data = json.dumps(body).encode()
        if isinstance(credential, str) and credential in self.keys:
            credential = Credential(credential, self.keys[credential])
        if isinstance(credential, Credential):
            headers.update(credential.headers(method, path, _unpacked(data or b"", headers), int(time.time())))
        elif credential:
            headers["Authorization"] = f"Bearer {credential}"
        request = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        context = ssl.create_default_context(cadata=self.ca_pem) if self.ca_pem else None
        try:
            with urllib.request.urlopen(request, timeout=30, context=context) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, json.loads(exc.read())

    def enroll(self, station: str) -> tuple[str, str]:
        """A new device of the station with a key of its own (kept here): (device id, credential)."""
        code = thana_server("issue-code", "--db", self.db, "--station", station).split()[0]
        key = signing.new_key()
        status, body = self.call("POST", "/v1/devices/enroll", {"code": code, "name": "test PC",
                                                                "device_key": signing.public_text(key)})
        assert status == 200, body
        self.keys[body["credential"]] = key
        return body["device_id"], body["credential"]

    def push(self, credential: str, ops: list[dict[str, Any]]) -> tuple[int, Any]:
        return self.call("POST", "/v1/push", {"ops": ops}, credential)


def _unpacked(data: bytes, headers: dict[str, str]) -> bytes:
    """The body the server signs over: after gzip (a damaged one as it is: it is refused before)."""
    if headers.get("Content-Encoding") == "gzip":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError):
            return data
    return data


def thana_server(*args: str, expect: int = 0) -> str:
    """Run ``thana server ...`` as the administrator would; its standard output (or error)."""
    done = subprocess.run([sys.executable, "-m", "app.cli", "server", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == expect, done.stdout + done.stderr
    return done.stdout if expect == 0 else done.stderr


def _start(db: str, log_path: Path, tls: TlsFiles | None = None) -> Iterator[Server]:
    try:
        process = ServerProcess(db, log_path, tls=(tls.cert, tls.key, tls.ca_pem) if tls else None)
    except LocalServerError as exc:
        pytest.fail(str(exc))
    with process:
        yield Server(process.url, db, tls.ca_pem if tls else None, process=process)


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


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A national CA made for this run, and a certificate it issued for 127.0.0.1."""
    return server_files(make_ca("Thana test national CA"), tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def tls_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
               tls_files: TlsFiles) -> Iterator[Server]:
    """The real server serving HTTPS with ``tls_files``, on a database of its own. A module whose tests
    should all go over TLS says ``server = pytest.fixture(scope="session")(lambda tls_server: tls_server)``."""
    folder = tmp_path_factory.mktemp(f"tls-server-{request.param}")
    if request.param == "postgresql":
        db = fresh_database(request.getfixturevalue("postgres_url"))
    else:
        db = f"sqlite:///{folder / 'server.db'}"
    yield from _start(db, folder / "server.log", tls_files)


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
