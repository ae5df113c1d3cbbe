"""Choosing where the database key comes from, the same way for every command."""

from __future__ import annotations

from pathlib import Path

from app.security.keystore import FileKeyStore, KeyringKeyStore, KeyStore

DEMO_KEY = "demo.key"


def choose_key_store(data_dir: Path, key_file: Path | None = None) -> KeyStore:
    """``--key-file`` wins (insecure: shown as a banner); a demo directory keeps its
    key beside its synthetic data; otherwise the OS keyring or KeyUnavailable."""
    if key_file is not None:
        return FileKeyStore(key_file, insecure=True)
    if (data_dir / DEMO_KEY).exists():
        return demo_key_store(data_dir)
    return KeyringKeyStore(data_dir)


def demo_key_store(data_dir: Path) -> KeyStore:
    return FileKeyStore(data_dir / DEMO_KEY, insecure=False)
