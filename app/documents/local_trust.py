"""The trust list kept in the data directory: what ``thana verify-document`` checks against by default.

It starts with the station's own public key, written when the station's signing key is first made, so
a station can check its own documents before the national server's list arrives. A list fetched from
the server can replace the file; the station's own entry is added back when missing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.documents.signing_key import load_signing_key, signing_key_store
from app.documents.trust import TrustListDamaged, load_trust_list, published_key
from app.documents.verification import TrustList
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP
from app.security.keystore import KeyStore

DOCUMENTS_DIR = "documents"
TRUST_FILE = "trusted-keys.json"


class TrustListMissing(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "There is no list of trusted station keys at {path}. Name one with --keys FILE.")


def read_trust_list(path: Path) -> TrustList:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TrustListMissing(path=path) from None
    except OSError as exc:
        raise TrustListDamaged() from exc
    return load_trust_list(data)


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
    try:
        listing = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        listing = {"keys": [], "revoked": []}
    except (OSError, ValueError) as exc:
        raise TrustListDamaged() from exc
    if not isinstance(listing, dict) or not isinstance(listing.get("keys"), list):
        raise TrustListDamaged()
    if any(isinstance(k, dict) and k.get("kid") == entry["kid"] for k in listing["keys"]):
        return
    listing["keys"].append(entry)
    listing.setdefault("revoked", [])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(listing, indent=1), encoding="utf-8")
    os.replace(tmp, path)  # never a half-written list
