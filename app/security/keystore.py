"""The one place that keeps the database key.

Production keeps a random 256-bit key in the OS keyring (Windows Credential
Manager, Secret Service, macOS Keychain). Where the OS has none, Thana refuses
to start unless the user names a key file; demo mode keeps its key in a file in
its own (synthetic) data directory. The key never goes to logs.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors
from keyring.backends import fail

from app.errors import KeyUnavailable, StorageError
from app.i18n import QT_TRANSLATE_NOOP

SERVICE = "thana"
KEY_BYTES = 32


class KeyStore(Protocol):
    """Where a database key lives. ``describe`` names the place for the UI."""

    insecure: bool

    def load(self) -> bytes | None: ...

    def save(self, key: bytes) -> None: ...

    def describe(self) -> str: ...


def _decode(text: str) -> bytes:
    key = bytes.fromhex(text.strip())
    if len(key) != KEY_BYTES:
        raise ValueError("bad key length")
    return key


class KeyringKeyStore:
    """The key in the OS keyring, one entry per data directory."""

    insecure = False

    def __init__(self, data_dir: Path) -> None:
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        self.username = f"db-key-{digest}"
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            raise KeyUnavailable()

    def load(self) -> bytes | None:
        try:
            text = keyring.get_password(SERVICE, self.username)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable() from exc
        if text is None:
            return None
        try:
            return _decode(text)
        except ValueError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("core", "The key kept in the keyring is damaged.")) from exc

    def save(self, key: bytes) -> None:
        try:
            keyring.set_password(SERVICE, self.username, key.hex())
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable() from exc

    def describe(self) -> str:
        return "OS keyring"


class FileKeyStore:
    """The key in a file readable only by its owner (demo data, or --key-file)."""

    def __init__(self, path: Path, insecure: bool = True) -> None:
        self.path = path
        self.insecure = insecure

    def load(self) -> bytes | None:
        if not self.path.exists():
            return None
        try:
            return _decode(self.path.read_text(encoding="ascii"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("core", "The key file {path} cannot be read or is damaged."), path=str(self.path)
            ) from exc

    def save(self, key: bytes) -> None:
        """Atomic: a power cut leaves the old key or the new one, never a truncated file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        sync_folder(self.path.parent)

    def describe(self) -> str:
        return str(self.path)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def load_or_create_key(store: KeyStore) -> bytes:
    """The stored key, or a new random one saved first (so a crash cannot lose it)."""
    key = store.load()
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
        store.save(key)
    return key


class SecretStore(Protocol):
    """Where a text secret of a station lives (the sync device credential); never logged."""

    def load(self) -> str | None: ...

    def save(self, secret: str) -> None: ...


class KeyringSecretStore:
    """A named secret of one data directory in the OS keyring, beside its database key."""

    def __init__(self, data_dir: Path, name: str) -> None:
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        self.username = f"{name}-{digest}"
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            raise KeyUnavailable()

    def load(self) -> str | None:
        try:
            return keyring.get_password(SERVICE, self.username)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable() from exc

    def save(self, secret: str) -> None:
        try:
            keyring.set_password(SERVICE, self.username, secret)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable() from exc


class FileSecretStore:
    """A named secret in a file readable only by its owner, beside a key file (demo, --key-file)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> str | None:
        try:
            return self.path.read_text(encoding="ascii").strip() if self.path.exists() else None
        except (OSError, UnicodeDecodeError) as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("core", "The key file {path} cannot be read or is damaged."), path=str(self.path)
            ) from exc

    def save(self, secret: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secret)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        sync_folder(self.path.parent)


def secret_store(key_store: KeyStore, data_dir: Path, name: str) -> SecretStore:
    """The secret kept where the database key is kept: the keyring, or a file beside the key file."""
    if isinstance(key_store, FileKeyStore):
        return FileSecretStore(key_store.path.with_name(f"{name}.secret"))
    return KeyringSecretStore(data_dir, name)
