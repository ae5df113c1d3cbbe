"""The trust list kept in the data directory: what ``thana verify-document`` checks against by default.

It starts with the station's own public key, written when the station's signing key is first made, so
a station can check its own documents before the national server's list arrives. The station's entry
is also kept on its own (``own-key.json``): the sync cycle sends it to the server (sync/document_keys.py)
and writes the signed list the server publishes over this file, pinning the server's list key
(``national-key.txt``) at its first fetch. A signed list is never edited here: it would no longer verify.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.documents.signing_key import load_signing_key, signing_key_store
from app.documents.trust import (
    TrustListDamaged,
    is_signed,
    key_text,
    load_trust_list,
    national_key,
    published_key,
)
from app.documents.verification import TrustList
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP
from app.security.keystore import KeyStore

DOCUMENTS_DIR = "documents"
TRUST_FILE = "trusted-keys.json"
NATIONAL_KEY_FILE = "national-key.txt"  # the national server's list key, pinned at the first fetch
OWN_KEY_FILE = "own-key.json"  # this station's entry in the published list, for the sync cycle to send


class TrustListMissing(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "There is no list of trusted station keys at {path}. Name one with --keys FILE.")


def read_trust_list(path: Path, national: Ed25519PublicKey | None = None) -> TrustList:
    """The list at ``path``; a signed one checked against ``national`` (see trust.py)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TrustListMissing(path=path) from None
    except OSError as exc:
        raise TrustListDamaged() from exc
    return load_trust_list(data, national)


def pinned_national_key(data_dir: Path) -> Ed25519PublicKey | None:
    """The national server's list key this station pinned, None before its first fetch."""
    try:
        text = (documents_dir(data_dir) / NATIONAL_KEY_FILE).read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise TrustListDamaged() from exc
    return national_key(text)


def pin_national_key(data_dir: Path, key: Ed25519PublicKey) -> None:
    _write(documents_dir(data_dir) / NATIONAL_KEY_FILE, key_text(key) + "\n")


def own_entry(data_dir: Path) -> dict[str, str] | None:
    """This station's entry (``published_key``) once its signing key is made, else None."""
    try:
        entry = json.loads((documents_dir(data_dir) / OWN_KEY_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise TrustListDamaged() from exc
    if not isinstance(entry, dict):
        raise TrustListDamaged()
    return entry


def save_trust_list(data_dir: Path, listing: dict[str, Any]) -> None:
    """Replace the data folder's list with ``listing`` (a signed list, checked by the caller)."""
    _write(default_trust_path(data_dir), json.dumps(listing, indent=1))


def documents_dir(data_dir: Path) -> Path:
    """Where the documents a station issues (and its trust list) are written."""
    return data_dir / DOCUMENTS_DIR


def default_trust_path(data_dir: Path) -> Path:
    return documents_dir(data_dir) / TRUST_FILE


def station_signing_key(key_store: KeyStore, data_dir: Path, station: str) -> Ed25519PrivateKey:
    """The station's signing key (made on first use), its public key listed in the local trust list."""
    key = load_signing_key(signing_key_store(key_store, data_dir))
    remember_own_key(data_dir, key, station)
    return key


def remember_own_key(data_dir: Path, key: Ed25519PrivateKey, station: str) -> None:
    path = default_trust_path(data_dir)
    entry = published_key(key, station)
    if own_entry(data_dir) != entry:
        _write(documents_dir(data_dir) / OWN_KEY_FILE, json.dumps(entry))
    try:
        listing = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        listing = {"keys": [], "revoked": []}
    except (OSError, ValueError) as exc:
        raise TrustListDamaged() from exc
    if not isinstance(listing, dict) or not isinstance(listing.get("keys"), list):
        raise TrustListDamaged()
    if is_signed(listing) or any(isinstance(k, dict) and k.get("kid") == entry["kid"] for k in listing["keys"]):
        return  # the server's list: the key is in it after the next sync sent it
    listing["keys"].append(entry)
    listing.setdefault("revoked", [])
    _write(path, json.dumps(listing, indent=1))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # never a half-written file
