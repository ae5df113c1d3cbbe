"""A throwaway PostgreSQL cluster and a server process on 127.0.0.1, for the tests and the sync bench.

The cluster is our own (initdb, pg_ctl) on a unix socket in a temp dir, with fsync off, removed at the
end; PostgreSQL refuses to run as root, so as root its commands run as the ``postgres`` user, who is
given the temp dir. Failures are LocalServerError with the tool's output, for pytest or the bench to
report as they do."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_databases = itertools.count(1)


class LocalServerError(RuntimeError):
    """The local cluster or server could not be started."""


class NoPostgres(LocalServerError):
    """PostgreSQL is not installed here."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """The URL of a new cluster's ``postgres`` database, for as long as the context lasts."""
    bindir = pg_bin()
    if bindir is None:
        raise NoPostgres("PostgreSQL is not installed here (apt-get install postgresql)")
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
            raise LocalServerError(f"{tool} failed: {done.stdout}{done.stderr}{log}")

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


def fresh_database(postgres_url: str) -> str:
    """A new, empty database in the cluster of ``postgres_url``: its URL."""
    import psycopg

    name = f"thana_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return postgres_url.replace("/postgres?", f"/{name}?", 1)


class ServerProcess:
    """``thana server --db DB`` in its own process on a free port (or ``port``), answering when made; over
    HTTPS when given a certificate and key (``ca_pem``: the CA that issued them, to check it answers)."""

    def __init__(self, db: str, log_path: Path, port: int | None = None, timeout: float = 60, *,
                 tls: tuple[Path, Path, str] | None = None) -> None:
        self.db, self.log_path = db, log_path
        self.port = port or free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._context = ssl.create_default_context(cadata=tls[2]) if tls else None
        options = ["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])] if tls else []
        with log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "server", "--db", db, "--port", str(self.port), *options],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            self._wait_answering(timeout)
        except LocalServerError:
            self.stop()
            raise

    def _wait_answering(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise LocalServerError(f"the server exited with {self.process.returncode}: "
                                       f"{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/v1/meta", timeout=5, context=self._context) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise LocalServerError(f"the server did not answer within {timeout:g} s: "
                                       f"{self.log_path.read_text()}")
            time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: the power cut of a server, no clean shutdown."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
