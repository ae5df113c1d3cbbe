"""Key and file operations on a closed station: rekey, encrypted backup, verified restore.

Each one is audited in the database it leaves behind, and none can leave the station
without a working key: the old file is kept aside until the new state is proved.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.clock import now_utc
from app.errors import StorageError
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import DB_NAME
from app.registers.verify import Problem, verify_all
from app.security import audit
from app.security.actor import SYSTEM
from app.security.keystore import KEY_BYTES, KeyStore, load_or_create_key
from app.storage import migrate
from app.storage.database import Database, storage_error


class ChainsBroken(StorageError):
    """A backup whose hash chains do not verify is neither kept nor restored."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(QT_TRANSLATE_NOOP("core", "The backup's hash chains do not verify: {first}"),
                         first=str(problems[0]))


def _fold_wal(db: Database) -> None:
    """Everything committed goes into the main file, so a copy of that file is complete."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def backup(data_dir: Path, key_store: KeyStore, out: Path) -> Path:
    """An encrypted copy (same key) of the station database, proved to open and verify."""
    db = Database(data_dir / DB_NAME, load_or_create_key(key_store))
    try:
        with db.write() as s:
            audit.record(s, SYSTEM, "backup", out.name[:80])
        _fold_wal(db)  # the copy is proved below, so one torn by a concurrent writer is never kept
        tmp = out.with_name(out.name + ".part")
        shutil.copyfile(db.path, tmp)
    finally:
        db.close()
    _prove(tmp, load_or_create_key(key_store))
    os.replace(tmp, out)
    return out


def restore(data_dir: Path, key_store: KeyStore, source: Path) -> Path:
    """Replace the station database with a verified backup; the current file is kept aside and returned."""
    key = load_or_create_key(key_store)
    _prove(source, key)
    target = data_dir / DB_NAME
    aside = data_dir / "backups" / f"thana-before-restore-{now_utc():%Y%m%dT%H%M%S}.db"
    aside.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        current = Database(target, key)
        _fold_wal(current)
        current.close()
        shutil.copy2(target, aside)
    for leftover in (target.with_name(DB_NAME + "-wal"), target.with_name(DB_NAME + "-shm")):
        leftover.unlink(missing_ok=True)
    tmp = target.with_name(DB_NAME + ".restoring")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    restored = Database(target, key)
    try:
        migrate.upgrade(restored)
        with restored.write() as s:
            audit.record(s, SYSTEM, "restore", source.name[:80])
    finally:
        restored.close()
    return aside


def rekey(data_dir: Path, key_store: KeyStore) -> None:
    """Re-encrypt the database under a new random key, then keep that key. A backup made first
    under the old key is removed only once the new key is stored and opens the file."""
    old = load_or_create_key(key_store)
    db = Database(data_dir / DB_NAME, old)
    backup_copy = migrate.backup_file(db, "rekey")
    db.close()
    new = secrets.token_bytes(KEY_BYTES)
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
