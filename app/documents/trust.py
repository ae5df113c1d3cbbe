"""The national server's list of station signing keys, as published, and each station's entry in it.

    {"keys": [{"kid": "0f3a...", "station": "PB-LHR-MTN", "public_key": "<base64url of the raw 32 bytes>"}],
     "revoked": ["77c1..."]}

A station sends its entry (``published_key``) when it enrolls; verifiers load the whole list offline.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.documents.details import KEY_ID, STATION
from app.documents.signing import key_id
from app.documents.verification import TrustList
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP


class TrustListDamaged(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The list of trusted station keys is damaged. Get a fresh copy from the national server.")


def published_key(private_key: Ed25519PrivateKey, station: str) -> dict[str, str]:
    """This station's entry in the published list: never the private key."""
    public_key = private_key.public_key()
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {"kid": key_id(public_key), "station": station,
            "public_key": base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")}


def load_trust_list(data: bytes) -> TrustList:
    try:
        raw = json.loads(data.decode("utf-8"))
        return _trust_list(raw)
    except (ValueError, TypeError, KeyError, RecursionError) as exc:  # binascii.Error is a ValueError
        raise TrustListDamaged() from exc


def _trust_list(raw: Any) -> TrustList:
    if not isinstance(raw, dict) or not isinstance(raw.get("keys"), list) or not isinstance(raw.get("revoked"), list):
        raise ValueError("a 'keys' list and a 'revoked' list")
    keys: dict[str, Ed25519PublicKey] = {}
    stations: dict[str, str] = {}
    for entry in raw["keys"]:
        kid, station, text = entry["kid"], entry["station"], entry["public_key"]
        if not (isinstance(kid, str) and KEY_ID.fullmatch(kid) and isinstance(station, str)
                and STATION.fullmatch(station) and isinstance(text, str) and text.isascii()):
            raise ValueError("a key entry's id, station or key")
        raw_key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        if len(raw_key) != 32 or kid in keys:
            raise ValueError(f"key {kid}: not 32 bytes, or listed twice")
        keys[kid] = Ed25519PublicKey.from_public_bytes(raw_key)
        stations[kid] = station
    revoked = raw["revoked"]
    if not all(isinstance(kid, str) and KEY_ID.fullmatch(kid) for kid in revoked):
        raise ValueError("a revoked key id")
    return TrustList(keys, frozenset(revoked), stations)

