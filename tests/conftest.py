"""Every test runs with an in-memory keyring and its own data directory."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import settings

from app.security.keystore import KeyringKeyStore
from app.services import Services, open_services
from tests.memory_keyring import MemoryKeyring

# Property tests check what code does, not how fast: on a loaded CI machine one slow example would
# otherwise fail a run (hypothesis's 200 ms deadline, then a Flaky error when the rerun is fast).
settings.register_profile("thana", deadline=None)
settings.load_profile("thana")

# Fixtures for every test module: the emulator's (an emulated sensor, its pty path, leak checks), the
# windows', the server's (a PostgreSQL cluster and a real server process) and sync's (a station replica).
pytest_plugins = ("tests.emulator_helpers", "tests.window_helpers", "tests.server_helpers", "tests.sync_helpers",
                  "tests.sync_proxy")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and Qt look here, never at the developer's home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "station"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    opened = open_services(data_dir, KeyringKeyStore(data_dir))
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    """Every worker a test starts (scanner threads, watchers, emulators, pools) is gone when it ends."""
    before = set(threading.enumerate())
    yield
    # pytest-timeout's own timer is cancelled, not joined, at the end of each test
    started = [t for t in threading.enumerate() if t not in before and not isinstance(t, threading.Timer)]
    for thread in started:
        thread.join(timeout=2)
    left = [t.name for t in started if t.is_alive()]
    assert not left, f"threads still running after the test: {left}"
