"""Encryption at rest, the key store, and database trouble as typed errors."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import keyring
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from keyring.backends import fail
from sqlalchemy import event, text

from app.errors import DatabaseBusy, DiskFull, KeyUnavailable, WrongKeyOrCorrupt
from app.paths import DB_NAME
from app.security.keystore import FileKeyStore, KeyringKeyStore, load_or_create_key
from app.services import Services, open_services
from app.storage import migrate
from app.storage.database import Database
from app.storage.models import Base
from tests import factories as F


def test_file_has_no_sqlite_header_and_no_readable_text(services: Services, data_dir: Path) -> None:
    station = F.first_station(services)
    services.firs.register(station.moharrar, F.fir_draft(services, first_information="Zanzibarword unique"))
    with services.db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (data_dir / DB_NAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for needle in (b"Zanzibarword", b"Aslam", b"35202", "محمد".encode()):
        assert needle not in raw


def test_key_is_made_once_and_kept_in_the_keyring(data_dir: Path) -> None:
    store = KeyringKeyStore(data_dir)
    key = load_or_create_key(store)
    assert len(key) == 32 and load_or_create_key(KeyringKeyStore(data_dir)) == key
    assert keyring.get_password("thana", store.username) == key.hex()


def test_no_keyring_backend_refuses_to_start(data_dir: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyUnavailable) as info:
        open_services(data_dir, KeyringKeyStore(data_dir))
    assert "--key-file" in info.value.text()


def test_key_file_is_private(tmp_path: Path) -> None:
    store = FileKeyStore(tmp_path / "keys" / "station.key")
    load_or_create_key(store)
    assert stat.S_IMODE((tmp_path / "keys" / "station.key").stat().st_mode) == 0o600
    assert store.insecure


def test_wrong_key_is_a_clear_error(services: Services, data_dir: Path) -> None:
    services.close()
    with pytest.raises(WrongKeyOrCorrupt):
        Database(data_dir / DB_NAME, b"\x01" * 32)


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(WrongKeyOrCorrupt):
        Database(path, b"\x02" * 32)


def test_full_disk_is_a_clear_error_and_saves_nothing(services: Services) -> None:
    station = F.first_station(services)
    services.firs.register(station.moharrar, F.fir_draft(services))
    with services.db.engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar_one()

    # SQLite's page limit raises the same SQLITE_FULL error a full disk does.
    @event.listens_for(services.db.engine, "connect")
    def _limit(dbapi_conn: Any, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    services.db.engine.dispose()
    with pytest.raises(DiskFull):  # ~19 KB of statement needs pages the limit forbids
        services.firs.register(station.moharrar, F.fir_draft(services, first_information="statement " * 1900))
    assert services.queries.fir_count(station.moharrar) == 1


def test_locked_database_is_a_clear_error(services: Services, data_dir: Path) -> None:
    key = load_or_create_key(KeyringKeyStore(data_dir))
    other = Database(data_dir / DB_NAME, key, busy_timeout_ms=100)
    try:
        with services.db.write() as mine:
            mine.execute(text("SELECT 1"))  # the session begins (BEGIN IMMEDIATE) on first use
            with pytest.raises(DatabaseBusy), other.write() as s:
                s.execute(text("INSERT INTO setting(key, value) VALUES ('x', 'y')"))
    finally:
        other.close()


def test_empty_database_is_migrated_to_the_newest_revision(services: Services) -> None:
    assert migrate.current_revision(services.db) == migrate.head_revision()


def test_backup_copy_opens_with_the_same_key(services: Services, data_dir: Path) -> None:
    station = F.first_station(services)
    services.firs.register(station.moharrar, F.fir_draft(services))
    backup = migrate.backup_file(services.db, "test")
    copy = Database(backup, load_or_create_key(KeyringKeyStore(data_dir)))
    with copy.read() as s:
        assert s.execute(text("SELECT count(*) FROM fir")).scalar_one() == 1
    copy.close()


def test_migrations_build_exactly_the_models_schema(services: Services) -> None:
    """A column or index added to the models without a migration (or the other way) fails here."""
    with services.db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The full-text search tables are SQLite virtual tables the search index makes itself.
    assert [d for d in differences if not (d[0] == "remove_table" and "_fts" in d[1].name)] == []
