"""Opening the server database: PostgreSQL in production, SQLite for demos and classrooms."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from server.errors import ServerError
from server.schema import SCHEMA_VERSION, Device, FeedHead, ServerBase, ServerSetting
from server.server_ops import NATIONAL_DEVICE, national_device

KEY_SETTING = "countersign_key"
TRUST_LIST_KEY_SETTING = "trust_list_key"  # the Ed25519 seed (hex) that signs the published trust list


def normalise_url(url: str) -> str:
    """``postgresql://`` would mean psycopg2 to SQLAlchemy; the server ships psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # an accepted operation survives a power cut
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """The engine, sessions, and the write lock a SQLite file needs."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(normalise_url(url))
        except Exception as exc:  # SQLAlchemy's ArgumentError: say which URL, in one line
            raise ServerError(f"not a database URL: {url!r} (try postgresql://... or sqlite:///FILE)") from exc
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self.engine: Engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        elif parsed.get_backend_name() == "postgresql":
            self.engine = create_engine(parsed, pool_pre_ping=True)
        else:
            raise ServerError(f"unsupported database {parsed.get_backend_name()!r}: use PostgreSQL or SQLite")
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer: a deferred transaction that reads, then writes, fails with "database is
        # locked" beside another writer instead of waiting, so writers queue here. PostgreSQL locks rows.
        self._lock = threading.Lock() if self.is_sqlite else None

    def writer_lock(self) -> AbstractContextManager[object]:
        return self._lock if self._lock is not None else nullcontext()

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.writer_lock(), self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str) -> Store:
    """Connect, create the schema if the database is empty, refuse one of another version."""
    store = Store(url)
    try:
        ServerBase.metadata.create_all(store.engine)
        with store.write() as s:
            version = s.get(ServerSetting, "schema_version")
            if version is None:
                s.add(ServerSetting(key="schema_version", value=SCHEMA_VERSION))
            elif version.value != SCHEMA_VERSION:
                raise ServerError(f"the database has server schema {version.value}; this server needs "
                                  f"{SCHEMA_VERSION}")
            if s.get(Device, NATIONAL_DEVICE) is None:  # the author of the server's own operations
                s.add(national_device())
            if s.get(FeedHead, 1) is None:
                s.add(FeedHead(id=1, position=0))
            if s.get(ServerSetting, KEY_SETTING) is None:
                s.add(ServerSetting(key=KEY_SETTING, value=secrets.token_hex(32)))
            if s.get(ServerSetting, TRUST_LIST_KEY_SETTING) is None:
                s.add(ServerSetting(key=TRUST_LIST_KEY_SETTING, value=secrets.token_hex(32)))
    except ServerError:
        store.close()
        raise
    except Exception as exc:  # a refused connection, a missing database: one line, not a traceback
        store.close()
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ServerError(f"cannot open the server database: {first}") from exc
    return store


def countersign_key(session: Session) -> bytes:
    return bytes.fromhex(session.scalars(select(ServerSetting.value).where(ServerSetting.key == KEY_SETTING)).one())
