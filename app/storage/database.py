"""The encrypted station database: one SQLCipher file opened through SQLAlchemy.

Writes take ``BEGIN IMMEDIATE`` so numbering reads and the insert that uses
them happen under one write lock; SQLite errors become typed StorageErrors.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from app.errors import DatabaseBusy, DiskFull, StorageError, WrongKeyOrCorrupt

BUSY_TIMEOUT_MS = 5000


def _pragmas(conn: Any, key: bytes, busy_timeout_ms: int, durable: bool) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # hex of random bytes only: no injection
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")  # 32 MB: keeps FTS and the register heads hot at 1M FIRs
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'OFF'}")


def storage_error(exc: BaseException) -> StorageError:
    """Map a driver error to the typed error the user sees."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusy()
    if "full" in text:
        return DiskFull()
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return WrongKeyOrCorrupt()
    return StorageError()


class Database:
    """An open station database. ``write()`` is the only way to change it."""

    def __init__(self, path: Path, key: bytes, busy_timeout_ms: int = BUSY_TIMEOUT_MS, *,
                 durable: bool = True) -> None:
        """``durable=False`` skips fsync: only for data that is rebuilt if a crash loses it (demo generation)."""
        self.path = path

        def connect() -> Any:
            try:
                conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
                _pragmas(conn, key, busy_timeout_ms, durable)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as exc:
                raise storage_error(exc) from exc
            return conn

        self.engine: Engine = create_engine(
            "sqlite+pysqlite://", creator=connect, module=sqlcipher, poolclass=QueuePool, pool_size=4,
            hide_parameters=True,  # errors (and so logs) never carry record contents
        )
        self._writer = self.engine.execution_options(thana_write=True)

        @event.listens_for(self.engine, "begin")
        def _begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get("thana_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        with self.engine.connect():  # fail now, with a typed error, on a wrong key
            pass

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise storage_error(exc) from exc

    def close(self) -> None:
        self.engine.dispose()
