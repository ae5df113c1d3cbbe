"""Migrations: from an empty database, and from a committed station database of revision 0001."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from app.registers.verify import verify_all
from app.security.keystore import FileKeyStore
from app.services import open_services
from app.storage import migrate
from tests.data.make_station_db import KEY_FILE, TARGET


def test_every_revision_has_one_parent_and_the_chain_ends_at_head() -> None:
    script = ScriptDirectory.from_config(migrate._config())
    revisions = list(script.walk_revisions())
    assert revisions[0].revision == migrate.head_revision()
    assert revisions[-1].down_revision is None
    assert all(not isinstance(r.down_revision, tuple) for r in revisions)  # no unmerged branches


def test_committed_0001_database_opens_migrated_and_intact(tmp_path: Path) -> None:
    station = tmp_path / "station"
    shutil.copytree(TARGET, station)
    services = open_services(station, FileKeyStore(station / KEY_FILE))
    try:
        assert migrate.current_revision(services.db) == migrate.head_revision()
        backups = list((station / "backups").glob("*.db")) if (station / "backups").exists() else []
        assert bool(backups) == (migrate.head_revision() != "0001")  # a backup precedes any migration
        assert verify_all(services.db) == []
        moharrar = services.users.login("moharrar0", "correct horse battery")
        assert services.queries.fir_count(moharrar) == 2
        assert services.queries.fir_search(moharrar, "Kalma Chowk")  # the correction is what is found
    finally:
        services.close()


def test_upgrade_backs_up_the_file_before_migrating(tmp_path: Path) -> None:
    station = tmp_path / "station"
    shutil.copytree(TARGET, station)
    services = open_services(station, FileKeyStore(station / KEY_FILE))
    try:
        with services.db.engine.begin() as conn:  # pretend the file predates the newest revision
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
        before = (station / "thana.db").stat().st_size
        with pytest.raises(CommandError):  # revision 0000 does not exist, but the backup comes first
            migrate.upgrade(services.db)
        backups = list((station / "backups").glob("thana-before-0000-*.db"))
        assert len(backups) == 1 and backups[0].stat().st_size >= before
    finally:
        services.close()
