"""The station's document-signing key, kept where its database key is kept.

The 32 random bytes the keystore makes are exactly an Ed25519 private key's seed, so the keystore's own
stores hold it: a second keyring entry per data directory, or a file beside the key file (demo mode,
--key-file). Only the public key ever leaves the machine (to the national server, which publishes it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.security.keystore import FileKeyStore, KeyringKeyStore, KeyStore, load_or_create_key

SIGNING_KEY_FILE = "document-signing.key"
SEED_BYTES = 32  # an Ed25519 private key's seed: the keystore's KEY_BYTES, as a test checks


class KeyringSigningKeyStore(KeyringKeyStore):
    """The keyring store of the database key, under another entry name for the same data directory."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir)
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        self.username = f"document-signing-key-{digest}"


def signing_key_store(key_store: KeyStore, data_dir: Path) -> KeyStore:
    """Where this station's signing key lives, following where its database key lives."""
    if isinstance(key_store, FileKeyStore):
        return FileKeyStore(key_store.path.with_name(SIGNING_KEY_FILE), insecure=key_store.insecure)
    return KeyringSigningKeyStore(data_dir)


def load_signing_key(store: KeyStore) -> Ed25519PrivateKey:
    """The station's signing key, made and saved on first use."""
    return Ed25519PrivateKey.from_private_bytes(load_or_create_key(store))
