"""Schema migrations (Alembic), with a backup of the database file first."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.clock import now_utc
from app.storage.database import Database

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(db: Database, label: str) -> Path:
    """Copy the (still encrypted) database file aside after folding the WAL into it."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / f"{db.path.stem}-before-{label}-{now_utc():%Y%m%dT%H%M%S}.db"
    shutil.copy2(db.path, target)
    return target


def upgrade(db: Database) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any."""
    current = current_revision(db)
    if current == head_revision():
        return None
    backup = backup_file(db, current) if current is not None else None
    config = _config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
