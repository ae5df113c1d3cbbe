"""Key and file operations on a closed station: rekey, encrypted backup, verified restore.

Each one is audited in the database it leaves behind, and none can leave the station
without a working key: the old file is kept aside until the new state is proved, and a
new key is on disk (``rekey-pending.key``) before the database is re-encrypted under it.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.clock import now_utc
from app.errors import StorageError, WrongKeyOrCorrupt
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import DB_NAME
from app.registers.verify import Problem, verify_all
from app.security import audit
from app.security.actor import SYSTEM
from app.security.keystore import KEY_BYTES, FileKeyStore, KeyStore, sync_folder
from app.storage import migrate
from app.storage.database import Database, storage_error

PENDING_KEY = "rekey-pending.key"


class ChainsBroken(StorageError):
    """A backup whose hash chains do not verify is neither kept nor restored."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(QT_TRANSLATE_NOOP("core", "The backup's hash chains do not verify: {first}"),
                         first=str(problems[0]))


def existing_key(data_dir: Path, key_store: KeyStore) -> bytes:
    """The station's key; maintenance never makes a new one (a mistyped folder must not become a station)."""
    key = key_store.load()
    if key is None or not (data_dir / DB_NAME).exists():
        raise StorageError(QT_TRANSLATE_NOOP("core", "There is no station database in {folder}."),
                           folder=str(data_dir))
    return key


def _fold_wal(db: Database) -> None:
    """Everything committed goes into the main file, so a copy of that file is complete."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _durable_copy(source: Path, target: Path) -> None:
    """Copy, flush to disk, then rename into place: a power cut leaves the old target or the whole new one."""
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(source, tmp)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    sync_folder(target.parent)


def backup(data_dir: Path, key_store: KeyStore, out: Path) -> Path:
    """An encrypted copy (same key) of the station database, proved to open and verify."""
    key = existing_key(data_dir, key_store)
    db = Database(data_dir / DB_NAME, key)
    try:
        _fold_wal(db)  # the copy is proved below, so one torn by a concurrent writer is never kept
        staged = out.with_name(out.name + ".staged")
        _durable_copy(db.path, staged)
        _prove(staged, key)
        os.replace(staged, out)
        with db.write() as s:  # recorded once the backup exists and verifies
            audit.record(s, SYSTEM, "backup", out.name[:80])
    finally:
        db.close()
    return out


def restore(data_dir: Path, key_store: KeyStore, source: Path) -> Path:
    """Replace the station database with a verified backup; the current file is kept aside and returned."""
    key = key_store.load()
    if key is None:
        raise StorageError(QT_TRANSLATE_NOOP("core", "There is no station key for {folder}."), folder=str(data_dir))
    _prove(source, key)
    target = data_dir / DB_NAME
    aside = data_dir / "backups" / f"thana-before-restore-{now_utc():%Y%m%dT%H%M%S}.db"
    aside.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        try:
            current = Database(target, key)
            _fold_wal(current)
            current.close()
        except WrongKeyOrCorrupt:
            pass  # a damaged file is exactly when a restore is needed: keep it aside as it is
        _durable_copy(target, aside)
    for leftover in (target.with_name(DB_NAME + "-wal"), target.with_name(DB_NAME + "-shm")):
        leftover.unlink(missing_ok=True)
    _durable_copy(source, target)
    restored = Database(target, key)
    try:
        migrate.upgrade(restored)
        with restored.write() as s:
            audit.record(s, SYSTEM, "restore", source.name[:80])
    finally:
        restored.close()
    return aside


def rekey(data_dir: Path, key_store: KeyStore) -> None:
    """Re-encrypt the database under a new random key, then keep that key.

    The new key is written to ``rekey-pending.key`` before the database changes, and the
    backup under the old key is removed only once the store holds the new key and it opens
    the file; after a power cut one of the two keys always opens the database."""
    old = existing_key(data_dir, key_store)
    db = Database(data_dir / DB_NAME, old)
    backup_copy = migrate.backup_file(db, "rekey")
    db.close()
    new = secrets.token_bytes(KEY_BYTES)
    pending = FileKeyStore(data_dir / PENDING_KEY, insecure=False)
    pending.save(new)
    _pragma_rekey(data_dir / DB_NAME, old, new)
    try:
        key_store.save(new)
    except BaseException:
        _pragma_rekey(data_dir / DB_NAME, new, old)  # the store refused the new key: keep the old one
        raise
    db = Database(data_dir / DB_NAME, new)
    try:
        with db.write() as s:
            audit.record(s, SYSTEM, "key.rekey", "database")
    finally:
        db.close()
    (data_dir / PENDING_KEY).unlink()
    backup_copy.unlink()


def _pragma_rekey(path: Path, old: bytes, new: bytes) -> None:
    try:
        conn = sqlcipher.connect(str(path), isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = \"x'{old.hex()}'\"")  # hex of random bytes only
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        raise storage_error(exc) from exc


def _prove(path: Path, key: bytes) -> None:
    """The file opens with the key and every hash chain in it verifies."""
    db = Database(path, key)
    try:
        problems = verify_all(db)
    finally:
        db.close()
    if problems:
        raise ChainsBroken(problems)
